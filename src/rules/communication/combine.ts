/**
 * The rule of combination for communication findings (called by `runRules` in ../index.ts).
 *
 * Communication (HCPC 2.10) is cited when language is aimed at someone or the swearing itself is
 * the problem. Three kinds of communication finding are weaker than that, and are dropped when a
 * finding of another concern that flags the post on its own already explains it:
 *   - `untargeted`: swearing aimed at no one (communication/profanity). A drunken-shift boast that
 *     swears ("still fucking hammered"), a patient photo captioned with a swear word, a slur post
 *     that also says "ffs": the other concern is what the post is about.
 *   - `learned`: the learned signal's finding behind its weak gate (a "you", "he/she/they" or a
 *     name somewhere in the post, no @mention and no reply), made without any listed insult: when a
 *     stronger rule explains the post, the words the model weighed are that rule's evidence seen
 *     again ("off sick", "thick as two short planks" of a colleague, "lazy" of a group).
 *   - `third`: name-calling of a person or group described in the third person ("my line manager is
 *     a spineless clown", "those Eastern Europeans are scum"), dropped only when the other
 *     concern's evidence covers it or sits within a few words of it in the same sentence: the
 *     colleague-, patient- or group-directed rule has already read those words as what they are.
 * Findings aimed at someone ("you", an @mention, a reply), threats and sexualised insults are never
 * dropped. Quoted and shared findings count like the user's own.
 */
import type { Concern } from '../../model/finding.js';
import type { TextAnalysis } from '../text/index.js';
import type { RuleFinding } from '../types.js';

export type Secondary = 'untargeted' | 'learned' | 'third';

// Keyed by the finding object: a rule's own finding, and each labelled or adjusted copy made of it
// (runRules and the configuration's adjustments carry the mark over with `secondary`).
const SECONDARY = new WeakMap<object, Secondary>();

/** Mark a communication finding as secondary (see above); returns it. No kind: not secondary. */
export function secondary<F extends object>(f: F, kind: Secondary | undefined): F {
  if (kind) SECONDARY.set(f, kind);
  return f;
}

export function secondaryKind(f: object): Secondary | undefined {
  return SECONDARY.get(f);
}

/** Tokens between evidence of a `third` finding and another concern's evidence that still count as "next to" it. */
const NEAR_TOKENS = 3;

interface Labelled {
  concern: Concern;
  severity?: RuleFinding['severity'];
  confidence: number;
  evidence: RuleFinding['evidence'];
}

/** The finding flags the post by itself: high, or medium with at least even confidence. */
function explains(f: Labelled): boolean {
  return f.concern !== 'communication' && (f.severity === 'high' || (f.severity !== 'low' && f.confidence >= 0.5));
}

/** Token range [t0, t1) of an evidence span. */
function tokens(t: TextAnalysis, e: { start: number; end: number }): [number, number] {
  const a = t.tokenAt(e.start);
  if (a < 0) return [-1, -1];
  let b = a;
  while (b < t.tokens.length && t.span(b, b + 1).start < e.end) b++;
  return [a, Math.max(b, a + 1)];
}

function near(t: TextAnalysis, x: Labelled, y: Labelled): boolean {
  for (const ex of x.evidence) {
    const [a0, a1] = tokens(t, ex);
    if (a0 < 0) continue;
    for (const ey of y.evidence) {
      const [b0, b1] = tokens(t, ey);
      if (b0 < 0 || t.tokens[a0]!.sn !== t.tokens[b0]!.sn) continue;
      const gap = a0 >= b1 ? a0 - b1 : b0 >= a1 ? b0 - a1 : 0;
      if (gap <= NEAR_TOKENS) return true;
    }
  }
  return false;
}

/**
 * Drop the secondary communication findings that another concern explains (each finding marked
 * with `secondary`). Returns `labelled` itself when nothing is dropped.
 */
export function settleCommunication<L extends Labelled>(labelled: L[], t: TextAnalysis): L[] {
  let kinds: (Secondary | undefined)[] | null = null;
  for (let i = 0; i < labelled.length; i++) {
    const k = SECONDARY.get(labelled[i]!);
    if (k) (kinds ??= new Array<Secondary | undefined>(labelled.length))[i] = k;
  }
  if (!kinds) return labelled;
  const others = labelled.filter(explains);
  if (others.length === 0) return labelled;
  const out: L[] = [];
  for (let i = 0; i < labelled.length; i++) {
    const kind = kinds[i];
    const f = labelled[i]!;
    if (kind === 'untargeted' || kind === 'learned') continue;
    if (kind === 'third' && others.some((o) => near(t, f, o))) continue;
    out.push(f);
  }
  return out;
}
