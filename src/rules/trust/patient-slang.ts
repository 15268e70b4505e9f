import type { Severity } from '../../model/finding.js';
import type { Rule, RuleFinding } from '../types.js';
import type { TextAnalysis } from '../text/index.js';
import { DEBUNK, META, REPORT, loadLexicon, outermost, q } from '../text/index.js';
import { patientRefs, workRefs } from '../common/lexicons.js';

const SLANG = loadLexicon(new URL('./patient-slang.txt', import.meta.url));
const MOCKING = loadLexicon(new URL('./mocking.txt', import.meta.url));

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
