import type { Rule, RuleFinding } from '../types.js';
import { q } from '../text/index.js';
import { findNinoShapes, findNinos } from './identifiers.js';
import { patientContext } from './context.js';
import { ID_CONTEXT, contextNear, tokensOf } from './shared.js';

export const niNumberRule: Rule = {
  meta: {
    id: 'confidentiality/ni-number',
    concern: 'confidentiality',
    topics: ['confidentiality.identifier'],
    description: 'National Insurance numbers (Presidio\'s pattern and rules), stronger with context words or a patient.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    if (t.digits < 6) return [];
    const out: RuleFinding[] = [];
    const valid = findNinos(t.text);
    // Beside a context word, the shape counts whatever its prefix ("NI number QQ123456C").
    if (t.has(ID_CONTEXT) && t.hits(ID_CONTEXT).some((h) => h.entry.tag === 'nino')) {
      for (const n of findNinoShapes(t.text)) {
        if (valid.some((v) => v.start === n.start)) continue;
        const [a, b] = tokensOf(t, n.start, n.end);
        if (!contextNear(t, a, b, 'nino') || n.text !== n.text.toUpperCase()) continue;
        const ev = t.rawSpan(n.start, n.end);
        out.push({
          topic: 'confidentiality.identifier',
          severity: 'high',
          confidence: 0.85,
          message: `Contains a National Insurance number (${q(ev)}). A personal identifier like this must never be posted about a service user.`,
          evidence: [ev],
        });
      }
    }
    for (const n of valid) {
      const [a, b] = tokensOf(t, n.start, n.end);
      const context = contextNear(t, a, b, 'nino');
      const upper = n.text === n.text.toUpperCase();
      if (!context && !upper) continue;
      const patient = patientContext(t);
      const ev = t.rawSpan(n.start, n.end);
      out.push({
        topic: 'confidentiality.identifier',
        severity: context || patient ? 'high' : 'medium',
        confidence: context ? 0.9 : patient ? 0.7 : 0.5,
        message: `Contains a National Insurance number (${q(ev)}). A personal identifier like this must never be posted about a service user.`,
        evidence: [ev],
      });
    }
    return out;
  },
};
