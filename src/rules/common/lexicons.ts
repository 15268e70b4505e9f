/** Lists several concerns share: references to patients and their carers, and being at work. */
import type { Hit, TextAnalysis } from '../text/index.js';
import { loadLexicon } from '../text/index.js';
import { LastPost } from './memo.js';

export const PATIENT = loadLexicon(new URL('./patient.txt', import.meta.url));
export const WORK = loadLexicon(new URL('./work.txt', import.meta.url));

/** Words before "patient" that make it the adjective ("please be patient"). */
const ADJECTIVE_LEAD = new Set(['be', 'so', 'very', 'more', 'stay', 'remain', 'being', 'extremely', 'really', 'less', 'too', 'incredibly', 'been', 'was', 'is', 'am', "i'm", 'im', 'are', "you're", 'were']);

const refCache = new LastPost<{ strong?: Hit[]; all?: Hit[] }>();

/** References to a service user or carer; `weak` ones ("clients", "residents", "caseload", supervisees) only when asked for. Cached per post. */
export function patientRefs(t: TextAnalysis, includeWeak = false): Hit[] {
  if (!t.has(PATIENT)) return [];
  let c = refCache.get(t);
  if (!c) {
    c = {};
    refCache.set(t, c);
  }
  if (includeWeak) return (c.all ??= computeRefs(t, true));
  return (c.strong ??= computeRefs(t, false));
}

function computeRefs(t: TextAnalysis, includeWeak: boolean): Hit[] {
  const out: Hit[] = [];
  for (const h of t.hits(PATIENT)) {
    if ((h.entry.tag === 'weak' || h.entry.tag === 'supervisee') && !includeWeak) continue;
    if (h.t1 - h.t0 === 1 && t.key(h.t0) === 'patient' && ADJECTIVE_LEAD.has(t.key(h.t0 - 1))) continue;
    out.push(h);
  }
  return out;
}

/** Work context in the post; strong ones only unless asked. */
export function workRefs(t: TextAnalysis, includeWeak = false): Hit[] {
  const hits = t.hits(WORK);
  return includeWeak ? hits.slice() : hits.filter((h) => h.entry.tag === 'strong');
}
