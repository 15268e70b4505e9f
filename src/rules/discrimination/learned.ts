/**
 * The learned signal for derogation the lists do not know ("Polish HCAs are always on their phones,
 * typical"): only on posts that name a protected group, only when the model is sure (the `strong`
 * margin), and only with a word the model weighed heavily (the weak gate's anchor weight) in the
 * group's clause, at most four words from it, outside any negation, report or debunking, and not
 * one the group rules already judged. The model never sees which group is named (features.ts leaves
 * it out), so the same sentence scores the same for every group. Review level at most.
 */
import type { Post } from '../../model/post.js';
import type { RuleContext, RuleFinding } from '../types.js';
import { DEBUNK, META, REPORT, q } from '../text/index.js';
import type { Hit } from '../text/index.js';
import { offensiveScore, threshold } from '../model/scorer.js';
import { anchors } from '../communication/learned.js';
import { CHARACTERISTIC, PREDICATES, STATEMENTS } from './lexicons.js';
import { yesNoQuestion } from './statements.js';

/** How many words from the group the weighed word may be. */
const NEAR = 4;

export function learnedDerogation(_post: Post, { text: t }: RuleContext, groups: readonly Hit[]): RuleFinding[] {
  const named = groups.filter((g) => g.entry.tag !== 'other' && !t.negated(g.t0) && !(t.frameOver(g.t0, g.t1) & (REPORT | META | DEBUNK)));
  if (named.length === 0) return [];
  const s = offensiveScore(t);
  if (s.z < threshold('strong')) return [];
  // Words the group rules already weighed ("sick of" + "old people being left") are theirs to judge.
  const judged = [...t.hits(PREDICATES), ...t.hits(STATEMENTS)];
  const candidates = anchors(t, s, threshold('anchorWeak')).filter((i) => !judged.some((h) => h.t0 <= i && h.t1 > i));
  if (candidates.length === 0) return [];
  for (const g of named) {
    if (yesNoQuestion(t, g.t0)) continue;
    // The word is said of the group: in its clause, a few words away.
    const a = t.clauseStart(g.t0);
    const b = t.clauseEnd(g.t1 - 1);
    const words = candidates.filter((i) => i >= a && i < b && (i < g.t0 ? g.t0 - i <= NEAR : i >= g.t1 && i - g.t1 < NEAR) && !(t.frameAt(i) & (REPORT | META | DEBUNK)));
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
