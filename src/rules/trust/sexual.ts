import type { Rule } from '../types.js';
import type { TextAnalysis } from '../text/index.js';
import { DEBUNK, META, REPORT, loadLexicon, outermost, q, tidy } from '../text/index.js';
import { patientRefs } from '../common/lexicons.js';
import { onDuty } from './shared.js';

const SEXUAL = loadLexicon(new URL('./sexual.txt', import.meta.url));
const NOT_SEXUAL = loadLexicon(new URL('./not-sexual.txt', import.meta.url));
const UNIFORM = new Set(['uniform', 'scrubs', 'scrub', 'tunic', 'lanyard', 'apron', 'stethoscope']);
/** Uniform named inside a sexual phrase itself ("theatre cap and nothing else"). */
const KIT = new Set([...UNIFORM, 'cap', 'gloves', 'mask', 'tabard', 'epaulettes', 'fob', 'watch']);
/** Colleagues in a sexual post make it about work ("got off with a consultant"). */
const COLLEAGUE = new Set(['consultant', 'registrar', 'reg', 'doctor', 'doctors', 'nurse', 'nurses', 'physio', 'paramedic', 'surgeon', 'anaesthetist', 'manager', 'boss', 'colleague', 'colleagues', 'hca', 'porter', 'locum', 'student', 'supervisee', 'mentee', 'matron', 'sister', 'ot', 'ots', 'odp', 'odps', 'slt', 'radiographer', 'sonographer', 'physios', 'paramedics', 'porters', 'nurses', 'hcas', 'medic', 'medics', 'houseman', 'f1', 'fy1', 'sho']);

/** People a desire is said of ("nothing hotter than a man in uniform"). */
const PERSON = new Set(['man', 'men', 'woman', 'women', 'bloke', 'blokes', 'guy', 'guys', 'girl', 'girls', 'lad', 'lads', 'lass', 'lasses', 'medic', 'medics']);
/** "Nothing sexier than ...", "nobody hotter than ...": a comparative after "nothing" is praise, not negation. */
function superlative(t: TextAnalysis, t0: number, t1: number): boolean {
  return (t.key(t0 - 1) === 'nothing' || t.key(t0 - 1) === 'nobody' || t.key(t0 - 1) === 'noone') && t.key(t1) === 'than';
}

/** Negated, unless an emoji closes the negated remark first ("didn't stay on long 😏🔥 DM me for the full set"). */
function negatedHere(t: TextAnalysis, i: number): boolean {
  if (!t.negated(i)) return false;
  for (let j = i - 1; j >= Math.max(0, i - 10); j--) {
    if (t.isNegationCue(j)) return true;
    if (!/^[\p{L}\p{N}@#]/u.test(t.key(j))) return false;
  }
  return true;
}

export const sexualRule: Rule = {
  meta: {
    id: 'trust/sexual',
    concern: 'trust',
    topics: ['trust.sexual'],
    description: 'Explicit sexual content, and sexual posts made at work, in uniform or about patients.',
    severity: 'medium',
  },
  check(_post, { text: t }) {
    if (!t.has(SEXUAL) || t.has(NOT_SEXUAL)) return [];
    const duty = onDuty(t);
    const uniform = t.findKey(0, t.tokens.length, UNIFORM) >= 0 || t.findKey(0, t.tokens.length, COLLEAGUE) >= 0;
    const patient = patientRefs(t).length > 0;
    const hits = outermost(t.hits(SEXUAL)).filter((h) => !(t.frameOver(h.t0, h.t1) & (REPORT | META | DEBUNK)) && (!negatedHere(t, h.t0) || superlative(t, h.t0, h.t1)));
    // "Nothing hotter than a radiographer in uniform": desire only when a person or the uniform follows (not "this heatwave").
    const mildDesire: typeof hits = [];
    for (const h of hits) if (h.entry.tag === 'desire' && (t.findKey(h.t1, h.t1 + 6, KIT) >= 0 || t.findKey(h.t1, h.t1 + 6, COLLEAGUE) >= 0 || t.findKey(h.t1, h.t1 + 4, PERSON) >= 0)) mildDesire.push(h);
    const explicit = hits.filter((h) => h.entry.tag === 'explicit');
    const mild = hits.filter((h) => h.entry.tag === 'mild' || mildDesire.includes(h));
    const kit = hits.some((h) => t.findKey(h.t0, h.t1, KIT) >= 0);
    const work = Boolean(duty) || uniform || patient || kit;
    // Milder words about a patient count when they pile up ("filthy thoughts ... need a cold shower before my next patient").
    const piled = patient && mild.length > 0 && new Set(hits.filter((h) => h.entry.tag === 'mild' || h.entry.tag === 'pile').map((h) => h.entry.term)).size >= 2;
    const withPile = hits.filter((h) => h.entry.tag === 'mild' || h.entry.tag === 'pile' || mildDesire.includes(h));
    // A suggestive emoji beside the word it points at, in a post about work or a service user ("snuck into the linen cupboard
    // with the porter again 😏", "a client's bum in the background 🍑"): two hints, one an emoji and one a word.
    const hints = hits.filter((h) => h.entry.tag === 'hint');
    const hinted = work && hints.some((h) => !/^\p{L}/u.test(t.key(h.t0))) && hints.some((h) => /^\p{L}/u.test(t.key(h.t0)));
    const shown = explicit.length ? explicit : work && !patient && mild.length > 0 ? withPile : piled ? withPile : hinted ? hints : [];
    if (shown.length === 0) return [];
    const evidence = tidy(shown.slice(0, 3).map((h) => t.hitSpan(h)));
    // Milder words are delete level too when they pile up in a post about work ("the best bum in the building, the things I'd do to him").
    // Sexual content tied to work, colleagues or the uniform is delete level, milder words included ("hooked up with the reg
    // in the on-call room", "swipe to see what's under my scrubs"), as the labelling guide has it; explicit content with no
    // work link stays review level: the sex life of someone off duty is not the concern.
    const high = work && (explicit.length > 0 || (!patient && mild.length >= 1) || piled || hinted);
    return [
      {
        topic: 'trust.sexual',
        severity: high ? 'high' : 'medium',
        confidence: explicit.length ? (work ? 0.85 : 0.75) : high ? 0.8 : 0.6,
        message: `${work ? 'Posts sexual content connected with work or patients' : 'Posts explicit sexual content'} (${evidence.map(q).join(', ')}). Sexualised posts can undermine public confidence in you as a professional.`,
        evidence,
      },
    ];
  },
};
