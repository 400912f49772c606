/**
 * The hostile and other-format files of the build-test corpus (tests/fixtures/build-corpus/),
 * copied into a corpus folder: used by the fixture site and by the determinism test.
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function copyFixtureFiles(corpus: string): Promise<void> {
  await cp(path.join(ROOT, 'tests/fixtures/build-corpus/extra'), path.join(corpus, 'extra'), { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/build-corpus/formats'), path.join(corpus, 'formats'), { recursive: true });
  for (const file of ['news-page.html', 'crawler-lines.jsonl']) {
    await cp(path.join(ROOT, 'tests/fixtures/formats', file), path.join(corpus, 'formats', file));
  }
}
