/**
 * A loader that remembers its last few results. Pages that read per-article or per-entity files
 * are built in turn (an article page and its paragraph marks, the pages of one entity), so the
 * last few files are what is asked for again; keeping all of them would hold the whole archive.
 */
export function keepRecent<V>(size: number, load: (key: string) => Promise<V>): (key: string) => Promise<V> {
  const kept = new Map<string, Promise<V>>();
  return (key) => {
    let value = kept.get(key);
    if (!value) {
      kept.set(key, (value = load(key)));
      if (kept.size > size) kept.delete(kept.keys().next().value!);
    }
    return value;
  };
}
