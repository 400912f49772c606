/**
 * Runs one command as a child process under GNU time and returns what it cost: wall time, CPU
 * time (user + system, the child's own and its waited-for children's, e.g. Pagefind's binary)
 * and peak resident memory of the largest process of the tree. Each stage in its own process,
 * so each peak is that stage's own.
 */
import { spawn } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface StageCost {
  wallSeconds: number;
  cpuSeconds: number;
  peakMb: number;
}

export async function hasGnuTime(): Promise<boolean> {
  return access(GNU_TIME).then(() => true, () => false);
}

/** Parses GNU time's `-f '%e %U %S %M'` line: wall s, user s, system s, max RSS KB. */
export function parseTimeLine(text: string): StageCost {
  const line = text.trim().split('\n').at(-1) ?? '';
  const fields = line.split(' ').map(Number);
  if (fields.length !== 4 || fields.some((n) => !Number.isFinite(n))) {
    throw new Error(`expected GNU time's "wall user system maxrss" line, found ${JSON.stringify(line)}`);
  }
  const [wall, user, system, kb] = fields;
  return { wallSeconds: wall, cpuSeconds: user + system, peakMb: kb / 1024 };
}

/** Runs `command args…`; its output goes to `log` (a writable stream), its exit must be 0. */
export async function measureCommand(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; log: NodeJS.WritableStream }): Promise<StageCost> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-time-'));
  const out = path.join(dir, 'time.txt');
  try {
    const child = spawn(GNU_TIME, ['-f', '%e %U %S %M', '-o', out, command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(options.log, { end: false });
    child.stderr.pipe(options.log, { end: false });
    const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('close', resolve));
    if (code !== 0) throw new Error(`expected "${[command, ...args].join(' ')}" to exit with 0, found ${code}; see the bench log for its output`);
    return parseTimeLine(await readFile(out, 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
