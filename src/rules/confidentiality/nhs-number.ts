import type { Rule, RuleFinding } from '../types.js';
import { q } from '../text/index.js';
import { patientRefs } from '../common/lexicons.js';
import { findNhsNumbers, nhsRangePlausible } from './identifiers.js';
import { contextNear, tokensOf } from './shared.js';

export const nhsNumberRule: Rule = {
  meta: {
    id: 'confidentiality/nhs-number',
    concern: 'confidentiality',
    topics: ['confidentiality.identifier'],
    description: 'NHS (or CHI / H&C) numbers: a valid modulus-11 check digit plus context words or an issued number range.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    if (t.digits < 10) return [];
    const out: RuleFinding[] = [];
    for (const n of findNhsNumbers(t.text)) {
      const [a, b] = tokensOf(t, n.start, n.end);
      const context = contextNear(t, a, b, 'nhs') || patientRefs(t).some((p) => Math.abs(p.t0 - a) <= 12);
      // One in eleven random 10-digit numbers passes the check digit, so require more.
      if (!context && !nhsRangePlausible(n.digits)) continue;
      const confidence = context ? 0.95 : n.spaced ? 0.6 : 0.45;
      const ev = t.rawSpan(n.start, n.end);
      out.push({
        topic: 'confidentiality.identifier',
        severity: 'high',
        confidence,
        message: context
          ? `Gives what looks like a patient's NHS number (${q(ev)}, valid check digit). Information that could identify a service user must stay confidential.`
          : `Contains a number with a valid NHS-number check digit in an issued range (${q(ev)}). If it belongs to a patient, it identifies them and must not be shared.`,
        evidence: [ev],
      });
    }
    return out;
  },
};
