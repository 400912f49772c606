import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../scripts/progress.ts';

function fakeLog() {
  const lines: string[] = [];
  let clock = 0;
  return {
    lines,
    tick: (ms: number) => { clock += ms; },
    options: { stream: { isTTY: false, write: (s: string) => { lines.push(s); return true; } }, now: () => clock },
  };
}

describe('progressReporter', () => {
  it('times the step from its first report, not from when the reporter was made', () => {
    const log = fakeLog();
    const report = progressReporter('ingest: print', log.options);
    log.tick(600_000); // the corpus is read before the first page is printed
    report(1, 1000);
    log.tick(10_000);
    report(101, 1000);
    expect(log.lines.at(-1)).toBe('ingest: print: 101/1000 (10%), 10/s, ETA 90 s\n');
  });

  it('does not count items already done at the first report (taken from the cache) as work', () => {
    const log = fakeLog();
    const report = progressReporter('ingest: print', log.options);
    report(901, 1000); // 900 pages came from the cache
    log.tick(5_000);
    report(1000, 1000);
    expect(log.lines.at(-1)).toBe('ingest: print: 1000/1000 (100%), 20/s, ETA 0 s\n');
  });

  it('writes one plain line per tenth in a log, with no rate before time has passed', () => {
    const log = fakeLog();
    const report = progressReporter('read', log.options);
    for (let done = 1; done <= 200; done++) { report(done, 200); log.tick(10); }
    expect(log.lines).toHaveLength(11);
    expect(log.lines[0]).toBe('read: 1/200 (0%), 0/s, ETA –\n');
    expect(log.lines.every((l) => !l.includes('\r'))).toBe(true);
  });

  it('stays quiet for corpora too small to need it', () => {
    const log = fakeLog();
    const report = progressReporter('read', log.options);
    report(1, 10);
    expect(log.lines).toEqual([]);
  });
});
