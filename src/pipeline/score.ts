import type { Finding, Recommendation, Severity } from '../model/finding.js';

/**
 * Scoring: each finding contributes points = severity weight × confidence × how much the words are
 * the user's own; contributions combine like independent probabilities, so two medium findings
 * outweigh one, but nothing exceeds 100. Old posts are not discounted: the HCPC judges historic
 * posts against today's standards.
 */
export const SEVERITY_POINTS: Record<Severity, number> = { high: 92, medium: 55, low: 30 };

/**
 * Words quoted or shared from someone else (a quote, a repost, a like) weigh less than the user's
 * own, but still count: sharing is endorsing. A like weighs as a repost: both put someone else's
 * words on the user's record (an extra discount for likes meant that a liked slur could never reach
 * delete, nor a liked stereotype of medium confidence review, which is not how panels read them).
 */
export const QUOTED_FACTOR = 0.85;

export interface Thresholds {
  /** Score at or above which a post should be deleted. */
  delete: number;
  /** Score at or above which a post should be reviewed. */
  review: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { delete: 70, review: 25 };

export interface ScoredFinding extends Finding {
  quoted?: boolean;
}

export function findingPoints(finding: ScoredFinding): number {
  const own = finding.quoted ? QUOTED_FACTOR : 1;
  return SEVERITY_POINTS[finding.severity] * finding.confidence * own;
}

export function scorePost(findings: readonly ScoredFinding[]): number {
  let keep = 1;
  for (const finding of findings) keep *= 1 - Math.min(100, findingPoints(finding)) / 100;
  return Math.round(100 * (1 - keep));
}

export function recommend(score: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Recommendation {
  if (score >= thresholds.delete) return 'delete';
  if (score >= thresholds.review) return 'review';
  return 'keep';
}
