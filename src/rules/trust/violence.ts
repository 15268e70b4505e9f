import type { Rule } from '../types.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { FIRST_PERSON, loadLexicon, outermost, q, tidy } from '../text/index.js';
import { patientRefs, workRefs } from '../common/lexicons.js';
import { subjectOf } from './shared.js';

const VIOLENCE = loadLexicon(new URL('./violence.txt', import.meta.url));

const PERSON_OBJECT = new Set([
  'him', 'her', 'them', 'you', 'ya', 'u', 'yer', 'someone', 'somebody', 'anyone', 'whoever', 'everyone', 'people', 'guy', 'bloke', 'lad', 'man',
  'woman', 'girl', 'boy', 'patient', 'patients', 'nurse', 'doctor', 'manager', 'boss', 'colleague', 'colleagues', 'ex', 'husband', 'wife', 'neighbour',
  'relative', 'relatives', 'family', 'kid', 'child', 'cunt', 'twat', 'prick', 'knobhead', 'dickhead', 'idiot', 'reg', 'consultant', 'matron', 'driver',
  'customer', 'students', 'student', 'resident', 'client', 'mate', 'brother', 'sister', 'dad', 'mum', 'pt', 'pts', "patient's", 'dude', 'fella', 'chap',
  // Sixth pass: "slap the drunk ones", "half the residents".
  'ones', 'residents', 'clients',
  'visitors', 'parents', 'families', 'lady', 'gent', 'gentleman', 'dear', 'biddy', 'codger', 'git', 'cow', 'sod', 'granny', 'grandad', 'nan', 'teenager', 'lads', 'kids', 'visitor', 'porter', 'hca', 'receptionist',
]);
const SKIP = new Set(['a', 'the', 'this', 'that', 'my', 'some', 'one', 'of', 'his', 'her', 'their', 'our', 'next', 'first', 'stupid', 'fucking', 'bloody', 'little', 'old', 'young', 'rude', 'drunk', 'random', 'next', 'annoying', 'these', 'those', 'every', 'single']);
/** Before a threat verb: intent or wish ("I'll", "gonna", "want to"). */
const INTENT = new Set(["i'm", 'im', "i'll", 'ill', 'will', 'gonna', 'going', 'wanna', 'want', 'wanted', 'could', "i'd", 'id', 'would', 'about', 'should', 'shall', "let's", 'lets', 'to', 'must', 'might', 'may', 'tempted', 'urge']);
/** Signs of excess force or intent in a sentence about handling someone. */
const EXCESS = /\bhard enough to|\bto make (?:him|her|them) (?:stop|shut up|be quiet)|\buntil (?:he|she|they) (?:stopped|shut up|went quiet)|\b(?:harder|rougher|tighter|longer|further) than (?:i|we|was|strictly|absolutely|needed|necessary|i'd|i had)|more than (?:i|we) needed|on purpose|deliberately|accidentally on purpose|won'?t (?:try|do) that again|teach (?:him|her|them) a lesson|see how (?:he|she|they) like[sd]? it|for good measure/;
/** Before a comeuppance: the conditional person it is aimed at ("next", "anyone who", "if"). */
const CONDITIONAL = new Set(['next', 'any', 'anyone', 'anybody', 'whoever', 'if', 'one', 'another']);
/** A blow received rather than given ("gave me a right hook"). */
const RECEIVED = new Set(['me', 'us', 'my']);
const SPORT = /\b\d{1,2}\s?[-–]\s?\d{1,2}\b|\b(match|game|league|cup|derby|final|pitch|goals?|quiz|fantasy|tournament|opponents|opposition|rugby|football|netball|hockey|cricket|darts|pool|boxing|sparring|fifa|ps5|xbox|zombies?)\b/i;

/** After "a drunk" standing for a person: a relative clause or a place ("a drunk who swung at me", "a drunk on the ambo"). */
const DRUNK_AS_NOUN = new Set(['who', 'that', 'on', 'in', 'at', 'outside', 'for', 'because', 'cos', 'after', 'and']);
/** The person on the receiving end, if any, right after the verb. */
function personAfter(t: TextAnalysis, h: Hit): number {
  const sn = t.tokens[h.t0]!.sn;
  for (let i = h.t1; i < Math.min(t.tokens.length, h.t1 + 4); i++) {
    if (t.tokens[i]!.sn !== sn) return -1;
    const k = t.key(i);
    if (PERSON_OBJECT.has(k)) return i;
    // "punched a drunk who swung at me", "decked a drunk on Saturday": the adjective standing as the person (sixth pass).
    if (k === 'drunk' && i > h.t1 && (t.key(i - 1) === 'a' || t.key(i - 1) === 'the') && (DRUNK_AS_NOUN.has(t.key(i + 1)) || i + 1 >= t.sentenceOf(i).t1)) return i;
    if (!SKIP.has(k)) return -1;
  }
  return -1;
}

/** Animals, as the object of a blow or a throw. */
const ANIMALS = new Set([
  'cat', 'cats', 'kitten', 'kittens', 'dog', 'dogs', 'puppy', 'puppies', 'pup', 'pigeon', 'pigeons', 'seagull', 'seagulls', 'gull', 'gulls', 'duck', 'ducks',
  'swan', 'swans', 'goose', 'geese', 'squirrel', 'squirrels', 'fox', 'foxes', 'hamster', 'rabbit', 'rabbits', 'bunny', 'hedgehog', 'frog', 'toad', 'bird', 'birds',
  'sparrow', 'crow', 'magpie', 'horse', 'pony', 'sheep', 'lamb', 'goat', 'chicken', 'chickens', 'hen', 'rat', 'mouse', 'guinea', 'tortoise', 'moggy', 'mutt',
]);
/** Verbs and words between the verb and its animal ("booted a pigeon", "launched next door's cat"). */
const ANIMAL_SKIP = new Set(['a', 'an', 'the', 'this', 'that', 'some', 'my', 'our', 'his', 'her', 'their', 'next', "door's", 'neighbours', "neighbour's", 'stupid', 'bloody', 'fucking', 'little', 'fat', 'stray', 'poor', 'old', 'wee', 'local']);
/** The animal is the object of the poster's blow or throw, not one receiving food or a ball ("threw the dog a ball"). */
function animalHarmed(t: TextAnalysis, h: Hit) {
  let a = -1;
  // "chucked a brick at the next door cat": the animal may be the target after "at".
  let from = h.t1;
  const end = Math.min(t.sentenceOf(h.t0).t1, h.t1 + 6);
  for (let i = h.t1; i < end; i++) if (t.key(i) === 'at') { from = i + 1; break; }
  // "threw a stick at the dog for it to fetch": play.
  if (from > h.t1 && PLAY.test(t.norm)) return undefined;
  for (let i = from; i < Math.min(t.tokens.length, from + 4); i++) {
    if (ANIMALS.has(t.key(i))) { a = i; break; }
    if (!ANIMAL_SKIP.has(t.key(i)) && t.key(i) !== 'next' && t.key(i) !== 'door') return undefined;
  }
  if (a < 0 || SKIP_AFTER_ANIMAL.has(t.key(a + 1)) || SPORT.test(t.text)) return undefined;
  // "kicked the cat flap", "hit the dog food aisle": the animal word names a thing; only a clause end or a particle may follow.
  const next = t.key(a + 1);
  if (a + 1 < t.sentenceOf(a).t1 && /^\p{L}+$/u.test(next) && !ANIMAL_NEXT.has(next)) return undefined;
  // The animal as the doer ("the cat kicked the dog"), or someone else's act.
  const clause = t.clauseStart(h.t0);
  if (t.findKey(clause, h.t0, ANIMALS) >= 0 || subjectOf(t, h) === 'other') return undefined;
  const ev = t.span(h.t0, a + 1);
  return {
    topic: 'trust.violence',
    severity: 'high' as const,
    confidence: 0.75,
    message: `Describes hurting an animal (${q(ev)}). Cruelty to animals, even posted as a joke, undermines public trust in your profession.`,
    evidence: [ev],
  };
}
const PLAY = /\b(?:fetch|play|playing|catch|treats?|ball|frisbee|toy|toys|stick)\b/;
/** Particles, prepositions and conjunctions that may follow the animal ("launching the cat off the trampoline"). */
const ANIMAL_NEXT = new Set(['off', 'out', 'across', 'into', 'over', 'down', 'up', 'on', 'in', 'at', 'to', 'through', 'and', 'so', 'because', 'cos', 'for', 'till', 'until', 'lol', 'again', 'today', 'yesterday', 'onto', 'from', 'with', 'while', 'when', 'as', 'just', 'right', 'straight', 'away', 'round', 'around', 'hard', 'twice', 'once', 'then', 'like']);
/** After the animal: it is given something ("threw the dog a ball", "chucked the ducks some bread"). */
const SKIP_AFTER_ANIMAL = new Set(['a', 'an', 'some', 'the', 'its', 'his', 'her', 'their', 'treats', 'bread', 'food']);

/** After a provocation: "so I" and a blow given back, or a hurt done with a scare-quoted excuse or a sign of excess. */
const RETALIATION =
  /\bso (?:i|we) (?:just |then |promptly |obviously )?(?:(?:kicked|hit|punched|slapped|smacked|thumped|whacked|bit|pinched|shoved|elbowed|headbutted|spat) (?:him|her|them |it )?back\b|[^.!?]{0,40}?(?:'(?:accidentally|accidently|mistakenly|gently|slipped|forgot)'|a (?:bit|little|touch) (?:extra|harder|tighter|rougher)|harder than|tighter than|on purpose|deliberately))/;
/** Before a feigned excuse: a passive done to the target ("they get 'accidentally' bumped"). */
const GET = new Set(['get', 'gets', 'got', 'getting']);
/** Before a quoted word: it is talked about ("the word 'accidentally'"). */
const TALK = new Set(['word', 'term', 'phrase', 'saying', 'says', 'said', 'writes', 'wrote', 'called']);
/** Who or what a feigned excuse is done to ("'accidentally' let the footplate catch his ankle", "'lose' their samples"). */
const TARGETS = new Set(['him', 'her', 'them', 'his', 'their', 'patient', 'patients', "patient's", "patients'", 'client', 'clients', "client's", 'samples', 'sample', 'bloods', 'list', 'call', 'bell', 'buzzer', 'cuff', 'ankle', 'arm', 'leg', 'wrist', 'head', 'referral', 'referrals', 'meds', 'medication', 'pain', 'relief', 'resident', 'residents', 'screamer', 'moaner']);
/** A provocation before the excuse ("so rude", "moaning", "smelled like a bin", "spat at me"). */
const PROVOCATION = /\b(?:rude|moan(?:ing|ed|s|er|ers)?|complain(?:ing|ed|s|er|ers)?|smel(?:led|t|ls|ly)|stank|stinks?|shout(?:ing|ed|s|er|ers)?|scream(?:ing|ed|s|er|ers)?|kick(?:ing|ed)|spat|swore|swearing|annoying|whinge(?:ing|d)?|wouldn'?t stop|won'?t stop|kept (?:on|pressing|buzzing|ringing))\b/;
/** Pronouns that carry the person into a sentence with no subject of its own. */
const PRONOUNS = new Set(['he', 'she', 'his', 'him', 'her', 'they', 'their', 'them']);
/** Blows that are also a try ("a crack at", "a dig at" is a jibe, "a clip of" a video). */
const ATTEMPT = new Set(['crack', 'clip', 'dig', 'go', 'shot', 'punt', 'stab', 'bash', 'whack', 'swing', 'belt']);

export const violenceRule: Rule = {
  meta: {
    id: 'trust/violence',
    concern: 'trust',
    topics: ['trust.violence'],
    description: 'Threats or boasts of violence against people, especially patients or colleagues. Sport banter is left alone.',
    severity: 'medium',
  },
  check(_post, { text: t }) {
    if (!t.has(VIOLENCE)) return [];
    const sport = SPORT.test(t.text);
    const patients = patientRefs(t);
    for (const h of outermost(t.hits(VIOLENCE))) {
      const kind = h.entry.tag;
      if (t.negated(h.t0) || t.sentenceOf(h.t0).question) continue;
      if (kind === 'neglect') {
        // "I've unplugged it" needs the call bell named; all of these need a patient or work in the post.
        if (/ it$/.test(h.entry.term) && !/\b(buzzer|call bell|bell)\b/.test(t.norm)) continue;
        if (subjectOf(t, h) === 'other' || (patients.length === 0 && workRefs(t, true).length === 0 && !/\b(lady|gent|man|woman|bay|bed)\b/.test(t.norm))) continue;
        const ev = t.hitSpan(h);
        return [
          {
            topic: 'trust.violence',
            severity: 'high',
            confidence: 0.75,
            message: `Describes neglecting a patient (${q(ev)}). Withholding care or a call bell is abuse, and undermines trust that you are safe to practise.`,
            evidence: [ev],
          },
        ];
      }
      if (kind === 'feigned') {
        // "so I 'accidentally' left the extractor off", "they get 'accidentally' bumped down the list", "I 'lose' the samples":
        // an excuse quoted on its own (nothing else in the quotation) for harm done on purpose, in a post about patients or work.
        if (!t.mayQuote || !t.inQuotes(h.t0) || !t.inQuotes(h.t1 - 1) || t.inQuotes(h.t0 - 1) || t.inQuotes(h.t1)) continue;
        // The poster does it: their own subject, an order with no subject in its clause ("..., 'accidentally' leave the call
        // bell out of reach"), or a passive done to the target ("they get 'accidentally' bumped down the list").
        const order = t.clauseStart(h.t0) === h.t0;
        const passive = GET.has(t.key(h.t0 - 1));
        if ((subjectOf(t, h) === 'other' && !order && !passive) || sport || TALK.has(t.key(h.t0 - 1))) continue;
        // Something is done: a word follows the excuse in its sentence ("'accidentally' leave the call bell out of reach").
        const sent0 = t.sentenceOf(h.t0);
        if (h.t1 >= sent0.t1 || !/^\p{L}/u.test(t.key(h.t1))) continue;
        // To someone: a person after the excuse, a passive, or a provocation before it ("so I", "rude", "moaning", "smelled").
        const sentEnd = t.tokens[sent0.t1 - 1]!.e;
        const target = passive || t.findKey(h.t1, sent0.t1, TARGETS) >= 0 || t.key(h.t0 - 2) === 'so' || PROVOCATION.test(t.norm.slice(0, sentEnd));
        if (!target) continue;
        if (patients.length === 0 && workRefs(t, true).length === 0 && !/\b(?:patients?|clients?|service users?|residents?|samples?|bay|bed|ward|cubicle|side room|the list)\b/.test(t.norm)) continue;
        const sent = t.sentenceOf(h.t0);
        const ev = t.span(Math.max(sent.t0, h.t0 - 2), Math.min(sent.t1, h.t1 + 6));
        return [
          {
            topic: 'trust.violence',
            severity: 'high',
            confidence: 0.7,
            message: `Describes harming or disadvantaging someone on purpose under a pretend excuse (${q(ev)}). Deliberate harm to a service user undermines trust that you are safe to practise.`,
            evidence: [ev],
          },
        ];
      }
      if (kind === 'provoked') {
        // "Drunk patient spat at me so I 'accidentally' pumped the BP cuff up a bit extra", "kept kicking so I kicked back":
        // the poster's retaliation, with a blow given back or a sign of excess after "so I".
        const sent = t.sentenceOf(h.t0);
        const rest = t.norm.slice(t.tokens[h.t1 - 1]!.e, t.tokens[sent.t1 - 1]!.e);
        const m = RETALIATION.exec(rest);
        if (!m || sport || subjectOf(t, h) === 'self') continue;
        const i = t.tokens.findIndex((tok) => tok.s >= t.tokens[h.t1 - 1]!.e + m.index);
        const ev = t.span(h.t0, Math.min(sent.t1, i + 8));
        return [
          {
            topic: 'trust.violence',
            severity: 'high',
            confidence: 0.75,
            message: `Describes retaliating against someone (${q(ev)}). Hurting a patient or anyone else in return undermines trust that you are safe to practise.`,
            evidence: [ev],
          },
        ];
      }
      if (kind === 'damage') {
        // "Next person who parks in my space is getting their tyres let down": a threat to someone's property.
        if (sport) continue;
        // "The patient threw a chair at me", "Someone keyed my car": someone else's act, not the poster's.
        if (subjectOf(t, h) === 'other' || t.negated(h.t0)) continue;
        const ev = t.hitSpan(h);
        return [
          {
            topic: 'trust.violence',
            severity: 'medium',
            confidence: 0.65,
            message: `Threatens or describes damaging someone's property (${q(ev)}). Even as a joke, threats like this undermine trust that you act lawfully and safely.`,
            evidence: [ev],
          },
        ];
      }
      if (kind === 'grip') {
        // "twisted his arm a bit harder than I needed to": handling is violence only with a sign of excess or intent.
        const sent = t.sentenceOf(h.t0);
        if (!EXCESS.test(t.norm.slice(t.tokens[sent.t0]!.s, t.tokens[sent.t1 - 1]!.e)) || subjectOf(t, h) === 'other') continue;
        const ev = t.hitSpan(h);
        const onPatient = patients.length > 0 || /\b(old boy|old girl|old man|old lady|confused|dementia)\b/.test(t.norm);
        return [
          {
            topic: 'trust.violence',
            severity: 'high',
            confidence: onPatient ? 0.8 : 0.65,
            message: `Describes using more force on someone than needed (${q(ev)}). Rough handling is abuse, and undermines trust that you are safe to practise.`,
            evidence: [ev],
          },
        ];
      }
      if (kind === 'getting') {
        // "Next relative who shouts at my students is getting knocked out", "anyone who ... gets a slap".
        const sent = t.sentenceOf(h.t0);
        const lead = t.findKey(sent.t0, h.t0, CONDITIONAL);
        if (lead < 0 || sport || t.findKey(lead, h.t0, PERSON_OBJECT) < 0 && !/^(?:next|whoever|anyone|anybody)$/.test(t.key(lead))) continue;
        const ev = t.span(lead, h.t1);
        const onPatient = patients.some((p) => p.t0 >= sent.t0 && p.t1 <= h.t0);
        return [
          {
            topic: 'trust.violence',
            severity: onPatient ? 'high' : 'medium',
            confidence: onPatient ? 0.8 : 0.7,
            message: `Threatens violence against someone (${q(ev)}). Even as a joke, threats of violence undermine trust that you are safe to practise.`,
            evidence: [ev],
          },
        ];
      }
      if (kind === 'blow') {
        // "the best restraint technique is a right hook to the jaw"; not a blow received ("gave me a right hook").
        if (sport || t.findKey(Math.max(t.sentenceOf(h.t0).t0, h.t0 - 4), h.t0, RECEIVED) >= 0 || subjectOf(t, h) === 'other') continue;
        const ev = t.hitSpan(h);
        return [
          {
            topic: 'trust.violence',
            severity: patients.length > 0 || /\b(restrain\w*|patients?|relatives?)\b/.test(t.norm) ? 'high' : 'medium',
            confidence: 0.65,
            message: `Describes or recommends hitting someone (${q(ev)}). Even as a joke, this undermines trust that you are safe to practise.`,
            evidence: [ev],
          },
        ];
      }
      if (kind === 'deserve') {
        // "Some patients just need a slap", "next patient who spits at me is getting a slap".
        const sent = t.sentenceOf(h.t0);
        let who = t.findKey(sent.t0, h.t0, PERSON_OBJECT);
        // "8 yr old kicked me all through his assessment. deserved a good smack": the sentence opens with the verb and
        // its subject is the person of the sentence before.
        if (who < 0 && h.t0 === sent.t0 && sent.t0 > 0) {
          const prev = t.sentenceOf(sent.t0 - 1);
          who = t.findKey(prev.t0, prev.t1, PERSON_OBJECT);
          if (who < 0) who = t.findKey(prev.t0, prev.t1, PRONOUNS);
          if (who < 0) who = patients.find((p) => p.t0 >= prev.t0 && p.t0 < prev.t1)?.t0 ?? -1;
        }
        // "a good slap would sort most of my dementia patients out": the person after the blow that would fix them.
        let after = false;
        if (who < 0 && !sport) {
          const p = patients.find((x) => x.t0 >= h.t1 && x.t0 < sent.t1);
          who = p ? p.t0 : t.findKey(h.t1, Math.min(sent.t1, h.t1 + 6), PERSON_OBJECT);
          after = who >= 0;
        }
        if (who < 0 || sport) continue;
        const onPatient = patients.some((p) => p.t0 >= sent.t0 && (after ? p.t0 === who : p.t1 <= h.t0)) || ['patient', 'patients', 'pt', 'pts', 'resident', 'residents', 'client', 'clients'].includes(t.key(who));
        const ev = after ? t.span(h.t0, who + 1) : t.span(who, h.t1);
        return [
          {
            topic: 'trust.violence',
            severity: onPatient ? 'high' : 'medium',
            confidence: onPatient ? 0.8 : 0.6,
            message: `Says someone deserves violence (${q(ev)}). Even as a joke, this undermines trust that you are safe to practise.`,
            evidence: [ev],
          },
        ];
      }
      // The person is inside a phrase ("restrained him a bit harder"), or right after the verb ("swing for the next consultant").
      let obj = -1;
      for (let i = h.t0 + 1; i < h.t1 && obj < 0; i++) if (PERSON_OBJECT.has(t.key(i))) obj = i;
      if (obj < 0) obj = personAfter(t, h);
      // "kick his head in": the phrase names its own target.
      if (obj < 0 && h.t1 - h.t0 > 2) obj = h.t1 - 1;
      // An animal hurt or thrown ("booted a pigeon", "launching the cat off the trampoline"): cruelty, delete level.
      if (obj < 0 && (kind === 'act' || kind === 'hurl')) {
        const cruelty = animalHarmed(t, h);
        if (cruelty) return [cruelty];
      }
      if (kind === 'hurl') continue;
      if (kind !== 'fight' && obj < 0) continue;
      const objKey = obj >= 0 ? t.key(obj) : '';
      if (sport && (objKey === 'them' || objKey === 'you' || kind === 'fight')) continue;
      if (objKey === 'me' || objKey === 'us') continue;
      // "gave him a crack at the stairs": a try, not a blow.
      if (ATTEMPT.has(t.key(h.t1 - 1)) && (t.key(h.t1) === 'at' || t.key(h.t1) === 'of')) continue;
      const subject = subjectOf(t, h);
      if (kind === 'threat') {
        const lead = t.findKey(Math.max(t.sentenceOf(h.t0).t0, h.t0 - 3), h.t0, INTENT);
        if (lead < 0 || subject === 'other') continue;
      } else if (subject === 'other') continue;
      const againstPatient = patients.some((p) => obj >= 0 && p.t0 <= obj && p.t1 > obj) || ['patient', 'patients', 'pt', 'pts', "patient's", 'resident', 'client'].includes(objKey);
      const self = t.findKey(t.sentenceOf(h.t0).t0, h.t0, FIRST_PERSON) >= 0;
      const end = obj >= 0 ? Math.max(obj + 1, h.t1) : h.t1;
      const ev = t.span(h.t0, end);
      const evidence = tidy([ev]);
      return [
        {
          topic: 'trust.violence',
          severity: againstPatient || kind === 'act' ? 'high' : 'medium',
          // A blow the poster gave (no one else is the subject) is an admission, sure enough for delete level.
          confidence: againstPatient ? 0.85 : kind === 'act' ? 0.78 : self ? 0.7 : 0.6,
          message:
            kind === 'threat'
              ? `Threatens or wishes violence against someone (${q(ev)}). Even as a joke, threats of violence undermine trust that you are safe to practise.`
              : `Describes taking part in violence (${q(ev)}). Posts about violence undermine public trust in your profession.`,
          evidence,
        },
      ];
    }
    return [];
  },
};
