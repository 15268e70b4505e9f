import type { Severity } from '../../model/finding.js';
import type { Rule, RuleFinding } from '../types.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { BREAK, CLAUSE, DOMAIN, EMOJI, MENTION, META, REPORT, SECOND_PERSON, THIRD_PERSON, outermost, q, qList, tidy } from '../text/index.js';
import { AGGRESSION, INSULTS, LEADS, PROFANITY } from './lexicons.js';
import { ANIMAL, PERSON_NOUN, WHO, clinical, isReply, ofA, petContext, praise, targetOf, type Target } from './target.js';
import { learnedAbuse, learnedGate } from './learned.js';
import { secondary } from './combine.js';


/** A copula or intensifier linking "you" (or "he"/"she") to an insulting adjective. */
const ADJ_SUBJECT = new Set(["you're", 'youre', 'ur', 'are', 'r', 'so', 'such', 'look', 'sound', 'really', 'proper', 'absolutely', 'is', "he's", "she's", 'hes', 'shes', 'was', 'totally', 'completely', 'utterly', 'fucking', 'bloody', 'a', 'an']);
const THIRD_SUBJECT = new Set(['he', 'she', "he's", "she's", 'hes', 'shes']);

/** Words right before an ambiguous noun ("tool", "joke", "cow") that make it a name called. */
const AMBIG_LEAD = new Set([
  'you', 'ya', 'u', 'yer', 'what', 'such', 'absolute', 'total', 'complete', 'utter', 'proper', 'massive', 'right', 'fucking', 'fuckin', 'bloody', 'stupid',
  'little', 'fat', 'silly', 'old', 'lazy', 'miserable', 'moody', 'thick', 'ugly', 'useless', 'dirty', 'filthy', 'lying', 'greedy', 'evil', 'vile', 'nasty',
  'pathetic', 'daft', 'dozy', 'smug', 'arrogant', 'spineless', 'disgusting', 'horrible', 'sneaky', 'two-faced', 'dumb', 'brainless', 'clueless', 'snidey', 'sly',
]);

/** Words that may open an imperative after an address ("@x just shut up", "oh do one"). */
const IMPERATIVE_LEAD = new Set(['just', 'please', 'pls', 'now', 'so', 'and', 'oh', 'mate', 'love', 'then', 'why', "don't", 'dont', 'go', 'lol', 'honestly', 'seriously', 'genuinely']);

/** Words that may stand beside a one-word verdict ("@x utterly pathetic"). */
const ALONE_OK = new Set(['so', 'just', 'utterly', 'absolutely', 'totally', 'completely', 'how', 'truly', 'fucking', 'bloody', 'simply', 'really', 'lol', 'wow', 'mate', 'as', 'usual', 'again', 'honestly']);

/** First-person intent before a violent verb ("I'll", "I'm going to", "gonna"). */
const INTENT = new Set(["i'll", 'ill', "we'll", 'gonna', 'will', "i'd", "we'd", 'wanna', 'shall', 'to', "i'ma", 'ima']);
const FIRST = new Set(['i', "i'll", 'ill', "i'm", 'im', "i'd", 'we', "we'll", "we're", "we'd", "i'ma", 'ima']);
/** Who a violent verb must land on for a threat ("you", "him", "your face"). */
const OBJECT = new Set([...SECOND_PERSON, 'him', 'her', 'them', 'his', 'ya', 'yer', 'u']);
/** Violent verbs that are also idioms: threats of review level only ("I'll kill you if you're late"). */
const SOFT_VIOLENCE = new Set(['kill', 'murder', 'end', 'destroy', 'bury', 'hurt']);
/** "I'm breaking his jaw": a present progressive of intent. */
const PROGRESSIVE = new Set(["i'm", 'im', "we're"]);
/** Possessives and the body parts or belongings a violent verb may land on a few words on ("break every one of your fingers"). */
const POSSESSOR = new Set(['your', 'ur', 'yer', 'his', 'her', 'their']);
const BODY = new Set([
  'face', 'head', 'jaw', 'nose', 'neck', 'teeth', 'skull', 'legs', 'leg', 'arm', 'arms', 'fingers', 'finger', 'hands', 'hand', 'ankle', 'ankles', 'knees',
  'kneecaps', 'ribs', 'back', 'windows', 'window', 'windscreen', 'tyres', 'tires', 'car', 'van', 'door',
]);

function imperative(t: TextAnalysis, h: Hit): boolean {
  const start = t.clauseStart(h.t0);
  for (let i = start; i < h.t0; i++) {
    const tok = t.tokens[i]!;
    if (tok.flags & MENTION || IMPERATIVE_LEAD.has(tok.k) || SECOND_PERSON.has(tok.k)) continue;
    return false;
  }
  return true;
}

/** The hit is all its sentence says, apart from mentions and an intensifier ("@x @y utterly pathetic"). */
function alone(t: TextAnalysis, sent: { t0: number; t1: number }, h: Hit): boolean {
  for (let i = sent.t0; i < sent.t1; i++) {
    if (i >= h.t0 && i < h.t1) continue;
    const tok = t.tokens[i]!;
    if (tok.flags & (MENTION | EMOJI) || ALONE_OK.has(tok.k)) continue;
    return false;
  }
  return true;
}

/** "I am"/"I was" before or after the name makes it the poster's own ("I'm such an idiot", "what a muppet I am"). */
const SELF_IS = new Set(["i'm", 'im']);
const SELF_VERB = new Set(['am', 'was', 'feel', 'felt']);

/** The poster calls themself the name ("I'm such an idiot", "I feel like a total muppet", "what a div I was"). */
function selfDirected(t: TextAnalysis, h: Hit): boolean {
  const a = Math.max(t.clauseStart(h.t0), h.t0 - 6);
  for (let i = h.t0 - 1; i >= a; i--) {
    const k = t.key(i);
    if (SELF_IS.has(k) || (k === 'i' && SELF_VERB.has(t.key(i + 1)))) return true;
    if (THIRD_PERSON.has(k) || SECOND_PERSON.has(k)) return false;
  }
  // "what an idiot I am", "am I a muppet or what"
  const k = t.key(h.t1);
  return (k === 'i' && SELF_VERB.has(t.key(h.t1 + 1))) || (k === 'am' && t.key(h.t1 + 1) === 'i');
}

/** Findings aimed at a person whatever frame or self-reference is near ("threatens", "wishes harm"). */
const AIMED_ACTS = new Set(['Threatens someone', 'Wishes someone harm', 'Harasses someone or sets others on them', 'Says they will tell someone off abusively']);

/** A listed description that ends with its person ("a vile woman", "a nasty piece of work"). */
const NAMES_PERSON = /\b(person|human|man|woman|individual|specimen|being)$/;
const THIRD_COPULA = new Set(['is', 'was', "he's", "she's", 'hes', 'shes', "they're", 'are', 'were']);

/** An animal is named before the hit in its clause ("my dog is thick as a plank"). */
function animalSubject(t: TextAnalysis, h: Hit): boolean {
  // An animal capitalised after another capitalised word mid-sentence is part of a name ("the
  // landlord of the Black Horse", "the Red Lion"), not "My Cat".
  for (let i = Math.max(t.clauseStart(h.t0), h.t0 - 6); i < h.t0; i++) {
    if (ANIMAL.has(t.key(i)) && !(t.capitalised(i) && i - 1 > t.sentenceOf(i).t0 && t.capitalised(i - 1))) return true;
  }
  return petContext(t, h);
}

/** Words that may open an open letter ("To the dad who ...:", "Message to ...", "Dear ...", "Oh and to Sharon ...:"). */
const LETTER_OPEN = new Set(['to', 'dear', 'message', 'note', 'reminder', 'psa', 'memo']);
/** Words after the colon that make the words after them a report again ("To my manager: you called me a ..."). */
const SAID = new Set(['called', 'calling', 'call', 'said', 'says', 'told', 'telling', 'shouted', 'screamed', 'yelled']);
const RELATIVE_WHO = new Set(['who', 'whoever', "who's", 'whos']);

/**
 * "To the consultant who screamed at my student today: you're a pathetic little man": an open letter.
 * The description of its addressee before the colon may hold a report ("who called me a ...", "who
 * screamed at ..."), but what follows the colon is the poster's own, said to "you".
 */
function openLetter(t: TextAnalysis, h: Hit): boolean {
  const sent = t.sentenceOf(h.t0);
  const opens = t.findKey(sent.t0, Math.min(sent.t0 + 3, h.t0), LETTER_OPEN) >= 0;
  for (let i = h.t0; i > sent.t0; i--) {
    if (!t.norm.slice(t.tokens[i - 1]!.e, t.tokens[i]!.s).includes(':')) continue;
    // "Whoever keyed my car: ...", "Kid on Fortnite who called my son names, listen up: ...": the
    // addressee described by a relative clause before the colon, with no "To".
    if (!opens && t.findKey(sent.t0, i, RELATIVE_WHO) < 0) return false;
    // "... said: you are useless": the words after the colon are the ones reported.
    if (t.findKey(i, h.t0, SAID) >= 0 || t.findKey(i - 3, i, SAID) >= 0) return false;
    return t.findKey(i, Math.min(h.t1 + 2, sent.t1), SECOND_PERSON) >= 0;
  }
  return false;
}

/** Adverbs between the poster and a verb of saying ("so I literally told him ..."). */
const SAY_ADVERB = new Set(['just', 'then', 'literally', 'actually', 'basically', 'also', 'finally', 'promptly', 'politely', 'calmly', 'once']);
const SAY_VERB = new Set(['called', 'call', 'calling', 'told', 'tell', 'telling']);

/**
 * "so I called her a stupid bitch", "I told him to his face he's a w@nker": the poster reports
 * their own words; a report frame ("called her", "told him") does not distance them.
 */
function ownWords(t: TextAnalysis, h: Hit): boolean {
  const sent = t.sentenceOf(h.t0);
  // "Told him to his face he's a ...": a sentence opening on the verb has the poster as its subject.
  // Not "Called me a ..." nor "Told us we were ...": what someone else said to the poster.
  if (h.t0 - sent.t0 <= 14 && (t.key(sent.t0) === 'told' || t.key(sent.t0) === 'called') && t.key(sent.t0 + 1) !== 'me' && t.key(sent.t0 + 1) !== 'us') return !t.negationIn(sent.t0, h.t0);
  for (let i = h.t0 - 1; i >= Math.max(sent.t0 + 1, h.t0 - 14); i--) {
    if (!SAY_VERB.has(t.key(i))) continue;
    let j = i - 1;
    if (SAY_ADVERB.has(t.key(j))) j--;
    const who = t.key(j);
    if (who !== 'i' && who !== 'we') continue;
    return !t.negationIn(Math.max(sent.t0, j - 2), h.t0);
  }
  return false;
}

/** Kinds in aggression.txt that are not names, descriptions, commands or threats. */
const NOT_NAMES = new Set(['wish', 'harm', 'weapon']);

/**
 * The listed insults of insults.txt and aggression.txt together, in order; where both lists hold
 * the same words, aggression.txt's reading wins ("fraud" there is ambiguous: "struck off for fraud").
 */
function insultHits(t: TextAnalysis): readonly Hit[] {
  if (!t.has(AGGRESSION)) return t.hits(INSULTS);
  const more = t.hits(AGGRESSION).filter((h) => !NOT_NAMES.has(h.entry.tag));
  if (more.length === 0) return t.hits(INSULTS);
  const base = t.hits(INSULTS).filter((h) => !more.some((m) => m.t0 === h.t0 && m.t1 === h.t1));
  return [...base, ...more].sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
}

/**
 * A listed insulting description (or a lead: "entitled", "condescending"), or an expletive used as
 * one ("f*cking leech", "fckn joke"), ends right before token i.
 */
function describedBefore(t: TextAnalysis, i: number, ins: readonly Hit[]): boolean {
  for (const d of ins) if (d.t1 === i && d.entry.tag === 'adj') return true;
  for (const d of t.hits(LEADS)) if (d.t1 === i) return true;
  for (const d of t.hits(PROFANITY)) if (d.t1 === i && d.entry.tag !== 'mild' && !d.entry.fields.includes('noun') && !d.entry.fields.includes('interj')) return true;
  return false;
}

/** Words between "you" and a noun that make it no vocative ("you the joke", "you a rat"?). */
const FUNCTION = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that', 'and', 'or', 'to', 'for', 'in', 'on', 'at', 'with', 'as', 'like', 'are', 'were', 'have', 'had', 'get', 'got', 'need', 'want', 'see', 'saw', 'know', 'make', 'made', 'buy', 'bought', 'brought', 'bring', 'feed', 'fed', 'give', 'gave', 'take', 'took', 'walk', 'walked', 'love', 'can', 'will', 'should', 'must', 'may', 'might', 'could', 'would', 'do', 'did', 'some', 'any', 'no', 'one', 'two', 'all', 'both']);

/** Kind words that keep an ambiguous noun kind ("you're a good egg", "you're a little star"). */
const KIND = new Set(['good', 'cute', 'sweet', 'little', 'lovely', 'clever', 'lucky', 'brave', 'beautiful', 'gorgeous', 'proper', 'real', 'true', 'total', 'big', 'happy', 'funny', 'wise', 'fluffy', 'cheeky']);

/** "man's a liability", "the new porter's a": a person noun with "'s" (is) before an article. */
function personIs(k: string): boolean {
  if (["you're", 'youre', "he's", "she's", 'hes', 'shes'].includes(k)) return true;
  return k.endsWith("'s") && PERSON_NOUN.has(k.slice(0, -2));
}

/** Prepositions that make the "you" after them an object, not the one described ("the thread about you was vile"). */
const OBJECT_OF = new Set(['about', 'to', 'at', 'for', 'with', 'from', 'of', 'towards', 'against', 'on']);

/** "you", before a description and a swear word used as a name ("you little sh1t"). */
const VOCATIVE = new Set(['you', 'ya', 'u', 'yer']);

/** "some people are just thick as mince", "the managers here are thick as two short planks": a copula whose subject is people. */
function simileOfPeople(t: TextAnalysis, h: Hit): boolean {
  let i = h.t0 - 1;
  if (['just', 'so', 'all', 'proper', 'really', 'literally', 'genuinely'].includes(t.key(i))) i--;
  if (!THIRD_COPULA.has(t.key(i)) && !personIs(t.key(i))) return false;
  if (personIs(t.key(i))) return true;
  const cs = t.clauseStart(i);
  for (let j = i - 1; j >= Math.max(cs, i - 6); j--) if (COPULA_PEOPLE.has(t.key(j))) return true;
  return false;
}

/** "don't be a pillock", "stop being such a knob": a name the poster tells someone not to be is still called. */
function prohibitive(t: TextAnalysis, h: Hit): boolean {
  let i = h.t0 - 1;
  if (t.key(i) !== 'a' && t.key(i) !== 'an') return false;
  i--;
  if (t.key(i) === 'such') i--;
  const be = t.key(i);
  const before = t.key(i - 1);
  if (be === 'be') return ["don't", 'dont', 'stop', 'never'].includes(before) || (before === 'not' && t.key(i - 2) === 'do');
  return be === 'being' && (before === 'stop' || before === 'quit');
}

/** People a copula may describe ("my reg is a knob", "whoever decided this is a knob"). */
const COPULA_PEOPLE = new Set([
  ...PERSON_NOUN, 'whoever', 'ex', 'landlord', 'landlady', 'educator', 'lecturer', 'tutor', 'mentor', 'supervisor', 'assessor', 'reg', 'registrar', 'matron',
  'physio', 'paramedic', 'midwife', 'radiographer', 'director', 'ceo', 'coordinator', 'examiner', 'cyclist', 'crewmate', 'partner', 'flatmate', 'housemate',
  'buddy', 'husband', 'wife', 'boyfriend', 'girlfriend', 'fella', 'he', 'she',
]);

/**
 * "my reg is a knob", "the new manager's a bit of a knob", "whoever decided this is a right wet
 * wipe": a copula (after "a", "a bit of a", "a right") whose subject, earlier in the clause, is a person.
 */
function copulaName(t: TextAnalysis, h: Hit): boolean {
  let i = h.t0 - 1;
  if (['right', 'proper', 'complete', 'total', 'absolute', 'utter', 'massive', 'real'].includes(t.key(i))) i--;
  if (t.key(i) !== 'a' && t.key(i) !== 'an') return false;
  i--;
  if (t.key(i) === 'of' && t.key(i - 1) === 'bit' && t.key(i - 2) === 'a') i -= 3;
  const cop = t.key(i);
  if (personIs(cop)) return true;
  if (cop !== 'is' && cop !== 'was') return false;
  const cs = t.clauseStart(i);
  for (let j = i - 1; j >= Math.max(cs, i - 12); j--) if (COPULA_PEOPLE.has(t.key(j))) return true;
  return false;
}

function ambigAimed(t: TextAnalysis, h: Hit, ins: readonly Hit[]): boolean {
  const prev = t.key(h.t0 - 1);
  if (AMBIG_LEAD.has(prev) || describedBefore(t, h.t0, ins)) return true;
  if (prohibitive(t, h) || copulaName(t, h)) return true;
  // "a fat inbred knob", "a smug little prick": a second description after an insulting one.
  if (AMBIG_LEAD.has(t.key(h.t0 - 2)) && ['a', 'an'].includes(t.key(h.t0 - 3)) && !KIND.has(prev) && !FUNCTION.has(prev) && !(t.tokens[h.t0 - 1]!.flags & (BREAK | CLAUSE))) return true;
  // "you're a tool", "ur such a joke", "he's a pig"
  if ((prev === 'a' || prev === 'an') && (SECOND_PERSON.has(t.key(h.t0 - 2)) || ["you're", 'youre', "he's", "she's", 'such', 'what'].includes(t.key(h.t0 - 2)) || AMBIG_LEAD.has(t.key(h.t0 - 2)))) return true;
  // "you're a lycra-clad knob": one more description between, not a kind one ("you're a good egg").
  const a2 = t.key(h.t0 - 2);
  if ((a2 === 'a' || a2 === 'an') && !(t.tokens[h.t0 - 1]!.flags & (BREAK | CLAUSE)) && ["you're", 'youre', 'ur'].includes(t.key(h.t0 - 3)) && !KIND.has(prev)) return true;
  // "you talentless fraud", "you lying snake": a vocative with one description.
  if (['you', 'u', 'ya'].includes(a2) && !(t.tokens[h.t0 - 1]!.flags & (BREAK | CLAUSE)) && !KIND.has(prev) && !FUNCTION.has(prev)) return true;
  // "man's a walking liability and a prick with it": the second of two names for one person.
  if ((prev === 'a' || prev === 'an') && t.key(h.t0 - 2) === 'and') {
    for (let i = h.t0 - 3; i >= Math.max(t.clauseStart(h.t0), h.t0 - 8); i--) if (personIs(t.key(i)) && (t.key(i + 1) === 'a' || t.key(i + 1) === 'an')) return true;
  }
  return false;
}

/**
 * Descriptions that insult whoever they are put in front of ("stupid people", "useless students");
 * the other listed ones also describe conditions or conduct ("delusional patients", "incompetent
 * patients cannot consent", "ignorant people") and count only as said of "you", "he" or "she".
 */
const ATTRIBUTIVE = new Set([
  'stupid', 'thick', 'dumb', 'useless', 'worthless', 'pathetic', 'brainless', 'clueless', 'gormless', 'moronic', 'idiotic', 'braindead', 'brain-dead',
  'spineless', 'gutless', 'ugly', 'minging', 'manky', 'vile', 'repulsive', 'hideous', 'two-faced', 'two faced', 'backstabbing', 'spiteful', 'gobby', 'mouthy',
  'slimy', 'smarmy', 'sly', 'snidey', 'conniving', 'sanctimonious', 'self-important', 'talentless', 'cringe', 'cringey', 'cringy',
]);
const SUPERLATIVE = new Set(['most', 'biggest', 'worst']);
const SERVICE_USERS = new Set(['patient', 'patients', 'client', 'clients', 'resident', 'residents', 'kid', 'kids', 'child', 'children']);

/** Neutral words that may stand between a description and its person ("a slimy little man"). */
const FILLER = new Set(['little', 'old', 'young', 'new', 'big', 'grown', 'middle-aged']);

/** Words before "see what happens" that make it a shrug, not a threat ("let's see what happens", "wait and see"). */
const SHRUG = new Set(["let's", 'lets', 'wait', "we'll", 'well', 'to', 'just', 'can', 'will', 'gonna', 'shall', 'll']);

/** A threat phrase that needs someone addressed in its sentence ("keep talking and see what happens"). */
function aimedThreat(t: TextAnalysis, h: Hit): boolean {
  const sent = t.sentenceOf(h.t0);
  for (let i = Math.max(sent.t0, h.t0 - 3); i < h.t0; i++) if (SHRUG.has(t.key(i))) return false;
  // The dare may follow the handles a reply opens with ("@x keep talking and see what happens").
  let s0 = sent.t0;
  while (s0 < h.t0 && t.tokens[s0]!.flags & MENTION) s0++;
  if (DARE.has(t.key(s0))) return true;
  return t.findKey(sent.t0, sent.t1, SECOND_PERSON) >= 0 || t.findKey(sent.t0, h.t0, FIRST) >= 0 && (t.flags & MENTION) !== 0;
}

/** Verbs opening a dare addressed to the reader ("Keep posting about my sister and see what happens"). */
const DARE = new Set(['keep', 'carry', 'try', 'say', 'do', 'touch', 'push', 'come', 'post', 'talk']);

/** Who may be urged to act ("someone should ...") and the fists and weapons that make a visit menacing. */
const INSTIGATOR = new Set(['someone', 'somebody', 'anyone', 'anybody', "someone's", 'somebodys', "somebody's"]);
const URGE = new Set(['should', 'needs', 'need', 'ought', 'wants', 'has', 'gotta', 'must', 'could', 'go', 'pls', 'please']);
const WEAPON = new Set(['👊', '🔪', '🔫', '🗡️', '🗡', '🪓', '💣', '🥊', '🤛', '🤜', '⚔️']);

/** `menace`: a visit is a threat only when someone is urged to pay it or a fist or weapon goes with it. */
function menace(t: TextAnalysis, h: Hit): boolean {
  const sent = t.sentenceOf(h.t0);
  for (let i = sent.t0; i < h.t0; i++) if (INSTIGATOR.has(t.key(i)) && URGE.has(t.key(i + 1))) return true;
  // The emoji may close the sentence or open the next ("... pay him a visit 👊").
  for (let i = sent.t0; i < Math.min(sent.t1 + 2, t.tokens.length); i++) if (t.tokens[i]!.flags & EMOJI && WEAPON.has(t.key(i))) return true;
  return false;
}

/** Words of an ending or a meeting place beside a weapon emoji ("Permanently. 🔪", "🔪 outside the union"). */
const MEETING = new Set(['permanently', 'outside', 'forever']);
const SEE = new Set(['see', 'c', 'catch']);
/** Kinds of listed hit that make a post hostile beside a weapon emoji (not a bare violent verb: "knife skills"). */
const NAME_KINDS = new Set(['noun', 'ambig', 'adj', 'command', 'severe']);

/**
 * An ending or a meeting place within five tokens of the weapon, or "see you" in a post that says
 * nothing else ("@x 🔪🔪 see you Monday"; not "Theatre day tomorrow 🔪 see you all there").
 */
function meeting(t: TextAnalysis, h: Hit): boolean {
  let see = false;
  for (let i = Math.max(0, h.t0 - 5); i < Math.min(t.tokens.length, h.t1 + 5); i++) {
    if (MEETING.has(t.key(i))) return true;
    if (SEE.has(t.key(i)) && OBJECT.has(t.key(i + 1))) see = true;
  }
  if (!see) return false;
  let words = 0;
  for (const tok of t.tokens) if (!(tok.flags & (MENTION | EMOJI))) words++;
  return words <= 4;
}

/** Words that make the sentence a condition ("if", "one more ... and", "next time"). */
const COND = new Set(['if', 'unless', 'next', 'again', 'ever', 'swear']);

function conditional(t: TextAnalysis, h: Hit): boolean {
  const sent = t.sentenceOf(h.t0);
  if (t.findKey(sent.t0, sent.t1, COND) >= 0) return true;
  for (let i = sent.t0; i < h.t0 - 1; i++) if (t.key(i) === 'one' && t.key(i + 1) === 'more') return true;
  return false;
}

/** Who may be wished a misfortune: "you", "he", "her car", "the student who ...", "my manager", "Gary". */
const WISH_SUBJECT = new Set(['you', 'u', 'ya', 'ur', 'your', 'yer', "you're", 'youre', 'he', 'she', 'they', 'his', 'her', 'their', "he's", "she's", "they're"]);
const WISH_PEOPLE = new Set([
  'ex', 'landlord', 'landlady', 'educator', 'lecturer', 'mentor', 'supervisor', 'assessor', 'marker', 'boyfriend', 'girlfriend', 'husband', 'wife', 'tutor', 'teacher',
  'cyclist', 'neighbour', 'neighbor', 'sister', 'matron', 'reg', 'registrar', 'hca', 'physio', 'paramedic', 'midwife', 'radiographer', 'cleaner', 'director', 'ceo',
  'lead', 'coordinator', 'f1', 'fy1', 'sho', 'senior', 'junior', 'examiner', 'interviewer', 'driver', 'motorist', 'lady', 'bloke', 'fella', 'cow', 'idiot',
]);
/** Words right before a misfortune that make it a noun for something else ("have a good trip", "your trip"). */
const NOT_HARM_BEFORE = new Set(['a', 'an', 'the', 'good', 'nice', 'safe', 'great', 'lovely', 'your', 'my', 'his', 'her', 'their', 'our', 'fab', 'fun', 'day', 'road', 'school']);
const GET = new Set(['get', 'gets', 'getting', 'got', 'has', 'have']);
const RELATIVE = new Set(['who', 'that', 'which', 'whose']);

/**
 * "hope her car gets keyed", "hope you trip over your lanyard", "hope the student who reported me
 * fails": a wish, a person (or something of theirs), then a misfortune in the same clause, not negated.
 */
function wishedHarm(t: TextAnalysis, w: Hit, harms: readonly Hit[]): { harm: Hit; you: boolean } | null {
  let i = w.t1;
  // "hope the bus hits you", "hope his new bird gives him chlamydia": a misfortune that carries its
  // own person (`object`), whatever the subject is.
  const reach = Math.min(t.clauseEnd(w.t1 - 1), w.t1 + 8);
  for (const h of harms) {
    if (h.t0 <= w.t1 || h.t0 >= reach || !h.entry.fields.includes('object')) continue;
    if (t.negationIn(w.t1, h.t0)) return null;
    return { harm: h, you: /\byou(r)?\b/.test(h.entry.term) };
  }
  if (t.key(i) === 'that') i++;
  const k = t.key(i);
  let you = false;
  let head = i;
  if (WISH_SUBJECT.has(k)) {
    you = SECOND_PERSON.has(k) || k === 'u';
  } else if (k === 'the' || k === 'that' || k === 'this' || k === 'my') {
    let j = i + 1;
    while (j < i + 4 && !PERSON_NOUN.has(t.key(j)) && !WISH_PEOPLE.has(t.key(j))) j++;
    if (j >= i + 4) return null;
    head = j;
  } else if (!(t.tokens[i] && t.capitalised(i) && k !== 'i' && !(t.tokens[i]!.flags & (BREAK | CLAUSE)))) {
    return null;
  }
  const end = Math.min(t.clauseEnd(head), head + 9);
  for (const h of harms) {
    if (h.t0 <= head || h.t0 >= end) continue;
    const prev = t.key(h.t0 - 1);
    if (NOT_HARM_BEFORE.has(prev) && !((prev === 'a' || prev === 'an') && GET.has(t.key(h.t0 - 2)))) continue;
    if (t.key(h.t1) === 'up') continue; // "fired up"
    if (t.negationIn(w.t1, h.t0)) return null;
    // "hope the students who failed get a resit": the misfortune describes the person, it is not wished.
    if (RELATIVE.has(prev)) continue;
    // "hope she fails to notice": "fail to" is "not", no misfortune.
    if (t.key(h.t0).startsWith('fail') && t.key(h.t1) === 'to') continue;
    return { harm: h, you };
  }
  return null;
}

/** Words before "hope" that make the wish the poster's own. */
const OWN_WISH = new Set(['i', "i'm", 'im', 'really', 'honestly', 'just', 'so', 'and', 'genuinely', 'truly', 'seriously', 'sincerely', 'do', 'tbh', 'lowkey', 'still']);

const RT = /^\s*rt @/;
const MINE = new Set(['i', 'me', 'my', 'we', 'us', 'our', "i'm", 'im', "we're", 'were', "i've", "we've", "let's", 'lets', "i'll", "we'll", 'gonna', 'wanna']);

/** The hit alone in its quotation marks ("what a 'wazzock' is"). */
function bareQuoted(t: TextAnalysis, h: Hit): boolean {
  return t.quotedSpan(h.t0, h.t1) && !(h.t0 > 0 && t.inQuotes(h.t0 - 1)) && !(h.t1 < t.tokens.length && t.inQuotes(h.t1));
}

/** The post quotes this name on its own somewhere: it is talking about the word ("his teddy is now called Wazzock"). */
function mentioned(t: TextAnalysis, ins: readonly Hit[], h: Hit): boolean {
  if (!t.mayQuote || RT.test(t.norm)) return false;
  const k = t.key(h.t0);
  return ins.some((o) => o.t1 - o.t0 === h.t1 - h.t0 && t.key(o.t0) === k && bareQuoted(t, o));
}

/** Actors before a harassment phrase that make it reported ("she made a fake account to troll me"). */
const OTHER_ACTOR = new Set(['he', 'she', 'they', 'someone', 'somebody', 'people', 'patient', 'relative', 'ex', 'man', 'woman', 'bloke', 'guy']);

/** A person noun, a name called or a swear-word noun right after the phrase, or after one more word ("tag the biggest bellend"). */
function personAfter(t: TextAnalysis, h: Hit, ins: readonly Hit[]): boolean {
  for (let i = h.t1; i < Math.min(h.t1 + 2, t.clauseEnd(h.t1 - 1)); i++) {
    if (PERSON_NOUN.has(t.key(i)) || t.key(i).endsWith('s') && PERSON_NOUN.has(t.key(i).slice(0, -1))) return true;
    if (ins.some((d) => d.t0 === i && (d.entry.tag === 'noun' || d.entry.tag === 'ambig'))) return true;
    if (t.hits(PROFANITY).some((d) => d.t0 === i && d.entry.fields.includes('noun'))) return true;
  }
  return false;
}

/** Harassment or a call to pile on, not reported and not the poster's own victimisation. */
function incitement(t: TextAnalysis, h: Hit, ins: readonly Hit[]): boolean {
  // Words shared by "RT @x:" are endorsed; words in quotation marks are someone else's.
  // "Please don't screenshot their posts and send them to their employer": advice against it.
  if (t.negated(h.t0) || t.negationIn(Math.max(t.sentenceOf(h.t0).t0, h.t0 - 8), h.t0) || t.frameOver(h.t0, h.t1) & (REPORT | META) || (t.quotedSpan(h.t0, h.t1) && !RT.test(t.norm))) return false;
  const next = t.key(h.t1);
  if (next === 'me' || next === 'us') return false;
  // `own`: the entry names the poster as the one who acts ("she blocked me so I'll find her ...").
  if (!h.entry.fields.includes('own')) for (let i = t.clauseStart(h.t0); i < h.t0; i++) if (OTHER_ACTOR.has(t.key(i))) return false;
  if (h.entry.fields.includes('pointer') && !pointer(t)) return false;
  // `mention`: the account gone after follows the verb ("spam @x with 1 star reviews").
  if (h.entry.fields.includes('mention') && !(h.t1 < t.tokens.length && t.tokens[h.t1]!.flags & MENTION)) return false;
  // `mine`: the poster does it or recruits for it ("we're freezing her out", "help me make a fake
  // account"), not a warning or a report ("scammers use fake accounts to message staff").
  if (h.entry.fields.includes('mine') && !(h.t0 === t.clauseStart(h.t0) || t.findKey(t.sentenceOf(h.t0).t0, t.sentenceOf(h.t0).t1, MINE) >= 0)) return false;
  return !h.entry.fields.includes('person') || personAfter(t, h, ins);
}

/** Words that point followers at someone: where to find them. */
const POINTER = new Set(['👇', '⬇️', '👉', '⤵️', 'page', 'account', 'profile', 'post', 'posts', 'tweet', 'tweets', 'comments', 'number', 'timeline', 'inbox', 'dms', 'mentions', 'below', 'linked', 'link']);

/** The post points at someone to go after: a pointing emoji, a link, a mention, "his page", "linked below". */
function pointer(t: TextAnalysis): boolean {
  // A mention, a link, or a phone number ("his number's 07700 900417").
  if (t.flags & (MENTION | DOMAIN) || t.domains.length > 0 || t.digits >= 10) return true;
  return t.findKey(0, t.tokens.length, POINTER) >= 0;
}

/** "the Tories can get in the sea", "he can do one": a dismissal of whoever comes before "can". */
const CAN_OK = /fuck|sod|piss|bugger|naff|do one|jog on|sea|stuffed|hook/;
function canCommand(t: TextAnalysis, h: Hit): boolean {
  if (!CAN_OK.test(h.entry.term)) return false;
  // "The kids can get in the sea at Whitby": with no swear word, a dismissal ends its clause.
  if (!/fuck|piss|sod|bugger/.test(h.entry.term) && !endsClause(t, h)) return false;
  let i = h.t0 - 1;
  if (['all', 'just', 'kindly', 'go', 'politely'].includes(t.key(i))) i--;
  if (t.key(i) !== 'can') return false;
  const subj = t.key(i - 1);
  return subj !== '' && !['i', 'we', 'it', 'this', 'that', 'which', 'what', 'who', 'you', 'u'].includes(subj);
}

/** Words that may follow a threat that ends its clause ("you'll be sorry if ...", "you'll be sorry mate"). */
const AFTER_FINAL = new Set(['if', 'when', 'because', 'cos', 'coz', 'mate', 'pal', 'love', 'trust', 'believe', 'i', 'lol', 'then']);

/** Nothing but punctuation, an emoji, a mention or a condition follows the phrase in its clause. */
function endsClause(t: TextAnalysis, h: Hit): boolean {
  const next = t.tokens[h.t1];
  if (!next || next.flags & (BREAK | CLAUSE | EMOJI | MENTION) || next.sn !== t.tokens[h.t0]!.sn) return true;
  return AFTER_FINAL.has(next.k);
}

/** "I'll batter you", "gonna smash his face in": intent, a violent verb, a person. */
function violentThreat(t: TextAnalysis, h: Hit): boolean {
  const cs = t.clauseStart(h.t0);
  let intent = false;
  let first = false;
  for (let i = Math.max(cs, h.t0 - 4); i < h.t0; i++) {
    const k = t.key(i);
    if (INTENT.has(k) || (k === 'going' && t.key(i + 1) === 'to')) intent = true;
  }
  // "I'm breaking his jaw", "we're kicking his head in": the progressive right before the verb.
  if (PROGRESSIVE.has(t.key(h.t0 - 1)) && t.key(h.t1 - 1).endsWith('ing')) intent = true;
  // "I'm going to lose it and slap her": the first person may stand a little further back.
  for (let i = Math.max(cs, h.t0 - 7); i < h.t0; i++) if (FIRST.has(t.key(i))) first = true;
  // "someone should punch him", "somebody needs to slap her": others urged to do it.
  for (let i = Math.max(cs, h.t0 - 4); i < h.t0 - 1; i++) if (INSTIGATOR.has(t.key(i)) && URGE.has(t.key(i + 1))) intent = first = true;
  if (!intent || !first) return false;
  for (let i = h.t1; i < Math.min(h.t1 + 2, t.tokens.length); i++) {
    const tok = t.tokens[i]!;
    if (i > h.t1 && tok.flags & (BREAK | CLAUSE)) break;
    // "I'll kick him out of the group": sending someone away, not a blow ("knock him out" is one).
    if (t.key(h.t0).startsWith('kick') && (t.key(i + 1) === 'out' || t.key(i + 1) === 'off')) return false;
    if (OBJECT.has(tok.k) || tok.flags & MENTION) return true;
  }
  // "I will break every one of your fingers": a possessive and a body part a few words on.
  const end = Math.min(h.t1 + 6, t.clauseEnd(h.t1 - 1));
  for (let i = h.t1; i < end - 1; i++) {
    if (!POSSESSOR.has(t.key(i))) continue;
    if (BODY.has(t.key(i + 1)) || (i + 2 < end && BODY.has(t.key(i + 2)))) return true;
  }
  return false;
}

export const abuseRule: Rule = {
  meta: {
    id: 'communication/abuse',
    concern: 'communication',
    topics: ['communication.abuse'],
    description: 'Insults, name-calling, swearing at people, threats, ill wishes, harassment, calls to pile on and abusive commands aimed at someone; a learned signal for hostility the lists do not know.',
    severity: 'medium',
  },
  check(post, { text: t, ownAccounts }) {
    if (!t.has(INSULTS) && !t.has(PROFANITY) && !t.has(AGGRESSION)) return learnedAbuse(post, t, ownAccounts);
    const ins = insultHits(t);
    const insults = outermost(ins);
    const prof = outermost(t.hits(PROFANITY));
    const out: Array<RuleFinding & { what: string; target: Target }> = [];
    const used = new Set<number>();
    /** Target of each insult found, by its first token, so an expletive just before it shares it. */
    const aimedAt = new Map<number, Target>();
    const rank = { high: 3, medium: 2, low: 1 } as const;
    const push = (h: Hit, severity: Severity, confidence: number, what: string, target: Target, own = false): void => {
      if (used.has(h.t0)) {
        // Two readings of one word ("sl*g": slag or slug): keep the more serious.
        const same = out.findIndex((f) => f.evidence[0]!.start === t.hitSpan(h).start);
        if (same < 0 || rank[severity] <= rank[out[same]!.severity ?? 'low']) return;
        out.splice(same, 1);
      }
      // "called me a stupid cow": someone else's words, reported.
      // Not the poster's own report of what they said ("so I called her a stupid bitch"), nor an open
      // letter's words after the colon ("To the man who called me ...: you're a coward").
      if (!own && t.frameOver(h.t0, h.t1) & REPORT && !ownWords(t, h) && !openLetter(t, h)) return;
      // "stop calling people idiots", "calling a colleague a stupid cow is bullying": counter-speech
      // talks about the words; only a threat, or words aimed right at "you", still count.
      if (!AIMED_ACTS.has(what) && target !== 'you' && t.frameOver(h.t0, h.t1) & META) return;
      // "I'm such an idiot", "what a muppet I am": the poster calls themself names.
      if (target === 'third' && !AIMED_ACTS.has(what) && selfDirected(t, h)) return;
      // "my dog is thick as a plank", "the cat is such an idiot": said of an animal.
      if (target === 'third' && !AIMED_ACTS.has(what) && animalSubject(t, h)) return;
      aimedAt.set(h.t0, target);
      for (let i = h.t0; i < h.t1; i++) used.add(i);
      const ev = t.hitSpan(h);
      out.push({ topic: 'communication.abuse', severity, confidence, message: '', evidence: [ev], what, target });
    };

    /** "a walking liability and a prick": the second name goes to whoever the first in its clause was aimed at. */
    const coordinated = (h: Hit): Target | null => {
      if ((t.key(h.t0 - 1) !== 'a' && t.key(h.t0 - 1) !== 'an') || t.key(h.t0 - 2) !== 'and') return null;
      const cs = t.clauseStart(h.t0);
      for (const [t0, target] of aimedAt) if (t0 >= cs && t0 < h.t0 - 2) return target;
      return null;
    };

    /** "the most toxic two faced cow": whom the name is aimed at, read from before its descriptions. */
    const described = (h: Hit): Target | null => {
      let s = h.t0;
      for (let n = 0; n < 4; n++) {
        const d = ins.find((x) => x.t1 === s && x.entry.tag === 'adj') ?? t.hits(LEADS).find((x) => x.t1 === s);
        if (!d) break;
        s = d.t0;
      }
      return s < h.t0 ? targetOf(t, post, ownAccounts, { ...h, t0: s }, true) : null;
    };

    for (const h of insults) {
      if (clinical(t, h)) continue;
      const kind = h.entry.tag;
      const harsh = h.entry.fields.includes('harsh');
      const quoted = t.quotedSpan(h.t0, h.t1);
      if (kind === 'threat' || kind === 'violence') {
        if (kind === 'violence' && !violentThreat(t, h)) continue;
        if (h.entry.fields.includes('aimed') && !aimedThreat(t, h)) continue;
        if (h.entry.fields.includes('final') && !endsClause(t, h)) continue;
        if (h.entry.fields.includes('cond') && !conditional(t, h)) continue;
        if (h.entry.fields.includes('menace') && !menace(t, h)) continue;
        if (t.negated(h.t0) || t.sentenceOf(h.t0).question || (t.frameOver(h.t0, h.t1) & REPORT && !openLetter(t, h) && !(kind === 'violence' && conditional(t, h))) || quoted) continue;
        const soft = (kind === 'violence' && SOFT_VIOLENCE.has(t.key(h.t0))) || h.entry.fields.includes('soft');
        // "if he calls me 'the foot girl' one more time I'll snap his ankle": the report lies in the
        // condition; the first-person intent is the poster's own.
        push(h, soft ? 'medium' : 'high', soft ? 0.6 : 0.85, 'Threatens someone', targetOf(t, post, ownAccounts, h, true) ?? 'you', kind === 'violence' && conditional(t, h));
        continue;
      }
      if (kind === 'incite') {
        if (!incitement(t, h, ins)) continue;
        const mild = h.entry.fields.includes('person');
        push(h, mild ? 'medium' : 'high', mild ? 0.6 : 0.7, 'Harasses someone or sets others on them', targetOf(t, post, ownAccounts, h, true) ?? 'third');
        continue;
      }
      if (kind === 'stated') {
        if (t.negated(h.t0) || t.negationIn(Math.max(0, h.t0 - 4), h.t0) || t.sentenceOf(h.t0).question || quoted) continue;
        // "I'm telling them where to stick it": the poster's own words, not a report of someone else's.
        const mine = t.findKey(t.clauseStart(h.t0), h.t0, FIRST) >= 0;
        push(h, 'medium', 0.6, 'Says they will tell someone off abusively', targetOf(t, post, ownAccounts, h, true) ?? 'third', mine);
        continue;
      }
      if (kind === 'severe' || kind === 'command') {
        // "nobody likes you", "you disgust me": the phrase names its own target.
        // `you`: the list says the phrase is aimed at the reader ("kys", "no wonder your fella left").
        const addressed = h.entry.fields.includes('you') || /\b(you|ur|u|yourself|urself|yourselves)\b|(you|yu|ku)$/.test(h.entry.term);
        // "the Tories can get in the sea": dismissed in the third person.
        const can = !addressed && kind === 'command' && canCommand(t, h);
        if (!addressed && !can && !imperative(t, h)) continue;
        const target: Target | null = addressed ? 'you' : can ? 'third' : (targetOf(t, post, ownAccounts, h, true) ?? (kind === 'severe' ? 'you' : null));
        if (!target || (quoted && target !== 'mention' && target !== 'reply')) continue;
        if (t.negated(h.t0) || t.sentenceOf(h.t0).question) continue;
        const strong = kind === 'severe' || /\b(fuck|fk|fck|fuk|fuq|fcuk|fek)/.test(h.entry.term);
        push(h, strong ? 'high' : 'medium', kind === 'severe' ? 0.9 : 0.75, kind === 'severe' ? 'Urges someone to harm themselves or wishes them dead' : 'Tells someone off abusively', target);
        continue;
      }
      if (kind === 'adj') {
        // Said of the person addressed or described: "you're so stupid", "ur ugly", "he is pathetic".
        const sent = t.sentenceOf(h.t0);
        const a = Math.max(sent.t0, h.t0 - 3);
        if (t.negationIn(a, h.t0) || t.negated(h.t0) || quoted || sent.question) continue;
        // "that thread about you was vile": a "you" after a preposition is not what the word describes.
        const yi = t.findKey(a, h.t0, SECOND_PERSON);
        let you = false;
        for (let i = yi; i >= 0 && i < h.t0; i++) if (SECOND_PERSON.has(t.key(i)) && !OBJECT_OF.has(t.key(i - 1))) you = true;
        const third = yi < 0 && t.findKey(a, h.t0, THIRD_SUBJECT) >= 0;
        if ((you || third) && t.findKey(a, h.t0, ADJ_SUBJECT) >= 0) {
          push(h, harsh ? 'high' : 'medium', third ? 0.55 : 0.65, 'Insults someone', third ? 'third' : 'you');
          continue;
        }
        // "my educator is a vile woman": a description that names its person, said of someone.
        if (h.t1 - h.t0 > 1 && NAMES_PERSON.test(h.entry.term) && THIRD_COPULA.has(t.key(h.t0 - 1))) {
          push(h, harsh ? 'high' : 'medium', 0.55, 'Insults someone', 'third');
          continue;
        }
        // "some people are just thick as mince": a simile said of people after a copula.
        if (h.t1 - h.t0 > 2 && simileOfPeople(t, h)) {
          push(h, 'medium', 0.55, 'Insults someone', 'third');
          continue;
        }
        // "thick as sh1t patients", "useless lazy students": said of the people the noun names.
        let n = h.t1;
        while (n < Math.min(h.t1 + 3, sent.t1) && (ins.some((d) => d.t0 === n && d.entry.tag === 'adj') || t.hits(LEADS).some((d) => d.t0 === n) || FILLER.has(t.key(n)))) n++;
        // "the most incompetent person ever", "the most arrogant consultant": a superlative makes any
        // listed description an insult of the person it names (not of patients: "the most delusional patients").
        const superlative = (SUPERLATIVE.has(t.key(h.t0 - 1)) || /est$|^most /.test(h.entry.term)) && !SERVICE_USERS.has(t.key(n));
        // The person must be in the same sentence ("... mildly thick. Student SLT brain is full" is not).
        if ((h.t1 - h.t0 > 1 || ATTRIBUTIVE.has(h.entry.term) || superlative) && n < sent.t1 && PERSON_NOUN.has(t.key(n)) && !ofA(t, h)) {
          push(h, harsh ? 'high' : 'medium', 0.55, 'Insults someone', 'third');
          continue;
        }
        // "@x pathetic.", or "Pathetic." in a reply: the word is the whole answer to someone.
        if (alone(t, sent, h)) {
          const target = targetOf(t, post, ownAccounts, h, true);
          if (target === 'mention' || target === 'reply') push(h, 'medium', 0.6, 'Insults someone', target);
        }
        continue;
      }
      if (kind === 'ambig' && !ambigAimed(t, h, ins) && !coordinated(h)) continue;
      // "a nightmare of a shift", "what a joke of a rota": said of a thing, not a person.
      if (ofA(t, h)) continue;
      const target = targetOf(t, post, ownAccounts, h, true) ?? described(h) ?? coordinated(h) ?? (prohibitive(t, h) ? 'third' : null);
      if (!target || (quoted && target === 'you')) continue;
      // "'Muppet' got banned in our staff room ... the muppet jar": the word, not a name for anyone.
      if (target === 'third' && mentioned(t, ins, h)) continue;
      // A clown emoji said of no one in particular ("Circus trip 🤡") is no name; beside a name it is ("clown behaviour 🤡").
      if (target === 'third' && t.tokens[h.t0]!.flags & EMOJI && !ins.some((o) => o !== h && t.tokens[o.t0]!.sn === t.tokens[h.t0]!.sn && !(t.tokens[o.t0]!.flags & EMOJI))) continue;
      if (t.negationIn(Math.max(0, h.t0 - 3), h.t0) && !prohibitive(t, h)) continue;
      const high = harsh && target !== 'third';
      push(h, high ? 'high' : 'medium', high ? 0.8 : target === 'third' ? 0.55 : 0.75, 'Calls someone names', target);
    }

    for (const h of prof) {
      // A word an insult reading already claimed is judged again: the more serious reading wins (push).
      if (clinical(t, h) || praise(t, h)) continue;
      const strength = h.entry.tag;
      if (strength === 'mild') continue;
      const fields = h.entry.fields;
      // "ffs", "wtf": said of the situation; the profanity rule reports them.
      if (fields.includes('interj')) continue;
      // "you little sh1t", "you stupid shite": a swear word after "you" and a description is a name.
      const vocative = AMBIG_LEAD.has(t.key(h.t0 - 1)) && VOCATIVE.has(t.key(h.t0 - 2));
      const noun = (vocative || fields.includes('noun') || prof.some((o) => o !== h && o.t0 === h.t0 && o.entry.fields.includes('noun'))) && !ofA(t, h);
      if (fields.includes('ambig') && !ambigAimed(t, h, ins) && !coordinated(h)) continue;
      const target = targetOf(t, post, ownAccounts, h, noun) ?? aimedAt.get(h.t1) ?? (noun ? coordinated(h) : null) ?? (prohibitive(t, h) ? 'third' : null);
      if (!target) continue;
      if (t.quotedSpan(h.t0, h.t1) && !(target === 'mention' || (target === 'reply' && isReply(post)))) continue;
      if (t.negationIn(Math.max(0, h.t0 - 2), h.t0) && target === 'third' && !prohibitive(t, h)) continue;
      const harsh = fields.includes('harsh') && noun;
      const severity: Severity = (strength === 'strong' || harsh) && target !== 'third' ? 'high' : 'medium';
      push(h, severity, target === 'third' ? 0.55 : 0.8, 'Swears', target);
    }

    // Ill wishes: "hope her car gets keyed", "hope you trip over your lanyard".
    if (t.has(AGGRESSION)) {
      const wishes = t.hits(AGGRESSION).filter((h) => h.entry.tag === 'wish');
      const harms = wishes.length ? t.hits(AGGRESSION).filter((h) => h.entry.tag === 'harm') : [];
      for (const w of harms.length ? wishes : []) {
        // The poster's own wish ("honestly hope ..."), whatever the subject says ("the student who reported me").
        const own = w.t0 === t.clauseStart(w.t0) || OWN_WISH.has(t.key(w.t0 - 1));
        if (t.sentenceOf(w.t0).question || t.quotedSpan(w.t0, w.t1) || (!own && t.frameOver(w.t0, w.t1) & REPORT)) continue;
        const found = wishedHarm(t, w, harms);
        if (!found) continue;
        const h = { ...found.harm, t0: w.t0 };
        const harsh = found.harm.entry.fields.includes('harsh');
        push(h, harsh ? 'high' : 'medium', harsh ? 0.75 : 0.6, 'Wishes someone harm', found.you ? 'you' : 'third', own);
      }
    }
    // A knife or gun emoji aimed at someone, beside a name, a swear word or a meeting: a threat.
    if (t.has(AGGRESSION)) {
      for (const h of t.hits(AGGRESSION)) {
        if (h.entry.tag !== 'weapon' || t.quotedSpan(h.t0, h.t1)) continue;
        const gate = learnedGate(t, post, ownAccounts);
        if (!gate || (!gate.strong && gate.who !== 'you')) break;
        const hostile = out.length > 0 || ins.some((d) => NAME_KINDS.has(d.entry.tag)) || prof.some((p) => p.entry.tag !== 'mild');
        if (!(hostile || (gate.strong && meeting(t, h)))) break;
        push(h, 'high', 0.6, 'Threatens someone', gate.who);
        break;
      }
    }
    if (out.length === 0) return learnedAbuse(post, t, ownAccounts);
    // One finding per post: the most serious, with every piece of evidence.
    let top = out.reduce((a, b) => (rank[b.severity ?? 'low'] > rank[a.severity ?? 'low'] || (b.severity === a.severity && b.confidence > a.confidence) ? b : a));
    // Names called and harm wished on top of them ("a vile woman. hope her car gets keyed"): delete level.
    if (top.severity === 'medium' && out.some((f) => f.what === 'Wishes someone harm') && out.some((f) => f.what !== 'Wishes someone harm')) top = { ...top, severity: 'high' };
    const evidence = tidy(out.flatMap((f) => f.evidence));
    const quoted = evidence.length === 1 ? q(evidence[0]!) : qList(evidence);
    const finding: RuleFinding = {
      topic: 'communication.abuse',
      severity: top.severity,
      confidence: top.confidence,
      message: `${top.what} ${WHO[top.target]}: ${quoted}. Abusive or insulting language towards others falls short of communicating respectfully.`,
      evidence,
    };
    // Name-calling of someone described in the third person, nothing aimed at anyone and no threat:
    // another concern's finding on the same words explains the post (combine.ts).
    // Swear words used as names ("that twat in the band 7 office") stay: the swearing is the problem.
    const swears = prof.some((p) => p.entry.tag !== 'mild' && !p.entry.fields.includes('interj') && used.has(p.t0));
    const third = !swears && top.severity !== 'high' && out.every((f) => f.target === 'third' && !AIMED_ACTS.has(f.what));
    return [third ? secondary(finding, 'third') : finding];
  },
};
