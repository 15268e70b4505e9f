/**
 * The harness's only contact with the rules: the public pipeline. `judgePost` gives what the
 * report would say (recommendation, score, findings of flagged posts); `checkPost` gives the raw
 * rule findings before scoring, used only for "detector" span figures.
 */
import { judgePost } from '../src/pipeline/audit.js';
import { checkPost } from '../src/rules/index.js';
import { loadPack } from '../src/standards/pack.js';
import type { Concern, Evidence, Recommendation } from '../src/model/finding.js';
import type { Post } from '../src/model/post.js';
import { EVAL_ACCOUNT } from './post.js';

export interface Judgement {
  recommendation: Recommendation;
  score: number;
  /** Concerns of the reported findings (empty for kept posts, which carry none). */
  concerns: Concern[];
  findings: { concern: Concern; topic: string; ruleId: string; evidence: Evidence[] }[];
  /** Set when the pipeline threw on this post; the post then counts as kept. */
  error?: string;
}

export type Judge = (post: Post) => Judgement;

export function makeJudge(packId = 'hcpc'): Judge {
  const pack = loadPack(packId);
  return (post) => {
    try {
      const r = judgePost(post, { pack }, [EVAL_ACCOUNT]);
      return {
        recommendation: r.recommendation,
        score: r.score,
        concerns: [...new Set(r.findings.map((f) => f.concern))].sort(),
        findings: r.findings.map((f) => ({ concern: f.concern, topic: f.topic, ruleId: f.ruleId, evidence: f.evidence })),
      };
    } catch (error) {
      return { recommendation: 'keep', score: 0, concerns: [], findings: [], error: error instanceof Error ? error.message : String(error) };
    }
  };
}

/** Raw rule findings of one concern, whatever the post's score (the detector, before scoring). */
export function rawEvidence(post: Post, concern: Concern): Evidence[] {
  try {
    return checkPost(post, { ownAccounts: [EVAL_ACCOUNT], disabledRules: [] })
      .filter((f) => f.concern === concern)
      .flatMap((f) => f.evidence);
  } catch {
    return [];
  }
}

export function isFlagged(j: Judgement): boolean {
  return j.recommendation !== 'keep';
}

export function flaggedFor(j: Judgement, ...concerns: Concern[]): boolean {
  return j.recommendation !== 'keep' && j.concerns.some((c) => concerns.includes(c));
}
