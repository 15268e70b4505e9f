import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ReportSchema, type Report } from '../src/model/report.js';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'hindsight.js');
const demo = join(root, 'fixtures', 'demo');
const xFixtures = join(root, 'fixtures', 'x');

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'hindsight-cli-'));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function run(args: string[], options: { cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, input: '' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function jsonReport(args: string[]): { code: number | null; report: Report; stderr: string } {
  const { code, stdout, stderr } = run([...args, '--format', 'json', '-o', '-']);
  return { code, report: ReportSchema.parse(JSON.parse(stdout)), stderr };
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('hindsight CLI', () => {
  it('explains itself with --help, for the program and for audit', () => {
    const top = run(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/audit/);
    expect(top.stdout).toMatch(/schema/);
    const audit = run(['audit', '--help']);
    expect(audit.code).toBe(0);
    for (const flag of ['--format', '--out', '--out-dir', '--since', '--until', '--fail-on', '--quiet', '--include-messages', '--standards']) {
      expect(audit.stdout).toContain(flag);
    }
    expect(audit.stdout).toMatch(/Examples:/);
  });

  it('prints its version', () => {
    const { code, stdout } = run(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('audits the demo archive to a JSON report that meets the contract', () => {
    const { code, report } = jsonReport(['audit', demo, '--quiet']);
    expect(code).toBe(0);
    expect(report.schemaVersion).toBe(1);
    expect(report.generator.name).toBe('hindsight');
    expect(report.standards.id).toBe('hcpc');
    expect(report.inputs).toHaveLength(1);
    expect(report.inputs[0]).toMatchObject({ platform: 'x', error: null });
    expect(report.inputs[0]!.account).toBeTruthy();
    expect(report.summary.posts).toBe(report.posts.length);
    expect(report.summary.posts).toBeGreaterThanOrEqual(60);
    expect(report.summary.delete).toBeGreaterThan(0);
    expect(report.summary.review + report.summary.delete).toBeLessThan(report.summary.posts / 2);
    // Every concern is caught somewhere in the demo account.
    expect(Object.keys(report.summary.byConcern).sort()).toEqual(
      ['accuracy', 'boundaries', 'communication', 'confidentiality', 'discrimination', 'promotion', 'trust'],
    );
    for (const post of report.posts) {
      if (post.recommendation === 'keep') {
        expect(post.findings).toEqual([]);
        continue;
      }
      expect(post.findings.length).toBeGreaterThan(0);
      expect(post.url).toMatch(/^https:\/\/x\.com\//);
      for (const f of post.findings) {
        expect(f.standards.length).toBeGreaterThan(0);
        for (const e of f.evidence) expect(post.text.slice(e.start, e.end)).toBe(e.text);
      }
    }
  });

  it('writes the default report in the working folder, readable only by the user', () => {
    const dir = mkdtempSync(join(cwd, 'default-'));
    const { code, stderr } = run(['audit', demo], { cwd: dir });
    expect(code).toBe(0);
    const path = join(dir, 'hindsight-report.html');
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(stderr).toContain('hindsight-report.html');
    expect(stderr).toMatch(/to delete/);
    expect(readFileSync(path, 'utf8')).toMatch(/delete/i);
  });

  it('writes several formats from one base name', () => {
    const dir = mkdtempSync(join(cwd, 'multi-'));
    const { code } = run(['audit', demo, '--format', 'md,json', '-o', 'audit', '--quiet'], { cwd: dir });
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['audit.json', 'audit.md']);
  });

  it('exits 3 with --fail-on when a post reaches the level', () => {
    expect(run(['audit', demo, '--fail-on', 'delete', '-o', join(cwd, 'f.md'), '-q']).code).toBe(3);
  });

  it('filters by --since and --until', () => {
    const { report } = jsonReport(['audit', demo, '--since', '2018-01-01', '--until', '2019-12-31', '-q']);
    expect(report.posts.length).toBeGreaterThan(0);
    for (const p of report.posts) expect(p.createdAt >= '2018-01-01' && p.createdAt < '2020-01-01').toBe(true);
    expect(report.options?.since).toBe('2018-01-01T00:00:00.000Z');
  });

  it('still reports the good inputs when one cannot be read, and exits 1', () => {
    const bad = join(cwd, 'not-an-export.txt');
    writeFileSync(bad, 'hello, this is not an export\n');
    const { code, report, stderr } = jsonReport(['audit', demo, bad, join(cwd, 'missing.zip')]);
    expect(code).toBe(1);
    expect(report.inputs).toHaveLength(3);
    expect(report.inputs[0]!.error).toBeNull();
    expect(report.inputs[1]!.error).toMatch(/not-an-export\.txt.*looked for/);
    expect(report.inputs[2]!.error).toMatch(/missing\.zip: no such file/);
    expect(report.posts.length).toBeGreaterThan(0);
    expect(stderr).toMatch(/missing\.zip/);
    expectNoStackTrace(stderr);
  });

  it('exits 1 rather than 3 when an input failed and --fail-on is also reached', () => {
    expect(run(['audit', demo, join(cwd, 'missing.zip'), '--fail-on', 'review', '-o', join(cwd, 'g.md'), '-q']).code).toBe(1);
  });

  it('rejects usage errors with exit 2 and one line', () => {
    for (const args of [
      ['audit', demo, '--format', 'pdf'],
      ['audit', demo, '-o', 'a', '--out-dir', 'b'],
      ['audit', demo, '--since', 'last tuesday'],
      ['audit', demo, '--fail-on', 'everything'],
      ['audit'],
      ['audit', demo, '--no-such-option'],
      ['frobnicate'],
    ]) {
      const { code, stderr } = run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expectNoStackTrace(stderr);
    }
  });

  it('writes one report per input and an index with --out-dir', () => {
    const out = join(cwd, 'batch');
    const inputs = readdirSync(xFixtures).filter((n) => !n.endsWith('.md') && !n.endsWith('.ts')).map((n) => join(xFixtures, n));
    const { code } = run(['audit', demo, ...inputs, '--out-dir', out, '--format', 'md,json', '-q']);
    expect(code).toBe(0);
    const files = readdirSync(out);
    expect(files).toContain('index.md');
    expect(files).toContain('summary.json');
    expect(files).toContain('demo.json');
    expect(files.filter((f) => f.endsWith('.json')).length).toBe(inputs.length + 2);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.inputs).toHaveLength(inputs.length + 1);
    for (const f of files) expect(statSync(join(out, f)).mode & 0o777).toBe(0o600);
  });

  it('prints the JSON Schema of the report', () => {
    const { code, stdout } = run(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'generator', 'generatedAt', 'inputs', 'summary', 'posts']));
  });
});
