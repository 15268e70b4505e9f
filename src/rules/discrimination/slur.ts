import type { Rule, RuleFinding } from '../types.js';
import { INSULT_LEAD, META, OBFUSCATED, REPORT, SECOND_PERSON, q } from '../text/index.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { CHARACTERISTIC, NOT_SLURS, PREDICATES, SLURS } from './lexicons.js';

/** Strong signs that a word with a harmless meaning is being thrown at someone. */
const STRONG_LEAD = new Set([
  ...SECOND_PERSON, 'fucking', 'fuckin', 'effing', 'filthy', 'dirty', 'stupid', 'disgusting', 'bloody', 'such', 'what', 'like', 'typical', 'absolute',
  'little', 'fat', 'ugly', 'bunch', 'load', 'thick', 'bastard', 'sick', 'lazy', 'stinking', 'smelly',
]);

const PLACES = new Set(['bed', 'bay', 'cubicle', 'room', 'resus', 'side', 'majors', 'minors', 'chair', 'clinic']);

/** Self-description that reclaims a word ("as a queer woman", "proud dyke"). */
const RECLAIM = new Set(['i', "i'm", 'im', 'am', 'as', 'we', "we're", 'us', 'proud', 'proudly', 'fellow']);

function aimed(t: TextAnalysis, h: Hit, lead: ReadonlySet<string>): boolean {
  for (let i = h.t0 - 1; i >= Math.max(0, h.t0 - 2); i--) {
    if (lead.has(t.key(i))) return true;
  }
  // "faggot in bed 6": the word naming a particular person.
  if (['in', 'from', 'on'].includes(t.key(h.t1)) && PLACES.has(t.key(h.t1 + 1))) return true;
  // "dykes are disgusting": the word used as a group name in a derogatory statement.
  for (const p of t.hits(PREDICATES)) if (p.t0 >= h.t1 && p.t0 - h.t1 <= 3 && p.entry.fields[0] !== 'before') return true;
  return false;
}

function reclaimed(t: TextAnalysis, h: Hit): boolean {
  for (let i = h.t0 - 1; i >= Math.max(0, h.t0 - 3); i--) {
    const k = t.key(i);
    if (k === 'you' || k === 'ur' || k === 'u') return false;
    if (RECLAIM.has(k)) return true;
  }
  return false;
}

/**
 * The word alone is in quotation marks ('"Mong" is not a funny word', 'still get called "pikeys"'):
 * the post talks about the word rather than using it. A longer quotation may be words shared with
 * approval, so only a quotation of the word and at most one more is let off.
 */
function quotedAlone(t: TextAnalysis, h: Hit): boolean {
  const n = t.tokens.length;
  const quote = (c: string): boolean => c === '"' || c === "'";
  const opensBefore = (i: number): boolean => i >= 0 && quote(t.norm.charAt(t.tokens[i]!.s - 1));
  const closesAfter = (i: number): boolean => i < n && quote(t.norm.charAt(t.tokens[i]!.e));
  return (opensBefore(h.t0) || opensBefore(h.t0 - 1)) && (closesAfter(h.t1 - 1) || closesAfter(h.t1));
}

export const slurRule: Rule = {
  meta: {
    id: 'discrimination/slur',
    concern: 'discrimination',
    topics: ['discrimination.slur'],
    description: 'Slurs against people for a protected characteristic, including disguised spellings.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    const hits = t.hits(SLURS);
    if (hits.length === 0) return [];
    const safe = t.hits(NOT_SLURS);
    const out: RuleFinding[] = [];
    for (const h of hits) {
      if (safe.some((s) => s.t0 <= h.t0 && s.t1 >= h.t1)) continue;
      // Reporting abuse received, or challenging the word, is not using it.
      if (t.frameOver(h.t0, h.t1) & (REPORT | META)) continue;
      if (t.quotedSpan(h.t0, h.t1) && (t.anyFrame(REPORT | META) || quotedAlone(t, h))) continue;
      const mode = h.entry.fields[0] ?? 'strict';
      let confidence = 0.95;
      if (mode !== 'strict') {
        if (reclaimed(t, h)) continue;
        if (!aimed(t, h, mode === 'ambig' ? INSULT_LEAD : STRONG_LEAD)) continue;
        confidence = mode === 'ambig' ? 0.8 : 0.75;
      }
      if (t.tokens[h.t0]!.flags & OBFUSCATED) confidence = Math.min(confidence, 0.9);
      if (t.quotedSpan(h.t0, h.t1)) confidence *= 0.85;
      const ev = t.hitSpan(h);
      const characteristic = CHARACTERISTIC[h.entry.tag] ?? h.entry.tag;
      const disguised = t.tokens[h.t0]!.flags & OBFUSCATED ? ' (disguised spelling)' : '';
      out.push({
        topic: 'discrimination.slur',
        severity: 'high',
        confidence: Math.round(confidence * 100) / 100,
        message: `Uses a slur relating to ${characteristic}${disguised}: ${q(ev)}. Discriminatory language can undermine trust that you treat every service user fairly.`,
        evidence: [ev],
      });
    }
    return out;
  },
};
