import type { Severity } from '../../model/finding.js';
import type { Rule, RuleFinding } from '../types.js';
import type { TextAnalysis } from '../text/index.js';
import { DEBUNK, META, REPORT, loadLexicon, outermost, q } from '../text/index.js';
import { patientRefs, workRefs } from '../common/lexicons.js';
import { CONDITIONS } from '../confidentiality/context.js';

const SLANG = loadLexicon(new URL('./patient-slang.txt', import.meta.url));
const MOCKING = loadLexicon(new URL('./mocking.txt', import.meta.url));
/** Callous things said about patients ("if she wanted to die she'd have done it properly"), and mocking their illness with laughter. */
const CALLOUS = loadLexicon(new URL('./callous.txt', import.meta.url));
/** Words about dying and self-harm that make "done it properly" about suicide. */
const DEATH = new Set(['die', 'died', 'dying', 'dead', 'death', 'kill', 'killed', 'suicide', 'suicidal', 'overdose', 'overdosed', 'od', "od'd", 'ligature', 'jump', 'jumped', 'self-harm', 'selfharm', 'cutting', 'cut', 'tablets', 'paracetamol', 'attempt', 'attempts']);

/** Other senses: airline schemes, airport lounges. */
const TRAVEL_AFTER = new Set(['miles', 'points', 'club', 'programme', 'program', 'scheme', 'status', 'card', 'lounge', 'number', 'avios', 'membership', 'perks', 'account', 'tier']);
const TRAVEL = /\b(flight|flights|airport|airline|holiday|heathrow|gatwick|easyjet|ryanair|plane|boarding)\b/i;
/** Words allowed between a patient and what is said of them ("patients are SO thick"). */
const LINK = new Set(['is', 'are', 'was', 'were', 'so', 'such', 'a', 'an', 'absolutely', 'proper', 'bloody', 'fucking', 'utterly', 'complete', 'total', 'really', 'being', 'the', 'most', 'just', 'all', 'too', 'literally', 'actually', 'being', 'extremely', 'very', 'get', 'getting']);

function linked(t: TextAnalysis, a: number, b: number): boolean {
  if (b - a > 4) return false;
  for (let i = a; i < b; i++) if (!LINK.has(t.key(i))) return false;
  return true;
}

export const patientSlangRule: Rule = {
  meta: {
    id: 'trust/patient-slang',
    concern: 'trust',
    topics: ['trust.disparaging-patients'],
    description: 'Mocking or disparaging patients, including derogatory medical slang ("frequent flyer", "bed blocker", "GOMER", "acopia").',
    severity: 'medium',
  },
  check(_post, { text: t }) {
    if (t.has(CALLOUS)) {
      const callous = callousFinding(t);
      if (callous) return [callous];
    }
    if (!t.has(SLANG) && !t.has(MOCKING)) return [];
    const refs = patientRefs(t);
    const context = refs.length > 0 || workRefs(t, true).length > 0;
    const out: RuleFinding[] = [];
    for (const h of outermost(t.hits(SLANG))) {
      if (t.frameOver(h.t0, h.t1) & (REPORT | META | DEBUNK)) continue;
      if (h.entry.tag === 'context') {
        if (!context) continue;
        if (TRAVEL_AFTER.has(t.key(h.t1)) || TRAVEL.test(t.text)) continue;
      }
      const ev = t.hitSpan(h);
      out.push({
        topic: 'trust.disparaging-patients',
        severity: (h.entry.fields[0] ?? 'medium') as Severity,
        confidence: h.entry.tag === 'slang' ? 0.85 : 0.7,
        message: `Uses derogatory slang about patients (${q(ev)}). Mocking the people in your care undermines the public's trust in you and your profession.`,
        evidence: [ev],
      });
      break;
    }
    if (out.length > 0 || refs.length === 0 || !t.has(MOCKING)) return out;
    const insults = t.hits(MOCKING).filter((m) => m.entry.tag === 'insult');
    const laughs = t.hits(MOCKING).filter((m) => m.entry.tag === 'laugh');
    for (const r of refs) {
      for (const m of insults) {
        const after = m.t0 >= r.t1 && linked(t, r.t1, m.t0);
        const before = m.t1 <= r.t0 && r.t0 - m.t1 <= 1;
        if (!after && !before) continue;
        if (t.negated(m.t0) || t.frameOver(Math.min(r.t0, m.t0), Math.max(r.t1, m.t1)) & (REPORT | META | DEBUNK)) continue;
        const ev = t.span(Math.min(r.t0, m.t0), Math.max(r.t1, m.t1));
        const laughing = laughs.some((l) => t.tokens[l.t0]!.sn === t.tokens[m.t0]!.sn);
        return [
          {
            topic: 'trust.disparaging-patients',
            severity: 'medium',
            confidence: laughing ? 0.8 : 0.65,
            message: `Disparages patients (${q(ev)}). Mocking the people in your care undermines the public's trust in you and your profession.`,
            evidence: [ev],
          },
        ];
      }
    }
    return [];
  },
};

/** A callous remark in a post about patients or their conditions, or mockery of an illness with laughter. */
function callousFinding(t: TextAnalysis): RuleFinding | undefined {
  // Highest severity first: "a walk into the sea" outweighs "thinks he's Jesus".
  const hits = outermost(t.hits(CALLOUS)).sort((a, b) => Number(b.entry.fields[0] === 'high') - Number(a.entry.fields[0] === 'high'));
  const laughing = hits.some((h) => h.entry.tag === 'laugh') || t.has(MOCKING) && t.hits(MOCKING).some((m) => m.entry.tag === 'laugh');
  let context: boolean | undefined;
  const about = (): boolean => (context ??= patientRefs(t, true).length > 0 || workRefs(t, true).length > 0 || t.has(CONDITIONS));
  for (const h of hits) {
    const kind = h.entry.tag;
    if (kind === 'laugh') continue;
    if (kind === 'delusion' && !laughing) continue;
    if (h.entry.fields[1] === 'death' && t.findKey(0, t.tokens.length, DEATH) < 0) continue;
    if (t.negated(h.t0)) continue;
    const frame = t.frameOver(h.t0, h.t1);
    if (frame & (META | DEBUNK)) continue;
    // Reported speech excuses someone else's words, not the poster's own ("Told him ... a walk into the sea").
    if (frame & REPORT && !ownSpeech(t, h.t0)) continue;
    if (!about()) continue;
    const ev = t.hitSpan(h);
    const severity = (h.entry.fields[0] ?? 'medium') as Severity;
    return {
      topic: 'trust.disparaging-patients',
      severity,
      confidence: severity === 'high' ? 0.8 : 0.65,
      message:
        kind === 'suicide'
          ? `Mocks self-harm or suicide in a post about patients (${q(ev)}). Remarks like this about the people in your care undermine the public's trust in you and your profession.`
          : `Makes a callous or mocking remark about patients (${q(ev)}). Mocking the people in your care, or their illness, undermines the public's trust in you and your profession.`,
      evidence: [ev],
    };
  }
  return undefined;
}

/** The sentence reports the poster's own words: it starts with "told/said" or with I/we. */
function ownSpeech(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  const first = t.key(s.t0);
  return first === 'told' || first === 'said' || first === 'i' || first === 'we' || first === "i'm" || first === 'im';
}
