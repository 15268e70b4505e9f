/**
 * Rules over the learned concern signal (model/concerns.ts): one rule per concern, "<concern>/learned".
 *
 * Each fires only when three things hold: the concern's gate is open (rule-side evidence that the
 * post is about that concern's subject: a service user, work, a named group, a health topic,
 * selling); the concern's model reaches its margin; and words the model weighed heavily, outside
 * negation and reported speech, carry the score (they are the quoted evidence). A finding of the
 * same concern from any other rule always wins (`dropCovered`): the learned rule only speaks for
 * posts the word lists missed, and only at review level.
 */
import type { Concern } from '../../model/finding.js';
import type { Post } from '../../model/post.js';
import type { Rule, RuleFinding } from '../types.js';
import { BREAK, REPORT, qList, tidy, type TextAnalysis } from '../text/index.js';
import { GROUPS } from '../discrimination/lexicons.js';
import { FUNCTION_WORDS } from '../communication/learned.js';
import { PROMO } from '../promotion/misleading-claims.js';
import { TOPICS as HEALTH_TOPICS } from '../accuracy/health-claims.js';
import { COMMERCIAL } from '../promotion/undisclosed-endorsement.js';
import { COLLEAGUES } from '../trust/disparaging-colleagues.js';
import { WORK, patientRefs } from './lexicons.js';
import { concernScores, hasConcernModel, LEARNED_CONCERNS, type ConcernScore, type LearnedConcern } from '../model/concerns.js';

/** The rule-side evidence each concern's learned finding needs. */
const GATES: Record<LearnedConcern, (t: TextAnalysis, post: Post) => boolean> = {
  // A group named: the model cannot see which (features.ts), so it judges what is said of it.
  discrimination: (t) => t.has(GROUPS),
  boundaries: (t) => patientRefs(t, true).length > 0,
  confidentiality: (t, post) => patientRefs(t, true).length > 0 || post.media.length > 0,
  trust: (t) => patientRefs(t, true).length > 0 || t.has(WORK) || t.has(COLLEAGUES),
  accuracy: (t) => t.has(HEALTH_TOPICS),
  promotion: (t) => t.has(PROMO) || t.has(COMMERCIAL),
};

/** Which concerns' gates are open for the post. */
export function learnedGates(t: TextAnalysis, post: Post): LearnedConcern[] {
  return LEARNED_CONCERNS.filter((c) => GATES[c](t, post));
}

const WHAT: Record<LearnedConcern, string> = {
  discrimination: 'a derogatory or stereotyping remark about a group',
  boundaries: 'personal contact, a relationship or a personal benefit with a service user or carer',
  confidentiality: 'details that could identify a service user',
  trust: 'conduct that could undermine public trust in the profession',
  accuracy: 'a health claim at odds with public health advice',
  promotion: 'a misleading or undisclosed promotional claim',
};

const WHY: Record<LearnedConcern, string> = {
  discrimination: 'Remarks that demean a group can show bias towards service users, carers or colleagues.',
  boundaries: 'Personal contact, relationships or benefits with service users blur professional boundaries.',
  confidentiality: "Details that let others recognise a service user may breach their confidentiality.",
  trust: 'Posts like this can undermine public trust and confidence in you or your profession.',
  accuracy: 'Health information you share should be accurate and in line with the evidence.',
  promotion: 'Promoting services or products must not mislead.',
};

/** Content words the model weighed most (up to three): heavily weighed, not negated or reported. */
export function anchorsOf(t: TextAnalysis, s: ConcernScore, minShare: number): number[] {
  const picked: number[] = [];
  for (let i = 0; i < t.tokens.length; i++) {
    const tok = t.tokens[i]!;
    if (s.contrib[i]! < minShare || tok.flags & BREAK || tok.k.length < 3 || FUNCTION_WORDS.has(tok.k)) continue;
    if (t.negated(i) || t.frameAt(i) & REPORT) continue;
    picked.push(i);
  }
  picked.sort((a, b) => s.contrib[b]! - s.contrib[a]! || a - b);
  return picked.slice(0, 3).sort((a, b) => a - b);
}

/** A token must carry at least this share of the margin to be quoted. */
const MIN_SHARE = 0.15;

function learnedRule(concern: LearnedConcern): Rule {
  return {
    meta: {
      id: `${concern}/learned`,
      concern,
      topics: [`${concern}.learned`],
      description: `The learned ${concern} signal, behind the concern's own word lists: review level, quoting the words it weighed most.`,
      severity: 'medium',
    },
    check(post, { text: t }): RuleFinding[] {
      if (!hasConcernModel(concern) || !GATES[concern](t, post)) return [];
      const s = concernScores(t).find((x) => x.concern === concern);
      if (!s || s.z < s.margin) return [];
      const margin = s.margin;
      const words = anchorsOf(t, s, MIN_SHARE);
      if (words.length === 0) return [];
      const evidence = tidy(words.map((i) => t.span(i, i + 1)));
      const confidence = Math.round((0.5 + 0.1 * Math.min(1, (s.z - margin) / 2)) * 100) / 100;
      return [
        {
          topic: `${concern}.learned`,
          confidence,
          message: `Reads like ${WHAT[concern]} (a learned signal, weighing ${qList(evidence)}). ${WHY[concern]}`,
          evidence,
        },
      ];
    },
  };
}

/** One rule for each concern with a shipped model (a rule without one would only cost time). */
export const LEARNED_RULES: Rule[] = LEARNED_CONCERNS.filter((c) => hasConcernModel(c)).map(learnedRule);

const LEARNED_IDS = new Set(LEARNED_CONCERNS.map((c) => `${c}/learned`));

/** Drop a learned finding when another rule found the same concern in the post. */
export function dropCovered<F extends { ruleId: string; concern: Concern }>(findings: F[]): F[] {
  let learned = false;
  for (const f of findings) if (LEARNED_IDS.has(f.ruleId)) learned = true;
  if (!learned) return findings;
  const covered = new Set<Concern>();
  for (const f of findings) if (!LEARNED_IDS.has(f.ruleId)) covered.add(f.concern);
  const dropped = (f: F): boolean => LEARNED_IDS.has(f.ruleId) && covered.has(f.concern);
  return findings.some(dropped) ? findings.filter((f) => !dropped(f)) : findings;
}
