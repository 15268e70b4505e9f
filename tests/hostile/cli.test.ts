/**
 * The hostile inputs through the real command line (bin/hindsight.js over dist/, built by
 * tests/global-setup.ts): exit codes, one line on stderr per problem and never a stack trace, the
 * JSON report's inputs[].error and warnings[], and the other inputs' posts still reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateHostile, type HostileCase } from './generate.js';
import { EXPECTED, check } from './expectations.js';
import { ReportSchema, type Report } from '../../src/model/report.js';

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'hindsight.js');
const demo = join(root, 'fixtures', 'demo');
const preload = join(root, 'tests', 'support', 'no-network.mjs');
const STACK = /\n\s+at /;

let dir: string;
let cases: HostileCase[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-hostile-cli-'));
  cases = await generateHostile(join(dir, 'inputs'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
    input: '',
    maxBuffer: 1024 ** 3,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function audit(inputs: string[], extra: string[] = [], env: Record<string, string> = {}) {
  const r = run(['audit', ...inputs, '--format', 'json', '-o', '-', ...extra], env);
  let report: Report | undefined;
  try {
    report = ReportSchema.parse(JSON.parse(r.stdout));
  } catch {
    report = undefined;
  }
  return { ...r, report };
}

/** Each input's own slice of a combined report. */
function slice(report: Report, c: HostileCase) {
  const input = report.inputs.find((i) => i.path === c.input)!;
  return { input, posts: report.posts.filter((p) => p.source?.input === c.input) };
}

const expectsError = (c: HostileCase): boolean => EXPECTED[c.kind]!.error !== undefined;

describe('hostile inputs through the CLI', () => {
  it('reads every damaged-but-readable export with warnings and exit 0, one stderr line per warning', () => {
    const readable = cases.filter((c) => !expectsError(c) && !c.env);
    expect(readable.length).toBeGreaterThanOrEqual(25);
    // One report per input (--out-dir): the cases share their good posts' ids, which one combined report would merge.
    const out = mkdtempSync(join(dir, 'readable-'));
    const { code, stderr } = run(['audit', ...readable.map((c) => c.input), '--out-dir', out, '--format', 'json']);
    expect(stderr).not.toMatch(STACK);
    expect(code, stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { inputs: Array<{ path: string; reports: string[] }> };
    expect(summary.inputs).toHaveLength(readable.length);
    const lines = stderr.split('\n');
    for (const c of readable) {
      const name = summary.inputs.find((i) => i.path === c.input)!.reports[0]!;
      const report = ReportSchema.parse(JSON.parse(readFileSync(join(out, name), 'utf8')));
      const part = { input: report.inputs[0]!, posts: report.posts };
      check(c, part, EXPECTED[c.kind]!);
      // Printed under its input, one line each: "  warning: <file>: <what is wrong and what to do>".
      for (const w of part.input.warnings) {
        const line = `  warning: ${w.file ? `${w.file}: ` : ''}${w.message}`;
        expect(lines.filter((l) => l === line).length, `${c.kind}: ${line}`).toBeGreaterThanOrEqual(1);
      }
      expect(lines.some((l) => l.endsWith(`posts read from ${c.input}`)), `${c.kind}: its heading line`).toBe(true);
    }
  }, 120_000);

  it('reports every unreadable input as one error line and exits 1, with the other inputs still audited', () => {
    const broken = cases.filter(expectsError);
    expect(broken.length).toBeGreaterThanOrEqual(15);
    const { code, report, stderr } = audit([demo, ...broken.map((c) => c.input)], ['--quiet']);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(STACK);
    const lines = stderr.trimEnd().split('\n');
    // --quiet: nothing but the errors, one line each, in input order.
    expect(lines).toEqual(broken.map((c) => `hindsight: ${slice(report!, c).input.error}`));
    for (const c of broken) check(c, slice(report!, c), EXPECTED[c.kind]!);
    const good = report!.inputs[0]!;
    expect(good).toMatchObject({ path: demo, error: null, platform: 'x' });
    expect(report!.posts.filter((p) => p.source?.input === demo).length).toBeGreaterThanOrEqual(60);
  }, 120_000);

  it('writes every other input\'s report with --out-dir when one input fails, and exits 1', () => {
    const out = join(dir, 'batch');
    const bad = cases.find((c) => c.kind === 'truncated-zip')!;
    const warned = cases.find((c) => c.kind === 'zip-path-traversal')!;
    const { code, stderr } = run(['audit', demo, bad.input, warned.input, '--out-dir', out, '--format', 'md,json']);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(STACK);
    expect(stderr).toMatch(/truncated\.zip: cannot read zip: not a complete zip file/);
    const files = readdirSync(out).sort();
    expect(files).toEqual(expect.arrayContaining(['demo.json', 'demo.md', 'traversal.json', 'traversal.md', 'index.md', 'summary.json']));
    expect(files.some((f) => f.startsWith('.') || f.endsWith('.tmp'))).toBe(false);
  }, 60_000);

  it('refuses a file over the size limit with a warning (HINDSIGHT_MAX_FILE_BYTES lowers it; 1 GB takes the same path)', () => {
    const c = cases.find((x) => x.kind === 'file-over-size-limit')!;
    const { code, report, stderr } = audit([c.input], [], c.env);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(STACK);
    check(c, slice(report!, c), EXPECTED[c.kind]!);
    expect(stderr).toMatch(/warning: data\/tweets-part1\.js: could not be read, the other files were: file is .* larger than the 64 KiB/);
  });

  it('opens no connection and resolves no name on any hostile input', () => {
    const out = mkdtempSync(join(dir, 'nonet-'));
    const r = run(
      ['audit', ...cases.map((c) => c.input), '--include-messages', '--format', 'md,json', '-o', join(out, 'r'), '-q'],
      {},
      ['--import', preload],
    );
    expect(r.stderr).not.toMatch(/NETWORK ACCESS ATTEMPTED/);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['r.json', 'r.md']);
  }, 120_000);
});
