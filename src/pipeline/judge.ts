/**
 * Judging one post: its findings (rules, clauses, severity, confidence), score and recommendation.
 *
 * Split in two so that the judging can run in another thread (src/pipeline/judge-pool.ts): `judge`
 * is the work and returns only what it decided (small, cheap to copy between threads), and
 * `reportPost` puts that together with the post the importer read. `judgePost` is both in one.
 */
import { findingsFor } from '../config/findings.js';
import { clausesFor } from '../standards/pack.js';
import type { Post } from '../model/post.js';
import type { ReportPost } from '../model/report.js';
import type { AuditOptions } from './audit.js';
import { scorePost, recommend, DEFAULT_THRESHOLDS, type ScoredFinding } from './score.js';

/**
 * The most of one post's text the rules read. Real posts are far shorter (a long blog post is some
 * 100,000 characters); a damaged file can hold one "post" of hundreds of megabytes, whose full
 * analysis would exhaust memory. Such a post is checked up to here, with a warning, and reported whole.
 */
export const MAX_CHECKED_CHARS = 1_000_000;

/** What judging decided about one post. */
export interface Judgement {
  recommendation: ReportPost['recommendation'];
  score: ReportPost['score'];
  findings: ReportPost['findings'];
}

export function judge(post: Post, options: AuditOptions, ownAccounts: readonly string[] = []): Judgement {
  const checked = post.text.length > MAX_CHECKED_CHARS ? { ...post, text: cutAt(post.text, MAX_CHECKED_CHARS) } : post;
  const raw = findingsFor(checked, options, ownAccounts);
  const findings: ScoredFinding[] = raw.map((f) => ({
    ruleId: f.ruleId,
    concern: f.concern,
    topic: f.topic,
    standards: clausesFor(options.pack, f.concern, f.topic),
    severity: f.severity ?? 'medium',
    confidence: round2(f.confidence),
    message: f.message,
    evidence: f.evidence,
    ...(f.media ? { media: f.media } : {}),
    ...(f.quoted ? { quoted: true } : {}),
  }));
  const score = scorePost(findings);
  const recommendation = recommend(score, options.thresholds ?? DEFAULT_THRESHOLDS);
  return {
    recommendation,
    score,
    // Kept posts carry no findings: the contract lists them only to be counted.
    findings: recommendation === 'keep' ? [] : findings.map(({ quoted: _quoted, ...f }) => f).sort(byWeight),
  };
}

/** The report's entry for a post, given what judging decided. */
export function reportPost(post: Post, { recommendation, score, findings }: Judgement): ReportPost {
  return {
    id: post.id,
    platform: post.platform,
    account: post.account,
    kind: post.kind,
    createdAt: post.createdAt,
    url: post.url,
    text: post.text,
    recommendation,
    score,
    findings,
    inReplyTo: post.inReplyTo,
    sharedFrom: post.sharedFrom ?? null,
    hashtags: post.hashtags,
    mentions: post.mentions,
    links: post.links,
    media: post.media,
    audience: post.audience,
    language: post.language,
    source: post.source,
    ...(post.truncated ? { truncated: true } : {}),
    ...(post.earlierVersions?.length ? { earlierVersions: post.earlierVersions } : {}),
  };
}

export function judgePost(post: Post, options: AuditOptions, ownAccounts: string[] = []): ReportPost {
  return reportPost(post, judge(post, options, ownAccounts));
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;
function byWeight(a: ScoredFinding, b: ScoredFinding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.confidence - a.confidence || a.ruleId.localeCompare(b.ruleId);
}

/** The first `max` UTF-16 units of `text`, never splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  const c = text.charCodeAt(max - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

function round2(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}
