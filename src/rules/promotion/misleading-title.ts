import type { Rule, RuleFinding } from '../types.js';
import { defineLexicon, loadLexicon, q } from '../text/index.js';
import { PROMO } from './misleading-claims.js';

const TITLES = loadLexicon(new URL('./titles.txt', import.meta.url));

/** Words any of the title checks needs; nothing runs without one. */
const TITLE_CUES = defineLexicon(
  'promotion/title-cues',
  'dr\ndoctor\nhcpc\nnhs\nleading\ntop\nbest\nnumber one\nno 1\nforemost\nrenowned\nworld-renowned\nworld-class\nworld\nregistered\nunregistered\nregister',
);

// "I'm Dr Jones", "Dr Sam here", "call me Dr", "as Dr Patel".
const DR_SELF = /\b(?:i'?m|i am|as|call me|it'?s|this is|me,?)\s+(?:dr\.?|doctor)\s+[A-Z][a-z]+|\b(?:Dr\.?|Doctor)\s+[A-Z][a-z]+\s+here\b/gi;
// A regulator or the NHS said to approve a product or treatment; the HCPC approves education programmes only.
const APPROVED =
  /\b(?:hcpc[\s-]+(?:approved|accredited|certified|endorsed|recommended|backed)|nhs[\s-]+(?:approved|accredited|certified|endorsed))\b(?!\s+(?:programme|program|course|courses|degree|training|education|university|qualification|apprenticeship))/gi;
// Not (yet) registered while using a profession's title.
const UNREGISTERED = /\b(?:not (?:yet )?(?:hcpc[- ])?registered(?: yet)?|unregistered|not on the (?:hcpc )?register)\b/gi;
// Superlative titles: "the UK's leading physio", "top specialist", "number one podiatrist".
const SUPERLATIVE =
  /\b(?:the\s+)?(?:uk'?s|london'?s|britain'?s|country'?s|world'?s)?\s*(?:leading|top|best|no\.?\s?1|number one|#1|foremost|world[- ]renowned|world[- ]class)\s+(?:specialist|expert|physio(?:therapist)?|podiatrist|chiropodist|dietitian|therapist|practitioner|clinician|consultant)\b/gi;

export const misleadingTitleRule: Rule = {
  meta: {
    id: 'promotion/misleading-title',
    concern: 'promotion',
    topics: ['promotion.misleading-title'],
    description:
      'Titles likely to mislead: "Dr" with a non-medical profession and no doctorate mentioned, a protected title while unregistered, regulator "approval" of products, superlative specialist claims.',
    severity: 'medium',
  },
  check(post, { text: t, ownAccounts }) {
    const text = t.text;
    // Cheap prefilter: none of the title words appear.
    if (!t.has(TITLE_CUES) && !text.includes('#1')) return [];
    const out: RuleFinding[] = [];
    const professions = t.hits(TITLES).filter((h) => h.entry.tag === 'profession');
    const doctorate = t.hits(TITLES).some((h) => h.entry.tag === 'doctorate');
    if (professions.length > 0 && !doctorate) {
      DR_SELF.lastIndex = 0;
      const m = DR_SELF.exec(text);
      const handle = [post.account ?? '', ...ownAccounts].some((a) => /^dr[._]?[a-z]/i.test(a));
      if (m || (handle && /\bdr\.?\s+[A-Z]/i.test(text))) {
        const ev = m ? t.rawSpan(m.index, m.index + m[0].length) : undefined;
        const prof = t.hitSpan(professions[0]!);
        out.push({
          topic: 'promotion.misleading-title',
          severity: 'medium',
          confidence: 0.55,
          message: `Uses the title "Dr" (${q(ev ?? prof)}) alongside ${q(prof)} without saying it is an academic doctorate. The public may take it to mean a medical doctor.`,
          evidence: ev ? [ev, prof].sort((a, b) => a.start - b.start) : [prof],
        });
      }
    }
    // "Chris, a dietitian (not registered yet)": a protected title used without registration.
    if (professions.length > 0) {
      UNREGISTERED.lastIndex = 0;
      const m = UNREGISTERED.exec(text);
      if (m) {
        const ev = t.rawSpan(m.index, m.index + m[0].length);
        const prof = t.hitSpan(professions[0]!);
        out.push({
          topic: 'promotion.misleading-title',
          severity: 'high',
          confidence: 0.8,
          message: `Uses a professional title (${q(prof)}) while saying you are ${q(ev)}. Titles such as physiotherapist and dietitian are protected by law and need registration.`,
          evidence: [prof, ev].sort((a, b) => a.start - b.start),
        });
      }
    }
    APPROVED.lastIndex = 0;
    const approved = APPROVED.exec(text);
    if (approved) {
      const ev = t.rawSpan(approved.index, approved.index + approved[0].length);
      out.push({
        topic: 'promotion.misleading-title',
        severity: 'medium',
        confidence: 0.75,
        message: `Claims regulator or NHS approval (${q(ev)}). The HCPC registers people and approves education programmes; it does not approve products or treatments, so this is likely to mislead.`,
        evidence: [ev],
      });
    }
    if (t.has(PROMO)) {
      SUPERLATIVE.lastIndex = 0;
      const m = SUPERLATIVE.exec(text);
      if (m) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const ev = t.rawSpan(start, m.index + m[0].length);
        out.push({
          topic: 'promotion.misleading-title',
          severity: 'low',
          confidence: 0.5,
          message: `Describes yourself with an unverifiable title (${q(ev)}). Claims to be the leading or best specialist need to be provable.`,
          evidence: [ev],
        });
      }
    }
    return out;
  },
};
