import type { TextAnalysis } from '../text/index.js';
import { loadLexicon } from '../text/index.js';

export const ID_CONTEXT = loadLexicon(new URL('./id-context.txt', import.meta.url));

/** Token range [a, b) covering original text [start, end). */
export function tokensOf(t: TextAnalysis, start: number, end: number): [number, number] {
  const a = t.tokenAt(start);
  if (a < 0) return [t.tokens.length, t.tokens.length];
  let b = a;
  while (b < t.tokens.length && t.span(b, b + 1).start < end) b++;
  return [a, Math.max(b, a + 1)];
}

/** A context word of the given kind within `before` tokens before or `after` tokens after [a, b). */
export function contextNear(t: TextAnalysis, a: number, b: number, kind: string, before = 8, after = 6): boolean {
  for (const h of t.hits(ID_CONTEXT)) {
    if (h.entry.tag !== kind) continue;
    if (h.t1 <= a && a - h.t1 <= before) return true;
    if (h.t0 >= b && h.t0 - b <= after) return true;
    if (h.t0 >= a && h.t1 <= b) return true;
  }
  return false;
}
