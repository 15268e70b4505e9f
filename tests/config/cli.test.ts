/** The command line with a configuration file: init, config --print, audit --config, errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ReportSchema, type Report } from '../../src/model/report.js';
import { parseConfigText } from '../../src/config.js';
import { writeMediaArchive } from '../../fixtures/media/archive.js';

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'hindsight.js');
const demo = join(root, 'fixtures', 'demo');

let base: string;
let n = 0;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'hindsight-config-cli-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A fresh working folder, with a configuration file when given. */
function folder(config?: string): string {
  const dir = join(base, `w${++n}`);
  mkdirSync(dir);
  if (config !== undefined) writeFileSync(join(dir, 'hindsight.config.json'), config);
  return dir;
}

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, input: '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function report(args: string[], cwd: string): { code: number | null; report: Report; stderr: string } {
  const r = run(['audit', ...args, '--format', 'json', '-o', '-', '--quiet'], cwd);
  expect(r.stderr).toBe('');
  return { code: r.code, report: ReportSchema.parse(JSON.parse(r.stdout)), stderr: r.stderr };
}

describe('hindsight init', () => {
  it('writes a commented starter file, readable only by you, that validates', () => {
    const dir = folder();
    const r = run(['init'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Wrote hindsight\.config\.json/);
    const path = join(dir, 'hindsight.config.json');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^\/\//m);
    expect(parseConfigText(text)).toMatchObject({ thresholds: { delete: 70, review: 25 }, standards: 'hcpc' });
  });

  it('never overwrites: exit 2, one line, the file unchanged', () => {
    const dir = folder('{ "redact": true }');
    const r = run(['init'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('hindsight: hindsight.config.json: already exists, so it was left as it is; edit it, or move it away to start again\n');
    expect(readFileSync(join(dir, 'hindsight.config.json'), 'utf8')).toBe('{ "redact": true }');
  });

  it('writes where it is told', () => {
    const dir = folder();
    expect(run(['init', 'audit.jsonc'], dir).code).toBe(0);
    expect(existsSync(join(dir, 'audit.jsonc'))).toBe(true);
    expect(run(['config', '--print', '--config', 'audit.jsonc'], dir).code).toBe(0);
  });
});

describe('hindsight config --print', () => {
  it('shows the defaults, then the file, then the flags', () => {
    const dir = folder(`{
  // mine
  "format": "md",
  "since": "2015-01-01",
  "standards": "nmc",
  "redact": true,
  "me": ["Sam Fixture"],
  "thresholds": { "review": 40 },
  "rules": { "communication/profanity": "off" }
}`);
    const fromFile = run(['config', '--print'], dir);
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.stdout)).toMatchObject({
      file: 'hindsight.config.json',
      format: ['md'],
      since: '2015-01-01T00:00:00.000Z',
      until: null,
      standards: 'nmc',
      redact: true,
      me: ['Sam Fixture'],
      thresholds: { delete: 70, review: 40 },
      rules: { 'communication/profanity': 'off' },
      timezone: 'Europe/London',
    });
    const withFlags = run(['config', '--print', '--format', 'json,csv', '--since', '2016-02-03', '--standards', 'gmc', '--no-redact', '--me', 'Sam', '--timezone', 'UTC'], dir);
    expect(withFlags.code).toBe(0);
    expect(JSON.parse(withFlags.stdout)).toMatchObject({ format: ['json', 'csv'], since: '2016-02-03T00:00:00.000Z', standards: 'gmc', redact: false, me: ['Sam'], timezone: 'UTC', thresholds: { delete: 70, review: 40 } });
    expect(JSON.parse(run(['config', '--print'], folder()).stdout)).toMatchObject({ file: null, format: ['html'], standards: 'hcpc', redact: false });
  });

  it('without --print, or with a bad flag, is a usage error', () => {
    const dir = folder();
    const r = run(['config'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const zone = run(['config', '--print', '--timezone', 'Nowhere/Land'], dir);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toBe('hindsight: --timezone "Nowhere/Land" is not a time zone; use an IANA name such as Europe/London or UTC\n');
  });
});

describe('hindsight audit with a configuration', () => {
  it('an invalid file: exit 2, one line with file, line, column and key, nothing written', () => {
    const dir = folder('{\n  "thresholds": {\n    "delete": "high"\n  }\n}\n');
    const r = run(['audit', demo, '--format', 'json', '-o', 'out.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('hindsight: hindsight.config.json:3:15: "thresholds.delete" must be a number from 1 to 100 (got "high")\n');
    expect(readdirSync(dir)).toEqual(['hindsight.config.json']);
  });

  it('a --config file that does not exist: exit 2', () => {
    const r = run(['audit', demo, '--config', 'nope.json'], folder());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('hindsight: nope.json: no such configuration file; check the path given to --config, or run "hindsight init" to write one\n');
  });

  it('since after until across file and flags: exit 2', () => {
    const r = run(['audit', demo, '--until', '2010-01-01'], folder('{ "since": "2015-01-01" }'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^hindsight: since \(2015-01-01T00:00:00\.000Z\) is after until \(2010-01-01T23:59:59\.999Z\); check hindsight\.config\.json/);
  });

  it('the report records the effective configuration, private lists as counts', () => {
    const config = {
      me: ['Sam Fixture'],
      accounts: ['secret_alt_account'],
      thresholds: { delete: 80, review: 30 },
      rules: { communication: 'off', trust: 'high' },
      terms: [{ term: 'zebra crossing', concern: 'trust' }],
      allow: ['Clinic Of Secrets'],
      notPatients: ['Auntie Secret'],
      standards: 'nmc',
      format: 'md',
    };
    const dir = folder(JSON.stringify(config));
    const plain = report([demo], folder());
    const { code, report: r } = report([demo], dir);
    expect(code).toBe(0);
    expect(r.standards.id).toBe('nmc');
    expect(r.options!.thresholds).toEqual({ delete: 80, review: 30 });
    expect(r.options!.config).toEqual({
      file: 'hindsight.config.json',
      standards: 'nmc',
      since: null,
      until: null,
      platforms: null,
      kinds: null,
      includeMessages: false,
      thresholds: { delete: 80, review: 30 },
      rules: { communication: 'off', trust: 'high' },
      timezone: 'Europe/London',
      format: ['json'], // the flag wins over the file's "md"
      redact: false,
      me: 1,
      accounts: 1,
      terms: 1,
      allow: 1,
      notPatients: 1,
    });
    expect(JSON.stringify(r.options)).not.toMatch(/Sam Fixture|secret_alt_account|zebra|Clinic Of Secrets|Auntie Secret/);
    // The configuration took effect.
    const findings = r.posts.flatMap((p) => p.findings);
    expect(findings.some((f) => f.concern === 'communication')).toBe(false);
    expect(plain.report.posts.flatMap((p) => p.findings).some((f) => f.concern === 'communication')).toBe(true);
    for (const f of findings.filter((x) => x.concern === 'trust')) expect(f.severity).toBe('high');
    expect(plain.report.options!.config).toMatchObject({ file: null, standards: 'hcpc', me: 0, terms: 0 });
  });

  it('flags win over the file', () => {
    const dir = folder('{ "standards": "gmc", "since": "2030-01-01", "kinds": ["like"] }');
    const fromFile = report([demo], dir);
    expect(fromFile.report.standards.id).toBe('gmc');
    expect(fromFile.report.posts).toEqual([]);
    const flags = report([demo, '--standards', 'hcpc', '--since', '2000-01-01'], dir);
    expect(flags.report.standards.id).toBe('hcpc');
    expect(flags.report.options!.since).toBe('2000-01-01T00:00:00.000Z');
    // kinds has no flag: the file's filter still applies.
    expect(flags.report.posts.every((p) => p.kind === 'like')).toBe(true);
  });

  it('--config names a file anywhere; --help lists the new options', () => {
    const dir = folder();
    writeFileSync(join(dir, 'other.json'), '{ "standards": "swe" }');
    expect(report([demo, '--config', join(dir, 'other.json')], folder()).report.standards.id).toBe('swe');
    const help = run(['audit', '--help'], dir);
    for (const flag of ['--config', '--timezone', '--no-redact', '--no-include-messages']) expect(help.stdout).toContain(flag);
    const top = run(['--help'], dir);
    expect(top.stdout).toMatch(/init/);
    expect(top.stdout).toMatch(/config/);
  });

  it('a photo archive: positions in media[].exif, descriptions judged, work photos named', async () => {
    const { zip } = await writeMediaArchive(folder());
    const { report: r } = report([zip], folder());
    const by = (start: string) => r.posts.find((p) => p.text.startsWith(start))!;
    expect(by('Sunset').media![0]!.exif).toMatchObject({ from: 'file', takenAt: '2019-06-30T14:05:09+01:00' });
    expect(by('Sunset').media![0]!.exif!.latitude).toBeCloseTo(51.5007, 3);
    expect(by('Friday').findings[0]!.message).toMatch(/^In the image description: /);
    expect(by('Friday').findings[0]!.media!.evidence.length).toBeGreaterThan(0);
    expect(by('Quiet night').findings.every((f) => f.message.includes('data/tweets_media/'))).toBe(true);
    const redacted = ReportSchema.parse(JSON.parse(run(['audit', zip, '--format', 'json', '-o', '-', '--quiet', '--redact'], folder()).stdout));
    expect(redacted.posts.every((p) => (p.media ?? []).every((m) => m.exif?.latitude === undefined))).toBe(true);
  });
});
