import type { Evidence } from '../../model/finding.js';

/** Longest quotation a message carries before it is shortened. */
const MAX_QUOTE = 80;

/** Quote evidence for a message: "like this", shortened with an ellipsis when long. */
export function q(e: Evidence | string): string {
  const s = (typeof e === 'string' ? e : e.text).replace(/\s+/g, ' ').trim();
  return `"${s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s}"`;
}

/** Quote several pieces of evidence: "a", "b" and "c". */
export function qList(es: readonly (Evidence | string)[]): string {
  const parts = es.map(q);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Order evidence by position and drop exact duplicates. */
export function tidy(es: Evidence[]): Evidence[] {
  const sorted = [...es].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((e, i) => i === 0 || e.start !== sorted[i - 1]!.start || e.end !== sorted[i - 1]!.end);
}
