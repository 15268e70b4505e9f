import type { Rule, RuleFinding } from '../types.js';
import { FIRST_PERSON, q } from '../text/index.js';
import { FAMILY } from '../common/people.js';
import { findEmails } from './identifiers.js';
import { patientContext } from './context.js';
import { tokensOf } from './shared.js';

/** The user's or an organisation's address ("email me at", "contact us", "info@..."): not a service user's. */
const OWN = new Set([...FIRST_PERSON, 'clinic', 'practice', 'team', 'office', 'reception', 'bookings', 'enquiries', 'service', 'department', 'contact', 'hub']);
const ROLE_MAILBOX = /^(?:info|hello|enquiries|enquiry|bookings|booking|admin|reception|office|team|clinic|contact|appointments|referrals|support|help|mail|physio|podiatry)@/i;
/** Someone else's: "her email", "the patient's daughter", "Carer for Mrs Quigley is". */
const THIRD = new Set(['his', 'her', 'their', "patient's", 'carer', 'carers', "carer's", 'daughter', "daughter's", 'son', "son's", 'wife', "wife's", 'husband', "husband's", 'relative', "relative's", 'family', "family's", 'nok', 'mum', "mum's", 'dad', "dad's"]);

export const emailRule: Rule = {
  meta: {
    id: 'confidentiality/email',
    concern: 'confidentiality',
    topics: ['confidentiality.identifier'],
    description: "E-mail addresses given as a service user's or their family's; the user's own or an organisation's address is not flagged.",
    severity: 'high',
  },
  check(_post, { text: t }) {
    if (!t.text.includes('@')) return [];
    const found = findEmails(t.text);
    if (found.length === 0) return [];
    const out: RuleFinding[] = [];
    let context: boolean | undefined;
    for (const m of found) {
      if (ROLE_MAILBOX.test(m.text)) continue;
      const [a] = tokensOf(t, m.start, m.end);
      // The nearest owner word before it decides, as for phone numbers.
      let owner: 'third' | 'own' | null = null;
      for (let i = a - 1; i >= Math.max(0, a - 10) && owner === null; i--) {
        const k = t.key(i);
        if (THIRD.has(k) || (FAMILY.has(k) && t.key(i - 1) !== 'my') || (k.endsWith("'s") && t.capitalised(i))) owner = 'third';
        // ("the carer's contact is ...": a contact word owned by someone else is theirs; fourth pass, issue 6.)
        else if (OWN.has(k)) owner = !FIRST_PERSON.has(k) && THIRD.has(t.key(i - 1)) ? 'third' : 'own';
      }
      if (owner === 'own') continue;
      context ??= patientContext(t);
      if (owner !== 'third' && !context) continue;
      const ev = t.rawSpan(m.start, m.end);
      out.push({
        topic: 'confidentiality.identifier',
        severity: 'high',
        confidence: owner === 'third' && context ? 0.85 : 0.65,
        message: `Gives an e-mail address (${q(ev)}) that appears to belong to a service user or their family. Contact details identify a person and must stay confidential.`,
        evidence: [ev],
      });
    }
    return out;
  },
};
