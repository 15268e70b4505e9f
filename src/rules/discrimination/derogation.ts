import type { Rule, RuleFinding } from '../types.js';
import { q } from '../text/index.js';
import { CHARACTERISTIC } from './lexicons.js';
import { groupStatements } from './statements.js';

const WHAT: Record<string, string> = {
  dehumanise: 'compares a group of people to animals, disease or dirt',
  negative: 'makes a derogatory generalisation about a group of people',
  exclude: 'says a group of people should be excluded or denied rights, work or care',
};

export const derogationRule: Rule = {
  meta: {
    id: 'discrimination/derogation',
    concern: 'discrimination',
    topics: ['discrimination.derogation'],
    description: 'Derogatory, dehumanising or excluding generalisations about a protected group, without needing a slur.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    const statements = groupStatements(t);
    if (statements.length === 0) return [];
    const out: RuleFinding[] = [];
    const seen = new Set<number>();
    for (const s of statements) {
      if (s.kind === 'threat' || seen.has(s.group.t0)) continue;
      seen.add(s.group.t0);
      const a = Math.min(s.group.t0, s.predicate.t0);
      const b = Math.max(s.group.t1, s.predicate.t1);
      // A statement across two sentences is shown as its two parts.
      const apart = t.tokens[s.group.t0]!.sn !== t.tokens[s.predicate.t0]!.sn;
      const ev = apart ? t.hitSpan(s.group) : t.span(a, b);
      const evidence = apart ? [ev, t.hitSpan(s.predicate)] : [ev];
      const high = s.kind !== 'negative';
      out.push({
        topic: 'discrimination.derogation',
        severity: high ? 'high' : 'medium',
        confidence: high ? 0.85 : 0.7,
        message: `This ${WHAT[s.kind]} (${CHARACTERISTIC[s.category] ?? s.category}): ${evidence.map(q).join(' … ')}. Posts like this suggest bias that could affect how you treat service users.`,
        evidence,
      });
    }
    return out;
  },
};
