import type { Rule, RuleFinding } from '../types.js';
import { loadLexicon, q, tidy } from '../text/index.js';
import { excused, patientActs } from './shared.js';

const CONTACT = loadLexicon(new URL('./contact.txt', import.meta.url));

const GIVES_NUMBER = /\b(my|personal)\b.*\b(number|mobile|phone)\b|\bnumbers\b/;

export const socialContactRule: Rule = {
  meta: {
    id: 'boundaries/social-contact',
    concern: 'boundaries',
    topics: ['boundaries.contact'],
    description: 'Adding, following, messaging or giving a personal number to service users or their carers through personal channels.',
    severity: 'medium',
  },
  check(_post, { text: t }) {
    const channels = t.hits(CONTACT).filter((h) => h.entry.tag === 'channel');
    const pairs = patientActs(t, CONTACT, (h) => {
      if (h.entry.tag === 'strong') return true;
      // "call him", "follow her": only with a personal channel in the same sentence.
      const sn = t.tokens[h.t0]!.sn;
      return channels.some((c) => c !== h && t.tokens[c.t0]!.sn === sn);
    });
    const out: RuleFinding[] = [];
    for (const { patient, act } of pairs) {
      if (excused(t, act, ['refuse', 'channel'])) continue;
      if (out.length > 0) break; // one finding per post is enough
      const number = GIVES_NUMBER.test(act.entry.term);
      // "a patient added me", "her husband follows me": their act. "Added my patients", "WhatsApp me", "told her to text me": ours.
      const towardsMe = /\b(me|my)\b/.test(act.entry.term) && patient.t1 <= act.t0 && t.key(act.t0 - 1) !== 'to' && act.t0 !== t.clauseStart(act.t0);
      const ours = number || !towardsMe;
      const sn = t.tokens[act.t0]!.sn;
      const channel = act.entry.tag === 'weak' ? channels.find((c) => t.tokens[c.t0]!.sn === sn) : undefined;
      const evidence = tidy([t.hitSpan(patient), t.hitSpan(act), ...(channel ? [t.hitSpan(channel)] : [])]);
      out.push({
        topic: 'boundaries.contact',
        severity: ours ? 'high' : 'medium',
        confidence: act.entry.tag === 'strong' ? 0.8 : 0.65,
        message: `Describes personal contact with a service user or carer (${q(evidence[0]!)} … ${q(evidence[evidence.length - 1]!)}). Contact outside professional channels blurs professional boundaries.`,
        evidence,
      });
    }
    return out;
  },
};
