/**
 * Progress of a long step: on a terminal one line that updates in place, with rate and ETA;
 * in CI logs and pipes a plain line every 10% (no control characters to clutter the log).
 */
export interface ProgressOptions {
  /** Where lines go; default stderr. */
  stream?: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>;
  /** Milliseconds since some fixed point; a test passes its own clock. */
  now?: () => number;
}

/**
 * The clock starts at the first report, not when the reporter is made: a reporter is made
 * before its step begins (the ingest makes the "print" one before it reads the corpus), and the
 * items already done at the first report (pages taken from the cache) are not counted as work
 * done in that time, so the rate and ETA are those of the work being done.
 */
export function progressReporter(label: string, options: ProgressOptions = {}): (done: number, total: number) => void {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const interactive = stream.isTTY === true && !process.env.CI;
  let start: { at: number; done: number } | undefined;
  let lastStep = -1;
  let lastDraw = 0;
  return (done, total) => {
    if (total < 50) return; // small corpora finish before a progress line helps
    const at = now();
    start ??= { at, done };
    const seconds = (at - start.at) / 1000;
    const rate = seconds > 0 ? (done - start.done) / seconds : 0;
    const eta = rate > 0 ? `ETA ${((total - done) / rate).toFixed(0)} s` : 'ETA –';
    const line = `${label}: ${done}/${total} (${Math.floor((100 * done) / total)}%), ${rate.toFixed(0)}/s, ${eta}`;
    if (interactive) {
      if (at - lastDraw < 200 && done < total) return;
      lastDraw = at;
      stream.write(`\r${line}${done === total ? '\n' : ''}`);
      return;
    }
    const step = Math.floor((10 * done) / total);
    if (step !== lastStep) {
      lastStep = step;
      stream.write(`${line}\n`);
    }
  };
}
