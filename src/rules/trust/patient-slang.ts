import type { Severity } from '../../model/finding.js';
import type { Rule, RuleFinding } from '../types.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import type { Evidence } from '../../model/finding.js';
import { DEBUNK, META, REPORT, defineLexicon, loadLexicon, outermost, q, qList, tidy } from '../text/index.js';
import { patientRefs, workRefs } from '../common/lexicons.js';
import { CONDITIONS } from '../confidentiality/context.js';
import { ENCOUNTER } from '../boundaries/shared.js';
import { COLLEAGUES } from './disparaging-colleagues.js';

const SLANG = loadLexicon(new URL('./patient-slang.txt', import.meta.url));
const MOCKING = loadLexicon(new URL('./mocking.txt', import.meta.url));
/** Callous things said about patients ("if she wanted to die she'd have done it properly"), and mocking their illness with laughter. */
const CALLOUS = loadLexicon(new URL('./callous.txt', import.meta.url));
/** Words about dying and self-harm that make "done it properly" about suicide. */
const CONTEMPT = loadLexicon(new URL('./contempt.txt', import.meta.url));
/** Words that stand for patients in a mocking post ("another heroin addict", "a 40-stone patient", "the public"). */
const PATIENTISH = new Set([
  'addict', 'addicts', 'junkie', 'junkies', 'drunk', 'drunks', 'alcoholic', 'alcoholics', 'overdosed', 'overdosing', 'overdose', 'overdoses', 'self-harmer',
  'harmer', 'harmers', 'public', 'punters', 'obese', 'stone', 'dementia', 'psych', 'frequent', 'attenders', 'attender', 'regulars', 'smackhead', 'smackheads',
  'crackhead', 'crackheads', 'pisshead', 'pissheads', 'buzzer', 'relatives', 'relative', 'fatties', 'smokers', 'drinkers', 'parents', 'teenager',
  'teenagers', 'bell', 'lady', 'man', 'bloke', 'woman', 'gent', 'mum', 'dad', 'lot', 'bum', 'bums', 'diabetic', 'diabetics', 'caseload',
  'bay', 'bays', 'cubicle', 'cubicles', 'waiting', 'appointment', 'appointments', 'session', 'sessions', 'assessment', 'assessments', 'resident', 'residents', 'gentleman', 'guy', 'fella', 'chap', 'client', 'clients', 'customer', 'customers', 'daughter', 'son', 'family', 'families', 'complaint', 'complaints',
]);
/** People words that, in a post about work, stand for patients. */
const PEOPLE = new Set(['his', 'their', 'people', 'someone', 'somebody', 'everyone', 'folk', 'folks', 'person', 'one', 'ones', 'student', 'students', 'lad', 'lads', 'girl', 'girls', 'guy', 'guys', 'kid', 'kids', 'they', 'them', 'he', 'she', 'him', 'her']);
/** Warmth that makes laughter affectionate ("keeps calling me her granddaughter 😂 love her"). */
const WARMTH = new Set(['love', 'loved', 'lovely', 'bless', 'sweet', 'sweetest', 'legend', 'adore', 'adorable', '❤️', '❤', '🥰', '💕', '💙', 'heart', 'kind', 'gorgeous', 'precious', 'cute', 'favourite', 'proud', 'brilliant', 'amazing', 'lovelies']);
/** A patient named by their appointment slot: "my 2pm", "the 10.30". */
function slotted(t: TextAnalysis): boolean {
  for (let i = 1; i < t.tokens.length; i++) if (SLOT.test(t.key(i)) && (t.key(i - 1) === 'my' || t.key(i - 1) === 'the')) return true;
  return false;
}
const SLOT = /^\d{1,2}(?:[:.]\d\d)?(?:am|pm)$|^\d{1,2}[:.]\d\d$/;
/** Warm words in the post; "love" only as affection ("love her", "I love"), not as a form of address ("Love, you're ..."). */
function warmth(t: TextAnalysis, near?: ReadonlySet<number>): boolean {
  for (let i = t.findKey(0, t.tokens.length, WARMTH); i >= 0 && i < t.tokens.length; i = t.findKey(i + 1, t.tokens.length, WARMTH)) {
    // Only warmth in the sentence with the contempt or just after it counts ("... 40 times 🙄 Love her though"), not
    // warmth about something else before it ("Team are lovely. Caseload is old dears who smell like wee lol").
    const sn = t.tokens[i]!.sn;
    if (near && !near.has(sn) && !near.has(sn - 1)) continue;
    // "a heart attack", "heart failure": the organ, not affection.
    if (t.key(i) === 'heart' && HEART_CLINICAL.has(t.key(i + 1))) continue;
    if (t.key(i) !== 'love') return true;
    // "Love, you're ...": a comma after it makes it a form of address.
    const vocative = i + 1 < t.tokens.length && t.norm.slice(t.tokens[i]!.e, t.tokens[i + 1]!.s).includes(',');
    if (!vocative && (LOVE_BEFORE.has(t.key(i - 1)) || LOVE_AFTER.has(t.key(i + 1)))) return true;
  }
  return false;
}
const HEART_CLINICAL = new Set(['attack', 'attacks', 'failure', 'rate', 'disease', 'condition', 'surgery', 'murmur', 'problems', 'problem', 'valve', 'rhythm', 'block', 'sounds', 'scan', 'monitor', 'transplant', 'bypass']);
const LOVE_BEFORE = new Set(['i', 'we', "i'd", 'id', 'so', 'absolutely', 'really', 'just', 'much', 'lots', 'of', 'with', 'the', 'my', 'such', 'in']);
const LOVE_AFTER = new Set(['her', 'him', 'them', 'it', 'this', 'that', 'my', 'our', 'you', 'u', 'ya', 'these', 'those', 'seeing', 'working', 'when', 'how', 'the', 'x', 'xx', '❤️', '❤']);
/** A complaint about a patient's behaviour, which an eye-roll turns into mockery ("rung her bell 40 times tonight 🙄"). */
/** Animals after an adjective of contempt ("feral cats"): not said of people. */
const ANIMALS = new Set(['cat', 'cats', 'kitten', 'kittens', 'dog', 'dogs', 'puppy', 'puppies', 'pigeon', 'pigeons', 'fox', 'foxes', 'seagull', 'seagulls', 'rats', 'horse', 'horses', 'pony', 'goats', 'chickens', 'hens', 'ferrets', 'rabbits']);
/** Sentence openings that make the poster the one things happen to ("My accent gets mocked every time"). */
const POSTER_FIRST = new Set(['my', 'i', "i'm", 'im', 'me', "i've", 'ive']);
const COMPLAINT = new Set(['again', 'back', 'times', 'keeps', 'kept', 'always', 'every', 'constantly', 'apparently', 'allegedly', 'supposedly', 'insisted', 'insists', 'demanded', 'demanding']);
/** Adjectives that describe a body before a patient word; insults only with laughter. */
const DESCRIPTIVE = new Set(['fat', 'obese']);
/** Words that are rights before "to" ("entitled to", "deserve to"). */
const RIGHTS = new Set(['entitled', 'entitlement']);
/** Verbs of saying before a quoted claim, and the pronoun that may sit between. */
const SAYING = new Set(['say', 'says', 'said', 'saying', 'telling', 'tells', 'told', 'claims', 'claimed', 'claiming', 'swears', 'swore', 'insists', 'insisted', 'reckons', 'reckoned', 'apparently', 'because', 'cos', 'coz',
  // Fifth pass: what a patient demanded, quoted back at them ("wanted 'the strong stuff'"), and a call quoted after an eye-roll.
  'wanted', 'wants', 'demanded', 'demanding', 'demands', 'requested', '🙄', '🙃']);
const THIRD = new Set(['he', 'she', 'they', 'i', 'me', 'us', 'you', 'him', 'her', 'them', 'was', 'is', "wasn't", "isn't"]);
/** Words counting a presentation as one of a series, before a quote (at most one word between: "another nan's 'social admission'"). */
const SERIES = new Set(['another', 'third', 'fourth', 'fifth', 'sixth', 'nth', 'latest', 'usual', 'yet']);
function seriesBefore(t: TextAnalysis, i: number): boolean {
  return SERIES.has(t.key(i - 1)) || (SERIES.has(t.key(i - 2)) && /^\p{L}/u.test(t.key(i - 1)));
}
/** A verb of saying just before token i, with at most two pronouns between ("telling you he 'barely eats'"). */
function saidBefore(t: TextAnalysis, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (SAYING.has(t.key(j))) return true;
    if (!THIRD.has(t.key(j))) return false;
  }
  return false;
}
/** Symptoms written in scare quotes ("'chest pain'") to mock them. */
const SYMPTOMS = new Set(['pain', 'chest', 'headache', 'collapse', 'collapsed', 'seizure', 'fit', 'allergic', 'allergy', 'unconscious', 'faint', 'fainted', 'dizzy', 'anxiety', 'depressed', 'poorly', 'sick', 'ill', 'agony', 'emergency', 'suicidal', 'overdose']);
/** Reporting or challenging what others say about patients. */
const COUNTER =
  /\b(?:(?:tired|sick|fed up|bored) of (?:people|hearing|colleagues|staff|everyone|seeing|reading)|(?:people|colleagues|staff|someone|visitors?) (?:saying|calling|who say|who call)|stop (?:saying|calling|using)|challeng(?:e|ed|es|ing) (?:it|them|him|her|this|that)|reported (?:it|them|him|her|this|that|the (?:post|video|account|comment))|overheard|over heard|(?:heard|hearing) (?:a|someone|colleagues?|staff|a visitor|people|a relative|another)\b|made me (?:wince|cringe|shudder|sad|angry|uncomfortable)|we (?:can|must|should) do better)/;
/** Posts about stigma and language, which quote contempt in order to challenge it. */
const STIGMA = new Set(['stigma', 'stigmatising', 'stigmatizing', 'dehumanising', 'dehumanizing',
  // Sixth pass: the verbs and their inflections ("dehumanises the people we care for", "it stigmatises", "demeaning").
  'dehumanises', 'dehumanizes', 'dehumanise', 'dehumanize', 'dehumanised', 'dehumanized', 'stigmatises', 'stigmatizes', 'stigmatise', 'stigmatize', 'stigmatised', 'stigmatized', 'demeaning', 'degrading', 'othering', 'derogatory', 'disrespectful', 'unacceptable', 'language', 'offensive', 'stereotypes', 'stereotype', 'prejudice', 'judgemental', 'judgmental']);
const SYMPTOM_WORDS = defineLexicon('trust/symptom-words', [...SYMPTOMS].join('\n'));
const DEATH = new Set(['die', 'died', 'dying', 'dead', 'death', 'kill', 'killed', 'suicide', 'suicidal', 'overdose', 'overdosed', 'od', "od'd", 'ligature', 'jump', 'jumped', 'self-harm', 'selfharm', 'cutting', 'cut', 'tablets', 'paracetamol', 'attempt', 'attempts']);

/** Other senses: airline schemes, airport lounges. */
const ROLLED = /🙄|🤦|😒|🥱/u;
const TRAVEL_AFTER = new Set(['miles', 'points', 'club', 'programme', 'program', 'scheme', 'status', 'card', 'lounge', 'number', 'avios', 'membership', 'perks', 'account', 'tier']);
const TRAVEL = /\b(flight|flights|airport|airline|holiday|heathrow|gatwick|easyjet|ryanair|plane|boarding)\b/i;
/** Words allowed between a patient and what is said of them ("patients are SO thick"). */
const LINK = new Set(['is', 'are', 'was', 'were', 'so', 'such', 'a', 'an', 'absolutely', 'proper', 'bloody', 'fucking', 'utterly', 'complete', 'total', 'really', 'being', 'the', 'most', 'just', 'all', 'too', 'literally', 'actually', 'being', 'extremely', 'very', 'get', 'getting']);

function linked(t: TextAnalysis, a: number, b: number): boolean {
  if (b - a > 4) return false;
  for (let i = a; i < b; i++) if (!LINK.has(t.key(i))) return false;
  return true;
}

export const patientSlangRule: Rule = {
  meta: {
    id: 'trust/patient-slang',
    concern: 'trust',
    topics: ['trust.disparaging-patients'],
    description: 'Mocking or disparaging patients, including derogatory medical slang ("frequent flyer", "bed blocker", "GOMER", "acopia").',
    severity: 'medium',
  },
  check(_post, { text: t }) {
    const found = findings(t);
    // Counter-speech: "Tired of people saying overdose patients are attention seekers", "Overheard ... Challenged it."
    return found.length > 0 && COUNTER.test(t.norm) ? [] : found;
  },
};

function findings(t: TextAnalysis): RuleFinding[] {
  if (t.has(CALLOUS)) {
    const callous = callousFinding(t);
    if (callous) return [callous];
  }
  const slang = t.has(SLANG) || (t.has(MOCKING) && t.hits(MOCKING).some((m) => m.entry.tag === 'insult')) ? slangFindings(t) : [];
  // A label read as said of patients only because of an eye-roll gives way to the contempt that eye-roll is part of.
  if (slang.length > 0 && ROLLED.test(t.text) && !(patientRefs(t).length > 0 || workRefs(t, true).length > 0 || CALLS_IN.test(t.norm))) {
    const mock = contemptFinding(t);
    if (mock) return [mock];
  }
  if (slang.length > 0) return slang;
  if (t.has(CONTEMPT) || t.text.includes('AGAIN') || (t.mayQuote && t.has(SYMPTOM_WORDS))) {
    const mock = contemptFinding(t);
    if (mock) return [mock];
  }
  if (t.has(FILMED)) {
    const filmed = filmedForLaughs(t);
    if (filmed) return [filmed];
  }
  return [];
}

/**
 * Patients or the dead filmed or photographed for laughs or for an audience: a filming word, a patient or a body in its
 * sentence, and laughter or sharing in the post ("filmed the dementia patients trying to find the exit for the group
 * chat 😂", "snapped her snoring ... group chat is loving it", "Took a pic with the body bag as a joke", "TikTok of me
 * dancing in a dead patient's slippers. 2M views"). Not negated, asked, reported or given as advice. Fifth pass, issue 6.
 */
const FILMED = defineLexicon(
  'trust/filmed',
  ['filmed/filming/videoed/videoing/recorded/recording/snapped/snapping/photographed/photographing', 'took/taking/take a/an pic/photo/picture/selfie/video/vid/snap/tiktok/boomerang', 'tiktok/video/vid/selfie/pic/photo/reel of'].join('\n'),
);
const CARE_PLACE = /\b(?:bay|bed|ward|resus|cubicle|side room|majors|day room|lounge|unit|care home|clinic)\b/;
const FILMED_PEOPLE = new Set(['man', 'woman', 'bloke', 'lady', 'fella', 'gent', 'lad', 'girl', 'boy', 'client', 'clients', 'kid', 'child', 'men', 'women', 'ladies', 'gents', 'lads', 'girls', 'boys', 'blokes', 'dears', 'dear', 'residents', 'resident', 'oldies', 'fellas', 'kids', 'children']);
const CONSENTED = /\b(?:consent(?:ed)?|permission|teaching|training|educational|volunteers?|the trust'?s|comms team|official)\b/;
const DEAD = /\b(?:body bag|dead (?:patient|man|woman|lady|gent|body)|deceased|corpse|the body|mortuary|rigor)\b/;
const AUDIENCE = /\b(?:group ?chat|whatsapp|as a joke|for a laugh|for the lads|for the girls|in stitches|loving it|views|likes|content|went viral|for the gram|insta(?:gram)?|tiktok|snapchat|story)\b/;
function filmedForLaughs(t: TextAnalysis): RuleFinding | undefined {
  const laugh = t.has(MOCKING) && t.hits(MOCKING).some((m) => m.entry.tag === 'laugh');
  if (!laugh && !AUDIENCE.test(t.norm)) return undefined;
  const refs = patientRefs(t, true);
  for (const h of t.hits(FILMED)) {
    const s = t.sentenceOf(h.t0);
    if (s.question || t.negated(h.t0) || t.frameOver(h.t0, h.t1) & (REPORT | META | DEBUNK)) continue;
    const sentText = t.norm.slice(t.tokens[s.t0]!.s, t.tokens[s.t1 - 1]!.e);
    // Filmed with consent, for teaching or by the organisation: not mockery.
    if (CONSENTED.test(t.norm)) continue;
    // The patient filmed: a patient word just after the filming word (not a possessive: "my patient's dog"), a pronoun
    // for a patient named in this or the sentence before ("snapped her snoring"), or a body ("a pic with the body bag").
    const end = Math.min(s.t1, h.t1 + 6);
    // Or people found in a place of care ("the old boys in bay 4").
    const inCare = CARE_PLACE.test(sentText) && t.findKey(h.t1, end, FILMED_PEOPLE) >= 0;
    const object = inCare || refs.some((r) => r.t0 >= h.t1 && r.t0 < end && !/'s$/.test(t.key(r.t1 - 1)));
    const pronoun = ['her', 'him', 'them'].includes(t.key(h.t1)) && refs.some((r) => Math.abs(t.tokens[r.t0]!.sn - t.tokens[h.t0]!.sn) <= 1);
    if (!object && !pronoun && !DEAD.test(sentText)) continue;
    const ev = t.span(h.t0, Math.min(s.t1, h.t1 + 6));
    return {
      topic: 'trust.disparaging-patients',
      severity: 'high',
      confidence: 0.75,
      message: `Describes filming or photographing a patient or the dead for laughs or an audience (${q(ev)}). Treating the people in your care as content undermines the public's trust in you and your profession.`,
      evidence: [ev],
    };
  }
  return undefined;
}

/** Derogatory slang ("GOMER", "bed blocker") and insults said of patients ("patients are so thick"). */
function slangFindings(t: TextAnalysis): RuleFinding[] {
  if (t.findKey(0, t.tokens.length, STIGMA) >= 0 && t.mayQuote) return [];
  const refs = patientRefs(t);
  // Someone who rings 999 or 111 is, to the crew, a patient ("the one who rings 999 for a foot itch").
  const context = refs.length > 0 || workRefs(t, true).length > 0 || CALLS_IN.test(t.norm);
  const out: RuleFinding[] = [];
  for (const h of outermost(t.hits(SLANG))) {
    if (t.frameOver(h.t0, h.t1) & (REPORT | META | DEBUNK)) continue;
    if (heldUp(t, h)) continue;
    if (h.entry.tag === 'context') {
      // Two different derogatory labels ("Drug seekers queuing again. Junkies gonna junk") need no other context.
      // An eye-roll or a face-palm at the label is contempt enough to read it as said of patients ("Frequent flyer season is open 🙄").
      if (!context && !twoLabels(t) && !ROLLED.test(t.text)) continue;
      if (TRAVEL_AFTER.has(t.key(h.t1)) || TRAVEL.test(t.text)) continue;
    }
    const ev = t.hitSpan(h);
    out.push({
      topic: 'trust.disparaging-patients',
      // Mocking labels in a post about work or patients are delete level, as the labelling guide has it.
      severity: h.entry.tag === 'context' && (context || twoLabels(t)) ? 'high' : ((h.entry.fields[0] ?? 'medium') as Severity),
      confidence: h.entry.tag === 'slang' ? 0.85 : 0.78,
      message: `Uses derogatory slang about patients (${q(ev)}). Mocking the people in your care undermines the public's trust in you and your profession.`,
      evidence: [ev],
    });
    break;
  }
  if (out.length > 0 || !t.has(MOCKING)) return out;
  if (refs.length === 0) return context ? personFindings(t) : out;
  // "deaf and dumb" is an old name for being mute, not an insult (the discrimination rules weigh it).
  const insults = t.hits(MOCKING).filter((m) => m.entry.tag === 'insult' && !(t.key(m.t0) === 'dumb' && t.key(m.t0 - 1) === 'and' && t.key(m.t0 - 2) === 'deaf') && !termOfArt(t, m.t0));
  const laughs = t.hits(MOCKING).filter((m) => m.entry.tag === 'laugh');
  for (const r of refs) {
    for (const m of insults) {
      const after = m.t0 >= r.t1 && linked(t, r.t1, m.t0);
      // "fat patients" describes; it mocks only with laughter or an eye-roll ("fat patients 😂").
      const describes = DESCRIPTIVE.has(t.key(m.t0)) && laughs.length === 0 && !t.has(CONTEMPT) && !insults.some((o) => o !== m && !DESCRIPTIVE.has(t.key(o.t0)));
      const before = m.t1 <= r.t0 && r.t0 - m.t1 <= 1 && !describes;
      if (!after && !before) continue;
      if (t.negated(m.t0) || t.frameOver(Math.min(r.t0, m.t0), Math.max(r.t1, m.t1)) & (REPORT | META | DEBUNK)) continue;
      // Quoted as a view held up for challenge ("The 'fat patients don't deserve physio' crowd").
      if (t.mayQuote && t.inQuotes(m.t0) && t.inQuotes(r.t0)) continue;
      const ev = t.span(Math.min(r.t0, m.t0), Math.max(r.t1, m.t1));
      const laughing = laughs.some((l) => t.tokens[l.t0]!.sn === t.tokens[m.t0]!.sn);
      return [
        {
          topic: 'trust.disparaging-patients',
          // An insult said of a patient is delete level: the panel reads it as contempt for the people in your care.
          severity: 'high',
          confidence: laughing ? 0.85 : 0.8,
          message: `Disparages patients (${q(ev)}). Mocking the people in your care undermines the public's trust in you and your profession.`,
          evidence: [ev],
        },
      ];
    }
  }
  return personFindings(t);
}

/** People words that, in a post about work or patients, stand for the person being cared for. */
const PERSONS = new Set([
  'man', 'woman', 'bloke', 'lady', 'fella', 'fellow', 'gent', 'gentleman', 'guy', 'lad', 'girl', 'chap', 'geezer', 'he', 'she', 'him', 'her', 'they', 'them',
  "he's", "she's", "they're", 'hes', 'shes', 'theyre', 'client', 'clients', 'family', 'families', 'relatives', 'mum', 'dad', 'son', 'daughter', 'kid', 'child', 'boy',
]);
/** Words that make an insult a name for someone ("another whale", "a right nutter", "pure timewaster"). */
const NAMING = new Set(['a', 'an', 'another', 'right', 'proper', 'pure', 'total', 'absolute', 'complete', 'utter', 'such', 'this', 'that', 'our', 'resident', 'usual', 'regular']);
/** A patient or being on duty (strong work words only) in the sentence. */
function careIn(t: TextAnalysis, s: { t0: number; t1: number }): boolean {
  return patientRefs(t, true).some((r) => r.t0 >= s.t0 && r.t0 < s.t1) || workRefs(t).some((w) => w.t0 >= s.t0 && w.t0 < s.t1) || t.findKey(s.t0, s.t1, CARE_PLACES) >= 0;
}
const CARE_PLACES = new Set(['resus', 'majors', 'minors', 'ambulance', 'clinic', 'ward', 'caseload', 'theatre', 'theatres', 'bay', 'cubicle', 'a&e', 'icu', 'itu', 'hdu', 'plinth', 'couch', 'scanner', 'caseload']);
/** Words that may stand with an insult in a sentence of its own ("Pathetic.", "rank. absolutely rank.", "Liar."). */
const ALONE = new Set([...LINK, 'what', 'a', 'an', 'absolute', 'utter', 'pure', 'total', 'complete', 'right', 'proper', 'honestly', 'tbh', 'lol', 'mate', 'love', 'hun', 'jeez', 'omg', 'god', 'ffs', 'sake', 'for', 'how', 'seriously', 'yeah', 'ok', 'okay', 'no', 'wow']);

/**
 * Insults about a person in a post about work or patients, with no patient word beside them: said of
 * "the bloke", "she", "this man" ("That bloke in resus was so ugly", "she's such a needy moaner"), used
 * as a name ("Another whale on the x-ray table", "a right nutter on the ambulance"), or standing as a
 * sentence of its own ("... sprained ankle. Pathetic."). Not in sentences naming colleagues, whom the
 * colleagues rule weighs, and not reported, negated or quoted.
 */
function personFindings(t: TextAnalysis): RuleFinding[] {
  if (t.findKey(0, t.tokens.length, STIGMA) >= 0) return [];
  const about = patientRefs(t, true).length > 0 || workRefs(t, true).length > 0 || t.has(CONDITIONS) || t.has(ENCOUNTER) || slotted(t);
  if (!about) return [];
  for (const m of t.hits(MOCKING)) {
    if (m.entry.tag !== 'insult' || DESCRIPTIVE.has(t.key(m.t0)) || termOfArt(t, m.t0)) continue;
    // "support they're entitled to": a right, not entitlement.
    if (RIGHTS.has(t.key(m.t0)) && t.key(m.t1) === 'to') continue;
    if (t.negated(m.t0) || t.frameOver(m.t0, m.t1) & (REPORT | META | DEBUNK)) continue;
    if (t.mayQuote && t.inQuotes(m.t0)) continue;
    const sent = t.sentenceOf(m.t0);
    if (t.hits(COLLEAGUES).some((c) => t.tokens[c.t0]!.sn === t.tokens[m.t0]!.sn)) continue;
    // The poster about themselves ("I'm so useless at this", "I was pathetic today").
    let self = false;
    for (let i = m.t0 - 1; i >= sent.t0 && i >= m.t0 - 4; i--) if (FIRST.has(t.key(i))) self = true;
    if (self) continue;
    let from = -1;
    // Said of a person word: "she's such a needy moaner", "that bloke in resus tonight was so ugly"
    // (link words back from the insult, one of them a copula, then a person word at most five words before).
    let j = m.t0 - 1;
    let copula = false;
    while (j >= sent.t0 && (LINK.has(t.key(j)) || COPULA.has(t.key(j)) || ADVERB.has(t.key(j)))) {
      if (COPULA.has(t.key(j))) copula = true;
      if (PERSONS.has(t.key(j))) break;
      j--;
    }
    if (j >= sent.t0 && PERSONS.has(t.key(j))) from = j;
    else if (copula) for (let i = j; i >= sent.t0 && i >= j - 5; i--) if (PERSONS.has(t.key(i))) { from = i; break; }
    // Used as a name for someone: "another whale", "a right nutter", "pure timewaster".
    // Only with care in the same sentence ("on the x-ray table", "in resus", a patient), not a stranger outside ("some clown parked ...").
    if (from < 0 && NAMING.has(t.key(m.t0 - 1)) && m.entry.fields[0] === 'name' && careIn(t, sent)) from = m.t0 - 1;
    // A sentence of its own: "Pathetic.", "Liar.", "rank. absolutely rank."
    if (from < 0 && sent.t1 - sent.t0 <= 4 && sent.t0 < m.t0 + 1) {
      let alone = true;
      for (let i = sent.t0; i < sent.t1; i++) if ((i < m.t0 || i >= m.t1) && !ALONE.has(t.key(i)) && /\p{L}/u.test(t.key(i))) alone = false;
      // Said of a person or patient named in the sentence before.
      const prev = sent.t0 > 0 ? t.sentenceOf(sent.t0 - 1) : undefined;
      const named = prev !== undefined && (t.findKey(prev.t0, prev.t1, PERSONS) >= 0 || patientRefs(t, true).some((r) => r.t0 >= prev.t0 && r.t0 < prev.t1));
      if (alone && named && !AMBIGUOUS.has(t.key(m.t0))) from = m.t0;
    }
    if (from < 0) continue;
    const ev = t.span(Math.min(from, m.t0), m.t1);
    return [
      {
        topic: 'trust.disparaging-patients',
        severity: 'high',
        confidence: 0.78,
        message: `Disparages someone in your care (${q(ev)}). Mocking the people in your care undermines the public's trust in you and your profession.`,
        evidence: [ev],
      },
    ];
  }
  return [];
}
/** Insults that, standing alone, are as likely about a day, a system or a thing ("Nightmare.", "Useless."). */
const AMBIGUOUS = new Set(['nightmare', 'nightmares', 'annoying', 'demanding', 'grim', 'gross', 'dense', 'dim', 'useless', 'thick', 'fat', 'obese', 'deserve', 'deserves', 'deserved', 'stinks', 'stank', 'entitled', 'filthy', 'manky']);
const COPULA = new Set(['is', 'are', 'was', 'were', "he's", "she's", "they're", 'hes', 'shes', 'theyre', 'being', 'looked', 'looks', 'seemed', 'seems']);
const ADVERB = new Set(['needy', 'little', 'old', 'big', 'fat', 'right', 'massive', 'such', 'so', 'as', 'honestly', 'genuinely', 'properly', 'bloody', 'fucking', 'effing', 'lazy', 'whiny', 'whingy']);
const FIRST = new Set(['i', "i'm", 'im', "i've", 'ive', 'me', 'myself', 'we', "we're", 'us']);

const MOANS = new Set(['moaning', 'whinging', 'whingeing', 'whining', 'whinge', 'moan', 'rant', 'ranting']);
const OWN_MOAN = new Set(['enough', 'my', 'sorry', 'less', 'apologies', 'for', "i'm", 'im', 'am', 'me', 'without', 'stopped']);
const CALLS_IN = /\b(?:rings?|rang|ringing|calls?|called|calling|dials?|dialled|dialing|dialling) (?:999|111|an ambulance|us out)\b/;
/** Care given or withheld ("any pain relief", "his meds"): a post about a patient's care. */
const CARE_GIVEN = /\b(?:pain relief|analgesia|morphine|oramorph|paracetamol|meds|medication|obs|fluids|cannula|sedation|oxygen)\b/;

/** "gross misconduct", "gross motor skills", "dense consolidation": an insult word that is a term of art before its noun. */
function termOfArt(t: TextAnalysis, i: number): boolean {
  const next = t.key(i + 1);
  return (t.key(i) === 'gross' && GROSS.has(next)) || ((t.key(i) === 'dense' || t.key(i) === 'dim') && next !== '' && !LINK.has(next) && !PERSONS.has(next));
}
const GROSS = new Set(['misconduct', 'negligence', 'motor', 'anatomy', 'income', 'pay', 'salary', 'domestic', 'profit', 'margin', 'haematuria', 'hematuria', 'deformity', 'examination', 'appearance', 'movement', 'movements', 'indecency', 'incompetence', 'breach', 'violation']);

/** Two context-slang labels at different places in the post, neither reported or quoted. */
function twoLabels(t: TextAnalysis): boolean {
  const hs = outermost(t.hits(SLANG)).filter((h) => h.entry.tag === 'context' && !(t.frameOver(h.t0, h.t1) & (REPORT | META | DEBUNK)) && !(t.mayQuote && t.quotedSpan(h.t0, h.t1)));
  return hs.length >= 2 && t.key(hs[0]!.t0) !== t.key(hs[hs.length - 1]!.t0);
}

/** Verbs of naming someone ("called an elderly patient a 'GOMER'", "label them 'bed blockers'"). */
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'calling', 'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling', 'dub', 'dubbed', 'nickname', 'nicknamed', 'refer', 'refers', 'referred', 'referring', 'describe', 'describes', 'described', 'describing', 'brand', 'branded', 'write', 'wrote', 'writes', 'written']);
/** What may follow a copula after a quoted label that is being defined or disputed ("'bed blocking' is a system failure"). */
const DEFINED_AS = new Set(['a', 'an', 'not', 'never', 'people', 'someone', 'somebody', 'patients', 'what', 'just', 'code', 'the', 'only', 'really', 'actually', 'no', 'nothing', 'outdated', 'offensive', 'derogatory', 'dehumanising', 'dehumanizing', 'lazy', 'meaningless']);
const DISCARD = new Set(['retire', 'retiring', 'retired', 'ban', 'banning', 'banned', 'drop', 'dropping', 'ditch', 'ditching', 'bin', 'binning', 'scrap', 'scrapping', 'banish', 'outlaw', 'stop', 'quit', 'avoid', 'avoiding', 'replace', 'replacing', 'challenge', 'challenging', 'challenged']);
const COPULAS = new Set(['is', 'are', "isn't", "aren't", 'isnt', 'arent', 'was', 'were', 'means', 'mean']);
const LABEL_LEAD = new Set(['a', 'an', 'the', 'our', 'my', 'another', 'resident', 'usual', 'regular', 'this', 'that', 'these', 'those', 'your', 'their']);
/**
 * A label in quotation marks held up rather than used: defined or disputed as the subject of a copula
 * ("'Bed blocking' is a system failure", "think 'acopia' is a diagnosis"), not "our 'frequent flyer' is back",
 * or someone else's naming ("a senior called an elderly patient a 'GOMER'"; not "I called him a 'GOMER'").
 */
function heldUp(t: TextAnalysis, h: Hit): boolean {
  // The label named as a word or a habit of speech, quoted or not: "GOMER is a disgusting term", "the 'GOMER' culture",
  // "'acopia' as a label" (a term, word, culture or language within a few words after it, in its sentence).
  const s0 = t.sentenceOf(h.t0);
  // Right after it, or after a copula and up to two describing words ("is a disgusting term"), not across a clause
  // ("the frequent flyer in bay 2 says the word 'sorry'").
  const term = t.findKey(h.t1, Math.min(s0.t1, h.t1 + 5), TERM_NOUNS);
  if (term >= 0 && (term === h.t1 || (COPULAS.has(t.key(h.t1)) && term - h.t1 <= 4 && t.findKey(h.t1 + 1, term, SAY) < 0))) return true;
  // "patients are too often labelled as drug-seeking", "get branded frequent flyers": the label in a passive naming, a
  // stigma described rather than applied. Sixth pass.
  {
    const v = t.key(h.t0 - 1) === 'as' ? h.t0 - 2 : h.t0 - 1;
    if (v > s0.t0 && NAMING_VERBS.has(t.key(v)) && PASSIVE.has(t.key(v - 1))) return true;
  }
  // "Medical slang like 'GOMER'", "terms such as bed blocker", "the word 'acopia'": a term noun just before it. Sixth pass.
  for (let i = h.t0 - 1; i >= Math.max(s0.t0, h.t0 - 3); i--) {
    if (TERM_NOUNS.has(t.key(i))) return true;
    if (!TERM_LEAD.has(t.key(i))) break;
  }
  if (!t.mayQuote || !t.quotedSpan(h.t0, h.t1)) return false;
  // "the 'GOMER' bits in old textbooks", "'Psycho patient' headline": a quoted label naming a thing said or printed.
  let end = h.t1;
  while (end < s0.t1 && t.inQuotes(end)) end++;
  if (SAID_THINGS.has(t.key(end))) return true;
  if (rebutted(t, h.t0)) return true;
  // "We say 'frequent attender', not 'frequent flyer'", "rather than 'bed blocker'": the word set against a better one.
  const before = t.key(h.t0 - 1);
  if (before === 'not' || before === 'never' || before === 'than' || (before === 'of' && t.key(h.t0 - 2) === 'instead') || SAY.has(before)) return true;
  // "'Acopia' on a discharge summary hides a person": the quoted word opening its sentence, found on a document.
  if (h.t0 === s0.t0 && (t.key(h.t1) === 'on' || t.key(h.t1) === 'in') && t.findKey(h.t1, Math.min(s0.t1, h.t1 + 4), DOCUMENTS) >= 0) return true;
  if (COPULAS.has(t.key(h.t1)) && DEFINED_AS.has(t.key(h.t1 + 1)) && !LABEL_LEAD.has(t.key(h.t0 - 1))) return true;
  // "Can we please retire 'bed blockers'?", "ban 'acopia' from handover": the word itself put away.
  if (t.findKey(Math.max(0, h.t0 - 3), h.t0, DISCARD) >= 0) return true;
  const sent = t.sentenceOf(h.t0);
  for (let i = h.t0 - 1; i >= Math.max(sent.t0, h.t0 - 8); i--) {
    if (!NAMING_VERBS.has(t.key(i))) continue;
    // The namer: the word before the verb, past auxiliaries ("I have called", "we'd call").
    let j = i - 1;
    while (j >= sent.t0 && AUX.has(t.key(j))) j--;
    return j < sent.t0 ? false : !FIRST.has(t.key(j)) && !OWN_AUX.has(t.key(j));
  }
  return false;
}
/** Verbs of saying and nouns of a message that introduce someone else's words. Sixth pass, issue 6. */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'asked', 'asks', 'called', 'calls', 'shouted', 'screamed', 'yelled', 'wrote', 'writes', 'texted', 'messaged', 'emailed', 'commented', 'replied', 'snapped', 'muttered']);
const MESSAGE_NOUNS = new Set(['email', 'e-mail', 'message', 'letter', 'comment', 'text', 'dm', 'voicemail', 'complaint', 'review', 'tweet', 'reply']);
/**
 * Token i lies in a quotation someone other than the poster said or wrote: a message noun before it ("the email I got:
 * '...'"), or a verb of saying whose subject is not the poster ("the patient's husband said '...'", "a relative told our
 * student she was '...'"), within ten words before the quote opens, in its sentence.
 */
/** "'Old people are bed blockers.' No. They're people ...": token i in a quoted sentence answered by a short rebuttal. */
function rebutted(t: TextAnalysis, i: number): boolean {
  if (!t.mayQuote || !t.inQuotes(i)) return false;
  const s = t.sentenceOf(i);
  const next = t.sentences[t.tokens[i]!.sn + 1];
  return next !== undefined && REBUTTAL.has(t.key(next.t0)) && next.t1 - next.t0 <= 3 && t.inQuotes(s.t1 - 1);
}
function othersWords(t: TextAnalysis, i: number): boolean {
  if (!t.mayQuote || !t.inQuotes(i)) return false;
  let open = i;
  while (open > 0 && t.inQuotes(open - 1)) open--;
  const s = t.sentenceOf(open);
  for (let j = open - 1; j >= Math.max(s.t0, open - 12); j--) {
    const k = t.key(j);
    if (MESSAGE_NOUNS.has(k)) return true;
    if (!SPEECH_VERBS.has(k)) continue;
    let subj = j - 1;
    while (subj >= s.t0 && AUX.has(t.key(subj))) subj--;
    return subj >= s.t0 && !FIRST.has(t.key(subj)) && !OWN_AUX.has(t.key(subj));
  }
  return false;
}
/** Before a naming verb, a passive ("are labelled", "too often branded", "get called"). */
const PASSIVE = new Set(['are', 'is', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'getting', 'often', 'routinely', 'still', 'always', 'unfairly', 'wrongly']);
/** Between a term noun and the label ("slang like", "terms such as", "the word"). */
const TERM_LEAD = new Set(['like', 'such', 'as', 'including', 'the', 'of', 'called']);
/** Things said or printed that a quoted label can name ("the 'GOMER' jokes", "'psycho patient' headline"). */
const SAID_THINGS = new Set(['bits', 'jokes', 'joke', 'headline', 'headlines', 'comments', 'comment', 'remarks', 'remark', 'banter', 'era', 'days', 'mentality', 'mindset', 'attitude', 'trope', 'tropes', 'memes', 'meme', 'stories', 'story', 'posts', 'post', 'article', 'chat', 'talk', 'crowd', 'brigade']);
/** A rebuttal that answers a quoted view ("No.", "Nope.", "Wrong."). */
const REBUTTAL = new Set(['no', 'nope', 'wrong', 'nah', 'absolutely', 'stop']);
/** Nouns for words and ways of talking: a label followed by one of them is talked about, not used. */
const TERM_NOUNS = new Set(['term', 'terms', 'word', 'words', 'label', 'labels', 'culture', 'language', 'slang', 'jargon', 'terminology', 'phrase', 'phrases', 'nickname', 'nicknames', 'euphemism', 'acronym', 'abbreviation']);
/** Verbs of saying just before a quoted word ("we say 'frequent attender'", "stop writing 'acopia'"). */
const SAY = new Set(['say', 'says', 'saying', 'use', 'using', 'write', 'writing', 'call', 'hear', 'heard', 'hearing']);
/** Documents a label may be written on ("'Acopia' on a discharge summary"). */
const DOCUMENTS = new Set(['summary', 'summaries', 'notes', 'letter', 'letters', 'referral', 'referrals', 'handover', 'chart', 'charts', 'record', 'records', 'documentation', 'discharge', 'board', 'whiteboard', 'form', 'forms']);
const AUX = new Set(['have', 'has', 'had', 'would', 'will', 'did', 'do', 'does', 'always', 'still', 'just', 'even', 'literally', 'often', 'sometimes', 'to', 'gonna', 'openly']);
/** Contracted first-person auxiliaries ("we'd call", "I'll call"). */
const OWN_AUX = new Set(["i'd", "we'd", "i'll", "we'll", "i've", "we've", 'id', 'weve', 'ive', "i'm", "we're"]);

/** A callous remark in a post about patients or their conditions, or mockery of an illness with laughter. */
function callousFinding(t: TextAnalysis): RuleFinding | undefined {
  // Highest severity first: "a walk into the sea" outweighs "thinks he's Jesus".
  const hits = outermost(t.hits(CALLOUS)).sort((a, b) => Number(b.entry.fields[0] === 'high') - Number(a.entry.fields[0] === 'high'));
  const laughing = t.has(MOCKING) && t.hits(MOCKING).some((m) => m.entry.tag === 'laugh');
  let context: boolean | undefined;
  const about = (): boolean => (context ??= patientRefs(t, true).length > 0 || workRefs(t, true).length > 0 || t.has(CONDITIONS) || CARE_GIVEN.test(t.norm) || CALLS_IN.test(t.norm));
  for (const h of hits) {
    const kind = h.entry.tag;
    if (kind === 'laugh') continue;
    if (kind === 'delusion' && !laughing) continue;
    if (h.entry.fields[1] === 'death' && t.findKey(0, t.tokens.length, DEATH) < 0) continue;
    if (t.negated(h.t0)) continue;
    const frame = t.frameOver(h.t0, h.t1);
    if (frame & (META | DEBUNK)) continue;
    // Reported speech excuses someone else's words, not the poster's own ("Told him ... a walk into the sea").
    if (frame & REPORT && !ownSpeech(t, h.t0)) continue;
    if (othersWords(t, h.t0)) continue;
    if (!about()) continue;
    const ev = t.hitSpan(h);
    const severity = (h.entry.fields[0] ?? 'medium') as Severity;
    return {
      topic: 'trust.disparaging-patients',
      severity,
      confidence: severity === 'high' ? 0.8 : 0.65,
      message:
        kind === 'suicide'
          ? `Mocks self-harm or suicide in a post about patients (${q(ev)}). Remarks like this about the people in your care undermine the public's trust in you and your profession.`
          : `Makes a callous or mocking remark about patients (${q(ev)}). Mocking the people in your care, or their illness, undermines the public's trust in you and your profession.`,
      evidence: [ev],
    };
  }
  return undefined;
}

/** The sentence reports the poster's own words: it starts with "told/said" or with I/we. */
function ownSpeech(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  const first = t.key(s.t0);
  return first === 'told' || first === 'said' || first === 'i' || first === 'we' || first === "i'm" || first === 'im';
}

/**
 * Contempt for patients without a slur: a patient (or an addict, a drunk, "the public") in the post,
 * and either contempt in itself ("put the pies down", "scum"), or a sign of contempt ("the state of",
 * "just wants attention", a symptom in scare quotes, "AGAIN") with laughter, an eye-roll, an insult
 * or a second sign.
 */
/** Said of the poster: "we are wild animals", "I'm feral by Friday" (the poster, then only link words, before the word). */
function ofPoster(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  for (let j = i - 1; j >= s.t0 && j >= i - 4; j--) {
    if (FIRST.has(t.key(j))) return true;
    if (!LINK.has(t.key(j)) && !COPULA.has(t.key(j)) && !WILD.has(t.key(j))) return false;
  }
  return false;
}
const WILD = new Set(['wild', 'total', 'right', 'little', 'proper', 'basically']);
/** "the courgettes have gone feral": things run wild, no person named before it in its sentence. */
function goneWild(t: TextAnalysis, i: number): boolean {
  if (t.key(i - 1) !== 'gone' && t.key(i - 1) !== 'going' && t.key(i - 1) !== 'went') return false;
  const s = t.sentenceOf(i);
  return t.findKey(s.t0, i, PERSONS) < 0 && !patientRefs(t, true).some((p) => p.t0 >= s.t0 && p.t0 < i);
}
function contemptFinding(t: TextAnalysis): RuleFinding | undefined {
  // "Language matters", "stigma": a post challenging such words, not using them.
  if (t.findKey(0, t.tokens.length, STIGMA) >= 0) return undefined;
  const raw = outermost(t.hits(CONTEMPT));
  // A negation cue inside another sign of contempt ("I cannot with these people") does not negate the rest.
  const ownCue = (i: number): boolean => raw.some((o) => o.t0 <= i && i < o.t1);
  const negatedOutside = (h: Hit): boolean => {
    if (!t.negated(h.t0)) return false;
    for (let i = Math.max(0, h.t0 - 8); i < h.t0; i++) if (t.isNegationCue(i) && !ownCue(i)) return true;
    return !raw.some((o) => o.t1 <= h.t0 && t.negationIn(o.t0, o.t1));
  };
  const hits = raw.filter((h) => {
    // "entitled to an assessment" is a right, not entitlement.
    if (RIGHTS.has(t.key(h.t0)) && t.key(h.t1) === 'to') return false;
    // "gross misconduct": a term of art.
    if (termOfArt(t, h.t0)) return false;
    // "Anyway enough moaning", "sorry for whinging": the poster's own complaining.
    if (h.t1 - h.t0 === 1 && MOANS.has(t.key(h.t0)) && OWN_MOAN.has(t.key(h.t0 - 1))) return false;
    // "feral cats", "a smelly dog": said of an animal.
    if (h.t1 - h.t0 === 1 && ANIMALS.has(t.key(h.t1))) return false;
    if (h.entry.tag === 'strong' && (ofPoster(t, h.t0) || goneWild(t, h.t0))) return false;
    // A phrase that starts with its own "don't" ("don't come crying to me") is not negated by an earlier cue.
    if (negatedOutside(h) && !t.isNegationCue(h.t0)) return false;
    // Words in quotation marks are being held up, not used ("'scum', 'junkie': words I hear about patients").
    if (h.entry.tag === 'strong' && t.mayQuote && t.quotedSpan(h.t0, h.t1)) return false;
    // Someone else's words quoted ("a relative told our student she was 'too thick to ...'", "the email I got: 'You
    // should be ashamed'"): abuse the poster reports receiving, not the poster's contempt.
    if (othersWords(t, h.t0) || rebutted(t, h.t0)) return false;
    const frame = t.frameOver(h.t0, h.t1);
    return !(frame & (META | DEBUNK)) && !(frame & REPORT && !ownSpeech(t, h.t0));
  });
  const strong = hits.filter((h) => h.entry.tag === 'strong');
  const signs = hits.filter((h) => h.entry.tag === 'contempt');
  const rolls = hits.filter((h) => h.entry.tag === 'roll').length + t.hits(MOCKING).filter((m) => m.entry.tag === 'laugh').length;
  const insults = t.hits(MOCKING).filter((m) => m.entry.tag === 'insult' && !t.negated(m.t0) && !(RIGHTS.has(t.key(m.t0)) && t.key(m.t1) === 'to') && !termOfArt(t, m.t0));
  // "Overdosed AGAIN", "'chest pain'": shouting and scare quotes.
  const extra: Evidence[] = [];
  let series = false;
  for (let i = 0; i < t.tokens.length; i++) {
    if (t.key(i) === 'again' && t.original(i) === 'AGAIN') extra.push(t.span(i, i + 1));
    if (SYMPTOMS.has(t.key(i)) && t.mayQuote && t.inQuotes(i)) extra.push(t.span(i, i + 1));
    // A patient's own words held up in scare quotes after a verb of saying ("telling you he 'barely eats'").
    else if (t.mayQuote && t.inQuotes(i) && !t.inQuotes(i - 1) && saidBefore(t, i)) extra.push(t.span(i, i + 1));
    // A complaint in scare quotes counted as one of a series ("another 'sore toe since 2019' at 3am", "third 'I'm dying'
    // man flu of the day", "another nan's 'social admission'"): the presentation held up as a type. Sixth pass.
    else if (t.mayQuote && t.inQuotes(i) && !t.inQuotes(i - 1) && seriesBefore(t, i) && !t.hits(COLLEAGUES).some((c) => t.tokens[c.t0]!.sn === t.tokens[i]!.sn)) {
      let e = i + 1;
      while (e < t.sentenceOf(i).t1 && e < i + 8 && t.inQuotes(e)) e++;
      extra.push(t.span(i, e));
      series = true;
    }
  }
  // An eye-roll at a patient's behaviour ("rung her bell 40 times tonight 🙄"), unless the post is warm.
  // 🙃 turns warmth into sarcasm ("are my favourite 🙃").
  // 🙃 and 🙄 turn warmth into sarcasm ("are my favourite 🙃", "the local legend ... 🙄").
  // "love the ones who ...": a sign of contempt that opens with "love" is sarcasm, not warmth.
  const signSentences = new Set(hits.map((h) => t.tokens[h.t0]!.sn));
  const warm = warmth(t, signSentences.size > 0 ? signSentences : undefined) && !t.text.includes('🙃') && !t.text.includes('🙄') && !raw.some((h) => t.key(h.t0) === 'love');
  const rolled = hits.filter((h) => h.entry.tag === 'roll');
  // Not at something done to the poster ("My accent gets mocked every time ... 🙃").
  const complaint = t.findKey(0, t.tokens.length, COMPLAINT);
  if (rolled.length > 0 && !warm && complaint >= 0 && !POSTER_FIRST.has(t.key(t.sentenceOf(complaint).t0))) extra.push(t.hitSpan(rolled[0]!));
  const weight = strong.length * 2 + signs.length + extra.length + (rolls > 0 ? 1 : 0) + (insults.length > 0 ? 1 : 0);
  if (strong.length === 0 && (signs.length + extra.length === 0 || weight < 2)) return undefined;
  if (strong.length === 0 && warm) return undefined;
  // An eye-roll alone at abuse the poster received ("Got told to fuck off by a drunk patient ... 🙃") is weariness, not contempt.
  if (strong.length === 0 && signs.length === 0 && t.anyFrame(REPORT)) return undefined;
  // About patients: a patient word, a condition, or a word standing for patients, with work context or a patient in it.
  const refs = patientRefs(t, true);
  // "your exercises", "your knee": the reader addressed as a patient.
  // A symptom in scare quotes is itself about a patient ("'allergic' to everything except codeine").
  const quotedSymptom = extra.length > 0 && t.mayQuote && t.hits(SYMPTOM_WORDS).some((h) => t.inQuotes(h.t0));
  // At work, people described are patients ("Why do people come to A&E with a stubbed toe").
  const atWork = workRefs(t, true).length > 0;
  const patientish =
    refs.length > 0 || (atWork && (strong.length > 0 || series)) || slotted(t) || t.findKey(0, t.tokens.length, PATIENTISH) >= 0 || t.has(CONDITIONS) || t.has(SLANG) || t.has(ENCOUNTER) || quotedSymptom || (atWork && t.findKey(0, t.tokens.length, PEOPLE) >= 0);
  if (!patientish) return undefined;
  if (refs.length === 0 && !atWork && !slotted(t) && !t.has(CONDITIONS) && !t.has(ENCOUNTER) && !quotedSymptom && t.findKey(0, t.tokens.length, PATIENTISH) < 0) return undefined;
  const evidence = tidy([...strong, ...signs].slice(0, 2).map((h) => t.hitSpan(h)).concat(extra.slice(0, 1)));
  const sure = strong.length > 0 || rolls > 0 || insults.length > 0;
  // "the lot of them" alone can be any group ("Irish builders, thick as two short planks the lot of them").
  let cared = refs.length > 0 || atWork || slotted(t) || t.has(CONDITIONS) || t.has(ENCOUNTER) || quotedSymptom;
  for (let i = t.findKey(0, t.tokens.length, PATIENTISH); !cared && i >= 0; i = t.findKey(i + 1, t.tokens.length, PATIENTISH)) if (t.key(i) !== 'lot') cared = true;
  if (evidence.length === 0) return undefined;
  return {
    topic: 'trust.disparaging-patients',
    // Contempt in itself, or a sign of contempt with laughter, an eye-roll or an insult, is delete level when the post is
    // about care (a patient, work, a condition, an appointment slot, a word standing for patients); said only of "the lot of them" it stays review.
    // A complaint held up as one of a series, with nothing firmer, is mild mockery: review level.
    severity: sure && cared && !(series && strong.length === 0 && signs.length === 0) ? 'high' : 'medium',
    confidence: sure && cared ? 0.8 : Math.round(Math.min(0.8, 0.55 + weight * 0.05) * 100) / 100,
    message: `Mocks or shows contempt for patients (${qList(evidence)}). Mocking the people in your care undermines the public's trust in you and your profession.`,
    evidence,
  };
}
