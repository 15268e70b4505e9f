import type { Evidence } from '../../model/finding.js';
import type { Rule } from '../types.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { loadLexicon, q, tidy } from '../text/index.js';
import { excused, patientActs, refusedLater, synthetic } from './shared.js';

const ROMANCE = loadLexicon(new URL('./romance.txt', import.meta.url));

/** Remarks on looks about a child are not romantic ("the baby in bay 2 is gorgeous 😍"). */
const CHILD = new Set(['baby', 'babies', 'newborn', 'newborns', 'toddler', 'toddlers', 'child', 'children', 'kid', 'kids', 'son', 'little', 'bub', 'twins', 'triplets', 'nicu', 'scbu', 'paeds', 'grandad', 'nan', 'granny']);
/** After "looking fit": the clinical sense ("looking fit for discharge", "fit and well"). */
const NOT_A_DATE = new Set(['advice', 'tips', 'app', 'apps', 'site', 'sites', 'scene', 'show', 'shows', 'profile', 'profiles', 'life', 'game', 'history']);
const NOT_ROMANTIC_KISS = new Set(['hand', 'hands', 'cheek', 'forehead', 'head', 'goodbye', 'bye']);
/** "a patient I'd been seeing", "the family we've been seeing": the person seen is a service user. */
const CLINICAL_SEEING = new Set(["i'd", "i've", 'ive', 'id', "we'd", "we've", 'weve', 'i', 'we']);
const AUX = new Set(['have', 'has', 'had', 'been', 'was', 'were', 'am', 'is', 'are', 'now', 'still', 'started']);
function seenAtWork(t: TextAnalysis, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && AUX.has(t.key(j))) j--;
  if (!CLINICAL_SEEING.has(t.key(j))) return false;
  // "Lost a patient today I'd been seeing every week": a time word may come between (fourth pass).
  if (WHEN.has(t.key(j - 1))) j--;
  return PEOPLE_SEEN.has(t.key(j - 1));
}
const PEOPLE_SEEN = new Set(['patient', 'patients', 'client', 'clients', 'family', 'families', 'lady', 'man', 'woman', 'gent', 'gentleman', 'child', 'boy', 'girl', 'couple', 'user', 'users', 'resident', 'residents', 'who', 'that']);
const WHEN = new Set(['today', 'yesterday', 'tonight', 'recently', 'lately', 'once', 'before', 'earlier', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** "Gonna ask my preceptee out", "asked the widower from my caseload out": a person named between "ask" and "out" (fourth pass). */
const ASK = new Set(['ask', 'asked', 'asking', 'asks']);
const OUT = new Set(['out']);
function askedOut(t: TextAnalysis): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i + 2 < t.tokens.length; i++) {
    if (!ASK.has(t.key(i))) continue;
    // "Mate asked if I'd ever go out with a client": a question put to the poster, not asking someone out (sixth pass).
    if (t.key(i + 1) === 'if' || t.key(i + 1) === 'whether' || (t.key(i + 1) === 'me' && (t.key(i + 2) === 'if' || t.key(i + 2) === 'whether'))) continue;
    const end = Math.min(t.clauseEnd(i), i + 8);
    for (let j = i + 2; j < end; j++) {
      if (t.key(j) !== 'out' || t.key(j + 1) === 'of' || t.key(j - 1) === 'me' || t.key(j - 1) === 'us') continue;
      // "asked me out" is their advance (listed); "asked him out" is listed too; this finds the longer ones.
      if (j > i + 2) out.push(synthetic(i, j + 1, 'asked someone out', 'self', ROMANCE));
      break;
    }
  }
  return out;
}
/** Feelings and flirting, as against acts (a date, a kiss, asking out). */
const FEELINGS = /^(?:fancy|fancied|fancies|fancying|crush|crushing on|a crush|butterflies|flirt|flirting|flirted|flirty|flirts|flirted back|winked back|winking back|winks back|into him|into her|my type|chemistry|sparks)$/;
const MONEY_WORDS = new Set(['tenner', 'fiver', 'quid', 'cash', 'money', '£', 'twenty', 'note', 'tip']);
/** Signs that the service user is a former one, long discharged. */
const PAST = /\b(?:former|ex-?(?:patient|client|service user)s?|case (?:closed|was closed)|(?:\d+|a|an|two|three|four|five|six|ten|few|many|several) (?:years?|yrs?|months?) (?:ago|since|later|and counting|together|on)|back in (?:19|20)\d\d|used to (?:be|treat|see|visit)|no longer (?:my|a)|(?:not|isn't) my (?:patient|client)s? any ?more|since discharge)\b/;
const TEAM_SOCIAL = /\b(?:drinks?|pints?|coffee|dinner|meal|lunch|curry|cocktails|brunch|out)\b/;
const FIT_SENSE = new Set(['for', 'and', 'to', 'enough', 'again', '&', 'now', 'as']);

export const relationshipRule: Rule = {
  meta: {
    id: 'boundaries/relationship',
    concern: 'boundaries',
    topics: ['boundaries.relationship'],
    description: 'Romantic or sexual interest in, or a relationship with, a service user, carer or supervisee, including indirect phrasing (remarks on their looks, asking them for a drink, matching on a dating app).',
    severity: 'high',
  },
  check(_post, { text: t, ownAccounts }) {
    if (!t.has(ROMANCE)) return [];
    const all = t.hits(ROMANCE);
    // "ask" alone wakes the rule only with "out" a few words after it ("ask my preceptee out").
    const askOut = all.some((h) => h.entry.tag === 'askout' && t.findKey(h.t1 + 1, Math.min(t.tokens.length, h.t1 + 7), OUT) >= 0);
    if (!askOut && all.every((h) => h.entry.tag === 'askout')) return [];
    const app = all.some((h) => h.entry.tag === 'app');
    const usable = (h: Hit): boolean => {
      const tag = h.entry.tag;
      if (tag === 'app' || tag === 'askout') return false;
      if (tag === 'match') return app;
      // "dating advice", "dating apps": talk about dating, not a date.
      if (/^dating$/.test(h.entry.term) && NOT_A_DATE.has(t.key(h.t1))) return false;
      // "a patient I'd been seeing for months": the clinical sense, the service user being the one seen.
      if (/seeing/.test(h.entry.term) && seenAtWork(t, h.t0)) return false;
      // "kissed my hand" is affection from a patient, not romance.
      if (/^(kiss|snog)/.test(h.entry.term) && NOT_ROMANTIC_KISS.has(t.key(h.t1))) return false;
      // "keeps asking me out for a drink": the drink is part of their advance, not the registrant's.
      if (tag === 'self' && /^(?:out )?for /.test(h.entry.term) && (t.key(h.t0 - 1) === 'me' || (t.key(h.t0 - 1) === 'out' && t.key(h.t0 - 2) === 'me'))) return false;
      // "a tenner 'for a drink'": money given for a drink, not a date.
      if (/^for /.test(h.entry.term) && t.findKey(Math.max(t.clauseStart(h.t0), h.t0 - 6), h.t0, MONEY_WORDS) >= 0) return false;
      // "how she handled a carer's crush on her": someone else's feeling, aimed at someone else, not the poster's (fourth pass).
      const owner = t.key(h.t0 - 1);
      if (tag === 'self' && (owner.endsWith("'s") || owner === 'his' || owner === 'her' || owner === 'their') && !(t.key(h.t1) === 'on' && t.key(h.t1 + 1) === 'me') && t.key(h.t1) !== 'me') return false;
      if (tag === 'looks' || tag === 'hint' || tag === 'soft' || tag === 'flirt') {
        const sent = t.sentenceOf(h.t0);
        if ((tag === 'looks' || tag === 'soft') && t.findKey(sent.t0, sent.t1, CHILD) >= 0) return false;
        if (FIT_SENSE.has(t.key(h.t1)) && /fit$/.test(h.entry.term)) return false;
        // A remark on looks needs a second romantic cue ("looking fit 😏", "so gorgeous, fancy a drink");
        // innocent-sounding ones ("gorgeous", 😍) need one that is not also innocent.
        return all.some((o) => {
          const ot = o.entry.tag;
          if (o === h || ot === 'app' || ot === 'match' || ot === 'askout' || !(o.t0 >= h.t1 || o.t1 <= h.t0)) return false;
          return tag === 'soft' ? ot !== 'soft' : true;
        });
      }
      return true;
    };
    // A service user's advance ("asked me out", "got asked out by a patient", "asked if I was single") turned down later in the post (fifth pass).
    const theirs = (act: Hit): boolean => act.entry.tag === 'other' || t.key(act.t1) === 'by';
    // Drinks or a meal with a group one supervises ("drinks with the team I manage") are team socials, not romance, unless the post
    // also flirts or remarks on looks ("the cute second years ... drinks with me 😉") (sixth pass).
    const flirts = (): boolean => all.some((h) => h.entry.tag === 'looks' || h.entry.tag === 'flirt' || h.entry.tag === 'hint') || /\b(?:cute|fit|hot|sexy)\b/.test(t.norm);
    const pairs = patientActs(t, ROMANCE, ownAccounts, (h) => h.entry.tag !== 'selfref' && usable(h), true, askOut ? askedOut(t) : []).filter(
      ({ patient, act }) =>
        !excused(t, act, ['refuse']) && !(theirs(act) && refusedLater(t, act)) && !(patient.entry.term === 'a group I supervise' && act.entry.tag !== 'other' && TEAM_SOCIAL.test(act.entry.term) && !flirts()),
    );
    // "Shame he's on my list": the phrase names the service user itself.
    // The phrase names the service user itself; it leads even when another reference is found ("shame he's on my list" names him too).
    for (const h of all) if (h.entry.tag === 'selfref' && !excused(t, h, ['refuse'])) pairs.unshift({ patient: h, act: h });
    if (pairs.length === 0) return [];
    // "asked me for dinner and I said yes": their advance, accepted, is the registrant's relationship too.
    const accepted = /\b(said yes|agreed|accepted|i'm going|we're going|going on a date|can't wait|cannot wait)\b/.test(t.norm);
    const self = accepted || pairs.some((p) => ['self', 'looks', 'match', 'selfref'].includes(p.act.entry.tag));
    // Only looks, emoji and hints, nothing said or done: a remark to review, not a clear pursuit.
    const remarks = pairs.every((p) => ['looks', 'soft', 'flirt', 'hint'].includes(p.act.entry.tag));
    // A former service user, discharged long ago ("a former patient", "case closed months ago", "back in 2012"): to review (fourth pass).
    const past = PAST.test(t.norm);
    // "Think my client fancies me. Tbh I fancy him too", "keeps flirting with me and I'm flirting back": a feeling returned,
    // with nothing done, is one to review (fourth pass).
    const advance = all.some((h) => h.entry.tag === 'other' || h.entry.tag === 'hint') || /\b(?:fancies|fancied|flirts with|flirting with|winked at|winks at) me\b/.test(t.norm);
    const returned = advance && pairs.every((p) => p.act.entry.tag !== 'self' || FEELINGS.test(p.act.entry.term)) && !/\b(?:said yes|we kissed|date|dating|going out|meeting|met up)\b/.test(t.norm);
    const evidence: Evidence[] = tidy([t.hitSpan(pairs[0]!.patient), ...pairs.slice(0, 3).map((p) => t.hitSpan(p.act))]);
    const quoted = `${q(evidence[0]!)} … ${q(evidence[evidence.length - 1]!)}`;
    const supervisee = pairs.some((p) => p.patient.entry.tag === 'supervisee');
    const who = supervisee ? 'someone you supervise' : pairs[0]!.patient.entry.tag === 'you' ? 'someone you saw professionally' : 'a service user or carer';
    return [
      {
        topic: 'boundaries.relationship',
        severity: self && !remarks && !past && !returned ? 'high' : 'medium',
        confidence: self ? (remarks ? 0.65 : 0.8) : 0.6,
        message: self
          ? `Expresses romantic or sexual interest involving ${who} (${quoted}). Pursuing a personal or sexual relationship with ${supervisee ? 'a supervisee' : 'a service user or carer'} abuses your professional position.`
          : `Describes a service user's romantic advance (${quoted}) without saying it was turned down. Posting about it publicly can blur professional boundaries.`,
        evidence,
      },
    ];
  },
};
