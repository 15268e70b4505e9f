import type { Rule, RuleFinding } from '../types.js';
import { FIRST_PERSON, defineLexicon, loadLexicon, q } from '../text/index.js';
import { tokensOf } from '../confidentiality/shared.js';
import { selling } from './misleading-claims.js';

const TITLES = loadLexicon(new URL('./titles.txt', import.meta.url));

/** Words the approval check needs ("HCPC-approved", "endorsed by the NHS"). */
const APPROVAL_CUES = defineLexicon('promotion/approval-cues', 'approved\naccredited\ncertified\nendorsed\nrecommended\nbacked\ntrusted\nused\nofficial\nqualified\nregistered\nlicensed\nchartered');
/** Words the other checks need: "Dr", registration talk, hedges. */
const DR_CUES = defineLexicon('promotion/dr-cues', 'dr\ndoctor');
const REGISTRATION_CUES = defineLexicon('promotion/registration-cues', 'registered\nunregistered\nregister\nregistration\nqualified\nqualify\nstruck\nsuspended\nlapsed\nstudent\ncourse\ntraining\ndegree');
const HEDGE_CUES = defineLexicon('promotion/hedge-cues', 'enough\nsame\nbasically\npractically\npretty\ntechnically\nsort\nkind\nmight\nsounds\nlooks\nnobody\nno one\nnearly\nalmost');
/** Words the superlative check needs ("the UK's leading physio"). */
const SUPERLATIVE_CUES = defineLexicon('promotion/superlative-cues', 'leading\ntop\nbest\nnumber one\nno 1\nforemost\nrenowned\nworld-renowned\nworld-class');

// "I'm Dr Jones", "Dr Sam here", "call me Dr", "as Dr Patel".
const DR_SELF =
  /\b(?:i'?m|i am|as|call me|it'?s|this is|me,?|book (?:in )?with|ask|see|visit|meet)\s+(?:dr\.?|doctor)\s+[A-Z][a-z]+|\b(?:Dr\.?|Doctor)\s+[A-Z][a-z]+\s+here\b|(?:^|[\n—–]|\s-\s)\s*(?:Dr\.?|Doctor)\s+[A-Z][a-z]+\s*[.!]?\s*$/gim;
// "Dr Sam, your friendly physio", "Dr Jo (podiatrist)": a Dr name put next to an HCPC profession.
const DR_APPOSITION = /\b(?:Dr\.?|Doctor)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[,(–—-]\s*(?:your|the|a|an|our)?\s*(?:(?:local|friendly|family|sports|specialist|expert|leading|resident|neighbourhood|community|musculoskeletal|msk|pelvic health|paediatric)\s+){0,2}(?:physio|physiotherapist|podiatrist|chiropodist|dietitian|dietician|paramedic|radiographer|osteopath|chiropractor|nutritionist|occupational therapist|speech and language therapist|sports therapist|therapist|orthoptist|sonographer)\b/gi;
// A regulator or the NHS said to approve a product or treatment; the HCPC approves education programmes only.
const APPROVED =
  /\b(?:(?:hcpc|csp|gmc|mhra|hcpc's)[\s-]+(?:approved|accredited|certified|endorsed|recommended|backed)|nhs[\s-]+(?:approved|accredited|certified|endorsed|backed)|(?:approved|endorsed|certified|backed|accredited|recommended)\s+by\s+(?:the\s+)?(?:nhs|hcpc|health and care professions council|gmc|mhra|csp|government)|(?:as\s+)?(?:used|trusted)\s+by\s+(?:the\s+)?nhs|official\s+(?:nhs|hcpc)\s+(?:partner|supplier|provider|product|clinic))\b(?!\s+(?:programme|program|course|courses|degree|training|education|university|qualification|apprenticeship|staff|trusts?|hospitals?))/gi;
// A title claimed with a hedge that admits it is not quite right: "physio (well, sports therapist, same thing)".
// "a fully qualified physio (final year student, I qualify in June)": a claim the post itself contradicts.
const QUALIFIED_CLAIM = /\b(?:fully[- ])?qualified\b/i;
const STILL_STUDENT = /\b(?:(?:final|third|second|first|1st|2nd|3rd)[- ]year student|i qualify (?:in|next)|until i qualify|before i qualify|not (?:yet |fully )?qualified|still (?:a )?student|still training|in training|still (?:finishing|doing|completing|on) (?:my|the) (?:degree|course|training|msc|apprenticeship|placement)|(?:haven'?t|not) finished my (?:degree|course|training)|finishing my degree)\b/i;
// "HCPC-registered sports massage therapist": the HCPC registers none of these, so the claim misleads.
const NOT_HCPC =
  /\b(?:hcpc[\s-]+registered|registered with the hcpc|hcpc[\s-]+accredited|hcpc[\s-]+certified)\s+(?:[a-z]+\s+){0,2}?(sports massage therapist|massage therapist|sports therapist|personal trainer|nutritionist|chiropractor|osteopath|acupuncturist|reflexologist|hypnotherapist|life coach|yoga teacher|pilates instructor|counsellor|psychotherapist|beauty therapist|aesthetician|nurse|doctor|sports rehabilitator|kinesiologist|homeopath|naturopath)\b/i;
// "Consultant physiotherapist ... (newly qualified band 5)": a senior title the post itself contradicts.
const SENIOR = /\b(?:consultant|advanced|extended scope|clinical lead|senior|principal|head)\s+(?:physio|physiotherapist|podiatrist|radiographer|dietitian|paramedic|practitioner|therapist|specialist)\b/i;
const JUNIOR = /\b(?:newly qualified|just qualified|recently qualified|band [56]|nqp|first job|preceptorship|student)\b/i;
// "Become a certified spinal specialist in one weekend": a specialist title conferred by a short course.
const QUICK_TITLE =
  /\b(?:become|becoming|be|get|getting)\s+(?:a\s+|an\s+)?(?:certified|qualified|accredited|registered|licensed|chartered)\s+(?:[a-z]+\s+){0,2}?(?:specialist|practitioner|therapist|physio|physiotherapist|expert|consultant|clinician|coach|podiatrist|dietitian)\s+(?:in|within|after)\s+(?:just\s+|only\s+)?(?:one|a|1|2|two|3|three|a single)\s+(?:weekend|day|days|hours|weeks?|afternoon|morning)\b/i;
const HEDGED = /\b(?:close enough|near enough|same thing really|same thing|basically the same|practically a|pretty much a|as good as a|might as well be|technically not|not technically|sort of a|kind of a|sounds (?:better|more impressive|more professional|posher)|looks better (?:on|in)|(?:nobody|no one|no-one) (?:checks|will check|ever checks|knows the difference)|basically there|nearly there|almost qualified|nearly qualified)\b/gi;
// Not (yet) registered while using a profession's title.
const UNREGISTERED =
  /\b(?:not (?:yet |currently |actually )?(?:hcpc[- ])?registered(?: yet)?|unregistered|not on the (?:hcpc )?register|(?:awaiting|pending|waiting for|waiting on|applied for) (?:my )?(?:hcpc )?registration|registration (?:is )?(?:pending|lapsed|has lapsed)|(?:my )?registration (?:lapsed|expired)|lapsed registration|(?:been )?struck off|(?:currently )?suspended from the register|not (?:yet )?qualified|haven'?t qualified|before i qualify|until i qualify|not finished my (?:degree|training|course)|(?:just )?did an online course|online course so)\b/gi;
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
    // Cheap prefilter: no profession, approval or superlative word.
    if (!t.has(TITLES) && !t.has(APPROVAL_CUES) && !t.has(SUPERLATIVE_CUES) && !t.has(REGISTRATION_CUES) && !text.includes('#1')) return [];
    const out: RuleFinding[] = [];
    const professions = t.hits(TITLES).filter((h) => h.entry.tag === 'profession');
    const doctorate = t.hits(TITLES).some((h) => h.entry.tag === 'doctorate');
    if (professions.length > 0 && !doctorate && t.has(DR_CUES)) {
      DR_SELF.lastIndex = 0;
      DR_APPOSITION.lastIndex = 0;
      const m = DR_SELF.exec(text) ?? DR_APPOSITION.exec(text);
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
    if (professions.length > 0 && t.has(REGISTRATION_CUES)) {
      UNREGISTERED.lastIndex = 0;
      const m = UNREGISTERED.exec(text);
      // About the poster ("I'm not registered yet"), or in their own promotion; not news about someone else.
      const [a] = m ? tokensOf(t, m.index, m.index + m[0].length) : [0];
      const sent = m ? t.sentenceOf(Math.min(a, t.tokens.length - 1)) : undefined;
      const mine = sent !== undefined && (t.findKey(sent.t0, sent.t1, FIRST_PERSON) >= 0 || selling(t));
      if (m && mine) {
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
    // "Physio (sports therapist really, same thing)": a profession's title with a hedge admitting it is not quite right.
    if (professions.length > 0 && out.length === 0 && t.has(HEDGE_CUES)) {
      HEDGED.lastIndex = 0;
      const m = HEDGED.exec(text);
      if (m) {
        const ev = t.rawSpan(m.index, m.index + m[0].length);
        const prof = t.hitSpan(professions[0]!);
        out.push({
          topic: 'promotion.misleading-title',
          severity: 'medium',
          confidence: 0.6,
          message: `Uses a professional title (${q(prof)}) with a hedge (${q(ev)}) that suggests it is not accurate. Titles must describe your qualifications and registration exactly.`,
          evidence: [prof, ev].sort((a, b) => a.start - b.start),
        });
      }
    }
    if (professions.length > 0 && out.length === 0 && t.has(REGISTRATION_CUES)) {
      const claim = QUALIFIED_CLAIM.exec(text);
      const student = STILL_STUDENT.exec(text);
      if (claim && student && !/not (?:yet |fully )?$/i.test(text.slice(Math.max(0, claim.index - 8), claim.index))) {
        const ev = [t.rawSpan(claim.index, claim.index + claim[0].length), t.rawSpan(student.index, student.index + student[0].length)].sort((a, b) => a.start - b.start);
        out.push({
          topic: 'promotion.misleading-title',
          severity: 'high',
          confidence: 0.75,
          message: `Claims to be ${q(ev[0]!)} while saying ${q(ev[1]!)}. Presenting yourself as qualified or registered before you are is likely to mislead.`,
          evidence: ev,
        });
      }
    }
    if (out.length === 0 && t.has(REGISTRATION_CUES)) {
      const m = NOT_HCPC.exec(text);
      if (m) {
        const ev = t.rawSpan(m.index, m.index + m[0].length);
        out.push({
          topic: 'promotion.misleading-title',
          severity: 'high',
          confidence: 0.8,
          message: `Claims HCPC registration for a role the HCPC does not register (${q(ev)}). Implying regulation you do not have is likely to mislead.`,
          evidence: [ev],
        });
      }
    }
    if (out.length === 0 && professions.length > 0) {
      const senior = SENIOR.exec(text);
      const junior = senior ? JUNIOR.exec(text) : null;
      // A senior physio is usually band 6; only higher titles contradict it.
      if (senior && junior && !(/^senior/i.test(senior[0]) && /band 6/i.test(junior[0]))) {
        const ev = [t.rawSpan(senior.index, senior.index + senior[0].length), t.rawSpan(junior.index, junior.index + junior[0].length)].sort((a, b) => a.start - b.start);
        out.push({
          topic: 'promotion.misleading-title',
          severity: 'medium',
          confidence: 0.7,
          message: `Uses a senior title (${q(senior[0])}) while saying ${q(junior[0])}. Titles should match your grade and experience.`,
          evidence: ev,
        });
      }
    }
    if (out.length === 0 && t.has(APPROVAL_CUES)) {
      const m = QUICK_TITLE.exec(text);
      if (m) {
        const ev = t.rawSpan(m.index, m.index + m[0].length);
        out.push({
          topic: 'promotion.misleading-title',
          severity: 'medium',
          confidence: 0.7,
          message: `Offers a specialist or professional title from a short course (${q(ev)}). A weekend course does not make someone a specialist, and titles like this are likely to mislead the public.`,
          evidence: [ev],
        });
      }
    }
    APPROVED.lastIndex = 0;
    const approved = t.has(APPROVAL_CUES) ? APPROVED.exec(text) : null;
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
    if ((t.has(SUPERLATIVE_CUES) || text.includes('#1')) && selling(t)) {
      SUPERLATIVE.lastIndex = 0;
      const m = SUPERLATIVE.exec(text);
      if (m) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const ev = t.rawSpan(start, m.index + m[0].length);
        out.push({
          topic: 'promotion.misleading-title',
          severity: 'medium',
          confidence: 0.5,
          message: `Describes yourself with an unverifiable title (${q(ev)}). Claims to be the leading or best specialist need to be provable.`,
          evidence: [ev],
        });
      }
    }
    return out;
  },
};
