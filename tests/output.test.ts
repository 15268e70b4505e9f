import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReport } from '../src/output.js';
import { HindsightError } from '../src/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-out-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeReport', () => {
  it('writes the file readable only by the user, leaving no temporary file', async () => {
    const path = join(dir, 'r.md');
    await writeReport(path, '# hello\n', []);
    expect(readFileSync(path, 'utf8')).toBe('# hello\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['r.md']);
  });

  it('replaces an earlier report atomically and tightens its mode', async () => {
    const path = join(dir, 'r.md');
    writeFileSync(path, 'old', { mode: 0o644 });
    await writeReport(path, 'new', []);
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('refuses to overwrite an input', async () => {
    const input = join(dir, 'tweets.js');
    writeFileSync(input, 'window.YTD.tweets.part0 = []');
    await expect(writeReport(input, 'x', [input])).rejects.toBeInstanceOf(HindsightError);
    expect(readFileSync(input, 'utf8')).toBe('window.YTD.tweets.part0 = []');
  });

  it('refuses a folder as the report path with a usage error', async () => {
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    await expect(writeReport(sub, 'x', [])).rejects.toMatchObject({ exitCode: 2 });
  });

  it('gives a one-line error when the folder does not exist', async () => {
    await expect(writeReport(join(dir, 'missing', 'r.md'), 'x', [])).rejects.toThrow(/cannot write the report/);
  });
});
