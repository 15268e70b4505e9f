import type { Rule, RuleFinding } from '../types.js';
import { q } from '../text/index.js';
import { CHARACTERISTIC } from './lexicons.js';
import { groupStatements } from './statements.js';

export const threatRule: Rule = {
  meta: {
    id: 'discrimination/threat',
    concern: 'discrimination',
    topics: ['discrimination.threat'],
    description: 'Threats or calls for violence against a protected group.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    const out: RuleFinding[] = [];
    const seen = new Set<number>();
    for (const s of groupStatements(t, true)) {
      if (s.kind !== 'threat' || seen.has(s.group.t0)) continue;
      seen.add(s.group.t0);
      const apart = t.tokens[s.group.t0]!.sn !== t.tokens[s.predicate.t0]!.sn;
      const evidence = apart
        ? [t.span(s.group.t0, s.group.t1), t.hitSpan(s.predicate)]
        : [t.span(Math.min(s.group.t0, s.predicate.t0), Math.max(s.group.t1, s.predicate.t1))];
      out.push({
        topic: 'discrimination.threat',
        severity: 'high',
        confidence: 0.9,
        message: `Calls for violence against a group (${CHARACTERISTIC[s.category] ?? s.category}): ${evidence.map(q).join(' … ')}. Threats against people for who they are are incompatible with professional practice.`,
        evidence,
      });
    }
    return out;
  },
};
