import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  applyDecisions,
  decisionsInReport,
  parseDecisions,
  readDecisionsFile,
  serialiseDecisions,
  type DecisionEntry,
  type DecisionsFile,
} from '../src/decisions.js';
import { HindsightError } from '../src/errors.js';
import { ReportSchema, type Report } from '../src/model/report.js';
import { renderCsv } from '../src/report/csv.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { flagged, post, sampleReport } from './report/sample-report.js';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'hindsight.js');
const demo = join(root, 'fixtures', 'demo');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-decisions-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = '2025-03-01T10:00:00.000Z';
const entry = (id: string, decision: DecisionEntry['decision'], overrides: Partial<DecisionEntry> = {}): DecisionEntry => ({
  platform: 'x',
  id,
  decision,
  decidedAt: at,
  ...overrides,
});
const file = (decisions: DecisionEntry[]): DecisionsFile => ({ hindsightDecisions: 1, decisions });

/** A report with no decisions yet: the sample report stripped of its own. */
function undecided(): Report {
  const r = sampleReport();
  const { decided: _decided, ...summary } = r.summary;
  return { ...r, summary, posts: r.posts.map(({ decision: _d, decidedAt: _a, ...p }) => p) };
}

function errorOf(fn: () => unknown): HindsightError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(HindsightError);
    return error as HindsightError;
  }
  throw new Error('expected an error');
}

describe('applying decisions', () => {
  it('sets decision on matching posts by platform and id, and counts them', () => {
    const report = undecided();
    const { report: out, matched, unmatched, gone } = applyDecisions(
      report,
      file([
        entry('del-top', 'keep'),
        entry('specials', 'deleted'),
        entry('overlap', 'unsure', { platform: 'facebook' }),
        entry('overlap', 'keep'), // same id on another platform: not this post
        entry('long-gone', 'deleted'),
      ]),
    );
    expect(matched).toBe(3);
    expect(unmatched).toBe(2);
    expect(gone).toBe(1);
    const byId = new Map(out.posts.map((p) => [`${p.platform}/${p.id}`, p]));
    expect(byId.get('x/del-top')).toMatchObject({ decision: 'keep', decidedAt: at });
    expect(byId.get('x/specials')?.decision).toBe('deleted');
    expect(byId.get('facebook/overlap')?.decision).toBe('unsure');
    expect(out.summary.decided).toEqual({ keep: 1, deleted: 1, unsure: 1 });
    expect(ReportSchema.safeParse(out).success).toBe(true);
  });

  it('never changes recommendation, score or the other counts', () => {
    const report = undecided();
    const decisions = file(report.posts.map((p) => entry(p.id, 'keep', { platform: p.platform })));
    const { report: out } = applyDecisions(report, decisions);
    expect(out.posts.map((p) => [p.recommendation, p.score, p.findings])).toEqual(report.posts.map((p) => [p.recommendation, p.score, p.findings]));
    const { decided, ...rest } = out.summary;
    expect(rest).toEqual(report.summary);
    expect(decided).toEqual({ keep: report.posts.length, deleted: 0, unsure: 0 });
  });

  it('does not change the report it is given', () => {
    const report = undecided();
    const before = JSON.stringify(report);
    applyDecisions(report, file([entry('del-top', 'keep')]));
    expect(JSON.stringify(report)).toBe(before);
  });

  it('takes the latest decision where a post is named twice', () => {
    const { report } = applyDecisions(
      undecided(),
      file([entry('del-top', 'deleted', { decidedAt: '2025-03-02T00:00:00Z' }), entry('del-top', 'keep', { decidedAt: '2025-03-01T00:00:00Z' })]),
    );
    expect(report.posts.find((p) => p.id === 'del-top')?.decision).toBe('deleted');
  });

  it('makes the renderers leave out kept posts and list deleted ones still present first', () => {
    const { report } = applyDecisions(undecided(), file([entry('del-top', 'keep'), entry('specials', 'deleted')]));
    const md = renderMarkdown(report);
    expect(md).not.toContain('Saw my patient');
    expect(md).toMatch(/1 flagged post you decided to keep is not listed/);
    const review = md.slice(md.indexOf('## Posts to review'));
    expect(review.indexOf('So \\*drunk\\*')).toBeLessThan(review.indexOf('Call me'));
    const csv = renderCsv(report);
    expect(csv).not.toContain('Saw my patient');
    expect(csv.split('\r\n')[1]).toMatch(/^x,del-newer|^facebook,del-older/);
  });

  it('round-trips through the file format, sorted by platform and id', () => {
    const { report } = applyDecisions(undecided(), file([entry('specials', 'deleted'), entry('overlap', 'unsure', { platform: 'facebook' }), entry('del-top', 'keep')]));
    const text = serialiseDecisions(decisionsInReport(report));
    const parsed = parseDecisions(text, 'd.json');
    expect(parsed.decisions.map((d) => `${d.platform}/${d.id}/${d.decision}`)).toEqual(['facebook/overlap/unsure', 'x/del-top/keep', 'x/specials/deleted']);
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('reading a decisions file', () => {
  const good = JSON.stringify(file([entry('1', 'keep')]));

  it('accepts a valid file, with or without a byte-order mark, and ignores extra fields', () => {
    expect(parseDecisions(good, 'd.json').decisions).toHaveLength(1);
    expect(parseDecisions(`\uFEFF${good}`, 'd.json').decisions).toHaveLength(1);
    const extra = JSON.stringify({ hindsightDecisions: 1, note: 'mine', decisions: [{ ...entry('1', 'keep'), comment: 'fine' }] });
    expect(parseDecisions(extra, 'd.json').decisions[0]).toEqual(entry('1', 'keep'));
  });

  it.each([
    ['', /d\.json: is empty/],
    ['{"hindsightDecisions": 1,\n  "decisions": [}', /d\.json: is not valid JSON at line 2, column 17/],
    ['[]', /d\.json: is not a hindsight decisions file: expected a JSON object .* got an array/],
    ['{"decisions": []}', /d\.json: is not a hindsight decisions file: it has no "hindsightDecisions": 1/],
    ['{"schemaVersion": 1, "posts": []}', /d\.json: is a hindsight report, not a decisions file/],
    ['{"hindsightDecisions": 2, "decisions": []}', /d\.json: hindsightDecisions must be 1 .*\(got 2\)/],
    ['{"hindsightDecisions": 1}', /d\.json: decisions is missing/],
    ['{"hindsightDecisions": 1, "decisions": {}}', /d\.json: decisions must be an array \(got an object\)/],
    ['{"hindsightDecisions": 1, "decisions": [{"platform": "x", "id": "1", "decidedAt": "2025-01-01T00:00:00Z"}]}', /d\.json: decisions\[0\]\.decision is missing/],
    ['{"hindsightDecisions": 1, "decisions": [{"platform": "x", "id": "1", "decision": "delete", "decidedAt": "2025-01-01T00:00:00Z"}]}', /decisions\[0\]\.decision must be one of keep, deleted, unsure \(got "delete"\)/],
    ['{"hindsightDecisions": 1, "decisions": [{"platform": "myspace", "id": "1", "decision": "keep", "decidedAt": "2025-01-01T00:00:00Z"}]}', /decisions\[0\]\.platform must be one of x, facebook.* \(got "myspace"\)/],
    ['{"hindsightDecisions": 1, "decisions": [{"platform": "x", "id": 1, "decision": "keep", "decidedAt": "2025-01-01T00:00:00Z"}]}', /decisions\[0\]\.id must be a string \(got 1\)/],
    ['{"hindsightDecisions": 1, "decisions": [{"platform": "x", "id": "", "decision": "keep", "decidedAt": "2025-01-01T00:00:00Z"}]}', /decisions\[0\]\.id must not be empty/],
    ['{"hindsightDecisions": 1, "decisions": [{"platform": "x", "id": "1", "decision": "keep", "decidedAt": "last week"}]}', /decisions\[0\]\.decidedAt must be an ISO 8601 date and time.*\(got "last week"\)/],
    ['{"hindsightDecisions": 1, "decisions": [null]}', /decisions\[0\] /],
  ])('rejects %j with one line naming the file and the problem, exit code 2', (text, message) => {
    const error = errorOf(() => parseDecisions(text, 'd.json'));
    expect(error.exitCode).toBe(2);
    expect(error.line).toMatch(message);
    expect(error.line).not.toContain('\n');
  });

  it('says how many more problems there are', () => {
    const text = JSON.stringify({ hindsightDecisions: 1, decisions: [{ platform: 'x' }, { platform: 'x' }] });
    expect(errorOf(() => parseDecisions(text, 'd.json')).line).toMatch(/\(and \d+ more problems\)$/);
  });

  it('reports a missing file and a folder as such', async () => {
    await expect(readDecisionsFile(join(dir, 'nope.json'))).rejects.toThrow(/no such decisions file/);
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    await expect(readDecisionsFile(folder)).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/is a folder/) });
    const path = join(dir, 'ok.json');
    writeFileSync(path, good);
    expect((await readDecisionsFile(path)).decisions).toHaveLength(1);
  });
});

describe('hindsight audit --decisions', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', input: '' });

  it('exits 2 with one line naming the file when the decisions file is bad, and writes no report', () => {
    const bad = join(dir, 'bad-decisions.json');
    writeFileSync(bad, '{"hindsightDecisions": 1, "decisions": [{"platform": "x", "id": "1", "decision": "maybe", "decidedAt": "2025-01-01T00:00:00Z"}]}');
    const out = join(dir, 'never.html');
    const r = run(['audit', demo, '--decisions', bad, '-o', out]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/bad-decisions\.json: decisions\[0\]\.decision must be one of keep, deleted, unsure/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('applies decisions to the JSON report without changing any recommendation or score', () => {
    const plain = JSON.parse(run(['audit', demo, '--format', 'json', '-o', '-', '-q']).stdout) as Report;
    const some = plain.posts.slice(0, 3);
    const path = join(dir, 'some.json');
    writeFileSync(
      path,
      serialiseDecisions([
        entry(some[0]!.id, 'keep', { platform: some[0]!.platform }),
        entry(some[1]!.id, 'deleted', { platform: some[1]!.platform }),
        entry(some[2]!.id, 'unsure', { platform: some[2]!.platform }),
        entry('not-in-this-export', 'deleted'),
      ]),
    );
    const r = run(['audit', demo, '--decisions', path, '--format', 'json', '-o', '-']);
    expect(r.status).toBe(0);
    const decided = ReportSchema.parse(JSON.parse(r.stdout));
    expect(decided.summary.decided).toEqual({ keep: 1, deleted: 1, unsure: 1 });
    expect(decided.posts.slice(0, 3).map((p) => p.decision)).toEqual(['keep', 'deleted', 'unsure']);
    expect(decided.posts.map((p) => [p.id, p.recommendation, p.score])).toEqual(plain.posts.map((p) => [p.id, p.recommendation, p.score]));
    expect(r.stderr).toMatch(/3 applied .*1 post you deleted is gone from the export/);
  });
});

describe('hindsight review', () => {
  const run = (args: string[], input = '') => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', input, env: { ...process.env, FORCE_COLOR: '0' } });

  it('walks the flagged posts, most urgent first, writing the decisions file (0600) as it goes', () => {
    const reportPath = join(dir, 'review-report.json');
    expect(run(['audit', demo, '--format', 'json', '-o', reportPath, '-q']).status).toBe(0);
    const report = ReportSchema.parse(JSON.parse(readFileSync(reportPath, 'utf8')));
    const flaggedIds = report.posts.filter((p) => p.recommendation !== 'keep').sort((a, b) => b.score - a.score).map((p) => p.id);
    expect(flaggedIds.length).toBeGreaterThanOrEqual(4);
    const out = join(dir, 'review-decisions.json');

    const first = run(['review', reportPath, '-o', out], 'd\nk\nmaybe\nu\ns\nq\n');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/"m" is not a choice/);
    expect(first.stdout).toMatch(/3 decisions made this time; 3 in /);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const saved = parseDecisions(readFileSync(out, 'utf8'), out).decisions;
    const byId = new Map(saved.map((d) => [d.id, d.decision]));
    expect([byId.get(flaggedIds[0]!), byId.get(flaggedIds[1]!), byId.get(flaggedIds[2]!)]).toEqual(['deleted', 'keep', 'unsure']);

    // A second run continues: the decided posts are not shown again, the skipped one is.
    const second = run(['review', reportPath, '-o', out], 'k\n');
    expect(second.stdout).toMatch(new RegExp(`^${flaggedIds.length - 3} posts to go through`));
    expect(second.stdout).toContain(`/status/${flaggedIds[3]}`);
    expect(parseDecisions(readFileSync(out, 'utf8'), out).decisions).toHaveLength(4);
  });

  it('refuses a file that is not a JSON report, with exit code 2', () => {
    const notReport = join(dir, 'not-a-report.json');
    writeFileSync(notReport, '{"hello": 1}');
    const r = run(['review', notReport]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^hindsight: .*not-a-report\.json: is not a hindsight JSON report/);
    expect(run(['review', join(dir, 'missing.json')]).stderr).toMatch(/no such report/);
  });
});

describe('decisions and the report contract', () => {
  it('keeps decision and decidedAt optional', () => {
    const p = post();
    expect(ReportSchema.shape.posts.element.safeParse(p).success).toBe(true);
    expect(ReportSchema.shape.posts.element.safeParse({ ...flagged('x', ['x']), decision: 'keep', decidedAt: at }).success).toBe(true);
  });
});
