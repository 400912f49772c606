/**
 * Step timings for profiling a build (ARCHIVE_TIMINGS=1): each `lap(label)` prints the time
 * since the previous lap to stderr. Silent otherwise.
 */
export function stepTimer(scope: string): (label: string) => void {
  if (!process.env.ARCHIVE_TIMINGS) return () => {};
  let last = performance.now();
  return (label) => {
    const now = performance.now();
    console.error(`timing: ${scope}: ${label} ${((now - last) / 1000).toFixed(2)} s`);
    last = now;
  };
}
