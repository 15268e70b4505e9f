/**
 * Nothing lost: an input is never overwritten by the report, an interrupted run (SIGINT mid-run over
 * a large input) leaves no half-written report and no temporary file, and the same input always
 * gives the same report, byte for byte apart from when it was generated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateLargeX, generateHostile, type HostileCase } from './generate.js';
import { FORMATS, RENDERERS, type Format } from '../../src/report/render.js';
import { formatUtc } from '../../src/report/model.js';
import { reportId } from '../../src/report/html.js';
import { ReportSchema, type Report } from '../../src/model/report.js';

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'hindsight.js');
const demo = join(root, 'fixtures', 'demo');
const STACK = /\n\s+at /;

let dir: string;
let large: string;
let cases: HostileCase[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-nothing-lost-'));
  large = await generateLargeX(join(dir, 'large'), 60_000);
  cases = await generateHostile(join(dir, 'hostile'), { longLineBytes: 1024 });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', ...env }, input: '', maxBuffer: 1024 ** 3 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function snapshot(path: string): { bytes: Buffer; mtimeMs: number; mode: number } {
  const s = statSync(path);
  return { bytes: readFileSync(path), mtimeMs: s.mtimeMs, mode: s.mode };
}

describe('an input is never overwritten', () => {
  it('refuses -o pointing at an input (zip, data file, symlink to it, several formats) with exit 2 and leaves it unchanged', () => {
    const zip = join(dir, 'copy.zip');
    copyFileSync(join(root, 'fixtures', 'x', 'current.zip'), zip);
    const single = join(dir, 'tweets.js');
    copyFileSync(join(root, 'fixtures', 'x', 'current', 'data', 'tweets.js'), single);
    const jsonInput = join(dir, 'audit.json');
    writeFileSync(jsonInput, readFileSync(join(root, 'fixtures', 'generic', 'posts.json')));
    const before = [zip, single, jsonInput].map(snapshot);
    for (const args of [
      ['audit', zip, '-o', zip, '--format', 'json'],
      ['audit', single, '-o', single, '--format', 'md'],
      ['audit', demo, zip, '-o', `${dir}/./copy.zip`, '--format', 'md'],
      ['audit', jsonInput, '--format', 'md,json', '-o', join(dir, 'audit')],
    ]) {
      const { code, stderr } = run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), stderr).toHaveLength(1);
      expect(stderr).toMatch(/refusing to overwrite an input with the report; choose another --out/);
      expect(stderr).not.toMatch(STACK);
    }
    expect([zip, single, jsonInput].map(snapshot)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses -o pointing at an input folder with exit 2', () => {
    const { code, stderr } = run(['audit', demo, '-o', demo, '--format', 'md']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(demo).sort()).toEqual(['README.md', 'data']);
  });
});

describe('an interrupted run', () => {
  /** Runs the CLI, sends SIGINT when `when` says so, and resolves with the exit code and stderr. */
  function interrupt(out: string, when: (elapsedMs: number, pid: number) => boolean, formats = 'md,json'): Promise<{ code: number | null; signal: string | null; stderr: string; sentAt: number }> {
    return new Promise((resolvePromise) => {
      const child = spawn(process.execPath, [bin, 'audit', large, '--format', formats, '-o', join(out, 'report'), '-q'], {
        cwd: dir,
        env: { ...process.env, FORCE_COLOR: '0' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const start = Date.now();
      let sentAt = -1;
      const poll = setInterval(() => {
        if (sentAt < 0 && when(Date.now() - start, child.pid!)) {
          sentAt = Date.now() - start;
          child.kill('SIGINT');
        }
      }, 1);
      child.on('exit', (code, signal) => {
        clearInterval(poll);
        resolvePromise({ code, signal, stderr, sentAt });
      });
    });
  }

  let reference: { md: string; json: string };
  beforeAll(() => {
    const out = mkdtempSync(join(dir, 'reference-'));
    expect(run(['audit', large, '--format', 'md,json', '-o', join(out, 'report'), '-q']).code).toBe(0);
    reference = { md: readFileSync(join(out, 'report.md'), 'utf8'), json: readFileSync(join(out, 'report.json'), 'utf8') };
  }, 60_000);

  const withoutTime = (text: string): string => text.replace(/"generatedAt": "[^"]*"/, '').replace(/^Generated [^\n]*/m, '');

  /** After the run: no temporary file, and any report there is whole (the same as an uninterrupted run's). */
  function expectNothingHalfWritten(out: string): string[] {
    const files = readdirSync(out);
    expect(files.filter((f) => f.startsWith('.') || f.endsWith('.tmp')), files.join(', ')).toEqual([]);
    for (const f of files) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(withoutTime(text), f).toBe(withoutTime(f.endsWith('.md') ? reference.md : reference.json));
      expect(statSync(join(out, f)).mode & 0o777).toBe(0o600);
    }
    return files;
  }

  /** Bytes the process has read so far (Linux), to tell when it is past start-up and into the export. */
  function bytesRead(pid: number): number | undefined {
    try {
      return Number(/rchar:\s*(\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1]);
    } catch {
      return undefined;
    }
  }

  it('stops on SIGINT while reading the export, exits 130 and writes nothing', async () => {
    const out = mkdtempSync(join(dir, 'early-'));
    // Once most of the 24 MB tweets.js is read (or, where /proc is missing, after 2 s), the run is mid-audit.
    const r = await interrupt(out, (ms, pid) => (bytesRead(pid) ?? (ms >= 2000 ? Infinity : 0)) > 20e6);
    expect(r.code).toBe(130);
    expect(r.stderr.trim()).toBe('hindsight: interrupted; any report not yet finished was not written');
    expect(r.stderr).not.toMatch(STACK);
    expect(expectNothingHalfWritten(out)).toEqual([]);
  }, 60_000);

  it('leaves no temporary file and no half report when SIGINT lands while a report is being written', async () => {
    const out = mkdtempSync(join(dir, 'writing-'));
    // Send the signal the moment a temporary report file appears.
    const r = await interrupt(out, () => readdirSync(out).some((f) => f.endsWith('.tmp')));
    expect(r.sentAt, 'a temporary file was seen').toBeGreaterThan(0);
    expect([0, 130]).toContain(r.code);
    expect(r.stderr).not.toMatch(STACK);
    expectNothingHalfWritten(out);
  }, 60_000);

  it('at any moment: exits 130 with whole reports only, or finishes; never a temporary file', async () => {
    for (const delay of [50, 1200, 2300, 3000]) {
      const out = mkdtempSync(join(dir, `at-${delay}-`));
      const r = await interrupt(out, (ms) => ms >= delay);
      // Before hindsight has started, the signal ends node at once (code null, signal SIGINT): nothing is written either.
      expect(r.code === 0 || r.code === 130 || r.signal === 'SIGINT', `SIGINT at ${delay} ms: ${r.code} ${r.signal}`).toBe(true);
      const files = expectNothingHalfWritten(out);
      if (r.code === 0) expect(files.sort()).toEqual(['report.json', 'report.md']);
      // A report finished before the signal stays; the message must not claim that none was written.
      if (r.code === 130) expect(r.stderr.trim()).toBe('hindsight: interrupted; any report not yet finished was not written');
    }
  }, 120_000);
});

describe('determinism', () => {
  const formats = FORMATS.filter((f) => f !== 'json');

  /** Runs twice, in different time zones and locales, writing `format` and json; returns both runs' files. */
  function twice(format: string): Array<{ json: string; other: string; generatedAt: string; report: Report }> {
    const inputs = [demo, join(root, 'fixtures', 'x', 'current.zip'), ...cases.filter((c) => ['wrong-types', 'zip-path-traversal', 'invalid-utf8', 'lone-surrogates'].includes(c.kind)).map((c) => c.input)];
    const envs = [
      { TZ: 'UTC', LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' },
      { TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
    ];
    return envs.map((env) => {
      const out = mkdtempSync(join(dir, `det-${format}-`));
      const r = run(['audit', ...inputs, '--format', `${format},json`, '-o', join(out, 'r'), '-q'], env);
      expect(r.code, r.stderr).toBe(0);
      const json = readFileSync(join(out, 'r.json'), 'utf8');
      const report = ReportSchema.parse(JSON.parse(json));
      return { json, other: readFileSync(join(out, `r.${RENDERERS[format as Format].extension}`), 'utf8'), generatedAt: report.generatedAt, report };
    });
  }

  /** The text with every rendering of the generation time (and the HTML report id made from it) replaced. */
  function blankTime(text: string, run: { generatedAt: string; report: Report }): string {
    const forms = [run.generatedAt, formatUtc(run.generatedAt) ?? run.generatedAt, reportId(run.report)];
    let out = text;
    for (const form of forms) out = out.split(form).join('<generated>');
    return out;
  }

  it('gives the same JSON report for the same input, apart from generatedAt', () => {
    const [a, b] = twice('md');
    expect(a!.generatedAt).not.toBe('');
    expect(blankTime(b!.json, b!)).toBe(blankTime(a!.json, a!));
  }, 60_000);

  it.each(formats)('gives the same %s report for the same input, whatever the time zone or locale', (format) => {
    const [a, b] = twice(format);
    expect(blankTime(b!.other, b!)).toBe(blankTime(a!.other, a!));
  }, 60_000);
});
