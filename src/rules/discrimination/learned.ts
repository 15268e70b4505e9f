/**
 * The learned signal for derogation the lists do not know ("Polish HCAs are always on their phones,
 * typical"): only on posts that name a protected group, past the weak gate's margin and with a
 * word the model weighed at least the weak gate's anchor weight (the pair chosen in training so
 * that such findings are right at least 75% of the time on OLID train), in the group's clause, at most four words
 * from it, outside any negation, report or debunking, and not one the group rules already judged. The model never sees which group is named (features.ts leaves
 * it out), so the same sentence scores the same for every group. Review level at most.
 */
import type { Post } from '../../model/post.js';
import type { RuleContext, RuleFinding } from '../types.js';
import { DEBUNK, META, REPORT, q } from '../text/index.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { offensiveScore, threshold, type OffensiveScore } from '../model/scorer.js';
import { anchors } from '../communication/learned.js';
import { CHARACTERISTIC, STATEMENTS, predicateHits } from './lexicons.js';
import { yesNoQuestion } from './statements.js';

/** How many words from the group the weighed word may be. */
const NEAR = 4;

export interface GroupAnchor {
  group: Hit;
  /** Words said of the group, heaviest first, and the heaviest weight. */
  words: number[];
  weight: number;
}

/**
 * For each group named (not negated, reported or debunked; not asked about), the words the model
 * weighed that are said of it: in its clause, at most four words away, not already judged by the
 * group rules ("sick of" + "old people being left" is theirs). Training uses this too.
 */
export function groupAnchors(t: TextAnalysis, s: OffensiveScore, groups: readonly Hit[]): GroupAnchor[] {
  const named = groups.filter((g) => g.entry.tag !== 'other' && !t.negated(g.t0) && !(t.frameOver(g.t0, g.t1) & (REPORT | META | DEBUNK)) && !yesNoQuestion(t, g.t0));
  if (named.length === 0) return [];
  const judged = [...predicateHits(t), ...t.hits(STATEMENTS)];
  const candidates = anchors(t, s, -Infinity).filter((i) => !judged.some((h) => h.t0 <= i && h.t1 > i) && !(t.frameAt(i) & (REPORT | META | DEBUNK)));
  const out: GroupAnchor[] = [];
  for (const g of named) {
    const a = t.clauseStart(g.t0);
    const b = t.clauseEnd(g.t1 - 1);
    const words = candidates.filter((i) => i >= a && i < b && (i < g.t0 ? g.t0 - i <= NEAR : i >= g.t1 && i - g.t1 < NEAR));
    if (words.length === 0) continue;
    out.push({ group: g, words, weight: Math.max(...words.map((i) => s.weight[s.top.indexOf(i)]!)) });
  }
  return out;
}

export function learnedDerogation(_post: Post, { text: t }: RuleContext, groups: readonly Hit[]): RuleFinding[] {
  if (groups.length === 0) return [];
  const s = offensiveScore(t);
  // The weak gate's pair (right at least 75% of the time on OLID train): the group is whom the words are aimed at.
  if (s.z < threshold('offensiveWeak')) return [];
  const min = threshold('anchorWeak');
  for (const { group: g, words: all } of groupAnchors(t, s, groups)) {
    const words = all.filter((i) => s.weight[s.top.indexOf(i)]! >= min);
    if (words.length === 0) continue;
    const evidence = [t.span(g.t0, g.t1), ...words.slice(0, 2).map((i) => t.span(i, i + 1))].sort((a, b) => a.start - b.start);
    return [
      {
        topic: 'discrimination.derogation',
        severity: 'medium',
        confidence: 0.55,
        message: `This reads as a hostile generalisation about a group of people (${CHARACTERISTIC[g.entry.tag] ?? g.entry.tag}; a learned signal, weighing ${evidence.map(q).join(', ')}). Posts like this suggest bias that could affect how you treat service users.`,
        evidence,
      },
    ];
  }
  return [];
}
