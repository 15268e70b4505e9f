import type { Severity } from '../../model/finding.js';
import type { Rule } from '../types.js';
import { loadLexicon, outermost, q } from '../text/index.js';
import { subjectOf } from './shared.js';

const ILLEGAL = loadLexicon(new URL('./illegal.txt', import.meta.url));

const WHAT: Record<string, string> = {
  'drink-driving': 'driving after drinking',
  diversion: 'taking medicines from work',
  theft: 'stealing',
  dishonesty: 'dishonesty at work',
  fraud: 'fraud or dodging payment',
  driving: 'dangerous driving',
};

export const illegalRule: Rule = {
  meta: {
    id: 'trust/illegal',
    concern: 'trust',
    topics: ['trust.illegal'],
    description: 'Illegal or dishonest acts the poster admits: drink-driving, theft, diverting medicines, falsifying records, fraud.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    if (!t.has(ILLEGAL)) return [];
    for (const h of outermost(t.hits(ILLEGAL))) {
      if (t.negated(h.t0) || t.sentenceOf(h.t0).question) continue;
      if (subjectOf(t, h) === 'other') continue;
      const severity = (h.entry.fields[0] ?? 'medium') as Severity;
      const ev = t.hitSpan(h);
      return [
        {
          topic: 'trust.illegal',
          severity,
          confidence: 0.75,
          message: `Admits ${WHAT[h.entry.tag] ?? 'an illegal act'} (${q(ev)}). Admitting illegal or dishonest conduct calls your honesty and fitness to practise into question.`,
          evidence: [ev],
        },
      ];
    }
    return [];
  },
};
