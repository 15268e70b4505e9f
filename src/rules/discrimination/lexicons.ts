/** Word lists shared by the discrimination rules, registered once. */
import { loadLexicon } from '../text/index.js';
import type { Hit, TextAnalysis } from '../text/index.js';

export const SLURS = loadLexicon(new URL('./slurs.txt', import.meta.url), { masked: true });
export const NOT_SLURS = loadLexicon(new URL('./not-slurs.txt', import.meta.url));
export const GROUPS = loadLexicon(new URL('./groups.txt', import.meta.url));
export const PREDICATES = loadLexicon(new URL('./predicates.txt', import.meta.url));
/** Newer predicates, read by the rules only (not model features): see predicates-more.txt. */
export const PREDICATES_MORE = loadLexicon(new URL('./predicates-more.txt', import.meta.url));
export const STATEMENTS = loadLexicon(new URL('./statements.txt', import.meta.url));
export const HOSTILE = loadLexicon(new URL('./hostile.txt', import.meta.url));
export const MOCKING = loadLexicon(new URL('./mocking.txt', import.meta.url));
/** Emoji used as a dehumanising predicate (fifth pass): see emoji.txt. */
export const EMOJI_PREDICATES = loadLexicon(new URL('./emoji.txt', import.meta.url));
/** Verbs of wasting, for "waste <anything> on <group>" (sixth pass): see waste.txt. */
export const WASTE = loadLexicon(new URL('./waste.txt', import.meta.url));

/** Plain-English names of the protected characteristics, for messages. */
export const CHARACTERISTIC: Record<string, string> = {
  race: 'race or ethnicity',
  religion: 'religion or belief',
  disability: 'disability',
  sex: 'sex',
  'sexual orientation': 'sexual orientation',
  sex_orientation: 'sexual orientation',
  'gender reassignment': 'gender reassignment',
  gender: 'gender reassignment',
  age: 'age',
  pregnancy: 'pregnancy or maternity',
  marriage: 'marriage or civil partnership',
  person: 'a protected characteristic',
  other: 'a group of service users',
};

const NO_HITS: readonly Hit[] = [];

/** Hits of both predicate lists (the first list's, then the second's). */
export function predicateHits(t: TextAnalysis): readonly Hit[] {
  const a = t.has(PREDICATES) ? t.hits(PREDICATES) : NO_HITS;
  if (!t.has(PREDICATES_MORE)) return a;
  const b = t.hits(PREDICATES_MORE);
  if (a.length === 0) return b;
  // Callers need every hit, not an order: a concatenation is enough.
  return a.concat(b);
}

/** Some predicate of either list starts at token i (no allocation). */
export function predicateAt(t: TextAnalysis, i: number): boolean {
  for (const h of t.hits(PREDICATES)) if (h.t0 === i) return true;
  for (const h of t.hits(PREDICATES_MORE)) if (h.t0 === i) return true;
  return false;
}

export function hasPredicates(t: TextAnalysis): boolean {
  return t.has(PREDICATES) || t.has(PREDICATES_MORE);
}
