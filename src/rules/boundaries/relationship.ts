import type { Evidence } from '../../model/finding.js';
import type { Rule } from '../types.js';
import { loadLexicon, q, tidy } from '../text/index.js';
import { excused, patientActs } from './shared.js';

const ROMANCE = loadLexicon(new URL('./romance.txt', import.meta.url));

export const relationshipRule: Rule = {
  meta: {
    id: 'boundaries/relationship',
    concern: 'boundaries',
    topics: ['boundaries.relationship'],
    description: 'Romantic or sexual interest in, or a relationship with, a service user or carer.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    const pairs = patientActs(t, ROMANCE).filter(({ act }) => !excused(t, act, ['refuse']));
    if (pairs.length === 0) return [];
    const self = pairs.some((p) => p.act.entry.tag === 'self');
    const evidence: Evidence[] = tidy([t.hitSpan(pairs[0]!.patient), ...pairs.map((p) => t.hitSpan(p.act))]);
    const quoted = `${q(evidence[0]!)} … ${q(evidence[evidence.length - 1]!)}`;
    return [
      {
        topic: 'boundaries.relationship',
        severity: self ? 'high' : 'medium',
        confidence: self ? 0.8 : 0.6,
        message: self
          ? `Expresses romantic or sexual interest involving a service user or carer (${quoted}). Pursuing a personal or sexual relationship with a service user abuses your professional position.`
          : `Describes a service user's romantic advance (${quoted}) without saying it was turned down. Posting about it publicly can blur professional boundaries.`,
        evidence,
      },
    ];
  },
};
