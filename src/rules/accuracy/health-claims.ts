import type { Severity } from '../../model/finding.js';
import type { Rule, RuleFinding } from '../types.js';
import type { TextAnalysis } from '../text/index.js';
import { DEBUNK, META, REPORT, loadLexicon, outermost, q } from '../text/index.js';

const CLAIMS = loadLexicon(new URL('./claims.txt', import.meta.url));
const SUBJECTS = loadLexicon(new URL('./vaccine-subjects.txt', import.meta.url));
const HARMS = loadLexicon(new URL('./vaccine-harms.txt', import.meta.url));
const REMEDIES = loadLexicon(new URL('./remedies.txt', import.meta.url));

const KIND: Record<string, string> = {
  antivax: 'an anti-vaccine claim',
  covid: 'a COVID-19 claim that contradicts public health advice',
  cure: 'a miracle-cure claim',
  advice: 'dangerous health advice',
  conspiracy: 'a health conspiracy theory',
  framing: 'misinformation framing',
};

interface Claim {
  t0: number;
  t1: number;
  /** Where negation between the parts of a claim is looked for ("vaccines do NOT cause autism"). */
  gapFrom: number;
  gapTo: number;
  kind: string;
  severity: Severity;
  confidence: number;
}

/** Within `max` tokens after `after`, in the same sentence. */
function follows(t: TextAnalysis, a: { t0: number; t1: number }, b: { t0: number }, max: number): boolean {
  return b.t0 >= a.t1 && b.t0 - a.t1 <= max && t.tokens[a.t0]!.sn === t.tokens[b.t0]!.sn;
}

function affirmed(t: TextAnalysis, c: Claim): boolean {
  if (t.frameOver(c.t0, c.t1) & (DEBUNK | REPORT | META)) return false;
  // 'Seeing the "ivermectin cures Covid" stuff again. Trials found no benefit.'
  if (t.quotedSpan(c.t0, c.t1) && t.anyFrame(DEBUNK | REPORT | META)) return false;
  if (t.negated(c.t0)) return false;
  if (c.gapTo > c.gapFrom && t.negationIn(c.gapFrom, c.gapTo)) return false;
  // "Do vaccines cause autism?" asks; it does not claim.
  if (t.sentenceOf(c.t0).question) return false;
  return true;
}

function collect(t: TextAnalysis): Claim[] {
  const claims: Claim[] = [];
  for (const h of outermost(t.hits(CLAIMS))) {
    const severity = (h.entry.fields[0] ?? 'medium') as Severity;
    claims.push({ t0: h.t0, t1: h.t1, gapFrom: 0, gapTo: 0, kind: h.entry.tag, severity, confidence: severity === 'high' ? 0.85 : severity === 'medium' ? 0.7 : 0.5 });
  }
  if (t.has(SUBJECTS) && t.has(HARMS)) {
    const subjects = outermost(t.hits(SUBJECTS));
    for (const harm of t.hits(HARMS)) {
      const s = subjects.find((x) => follows(t, x, harm, 6));
      if (s) claims.push({ t0: s.t0, t1: harm.t1, gapFrom: s.t1, gapTo: harm.t0, kind: 'antivax', severity: 'high', confidence: 0.85 });
    }
  }
  if (t.has(REMEDIES)) {
    const parts = t.hits(REMEDIES);
    for (const a of parts) {
      if (a.entry.tag !== 'agent') continue;
      for (const v of parts) {
        if (v.entry.tag !== 'verb' || !follows(t, a, v, 4)) continue;
        const d = parts.find((x) => x.entry.tag === 'disease' && follows(t, v, x, 4));
        if (d) claims.push({ t0: a.t0, t1: d.t1, gapFrom: a.t1, gapTo: v.t0, kind: 'cure', severity: 'high', confidence: 0.8 });
      }
    }
  }
  return claims;
}

export const healthClaimsRule: Rule = {
  meta: {
    id: 'accuracy/health-claims',
    concern: 'accuracy',
    topics: ['accuracy.misinformation'],
    description: 'Affirmed health claims that contradict public health messaging: anti-vaccine claims, COVID-19 conspiracies, miracle cures, dangerous advice.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    if (!t.has(CLAIMS) && !t.has(HARMS) && !t.has(REMEDIES)) return [];
    const claims = collect(t).filter((c) => affirmed(t, c));
    if (claims.length === 0) return [];
    // Framing ("do your own research") only counts alongside a health topic.
    const healthTopic = t.has(SUBJECTS) || t.has(REMEDIES) || claims.some((c) => c.kind !== 'framing');
    const out: RuleFinding[] = [];
    const taken: Array<[number, number]> = [];
    claims.sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
    for (const c of claims) {
      if (c.kind === 'framing' && !healthTopic) continue;
      if (taken.some(([a, b]) => c.t0 < b && c.t1 > a)) continue;
      taken.push([c.t0, c.t1]);
      const ev = t.span(c.t0, c.t1);
      out.push({
        topic: 'accuracy.misinformation',
        severity: c.severity,
        confidence: c.confidence,
        message: `States ${KIND[c.kind] ?? 'a misleading health claim'}: ${q(ev)}. Health information you share should be accurate and in line with public health messaging.`,
        evidence: [ev],
      });
    }
    return out;
  },
};
