import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeIfChanged } from '../../scripts/ingest/write-if-changed.ts';

describe('writeIfChanged (a file rewritten only when its text changed)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'write-if-changed-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves a file with the same text alone (its modification time too), and writes a new or changed one', async () => {
    const file = path.join(dir, 'a.json');
    expect(await writeIfChanged(file, 'one')).toBe(true);
    const { mtimeMs } = await stat(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await writeIfChanged(file, 'one')).toBe(false);
    expect((await stat(file)).mtimeMs).toBe(mtimeMs);
    expect(await writeIfChanged(file, 'two')).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('two');
  });

  it('compares with the text the caller read when given, null meaning no file', async () => {
    const file = path.join(dir, 'b.json');
    expect(await writeIfChanged(file, 'new', null)).toBe(true);
    // The caller's text is what counts: the same text as given is not written…
    await writeFile(file, 'on disk');
    expect(await writeIfChanged(file, 'read before', 'read before')).toBe(false);
    expect(await readFile(file, 'utf8')).toBe('on disk');
    // …and another is.
    expect(await writeIfChanged(file, 'changed', 'read before')).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('changed');
  });
});
