import type { Report, ReportInput, ReportPost, ReportSummary } from '../model/report.js';
import { SCHEMA_VERSION } from '../model/report.js';
import type { StandardsPack } from '../standards/pack.js';
import type { Thresholds } from './score.js';
import { GENERATOR } from '../version.js';

export interface BuildOptions {
  pack: StandardsPack;
  since: Date | undefined;
  until: Date | undefined;
  includeMessages: boolean;
  thresholds: Thresholds;
  /** Fixed for reproducible output in tests; defaults to now. */
  generatedAt?: Date;
}

/** Posts in a stable order: oldest first, then platform and id, so the same input gives the same report. */
export function comparePosts(a: ReportPost, b: ReportPost): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.platform.localeCompare(b.platform) || compareIds(a.id, b.id);
}

/** Numeric ids compare by length first, so "9" sorts before "10" without passing through a number. */
function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b) && a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildReport(inputs: ReportInput[], postLists: ReportPost[][], options: BuildOptions): Report {
  // The same post can arrive twice (an export given twice, overlapping parts): keep the first.
  const seen = new Set<string>();
  const posts: ReportPost[] = [];
  for (const list of postLists) {
    for (const post of list) {
      const key = `${post.platform}\u0000${post.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      posts.push(post);
    }
  }
  posts.sort(comparePosts);
  const cited = new Set(posts.flatMap((p) => p.findings.flatMap((f) => f.standards)));
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    standards: { id: options.pack.id, name: options.pack.name, document: options.pack.document, date: options.pack.date },
    clauses: options.pack.clauses.filter((c) => cited.has(c.number)),
    options: {
      since: options.since?.toISOString() ?? null,
      until: options.until?.toISOString() ?? null,
      includeMessages: options.includeMessages,
      thresholds: { ...options.thresholds },
    },
    inputs,
    summary: summarise(posts, options.pack),
    posts,
  };
}

export function summarise(posts: readonly ReportPost[], pack: StandardsPack): ReportSummary {
  const summary: Required<Pick<ReportSummary, 'byYear' | 'byPlatform'>> & ReportSummary = {
    posts: posts.length,
    delete: 0,
    review: 0,
    keep: 0,
    byStandard: {},
    byConcern: {},
    byYear: {},
    byPlatform: {},
  };
  const clauseOrder = pack.clauses.map((c) => c.number);
  for (const post of posts) {
    summary[post.recommendation] += 1;
    const platform = (summary.byPlatform[post.platform] ??= { posts: 0, flagged: 0 });
    platform.posts += 1;
    if (post.recommendation === 'keep') continue;
    platform.flagged += 1;
    const year = post.createdAt.slice(0, 4);
    summary.byYear[year] = (summary.byYear[year] ?? 0) + 1;
    for (const clause of new Set(post.findings.flatMap((f) => f.standards))) {
      summary.byStandard[clause] = (summary.byStandard[clause] ?? 0) + 1;
    }
    for (const concern of new Set(post.findings.map((f) => f.concern))) {
      summary.byConcern[concern] = (summary.byConcern[concern] ?? 0) + 1;
    }
  }
  summary.byStandard = sortKeys(summary.byStandard, (a, b) => clauseOrder.indexOf(a) - clauseOrder.indexOf(b));
  summary.byConcern = sortKeys(summary.byConcern, (a, b) => a.localeCompare(b));
  summary.byYear = sortKeys(summary.byYear, (a, b) => a.localeCompare(b));
  summary.byPlatform = sortKeys(summary.byPlatform, (a, b) => a.localeCompare(b));
  return summary;
}

function sortKeys<T>(record: Record<string, T>, compare: (a: string, b: string) => number): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort(compare).map((k) => [k, record[k]!]));
}
