import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline/build-report.js';
import { loadPack } from '../../src/standards/pack.js';
import { ReportSchema, type ReportPost } from '../../src/model/report.js';

const pack = loadPack('hcpc');

function post(id: string, createdAt: string, recommendation: ReportPost['recommendation'], standards: string[] = [], platform: ReportPost['platform'] = 'x'): ReportPost {
  return {
    id,
    platform,
    account: 'me',
    kind: 'post',
    createdAt,
    url: null,
    text: 'text',
    recommendation,
    score: recommendation === 'keep' ? 0 : recommendation === 'review' ? 40 : 80,
    findings: standards.length
      ? [{ ruleId: 'r/x', concern: 'trust', topic: 'trust.intoxication', standards, severity: 'high', confidence: 0.9, message: 'm', evidence: [] }]
      : [],
  };
}

const options = { pack, since: undefined, until: undefined, includeMessages: false, thresholds: { delete: 70, review: 25 }, generatedAt: new Date('2026-01-01T00:00:00Z') };
const input = { path: 'a.zip', platform: 'x', account: 'me', posts: 3, warnings: [], error: null };

describe('buildReport', () => {
  it('produces a report that validates against the contract, with counts', () => {
    const report = buildReport([input], [[post('2', '2020-01-01T00:00:00.000Z', 'delete', ['9.1']), post('1', '2019-05-01T00:00:00.000Z', 'review', ['9.1', '2.10']), post('3', '2021-01-01T00:00:00.000Z', 'keep')]], options);
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(report.schemaVersion).toBe(1);
    expect(report.standards).toEqual({ id: 'hcpc', name: pack.name, document: pack.document, date: pack.date });
    expect(report.summary).toMatchObject({ posts: 3, delete: 1, review: 1, keep: 1 });
    expect(report.summary.byStandard).toEqual({ '2.10': 1, '9.1': 2 });
    expect(Object.keys(report.summary.byStandard)).toEqual(['2.10', '9.1']);
    expect(report.summary.byConcern).toEqual({ trust: 2 });
    expect(report.summary.byYear).toEqual({ '2019': 1, '2020': 1 });
    expect(report.summary.byPlatform).toEqual({ x: { posts: 3, flagged: 2 } });
    expect(report.clauses?.map((c) => c.number)).toEqual(['2.10', '9.1']);
  });

  it('orders posts oldest first and ids numerically without losing precision', () => {
    const t = '2020-01-01T00:00:00.000Z';
    const report = buildReport([input], [[post('10000000000000000001', t, 'keep'), post('9', t, 'keep'), post('10000000000000000000', t, 'keep'), post('a', '2019-01-01T00:00:00.000Z', 'keep')]], options);
    expect(report.posts.map((p) => p.id)).toEqual(['a', '9', '10000000000000000000', '10000000000000000001']);
  });

  it('lists a post that arrives twice only once', () => {
    const p = post('1', '2020-01-01T00:00:00.000Z', 'review', ['9.1']);
    const report = buildReport([input, { ...input, path: 'b.zip' }], [[p], [p]], options);
    expect(report.posts).toHaveLength(1);
    expect(report.summary.review).toBe(1);
  });
});
