/**
 * Progress of a long step: on a terminal one line that updates in place, with rate and ETA;
 * in CI logs and pipes a plain line every 10% (no control characters to clutter the log).
 */
export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  const start = performance.now();
  const interactive = stream.isTTY === true && !process.env.CI;
  let lastStep = -1;
  let lastDraw = 0;
  return (done, total) => {
    if (total < 50) return; // small corpora finish before a progress line helps
    const now = performance.now();
    const rate = done / Math.max((now - start) / 1000, 0.001);
    const eta = (total - done) / Math.max(rate, 0.001);
    const line = `${label}: ${done}/${total} (${Math.floor((100 * done) / total)}%), ${rate.toFixed(0)}/s, ETA ${eta.toFixed(0)} s`;
    if (interactive) {
      if (now - lastDraw < 200 && done < total) return;
      lastDraw = now;
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
