/**
 * Boundaries: a personal act (contact, romance, money) close to a mention of a service user or
 * their carer, and not refused, negated, asked about, or done through a proper channel.
 */
import type { Hit, Lexicon, TextAnalysis } from '../text/index.js';
import { loadLexicon, outermost } from '../text/index.js';
import { patientRefs } from '../common/lexicons.js';

export const NOT_BOUNDARIES = loadLexicon(new URL('./not-boundaries.txt', import.meta.url));

/** How far apart, in tokens, the patient and the act may be. */
const REACH = 14;

export interface Pair {
  patient: Hit;
  act: Hit;
}

/** Acts from `lex` near a patient or carer reference (events such as "came in" do not count). */
export function patientActs(t: TextAnalysis, lex: Lexicon, accept: (h: Hit) => boolean = () => true): Pair[] {
  if (!t.has(lex)) return [];
  const refs = patientRefs(t, true).filter((r) => r.entry.tag !== 'event');
  if (refs.length === 0) return [];
  const out: Pair[] = [];
  for (const act of outermost(t.hits(lex))) {
    if (!accept(act)) continue;
    let best: Hit | undefined;
    let dist = Infinity;
    for (const r of refs) {
      if (r.t0 < act.t1 && r.t1 > act.t0) continue;
      const d = r.t1 <= act.t0 ? act.t0 - r.t1 : r.t0 - act.t1;
      if (d < dist) {
        dist = d;
        best = r;
      }
    }
    if (best && dist <= REACH) out.push({ patient: best, act });
  }
  return out;
}

/** The act is refused, negated, asked about, or (for some kinds) through a proper channel. */
export function excused(t: TextAnalysis, act: Hit, kinds: readonly string[]): boolean {
  if (t.negated(act.t0)) return true;
  const sent = t.sentenceOf(act.t0);
  if (sent.question) return true;
  const next = t.sentences[t.tokens[act.t0]!.sn + 1];
  for (const h of t.hits(NOT_BOUNDARIES)) {
    if (!kinds.includes(h.entry.tag)) continue;
    const inSentence = h.t0 >= sent.t0 && h.t1 <= sent.t1;
    // "A patient added me on Facebook. Declined, obviously."
    const inNext = h.entry.tag === 'refuse' && next !== undefined && h.t0 >= next.t0 && h.t1 <= next.t1;
    if (inSentence || inNext) return true;
  }
  return false;
}
