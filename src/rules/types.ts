import type { Post } from '../model/post.js';
import type { Concern, Evidence, Severity } from '../model/finding.js';
import type { TextAnalysis } from './text/analysis.js';

/** What a rule is, in the manner of ESLint's rule meta. Clause numbers come from the standards pack, never from rules. */
export interface RuleMeta {
  /** Stable id, "<concern>/<name>", e.g. "confidentiality/nhs-number". */
  id: string;
  concern: Concern;
  /** The topics its findings use, e.g. ["boundaries.contact"]; the pack maps each to clauses. */
  topics: string[];
  description: string;
  /** Severity when the rule does not say otherwise for a finding. */
  severity: Severity;
}

/** What a rule returns; the pipeline adds ruleId, concern and the pack's clauses. */
export interface RuleFinding {
  topic: string;
  severity?: Severity;
  /** 0–1: how sure the rule is that this is what it looks for. */
  confidence: number;
  /** Plain English, specific to this post, quoting the evidence. */
  message: string;
  evidence: Evidence[];
  /** The evidence lies in words the user quoted or shared, not their own (weighs less). */
  quoted?: boolean;
}

export interface Rule<Ctx = RuleContext> {
  meta: RuleMeta;
  check(post: Post, context: Ctx): RuleFinding[];
}

export interface RuleContext {
  /** The user's own handles (lower case, no "@"), so their own name is never a third party. */
  ownAccounts: ReadonlySet<string>;
  /** The post's text analysis (tokens, word-list hits, negation, quotes, frames), built once and shared by every rule. */
  text: TextAnalysis;
}
