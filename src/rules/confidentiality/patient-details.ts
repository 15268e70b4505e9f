import type { Rule } from '../types.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { BREAK, CLAUSE, MENTION, NUM, qList, tidy } from '../text/index.js';
import { PATIENT, WORK, patientRefs, workRefs } from '../common/lexicons.js';
import { STAFF_TITLES, isGivenName, personNames, ukPlaces, type NamePiece } from '../common/people.js';
import {
  CASE, CONDITIONS, C_CLINICAL, C_MY, C_SAINT, C_OWN_FAMILY, C_PERSON, C_TEACHING, FAMOUS, NAME_CUES, ODD, OWN_FAMILY_WORDS, PLACE_WORDS, RECENCY, ROLES, UNUSUAL,
  C_META, acquaintances, addresses, ages, classes, described, evidenceOf, familyNames, houseNumbers, initials, knownPersons, locations, nicknames, schoolYears, towns, venues, type Piece,
} from './context.js';
import { ANNOUNCE } from './shared.js';

/**
 * How a post can identify a service user, in the manner of a quasi-identifier score: some details
 * identify on their own (a name, a bed or ward, a street address, a famous person, a job at a named
 * place); others only together (age, condition, town, job, date, something unusual). A post is
 * flagged when it is about a service user and has an identifying detail, or adds up to three
 * points including something beyond age and condition (which alone make a teaching case).
 */
const WEIGHT = { age: 1, condition: 1, when: 1, town: 1, role: 1, unusual: 1, venue: 1, given: 1, described: 1 } as const;


/** Beds and bays (a person's place on a ward), as opposed to named wards and hospitals. */
const BED_WORDS = new Set(['bed', 'bay', 'cubicle', 'resus', 'majors', 'minors', 'side', 'trolley', 'chair', 'cot', 'incubator', 'isolette', 'room', 'pod', 'bedspace', 'sideroom']);
/** Around a name, words of a career or a workplace that make the person staff, a speaker or a colleague. */
const STAFF_CONTEXT = new Set([
  'colleague', 'colleagues', 'team', 'welcome', 'congratulations', 'retirement', 'retiring', 'retires', 'leaving', 'farewell', 'speaker', 'speakers', 'talk',
  'lecture', 'presentation', 'presenting', 'presented', 'webinar', 'teaching', 'taught', 'training', 'conference', 'phd', 'msc', 'masters', 'degree', 'award',
  'awarded', 'promotion', 'promoted', 'band', 'mentor', 'preceptor', 'supervisor', 'qualified', 'qualifying', 'graduated', 'graduation', 'joining', 'joined',
  'staff', 'crewmate', 'research', 'tutor', 'lecturer', 'educator', 'shift', 'covering', 'cover', 'rota', 'pharmacy', 'radiology', 'estates', 'theatres', 'lab',
  'admin', 'switchboard', 'security', 'catering', 'payroll', 'hr', 'kudos', 'cpd', 'author', 'researcher', 'podcast', 'blog', 'paper', 'article',
]);
const STAFF_NOT_MEDIA = new Set([...STAFF_CONTEXT].filter((w) => w !== 'paper' && w !== 'article' && w !== 'blog' && w !== 'podcast'));
/** Career events anywhere in the name's sentence: "Sarah on the stroke unit for her brilliant teaching session". */
const CAREER = new Set(['teaching', 'taught', 'lecture', 'talk', 'webinar', 'conference', 'training', 'phd', 'msc', 'award', 'awarded', 'promotion', 'promoted', 'retirement', 'retiring', 'leaving', 'farewell', 'welcome', 'colleague', 'colleagues', 'crewmate', 'rota', 'covering', 'graduated', 'graduation', 'qualified', 'preceptorship', 'interview']);
/** Before a job, words that make it someone the poster knows ("my daughter's maths teacher", "the local vicar"). */
const LOCAL_ROLE = new Set(['local', "son's", "daughter's", "kids'", "kid's", "children's", "neighbour's", "mum's", "dad's", "partner's", "husband's", "wife's", "friend's", 'village', "our", 'my']);
/** After a job, prepositions that tie it to the poster's own street or estate ("the postman on our estate"). */
const LOCAL_AFTER = new Set(['on', 'from', 'at', 'in', 'down', 'round', 'up', 'near', 'by']);
/** News and research around a name: an author, a public figure, a case in the papers. */
const NEWS = new Set(['study', 'studies', 'paper', 'papers', 'claimed', 'according', 'journal', 'retracted', 'fraudulent', 'published', 'headline', 'headlines', 'bbc', 'interview', 'documentary', 'podcast', 'author', 'wrote', 'campaigner', 'founder', 'historical']);
/** Job titles: staff when they stand next to the name ("nurse Jen", "Sam, our physio"). */
const STAFF_ROLES = new Set([
  'nurse', 'physio', 'physiotherapist', 'ot', 'hca', 'doctor', 'dr', 'consultant', 'registrar', 'reg', 'manager', 'matron', 'sister', 'student', 'radiographer',
  'paramedic', 'midwife', 'porter', 'receptionist', 'clerk', 'secretary', 'dietitian', 'podiatrist', 'therapist', 'psychologist', 'pharmacist', 'technician',
  'sonographer', 'slt', 'odp', 'surgeon', 'anaesthetist', 'gp', 'cleaner', 'domestic', 'housekeeper', 'volunteer', 'chaplain', 'lead', 'coordinator',
]);
const ROLE_LINK = new Set(['our', 'the', 'a', 'an', 'my', 'new', 'band', 'lovely', 'amazing', 'brilliant', 'fab', 'student', 'senior', 'junior', 'staff', 'ward', 'lead', 'specialist', 'community', 'head']);
/** Own family: "my nan Joan", "my dad had a stroke". */
const OWN_FAMILY = new Set(OWN_FAMILY_WORDS);
/** A named street ("Crossley Street") is an address, as identifying as a name. */
const STREET_HEADS = new Set(['st', 'rd', 'ave', 'street', 'road', 'avenue', 'lane', 'close', 'drive', 'crescent', 'terrace', 'grove', 'way', 'walk', 'court', 'gardens', 'square', 'row', 'mews', 'rise', 'fold', 'croft', 'parade', 'estate']);
/** After a bed or room, verbs of a person doing something ("bay 4 bed 2 has pressed the buzzer", "Room 12 just passed"). */
const HUMAN_ACTS = new Set([
  'pressed', 'pressing', 'asked', 'asking', 'asks', 'wants', 'wanted', 'keeps', 'kept', 'refusing', 'refused', 'refuses', 'shouted', 'shouting', 'screamed',
  'screaming', 'rang', 'ringing', 'buzzing', 'buzzed', 'passed', 'died', 'went', 'snores', 'snoring', 'pulled', 'pulling', 'threw', 'throwing', 'swore',
  'swearing', 'tried', 'trying', 'climbed', 'climbing', 'vomited', 'spat', 'bit', 'kicked', 'punched', 'crying', 'cried', 'singing', 'sang', 'says', 'said',
  'proposed', 'winked', 'escaped', 'absconded', 'calling', 'called', 'thinks', 'thought', 'believes', 'insists', 'insisted', 'demanding', 'demanded', 'fell',
  'fallen', 'wandered', 'wandering', 'walked', 'walking', 'laughing', 'moaning', 'complaining', 'complained', 'got', 'gets', 'loves', 'hates', 'reckons',
]);
/** Before a bed or room, words that make its occupant the subject ("whoever is in side room 6", "the one in bed 4"). */
const OCCUPANT = new Set(['whoever', "whoever's", 'whoevers', 'one', 'occupant', 'occupants']);
/** "saw a 19yo girl", "had a 42 year old in": a care verb before an age. */
const SAW = new Set(['saw', 'seen', 'had', 'treated', 'scanned', 'visited', 'assessed', 'x-rayed', 'discharged', 'admitted', 'transferred', 'conveyed']);
/** Body parts that, with "stuck", make an odd mechanism ("got her hand stuck in a wheelie bin"). */
const BODY = new Set(['hand', 'head', 'finger', 'fingers', 'foot', 'feet', 'arm', 'leg', 'toe', 'toes', 'thumb', 'penis', 'tongue', 'ring', 'knee', 'throat', 'nose', 'ear', 'mouth', 'eye', 'bum', 'rectum', 'bottom', 'thigh', 'calf', 'shin', 'palm', 'wrist', 'eyelid', 'cheek', 'chest', 'neck', 'skull', 'buttock', 'forearm']);

/** Someone else's story: a programme, a published case, an article ("Watching 24 Hours in A&E ...", "a BMJ case report about a man who ..."). */
const STORY = new Set(['watching', 'watched', 'documentary', 'episode', 'programme', 'program', 'series', 'netflix', 'iplayer', 'telly', 'tv', 'film', 'movie', 'bmj', 'journal', 'article', 'report', 'paper', 'read', 'reading', 'podcast', 'book', 'novel', 'holby', 'soap', 'storyline']);

/** Deaths alone, with no care in the post, are news or grief ("RIP Jack Charlton"), not a disclosure. */
const DEATH_NOTICE = new Set(['died', 'death', 'passed away', 'rip']);

/** Words that make the person a reply or mention is addressed to a service user ("your op", "your follow-up"). */
const YOUR_CARE = new Set(['op', 'operation', 'surgery', 'appointment', 'follow', 'followup', 'rehab', 'recovery', 'scan', 'results', 'diagnosis', 'treatment', 'physio', 'discharge', 'stitches', 'cast', 'injection', 'referral', 'knee', 'hip', 'back', 'shoulder', 'wound', 'new', 'review', 'check-up', 'checkup', 'session', 'sessions', 'clinic', 'exercises', 'bloods', 'dressing', 'x-ray', 'xray']);

/** An @mention of a service user: "@DaveRuns83 ... see you at your follow-up", "@x hope your knee op went well". */
function mentionedPatient(t: TextAnalysis, own: ReadonlySet<string>): NamePiece | undefined {
  if (!(t.flags & MENTION)) return undefined;
  let yourCare = false;
  let careAt = -1;
  for (let i = 0; i + 1 < t.tokens.length && !yourCare; i++) {
    careAt = i;
    const k = t.key(i);
    // "Watch your back" is a warning, not care.
    // (Within the sentence: "on your list. Clinic email ..." is not "your clinic".)
    const sEnd = t.sentenceOf(i).t1;
    // (Fifth pass: not a "your" denied, "you cannot look up your date's blood results", nor the generic "you" of advice,
    // "lets you tweak your aids".)
    if ((k === 'your' || k === 'ur') && t.key(i - 1) !== 'watch' && [1, 2, 3].some((d) => i + d < sEnd && YOUR_CARE.has(t.key(i + d))) && !t.negated(i) && !genericYou(t, i)) yourCare = true;
    if (YOUR_CARE.has(k) && t.key(i - 1) === 'the' && (t.key(i + 1) === 'went' || t.key(i + 1) === 'go')) yourCare = yourCare || t.findKey(0, t.tokens.length, YOU) >= 0;
  }
  if (!yourCare && !t.has(CONDITIONS)) return undefined;
  // Without "your follow-up"-style care, the condition must be the addressee's: next to a "you" in
  // its sentence ("@dave hope you're over the stroke"), not the poster's own a clause away
  // ("getting drunk tonight, @dave you absolute prick").
  // (Not a condition denied: "masks don't drop your oxygen".)
  if (!yourCare) {
    const c = t.hits(CONDITIONS).find((h) => !t.negatedHit(h) && conditionOfYou(t, h.t0, h.t1));
    if (!c) return undefined;
    careAt = c.t0;
  }
  // The account addressed is the one whose care is meant: in the same or a neighbouring sentence, or opening the post
  // (fourth pass: "@x on gait ... Your back will thank you" three sentences later is general advice).
  const careSn = t.tokens[careAt]!.sn;
  for (let i = 0; i < t.tokens.length; i++) {
    const tok = t.tokens[i]!;
    if (!(tok.flags & MENTION)) continue;
    if (i > 0 && Math.abs(tok.sn - careSn) > 1) continue;
    const name = tok.k.slice(1);
    if (own.has(name)) continue;
    return { t0: i, t1: i + 1, kind: 'called' };
  }
  return undefined;
}

const YOU = new Set(['you', 'your', "you're", 'youre', 'ur', 'u']);

/** Words for a social media account ("her handle is @x", "his insta: @x"). */
const PROFILE = new Set(['handle', 'insta', 'instagram', 'ig', 'tiktok', 'snap', 'snapchat', 'account', 'username', 'profile', 'twitter', 'facebook', 'fb', 'page']);
const THIRD_POSS = new Set(['her', 'his', 'their', "patient's", "client's", "girl's", "lad's", "boy's", "man's", "woman's"]);
/**
 * Fourth pass (issue 6): a third person's account given out ("her handle is @bethyxo_", "his tiktok @x"): the handle names
 * the person as a name would (the rule asks for care or health in the post).
 */
function profileHandle(t: TextAnalysis, own: ReadonlySet<string>): NamePiece | undefined {
  if (!(t.flags & MENTION)) return undefined;
  for (let i = 1; i < t.tokens.length; i++) {
    const tok = t.tokens[i]!;
    if (!(tok.flags & MENTION) || own.has(tok.k.slice(1))) continue;
    for (let p = i - 1; p >= Math.max(1, i - 4); p--) if (PROFILE.has(t.key(p)) && THIRD_POSS.has(t.key(p - 1))) return { t0: p - 1, t1: i + 1, kind: 'called' };
  }
  return undefined;
}

/** A "you" within a few words of the condition [t0, t1), in the same sentence. */
function conditionOfYou(t: TextAnalysis, t0: number, t1: number): boolean {
  const s = t.sentenceOf(t0);
  for (let i = Math.max(s.t0, t0 - 5); i < Math.min(s.t1, t1 + 3); i++) if ((i < t0 || i >= t1) && YOU.has(t.key(i)) && !genericYou(t, i)) return true;
  return false;
}
/**
 * Fifth pass (issue 6): the "you" of advice and of general truths, not the addressee's own health: after a conditional
 * or a causative verb in its clause ("if you're still drunk, ring in", "if you're managing diabetes", "nights make you feel
 * drunk", "the app lets you tweak your aids").
 */
const GENERIC_CUES = new Set(['if', 'when', 'whenever', 'unless', 'once', 'make', 'makes', 'making', 'let', 'lets', 'letting', 'help', 'helps', 'helping', 'anyone', 'everyone']);
function genericYou(t: TextAnalysis, i: number): boolean {
  const c0 = Math.max(t.clauseStart(i), i - 4);
  return t.findKey(c0, i, GENERIC_CUES) >= 0;
}
const PATIENT_HEADS = new Set(['patient', 'patients', 'pt', 'resident', 'client', 'user']);
/** A member of staff who is the patient: "a nurse from our own trust was admitted". */
const OWN_STAFF = /\b(?:nurse|doctor|paramedic|midwife|physio|consultant|porter|hca|colleague|registrar|radiographer|member of staff|staff member|one of our (?:nurses|doctors|staff|team|colleagues))\s+(?:from|on|in|at)\s+(?:our|my)\s+(?:own\s+)?(?:trust|ward|team|unit|hospital|department|practice|station|surgery)\b/;

/** "11 miscarriages", "six strokes": a count of a condition, which singles a person out. */
function countedCondition(t: TextAnalysis): Piece | undefined {
  if (t.digits === 0 && !t.has(CONDITIONS)) return undefined;
  for (const c of t.hits(CONDITIONS)) {
    const k = t.key(c.t0 - 1);
    const n = /^\d+$/.test(k) ? Number(k) : COUNT_WORDS.get(k);
    if (n !== undefined && n >= 3 && n <= 50 && t.key(c.t1 - 1).endsWith('s')) return { t0: c.t0 - 1, t1: c.t1 };
    // Fourth pass (issue 6): an ordinal before it or "number three" after it ("third miscarriage in a year", "overdose number three").
    if (ORDINALS.has(k)) return { t0: c.t0 - 1, t1: c.t1 };
    if (t.key(c.t1) === 'number' && (COUNT_WORDS.has(t.key(c.t1 + 1)) || /^(?:[3-9]|1\d)$/.test(t.key(c.t1 + 1)))) return { t0: c.t0, t1: c.t1 + 2 };
  }
  return undefined;
}
const ORDINALS = new Set(['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th']);
const COUNT_WORDS = new Map([['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12]]);

function staffSpan(t: TextAnalysis): Piece | undefined {
  const m = OWN_STAFF.exec(t.norm);
  if (!m) return undefined;
  const i = t.tokens.findIndex((tok) => tok.s >= m.index);
  let j = i;
  while (j < t.tokens.length && t.tokens[j]!.e <= m.index + m[0].length) j++;
  return i >= 0 ? { t0: i, t1: Math.max(j, i + 1) } : undefined;
}

/** Treatment of a body part or an operation ("his new hip", "her knee op", "off the waiting list"). */
const TREATED = new Set(['hip', 'knee', 'shoulder', 'op', 'operation', 'surgery', 'scan', 'biopsy', 'chemo', 'diagnosis', 'replacement', 'treatment', 'transplant', 'stent', 'bypass', 'cataract', 'cataracts']);
function treated(t: TextAnalysis): boolean {
  if (t.findKey(0, t.tokens.length, TREATED) >= 0) return true;
  for (let i = 1; i < t.tokens.length; i++) if (t.key(i) === 'list' && t.key(i - 1) === 'waiting') return true;
  return false;
}


/** Gratitude: "thanks to the family in bay 2 for the flowers" is not a disclosure. */
const THANKS = new Set([
  'thank', 'thanks', 'grateful', 'card', 'cards', 'flowers', 'chocolates', 'biscuits', 'cake', 'gift', 'gifts', 'donation', 'donated', 'tin', 'sweets', 'treats', 'hamper', 'goodies', 'pizza', 'doughnuts', 'donuts', 'brought', 'bought',
  // Second pass (issue 6): warmth with nothing else about the person ("Patient on bay 2 was so funny today, had the whole team in stitches").
  'funny', 'hilarious', 'lovely', 'sweet', 'sweetest', 'delight', 'stitches', 'laugh', 'laughs', 'smile', 'smiles', 'smiling',
]);

/** Someone singled out near an address ("the fella at flat 9", "she lives at number 4"). */
const INDIVIDUAL_WORDS = new Set(['he', 'she', 'him', 'her', 'his', 'fella', 'bloke', 'lad', 'lady', 'man', 'woman', 'gent', 'chap', 'guy', 'client', 'patient', 'resident']);
function individualNear(t: TextAnalysis, p: Piece): boolean {
  const s = t.sentenceOf(p.t0);
  return t.findKey(Math.max(s.t0, p.t0 - 4), Math.min(s.t1, p.t1 + 8), INDIVIDUAL_WORDS) >= 0;
}
/**
 * Sixth pass (issue 6): a street address with the person or household there in its sentence ("section a man at 14 oakfield
 * rd", "sat outside 14 Elmtree Close ..., the dad's kicking off again"): someone else's home, named as a name would be.
 * Not "I"/"my"/"our" only: the poster's own address or the clinic's.
 */
const HOUSEHOLD = new Set([...INDIVIDUAL_WORDS, 'dad', "dad's", 'mum', "mum's", 'family', "family's", 'kids', 'kid', 'child', 'children', 'couple', 'son', 'daughter', 'baby', 'toddler', 'tenant', 'tenants', 'occupant']);
function householdNear(t: TextAnalysis, p: Piece): boolean {
  const s = t.sentenceOf(p.t0);
  return t.findKey(Math.max(s.t0, p.t0 - 5), Math.min(s.t1, p.t1 + 8), HOUSEHOLD) >= 0 && t.findKey(Math.max(s.t0, p.t0 - 4), p.t0, OWN_PLACE) < 0;
}
const OWN_PLACE = new Set(['my', 'our', 'us', 'me', 'i', "i'm", 'we', "we're"]);

/** A capital inside a word ("WhatsApp", "YouTube", "iPad") marks a brand, unless it follows a surname prefix ("McDonald", "O'Neil", "DeShawn"). */
const BRAND = /^(?!(?:Mc|Mac|O'|D'|De|Di|Da|La|Le|Van|Fitz|St)[A-Z])[A-Za-z]+[a-z][A-Z][A-Za-z]*$/;

/** A given name inside a run of capitalised words ("People You May Know", "Hope Street Surgery Open Day") is part of a title. */
function inTitle(t: TextAnalysis, p: NamePiece): boolean {
  if (p.kind === 'title' || p.kind === 'apposition') return false;
  let a = p.t0;
  let b = p.t1;
  const s = t.sentenceOf(p.t0);
  while (a > s.t0 && t.capitalised(a - 1) && t.key(a - 1) !== 'i') a--;
  while (b < s.t1 && t.capitalised(b) && t.key(b) !== 'i') b++;
  return b - a >= Math.max(4, p.t1 - p.t0 + 2);
}

function shouted(t: TextAnalysis, p: NamePiece): boolean {
  if (p.t1 - p.t0 !== 1 || p.kind === 'title') return false;
  const raw = t.original(p.t0);
  if (BRAND.test(raw)) return true;
  return raw.length > 3 && raw === raw.toUpperCase() && !isGivenName(t.key(p.t0).replace(/'s$/, ''));
}

/** A person word in the bed's sentence ("Ward 9 bed 14, the lady with the parrot tattoo"). */
function personIn(t: TextAnalysis, l: Piece): boolean {
  const s = t.sentenceOf(l.t0);
  const { cls } = classes(t);
  for (let i = s.t0; i < s.t1; i++) if (cls[i]! & C_PERSON) return true;
  return false;
}

function near(t: TextAnalysis, p: Piece, set: ReadonlySet<string>, before: number, after: number): boolean {
  const s = t.sentenceOf(p.t0);
  return t.findKey(Math.max(s.t0, p.t0 - before), p.t0, set) >= 0 || t.findKey(p.t1, Math.min(s.t1, p.t1 + after), set) >= 0;
}

/** The name is of staff, a speaker, a colleague, the user's own family, or a historical figure: not a service user. */
function notPatient(t: TextAnalysis, p: NamePiece): boolean {
  // "our patient Amira": named as a patient, whatever the congratulations around it.
  if (p.kind === 'apposition' && PATIENT_HEADS.has(t.key(p.t0 - 1))) return false;
  if (STAFF_TITLES.has(t.key(p.t0 - 1)) || STAFF_TITLES.has(t.key(p.t0))) return true;
  // "Thank you to Priya and Dev for bringing in sweets": a given name thanked, with no health detail in its sentence, is a giver or a colleague (fourth pass).
  if (p.kind === 'given' || p.kind === 'full') {
    const ss = t.sentenceOf(p.t0);
    // (Not one celebrated where they are cared for, with an age or a bed: "Shoutout to Mavis who turned 100 on our ward".)
    if (t.findKey(ss.t0, ss.t1, GRATITUDE) >= 0 && t.hitsIn(CONDITIONS, ss.t0, ss.t1).length === 0 && t.findKey(ss.t0, ss.t1, CARED_PLACES) < 0 && !ages(t).some((a) => a.t0 >= ss.t0 && a.t0 < ss.t1)) return true;
  }
  // "Priya brought in barfi for the entire department", "Zain's brought in enough samosas to feed the whole of ED": the one who
  // brings treats for the team is a colleague or a giver (fifth pass). (Not in a post about the poster's own class or list,
  // "Our Thursday balance group is back! Maureen Sugden brought flapjack": a member of it.)
  if ((p.kind === 'given' || p.kind === 'full') && GIVING.has(t.key(p.t1)) && !t.hits(CASE).some((h) => h.entry.tag === 'care' && h.t0 !== p.t1) && t.findKey(p.t1 + 1, Math.min(t.sentenceOf(p.t0).t1, p.t1 + 9), TREATS) >= 0) return true;
  // "Stop asking, Uncle Pete": a kinship title makes the name the poster's own family (fourth pass, issue 6).
  if ((KIN_TITLES.has(t.key(p.t0 - 1)) && t.capitalised(p.t0 - 1)) || (KIN_TITLES.has(t.key(p.t0)) && p.t1 - p.t0 === 2)) return true;
  if (near(t, p, STAFF_CONTEXT, 4, 5)) return true;
  if (namesNonPatient(t, p.t0)) return true;
  const sent = t.sentenceOf(p.t0);
  if (t.findKey(sent.t0, sent.t1, CAREER) >= 0) return true;
  // "nurse Jen", "Sam, our physio", "Fatima Rafiq, our new band 6 physio"
  if (STAFF_ROLES.has(t.key(p.t0 - 1))) return true;
  const s = t.sentenceOf(p.t0);
  for (let i = p.t1; i < Math.min(s.t1, p.t1 + 6); i++) {
    const k = t.key(i);
    if (STAFF_ROLES.has(k)) return true;
    if (!ROLE_LINK.has(k) && !(t.tokens[i]!.flags & NUM)) break;
  }
  // "Sarah from pharmacy", "Dave from IT" (the department only in capitals: the pronoun "it" near a
  // name, "it was actually Tracey", says nothing about who she is).
  if (t.key(p.t1) === 'from' && (STAFF_CONTEXT.has(t.key(p.t1 + 1)) || t.original(p.t1 + 1) === 'IT')) return true;
  // "Wakefield's fraudulent study claimed ...": a name in news or research, not a patient.
  if (t.findKey(sent.t0, sent.t1, NEWS) >= 0) return true;
  // "my nan Joan", "Happy birthday, Nana Joan"
  for (let i = Math.max(t.sentenceOf(p.t0).t0, p.t0 - 3); i < p.t0; i++) if (t.key(i) === 'my' && OWN_FAMILY.has(t.key(i + 1))) return true;
  return false;
}

const GIVING = new Set(['brought', 'bought', 'baked', 'made', 'sent', 'got', 'bringing', 'baking', 'treated', 'fed']);
const TREATS = new Set([
  'cake', 'cakes', 'biscuits', 'sweets', 'chocolates', 'chocolate', 'doughnuts', 'donuts', 'pizza', 'samosas', 'barfi', 'treats', 'snacks', 'brownies', 'cookies',
  'traybake', 'traybakes', 'buns', 'breakfast', 'lunch', 'food', 'team', 'department', 'everyone', 'ward', 'unit', 'staff', 'us', 'whole',
]);
/** Animals, training mannequins and things people name ("the dog is called Biscuit", "our greyhound Millie"). Fifth pass. */
const NON_HUMAN = new Set([
  'dog', 'dogs', 'puppy', 'puppies', 'pup', 'pups', 'cat', 'cats', 'kitten', 'kittens', 'greyhound', 'greyhounds', 'bitch', 'horse', 'pony', 'rabbit', 'bunny',
  'hamster', 'budgie', 'parrot', 'tortoise', 'goldfish', 'chicken', 'chickens', 'hen', 'hens', 'donkey', 'spaniel', 'labrador', 'terrier', 'whippet', 'lurcher',
  'collie', 'cockapoo', 'dachshund', 'pug', 'mannequin', 'mannequins', 'manikin', 'manikins', 'dummy', 'doll', 'teddy', 'robot', 'skeleton', 'plant', 'cactus',
  'simulator', 'mascot', 'car', 'van', 'boat',
]);
const NAMING_LINKS = new Set(['called', 'named', 'is', 'are', 'was', 'were', "'s", 'the', 'a', 'an', 'and', 'our', 'my', 'his', 'her', 'their', 'new', 'little', 'old']);
/**
 * Fifth pass (issue 6): the name belongs to an animal, a mannequin or a member of staff named just before it ("the dog is
 * called Biscuit", "our greyhound bitch Millie", "the mannequins are called Bob and Barbara", "a porter called Big Eric"),
 * looking back over naming words and other names only.
 */
function namesNonPatient(t: TextAnalysis, t0: number): boolean {
  const s0 = t.sentenceOf(t0).t0;
  for (let j = t0; j >= Math.max(s0, t0 - 5); j--) {
    const k = t.key(j);
    if (j === t0) {
      if (k !== 'called' && k !== 'named') continue;
    } else if (NON_HUMAN.has(k) || (STAFF_ROLES.has(k) && (t.key(j + 1) === 'called' || t.key(j + 1) === 'named'))) return true;
    // "The new sim mannequins on the ward are named Doris": after a naming verb, the thing named heads its clause.
    if ((k === 'called' || k === 'named') && t.findKey(Math.max(t.clauseStart(j), j - 7), j, NON_HUMAN) >= 0) return true;
    if (!NAMING_LINKS.has(k) && !t.capitalised(j)) return false;
  }
  return false;
}
const GENERIC_OR_APPEAL = new Set(['risk', 'likely', 'likelier', 'average', 'typically', 'usually', 'statistically', 'tend', 'tends', 'donate', 'donations', 'donating', 'justgiving', 'gofundme', 'fundraiser', 'fundraising', 'sponsor', 'sponsored', 'sponsorship']);
const CARED_PLACES = new Set(['ward', 'bay', 'bed', 'unit', 'cubicle', 'resus', 'caseload', 'clinic', 'hospice']);
const GRATITUDE = new Set(['thank', 'thanks', 'thankyou', 'shoutout', 'kudos', 'grateful', 'cheers']);
/** Brands and characters that look like titled names ("Mr Men books", "Mr Brain's faggots", "Mrs Brown's Boys"). */
const CHARACTERS = new Set(['men', 'man', 'bean', 'blobby', 'brain', 'kipling', 'whippy', 'motivator', 'tumble', 'muscle', 'sheen', 'potato', 'freeze', 'brown', 'doubtfire', 'hinch', 'darcy', 'bump', 'tickle', 'happy', 'greedy', 'messy', 'strong', 'christmas', 'nobody', 'right', 'big', 'universe', 'world', 'gay', 'fixit', 'fix-it', 'sandman', 'robot', 'benn', 'toad', 'miyagi', 't']);
const TITLE_HEADS = new Set(['day', 'week', 'month', 'year', 'park', 'stadium', 'airport', 'games', 'village', 'rugby', 'football', 'cricket', 'women', "women's", 'nurses', "nurses'", 'airport', 'conference', 'congress', 'society', 'association', 'centre', 'center']);
const ONE_PERSON = new Set(['he', 'she', 'his', 'him', 'her', 'man', 'woman', 'lady', 'gent', 'gentleman', 'fella', 'bloke', 'lad', 'lass', 'girl', 'boy', 'chap', 'guy', 'pensioner', 'toddler', 'teenager', 'baby', 'grandad', 'grandma']);
/** Official visits and appearances ("visited the ward", "opened the new gym", "came to talk to us"). */
const VISITS = new Set(['visited', 'visiting', 'visits', 'opened', 'opening', 'toured', 'touring', 'launched', 'launching', 'unveiled', 'campaigns', 'campaigned', 'campaigning', 'spoke', 'speaking', 'talk', 'presented', 'hosted', 'hosting', 'judged', 'signing', 'fundraising', 'raised']);
const COPULA = new Set(['is', 'was', "'s", 'has', 'remains']);
const PERSON_NOUNS = new Set(['man', 'woman', 'lady', 'gent', 'gentleman', 'fella', 'bloke', 'lad', 'girl', 'boy', 'chap', 'guy', 'person', 'soul', 'baby', 'kid', 'child', 'legend', 'character', 'angel', 'sweetheart', 'darling', 'patient']);
const MOURN = new Set(['rip', 'r.i.p', 'goodbye', 'farewell', 'bye']);
const KIN_TITLES = new Set(['uncle', 'auntie', 'aunty', 'aunt', 'cousin', 'nan', 'nana', 'nanna', 'grandad', 'grandma', 'granny', 'gran', 'grandpa']);

/** "my dad's in bed 4" ("dad is"), not "my son's teacher" (a possessive: someone else). */
const IS_NEXT = new Set(['in', 'on', 'at', 'been', 'had', 'got', 'having', 'going', 'just', 'back', 'still', 'now', 'doing', 'off', 'home', 'out', 'finally', 'recovering', 'waiting']);
function isContraction(t: TextAnalysis, i: number): boolean {
  const k = t.key(i);
  return k.endsWith("'s") && OWN_FAMILY.has(k.slice(0, -2)) && IS_NEXT.has(t.key(i + 1));
}

/** The post is about the user's own family ("my dad had a stroke"), with no service user in it. */
/** Kinship words that serve as a name when capitalised with no determiner ("Dad's chemo", "Nan is home"). */
const KIN_NAMES = new Set(['mum', 'mam', 'mom', 'dad', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandad', 'grandpa', 'mummy', 'daddy', 'papa', 'mama']);
/** Before a kinship word, words that make it someone else's ("her Mum", "the Dad", "Jo's Mum"). */
const KIN_OWNERS = new Set(['his', 'her', 'their', 'the', 'a', 'an', 'your', 'ur', 'whose', 'this', 'that', 'patient', "patient's", 'client', "client's", 'young', 'new', 'single']);
function kinName(t: TextAnalysis, i: number): boolean {
  const k = t.key(i);
  const base = k.endsWith("'s") ? k.slice(0, -2) : k;
  // "Mum of twins", "Dad-to-be": a description of someone, not a name.
  if (!KIN_NAMES.has(base) || !t.capitalised(i) || t.key(i + 1) === 'of' || t.key(i + 1) === 'to-be' || t.key(i + 1) === 'to') return false;
  // "The Flying Granny": a capitalised word before makes a nickname, not the poster's own gran (fourth pass).
  if (i > 0 && t.capitalised(i - 1) && t.sentenceOf(i).t0 !== i - 1) return false;
  // "his dad's garage. Dad's a known dealer": the same kinship word already someone else's names that person.
  for (let j = 0; j < i; j++) if (KIN_OWNERS.has(t.key(j - 1)) && t.key(j - 1) !== 'this' && t.key(j - 1) !== 'that' && (t.key(j) === base || t.key(j) === base + "'s")) return false;
  const prev = t.key(i - 1);
  return !KIN_OWNERS.has(prev) && !prev.endsWith("'s");
}

/** A capitalised given name other than a kinship word, and not a place named after a person ("at Jimmy's", "St Mary's"). */
const PLACE_BEFORE = new Set(['at', 'in', 'to', 'from', 'st', 'st.', 'saint']);
function otherName(t: TextAnalysis, i: number): boolean {
  if (!t.capitalised(i) || kinName(t, i)) return false;
  const k = t.key(i);
  if (k.endsWith("'s") && PLACE_BEFORE.has(t.key(i - 1))) return false;
  return isGivenName(k.replace(/'s$/, ''));
}

/** Determiners and heads of someone else's family ("the twins", "a family I worked with", "the Okonkwo family"). Fifth pass. */
const OTHER_DET = new Set(['the', 'a', 'this', 'that', 'these', 'those']);
const OTHER_FAMILY = new Set(['family', 'families', 'twins', 'triplets', 'kids', 'children', 'baby', 'couple', 'household', 'siblings', 'boy', 'girl', 'lad', 'toddler', 'child', 'teenager']);
/**
 * Fifth pass (issue 6): before the kinship word, someone else's family has been introduced ("Home visit to the family at
 * 14 Larch Close ... Mum's doing her best", "the twins from Ravensthorpe Primary ... Mum's new boyfriend", "Family therapy
 * with the Okonkwo family. Dad's deportation hearing"): "Mum" and "Dad" are that family's, not the poster's.
 */
function otherFamilyBefore(t: TextAnalysis, kin: number): boolean {
  for (let j = 1; j < kin; j++) {
    if (!OTHER_FAMILY.has(t.key(j))) continue;
    if (OTHER_DET.has(t.key(j - 1)) || (j > 1 && OTHER_DET.has(t.key(j - 2)) && t.capitalised(j - 1))) return true;
  }
  return false;
}

/** A possessive name after "at" or "St" is a place ("at Jimmy's", "St Mary's"), not a person. */
function placeName(t: TextAnalysis, p: NamePiece): boolean {
  return t.key(p.t1 - 1).endsWith("'s") && (PLACE_BEFORE.has(t.key(p.t0 - 1)) || PLACE_BEFORE.has(t.key(p.t0)));
}

function ownFamilyOnly(t: TextAnalysis, refs: readonly Hit[], own: ReadonlySet<string>): boolean {
  // "My dad's in bed 4": a patient reference that is the poster's own family does not count.
  const mine = (r: Hit): boolean => (t.key(r.t0 - 1) === 'my' && (OWN_FAMILY.has(t.key(r.t0)) || isContraction(t, r.t0))) || kinName(t, r.t0);
  if (refs.some((r) => r.entry.tag !== 'event' && r.entry.tag !== 'weak' && !mine(r))) return false;
  // "Dad's chemo starts Monday", "Nan's home from hospital": a kinship word used as a name is the poster's own.
  // (Not beside a titled person, "Mr P in bed 4, Mum is with him" is the patient's mum,
  // or a given name: "Jack in bed 4, Mum is with him".)
  if (!t.has(NAME_CUES)) {
    const kin = t.tokens.findIndex((_, i) => kinName(t, i));
    // (Not beside someone else described by age: "Dad inside, mum on nights, an 11 year old raising her brothers".)
    const otherAged = (): boolean => ages(t).some((a) => t.key(a.t0 - 1) === 'a' || t.key(a.t0 - 1) === 'an');
    if (kin >= 0 && !t.tokens.some((_, i) => otherName(t, i)) && !personNames(t, own).some((p) => !(p.t0 <= kin && kin < p.t1) && !placeName(t, p)) && !otherAged() && !otherFamilyBefore(t, kin)) return true;
  }
  const { cls, any } = classes(t);
  if (!(any & C_MY)) return false;
  for (let i = 0; i + 1 < cls.length; i++) if (cls[i]! & C_MY && (cls[i + 1]! & C_OWN_FAMILY || isContraction(t, i + 1))) return true;
  return false;
}

// (Fifth pass: and the clinics, cafés, groups and clubs named for a condition: "the Down syndrome clinic", "a dementia café".)
const PLACE_KINDS = new Set(['ward', 'wards', 'unit', 'units', 'department', 'centre', 'center', 'rotation', 'placement', 'job', 'post', 'role', 'gym', 'room', 'programme', 'program', 'kitchen', 'garden', 'clinic', 'clinics', 'cafe', 'café', 'cafes', 'cafés', 'group', 'groups', 'club', 'clubs', 'choir', 'hub', 'charity', 'society']);
/** A person or patient word within four words before, in the sentence ("the lady on the stroke ward"). */
function personBefore(t: TextAnalysis, i: number): boolean {
  const { cls } = classes(t);
  const s0 = t.sentenceOf(i).t0;
  for (let j = i - 1; j >= Math.max(s0, i - 4); j--) if (cls[j]! & C_PERSON || PATIENT_HEADS.has(t.key(j))) return true;
  return false;
}
/** A service user of the reader's ("your client", "on your caseload"), in a post that addresses no account: a general reflection. */
function readersOwn(t: TextAnalysis, i: number): boolean {
  if (t.flags & MENTION) return false;
  return YOUR_ONLY.has(t.key(i - 1)) || (YOUR_ONLY.has(t.key(i - 2)) && t.key(i - 1) !== 'and');
}
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december']);
const FULL_KINDS = new Set(['full', 'title', 'apposition', 'called']);
const THIRD_SINGULAR = new Set(['he', 'she', 'his', 'her', 'him', "he's", "she's", 'hes', 'shes']);
/** A third-person singular pronoun in the condition's sentence, up to six words before it or two after. */
function pronounOf(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  return t.findKey(Math.max(s.t0, i - 6), Math.min(s.t1, i + 3), THIRD_SINGULAR) >= 0;
}
/**
 * Fifth pass (issue 6): "a hair bobble stuck somewhere a hair bobble should never be", "a toy car somewhere no toy car should
 * be": the euphemism for an object in a body, as memorable as an odd mechanism.
 */
const SHOULD_NOT = /\bsomewhere (?:[a-z'-]+ ){0,5}(?:should(?:n't| not| never)|no [a-z'-]+(?: [a-z'-]+)? should)\b/;
function euphemism(t: TextAnalysis): Piece | undefined {
  if (!t.norm.includes('somewhere') || !SHOULD_NOT.test(t.norm)) return undefined;
  const i = t.findKey(0, t.tokens.length, SOMEWHERE);
  return i >= 0 ? { t0: i, t1: i + 1 } : undefined;
}
const SOMEWHERE = new Set(['somewhere']);
/**
 * Sixth pass (issue 6): a town or road and one person ("elderly gent", "kid", "one of our clients") near it in
 * its sentence (six before, five after), with no first person between (the poster's own town: "I'm from Wolverhampton", "at our Bradford clinic"),
 * not in thanks, and not a department named like a town ("in Outpatients").
 */
function onePersonPlaced(t: TextAnalysis, tl: readonly Piece[], careActs: readonly Hit[]): boolean {
  // (A first person inside a care act, "The lady I see on Fridays in Haworth", is the carer, not whose town it is.)
  // ("my"/"our" is the poster's own thing, "my holiday pics from Magaluf", unless it owns the care: "Kid on my caseload in Hebden Bridge".)
  const poster = (j: number): boolean =>
    (FIRST_PERSONS.has(t.key(j)) || ((t.key(j) === 'my' || t.key(j) === 'our') && !CARE_OWNED.has(t.key(j + 1)))) && !careActs.some((h) => h.t0 <= j && j < h.t1);
  for (const tw of tl) {
    if (NOT_PLACED.has(t.key(tw.t0)) || t.key(tw.t0 - 1) === 'my' || t.key(tw.t0 - 1) === 'our') continue;
    const s = t.sentenceOf(tw.t0);
    if (t.findKey(s.t0, s.t1, GRATITUDE) >= 0) continue;
    const a = Math.max(s.t0, tw.t0 - 6);
    const b = Math.min(s.t1, tw.t1 + 5);
    for (let i = a; i < b; i++) {
      // (One of many, with a describing word between: "One of our bariatric clients".)
      if (!(ONE_PERSON.has(t.key(i)) || ONE_SERVICE_USER.has(t.key(i)) || (SERVICE_PLURALS.has(t.key(i)) && (oneOf(t, i) || oneOf(t, i - 1))))) continue;
      let mine = false;
      for (let j = Math.min(i, tw.t0 - 2); j < Math.max(i, tw.t0) && !mine; j++) mine = poster(j);
      if (!mine) return true;
    }
  }
  return false;
}
/** "the A470", "M62": a road by its number, in capitals as written (sixth pass). */
function roadNumbers(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < t.tokens.length; i++) {
    const c0 = t.tokens[i]!.k.charCodeAt(0);
    if ((c0 === 97 || c0 === 109) && /^[am]\d{1,4}$/.test(t.tokens[i]!.k) && t.capitalised(i)) out.push({ t0: i, t1: i + 1 });
  }
  return out;
}
const CARE_OWNED = new Set(['caseload', 'list', 'books', 'clinic', 'patients', 'clients', 'ward', 'round', 'rounds', 'group', 'class', 'unit', 'team', 'service', 'visits']);
const FIRST_PERSONS = new Set(['i', "i'm", 'im', 'me', 'we', "we're", 'us', 'mine']);
const NOT_PLACED = new Set(['outpatients', 'resus', 'majors', 'minors', 'theatre', 'theatres', 'recovery', 'radiology', 'pharmacy', 'reception', 'ed', 'a&e', 'icu', 'itu', 'hdu', 'nicu', 'maternity', 'paeds', 'ortho', 'clinic']);
const ONE_SERVICE_USER = new Set(['kid', 'child', 'client', 'patient', 'resident', 'lass', 'gent']);
/**
 * Sixth pass (issue 6): a shared headline about one person, and the poster's own part in their care ("I treated this man's
 * hand the week before!! \"Wakefield chef loses finger ...\"", "The lady in this article was on my caseload", "Was on this job",
 * "we worked on him for an hour"): anyone who read the story knows who the patient is. The headline is a quotation of four
 * words or more starting with a capital, with no first or second person in it (a patient's own words have them); outside it,
 * one person pointed at ("this man", "this article", "this job", "him", "one of ours") and care, attendance or work.
 */
function headlineLink(t: TextAnalysis): Piece | undefined {
  if (!t.norm.includes('"')) return undefined;
  let q0 = -1;
  let q1 = -1;
  for (let i = 0; i <= t.tokens.length; i++) {
    const inside = i < t.tokens.length && t.inQuotes(i) && !REPOST.test(t.norm);
    if (inside && q0 < 0) q0 = i;
    if (!inside && q0 >= 0) {
      // (A headline names someone or somewhere: a town or a capitalised word after its first, "Nobody on this ward ever listens" does not.)
      if (i - q0 >= 4 && t.capitalised(q0) && t.findKey(q0, i, SPEAKER) < 0 && (ukPlaces(t).some((p) => p.t0 >= q0 && p.t0 < i) || properAfterFirst(t, q0, i))) {
        q1 = i;
        break;
      }
      q0 = -1;
    }
  }
  if (q1 < 0) return undefined;
  let pointed = -1;
  let cared = false;
  for (let i = 0; i < t.tokens.length; i++) {
    if (i >= q0 && i < q1) continue;
    const k = t.key(i);
    if ((k === 'this' || k === 'that') && POINTED.has(t.key(i + 1).replace(/'s$/, ''))) pointed = i;
    else if ((k === 'him' || k === 'her') && pointed < 0 && (ATTENDED.has(t.key(i - 2)) || t.key(i - 2) === 'got')) pointed = i;
    else if (k === 'ours' && t.key(i - 1) === 'of' && t.key(i - 2) === 'one') pointed = i - 2;
    else if (k === 'one' && t.key(i + 1) === 'to' && ATTENDED.has(t.key(i + 2))) pointed = i;
    if (ATTENDED.has(k)) cared = true;
  }
  if (pointed < 0) return undefined;
  if (!cared && !t.hits(CASE).some((h) => h.entry.tag === 'care' || h.entry.tag === 'visit') && t.key(pointed) !== 'one') return undefined;
  return { t0: q0, t1: q1 };
}
function properAfterFirst(t: TextAnalysis, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (t.capitalised(i) && t.tokens[i]!.k.length > 1) return true;
  return false;
}
const SPEAKER = new Set(['i', "i'm", 'im', "i've", 'me', 'my', 'you', 'your', "you're", 'we', "we're", 'our', 'us']);
const POINTED = new Set(['man', 'woman', 'lady', 'lad', 'lass', 'girl', 'boy', 'guy', 'bloke', 'fella', 'gent', 'family', 'baby', 'kid', 'child', 'article', 'story', 'job', 'one', 'patient', 'chap']);
const ATTENDED = new Set(['attend', 'attended', 'attending', 'treated', 'treating', 'worked', 'scanned', 'x-rayed', 'caseload', 'conveyed', 'resus', 'job', 'shout', 'call-out']);
/** Gossip phrases that only decline to say more ("won't say more", "that's all I'm saying"): discretion, not a hint (sixth pass). */
const DISCRETION = /\bmore\b|\bsaying\b/;
/** "RT @x:": a repost endorses the words it shares, so they are not someone else's quoted words (sixth pass). */
const REPOST = /^\s*rt @/;
/** Sixth pass (issue 6): a famous person placed at work, a strong work place within two words after them ("Ex-Olympian in clinic"). */
function famousPlaced(t: TextAnalysis, famous: readonly Hit[]): boolean {
  const work = workRefs(t, true);
  // (Not a famous member of staff: "our Olympian physio in clinic".)
  return famous.some((h) => !STAFF_ROLES.has(t.key(h.t1)) && work.some((w) => w.entry.tag === 'strong' && w.t0 >= h.t1 && w.t0 <= h.t1 + 2 && t.tokens[w.t0]!.sn === t.tokens[h.t0]!.sn));
}
/** "1 in 200,000", "one in a million": a rarity by count (fifth pass). */
function oneInMany(t: TextAnalysis): Piece | undefined {
  if (t.digits === 0 && !t.norm.includes('million')) return undefined;
  for (let i = 1; i + 1 < t.tokens.length; i++) {
    if (t.key(i) !== 'in' || (t.key(i - 1) !== '1' && t.key(i - 1) !== 'one')) continue;
    // ("200,000" is two tokens, "200" and "000".)
    const thousands = /^\d{3}$/.test(t.key(i + 2)) && t.text.charAt(t.span(i + 1, i + 2).end) === ',';
    const n = Number(t.key(i + 1)) * (thousands ? 1000 : 1);
    if ((Number.isFinite(n) && n >= 1000) || t.key(i + 2) === 'million' || t.key(i + 1) === 'million') return { t0: i - 1, t1: i + (thousands ? 3 : 2) };
  }
  return undefined;
}
/** The most memorable case of a career ("weirdest case", "strangest x-ray"), and words of rarity (fifth pass). */
const SUPERLATIVE_CASE = /^(?:weirdest|strangest|oddest|wildest|craziest|most)\b/;
const RARE_WORD = /\brare|million|handful|known case|ever\b/;
const INDEFINITE = new Set(['anyone', 'anybody', 'any']);
const NONE = new Set(['none', 'zero', 'nobody', 'nil', 'zilch', 'nada']);
/** Verbs of writing to or lobbying someone ("write to your MP", "emailed the councillor"). Fifth pass. */
const APPEAL_VERBS = new Set(['write', 'writes', 'wrote', 'written', 'writing', 'email', 'emailed', 'emailing', 'e-mail', 'e-mailed', 'contact', 'contacted', 'contacting', 'lobby', 'lobbied', 'lobbying', 'petition', 'petitioned', 'complain', 'complained']);
/** The role or public figure at i is whom the post writes to or lobbies, within three words before it in its clause. */
function addressee(t: TextAnalysis, i: number): boolean {
  return t.findKey(Math.max(t.clauseStart(i), i - 3), i, APPEAL_VERBS) >= 0;
}
/** Verbs of a claim about a cause or a cure, whose object is a topic ("does not cause autism", "a cure for depression"). Fifth pass. */
const CLAIM_VERBS = new Set(['cause', 'causes', 'causing', 'cure', 'cures', 'curing', 'prevent', 'prevents', 'preventing', 'reverse', 'reverses', 'reversing', 'trigger', 'triggers', 'linked', 'link', 'links']);
const CLAIM_PREPS = new Set(['for', 'to', 'with', 'of']);
/** The condition at i is what a claim is about: a claim verb right before it, or a claim noun and a preposition ("cure for", "linked to"). */
function claimTopic(t: TextAnalysis, i: number): boolean {
  const p = t.key(i - 1);
  if (CLAIM_VERBS.has(p) && p !== 'linked' && p !== 'link' && p !== 'links') return true;
  return CLAIM_PREPS.has(p) && CLAIM_VERBS.has(t.key(i - 2));
}
const TOPIC_NEXT = new Set(['awareness', 'training', 'talk', 'talks', 'week', 'day', 'month', 'research', 'charity', 'campaign', 'workshop', 'course', 'conference', 'study', 'studies', 'webinar', 'lecture', 'seminar', 'module', 'pathway', 'guidelines', 'guideline', 'policy', 'champion', 'champions', 'lead', 'nurse', 'specialist', 'team', 'teams', 'services']);
const DOING = new Set(['doing', 'did', 'done', 'do', 'does', 'scanning', 'scanned', 'x-raying', 'x-rayed', 'treating', 'treated', 'assessing', 'assessed', 'taking', 'took', 'performing', 'performed']);
const RECOGNISE = new Set(['recognised', 'recognized', 'recognise', 'recognize', 'clocked']);
const ASKED_ABOUT = new Set(['who', 'which', 'what', 'if', 'whether', 'about']);
const NOT_A_PERSON = new Set(['ward', 'wards', 'unit', 'clinic', 'department', 'hospital', 'school', 'team', 'service', 'services', 'site', 'centre', 'practice', 'surgery', 'trust', 'hospice', 'home', 'station', 'office', 'stand', 'exhibition', 'conference', 'new']);
/** Care acts whose object is someone else ("assessed a", "treated the", "looking after Mrs"). */
const OTHER_OBJECT = new Set(['a', 'an', 'the', 'this', 'that', 'one', 'two', 'mr', 'mrs', 'ms', 'miss', 'little', 'young', 'old', 'baby', 'someone', 'somebody', 'us', 'ours']);

/** Where records are kept: "on the system", "in her notes", "on Spine". */
const SYSTEMS = new Set(['system', 'systems', 'records', 'record', 'notes', 'spine', 'emis', 'systmone', 'rio', 'epr', 'ehr', 'lorenzo', 'cerner', 'pas', 'database', 'portal', 'scr']);
/** Where care is given or recorded: a waiting room or list, notes and systems (sixth pass). */
const CARE_PLACES = new Set([...SYSTEMS, 'list', 'waiting', 'waitin', 'referral', 'referrals', 'caseload', 'theatre', 'resus', 'scanner', 'clinic', 'ward']);
/** Sixth pass (issue 6): someone the poster knows, met in care: a strong work place or a place of care or records near them. */
function knownInCare(t: TextAnalysis, p: Piece): boolean {
  // (Near the person, six words either side in their sentence: "My aunt's neighbour has just been diagnosed with MS, and being on
  // a neuro ward makes it hit home" is the poster's own ward, far from the neighbour; a condition alone is news of them.)
  const s = t.sentenceOf(p.t0);
  const a = Math.max(s.t0, p.t0 - 6);
  const b = Math.min(s.t1, p.t1 + 6);
  if (t.findKey(a, b, CARE_PLACES) >= 0) return true;
  return workRefs(t).some((w) => w.t0 >= a && w.t0 < b);
}
/** People the poster knows outside work, whose records they have no reason to open. */
const LOOKUP_PEOPLE = new Set(['ex', 'boyfriend', 'girlfriend', 'bf', 'gf', 'partner', 'neighbour', 'neighbor', 'mate', 'friend', 'colleague', 'boss', 'ex-husband', 'ex-wife', 'fella', 'missus', 'crush', 'sister-in-law', 'brother-in-law', 'mother-in-law', 'law', 'celebrity', 'celeb', 'footballer', 'date', 'teacher', 'landlord']);

/**
 * Fourth pass (issue 6): the poster looked up someone they know in the records ("looked up my new boyfriend on the
 * system", "had a nosy on the system at my ex's new girlfriend"): a look-up (case.txt, `lookup`) in a sentence with a
 * records system and a person from the poster's own life, not negated ("I can't look up her friend's results").
 */
function lookedUp(t: TextAnalysis): Piece | undefined {
  if (!t.has(CASE)) return undefined;
  for (const h of t.hits(CASE)) {
    if (h.entry.tag !== 'lookup' || t.negatedHit(h)) continue;
    const s = t.sentenceOf(h.t0);
    if (t.findKey(s.t0, s.t1, SYSTEMS) < 0) continue;
    let person = false;
    // The person is what was looked at: in the look-up or just after it, in its clause ("had a look at the rota on the
    // system, my mate is on nights" looked at the rota).
    const end = Math.min(s.t1, t.clauseEnd(h.t1 - 1), h.t1 + 6);
    for (let i = h.t0; i < end && !person; i++) {
      const k = t.key(i);
      if (LOOKUP_PEOPLE.has(k.endsWith("'s") ? k.slice(0, -2) : k) && t.key(i - 1) !== 'your' && t.key(i - 1) !== 'ur') person = true;
    }
    if (person) return { t0: h.t0, t1: Math.max(h.t1, Math.min(s.t1, h.t1 + 4)) };
  }
  return undefined;
}

function lookupFinding(t: TextAnalysis, p: Piece) {
  const evidence = tidy(evidenceOf(t, [p]));
  return {
    topic: 'confidentiality.identifiable',
    severity: 'high' as const,
    confidence: 0.8,
    message: `Says the poster looked someone they know up in the records (${qList(evidence.slice(0, 2))}). Opening a person's records without a care reason, and posting what they show, breaks confidentiality.`,
    evidence,
  };
}

/**
 * Fourth pass (issue 6): a person in care who is also in a public story ("my patient yesterday was in the paper",
 * "the man from the news who got stabbed"): a news phrase (case.txt, `news`) right after a patient or person word,
 * in a post about care or health. Anyone who saw the story knows who it is.
 */
const INCIDENTS = new Set(['crash', 'fire', 'stabbing', 'stabbings', 'shooting', 'attack', 'accident', 'collision', 'pile-up', 'pileup', 'explosion', 'blaze', 'flood', 'floods', 'derailment', 'bombing', 'incident', 'rtc', 'smash', 'fight', 'riot', 'riots', 'drowning', 'rescue', 'hit-and-run', 'shipwreck', 'landslide', 'collapse', 'rta']);
const INCIDENT_DAYS = new Set(["yesterday's", "today's", "tonight's", "saturday's", "sunday's", "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "weekend's", "last_night's"]);
const IN_WAS = new Set(['was', 'is', 'were', 'been', "he's", "she's", 'got', 'made', 'featured']);
const NEWSPAPERS = new Set(['post', 'echo', 'gazette', 'times', 'mail', 'herald', 'express', 'news', 'chronicle', 'argus', 'examiner', 'telegraph', 'observer', 'star', 'mirror', 'sun', 'guardian', 'independent', 'advertiser', 'journal', 'courier', 'standard', 'press', 'record', 'metro']);
const YOUR_ONLY = new Set(['your', 'ur', 'yours']);
const PLURAL_PEOPLE = new Set(['they', 'them', 'their', 'people', 'relatives', 'patients', 'clients', 'residents', 'family', 'families', 'couple', 'pair', 'twins', 'triplets']);
/** "one of my clients", "one of our families": a single person of the poster's own service users (fifth pass). */
const CASE_OWNERS = new Set(['my', 'our', 'this']);
function oneOf(t: TextAnalysis, i: number): boolean {
  return t.key(i - 3) === 'one' && t.key(i - 2) === 'of' && CASE_OWNERS.has(t.key(i - 1));
}
/** "our complex case", "my case this week": a service user spoken of as a case (fifth pass). */
/** (Or one of the poster's own: "one of my families", "one of our clients".) */
const SERVICE_PLURALS = new Set(['clients', 'patients', 'families', 'residents', 'kids', 'children', 'users', 'regulars', 'mums', 'dads', 'ladies', 'lads', 'cases']);
function ownCase(t: TextAnalysis): boolean {
  for (let i = 1; i < t.tokens.length; i++) {
    const k = t.key(i);
    if (k === 'case' && t.findKey(Math.max(0, i - 3), i, CASE_OWNERS) >= 0) return true;
    if (SERVICE_PLURALS.has(k) && oneOf(t, i)) return true;
  }
  return false;
}
function inTheNews(t: TextAnalysis, about: boolean): Piece | undefined {
  if (!about) return undefined;
  const { cls } = classes(t);
  // "the girl from the Heckmondwike crash": a person from an incident named by its place.
  for (let i = 0; i + 3 < t.tokens.length; i++) {
    if (!(cls[i]! & C_PERSON) || PLURAL_PEOPLE.has(t.key(i)) || (t.key(i + 1) !== 'from' && t.key(i + 1) !== 'in') || t.key(i + 2) !== 'the' || !t.capitalised(i + 3)) continue;
    let j = i + 3;
    while (j < Math.min(t.tokens.length, i + 6) && t.capitalised(j)) j++;
    // (One word may name the kind: "the Batley bus crash".)
    if (!INCIDENTS.has(t.key(j)) && INCIDENTS.has(t.key(j + 1))) j++;
    if (INCIDENTS.has(t.key(j))) return { t0: i, t1: j + 1 };
  }
  // Fifth pass (issue 6): the incident named in lower case or by its day ("the bloke from the bin lorry crash last week",
  // "the lady from yesterday's flood rescue", "the little boy from the Whitby drowning"): up to three words, then the incident.
  for (let i = 0; i + 3 < t.tokens.length; i++) {
    if (!(cls[i]! & C_PERSON) || PLURAL_PEOPLE.has(t.key(i)) || t.key(i + 1) !== 'from') continue;
    const d = t.key(i + 2);
    if (d !== 'the' && d !== 'that' && d !== 'this' && !INCIDENT_DAYS.has(d)) continue;
    for (let j = i + 3; j < Math.min(t.tokens.length, i + 7) && t.tokens[j]!.sn === t.tokens[i]!.sn; j++) if (INCIDENTS.has(t.key(j))) return { t0: i, t1: j + 1 };
  }
  // "my patient yesterday was in the Yorkshire Post": a named newspaper.
  for (let i = 2; i + 3 < t.tokens.length; i++) {
    if (t.key(i) !== 'in' || t.key(i + 1) !== 'the' || !t.capitalised(i + 2) || !IN_WAS.has(t.key(i - 1))) continue;
    let j = i + 2;
    while (j < Math.min(t.tokens.length, i + 5) && t.capitalised(j) && !NEWSPAPERS.has(t.key(j))) j++;
    if (!NEWSPAPERS.has(t.key(j)) || !t.capitalised(j)) continue;
    const s = t.sentenceOf(i);
    for (let k = i - 2; k >= Math.max(s.t0, i - 8); k--) {
      if (PLURAL_PEOPLE.has(t.key(k))) break;
      if (classes(t).cls[k]! & C_PERSON || PATIENT_HEADS.has(t.key(k))) return { t0: k, t1: j + 1 };
    }
  }
  if (!t.has(CASE)) return undefined;
  const refs = patientRefs(t, true);
  for (const h of t.hits(CASE)) {
    if (h.entry.tag !== 'news' || t.negatedHit(h)) continue;
    const s = t.sentenceOf(h.t0);
    // ("Was that your patient on the telly?": asked about someone else's.)
    if (t.findKey(s.t0, h.t0, YOUR_ONLY) >= 0 && /^\s*[^\s\w]*\?/.test(t.text.slice(t.span(s.t1 - 1, s.t1).end, t.span(s.t1 - 1, s.t1).end + 4))) continue;
    // "The man from the news who campaigns for stroke services came to talk to our team": a visitor, not a patient.
    // (Outside the news phrase itself: "was in the paper" names a paper.)
    // (Fifth pass: the paper itself named after the phrase, "is on the front page of the local paper", is no career word.)
    if ([STAFF_NOT_MEDIA, VISITS].some((set) => t.findKey(s.t0, h.t0, set) >= 0 || t.findKey(h.t1, s.t1, set) >= 0)) continue;
    for (let i = h.t0 - 1; i >= Math.max(s.t0, h.t0 - 6); i--) {
      // (One person: "patients on the news complaining about waits" are many.)
      const k = t.key(i);
      // (Fifth pass: "one of my clients is in the paper", "our complex case made the local news": one person of many, or a case.)
      if (PLURAL_PEOPLE.has(k) || PATIENT_HEADS.has(k)) {
        if (oneOf(t, i)) return { t0: i - 3, t1: h.t1 };
        if (PLURAL_PEOPLE.has(k)) break;
      }
      if ((k === 'case' && t.findKey(Math.max(s.t0, i - 3), i, CASE_OWNERS) >= 0) || cls[i]! & C_PERSON || refs.some((r) => r.t0 <= i && i < r.t1 && r.entry.tag !== 'event' && !t.key(r.t1 - 1).endsWith('s'))) return { t0: i, t1: h.t1 };
    }
  }
  return undefined;
}

export const patientDetailsRule: Rule = {
  meta: {
    id: 'confidentiality/patient-details',
    concern: 'confidentiality',
    topics: ['confidentiality.identifiable'],
    description:
      'Combinations of details that can identify a service user: a name with health details, bed/bay/ward or street, age with condition and town or job, a job at a named place, famous or unusual patients.',
    severity: 'high',
  },
  check(_post, { text: t, ownAccounts }) {
    // Cheap exit: nothing here is about a patient or a person's health.
    const maybeAged = t.digits > 0 && t.has(WORK);
    const maybeHandle = (t.flags & MENTION) !== 0 && /\byour?\b|\bur\b/i.test(t.text);
    if (!t.has(PATIENT) && !t.has(CONDITIONS) && !t.has(FAMOUS) && !t.has(NAME_CUES) && !t.has(PLACE_WORDS) && !t.has(UNUSUAL) && !t.has(ROLES) && !t.has(CASE) && !t.has(ODD) && !maybeAged && !maybeHandle) return [];
    const refs = patientRefs(t, true);
    // A condition naming an event or a topic ("stammering awareness session", "dementia training day") is nobody's health (fourth pass).
    // ("I started on a stroke ward": the kind of a place, unless a person is said to be in it: "the man on our stroke ward".)
    // (Fifth pass: nor a condition that is the object of a claim about a cause or a cure, "the MMR does not cause autism",
    // "not a cure for depression", "her tea 'cures' endometriosis": a topic, nobody's health.)
    const conditions = t.hits(CONDITIONS).filter((c) => !TOPIC_NEXT.has(t.key(c.t1)) && !(PLACE_KINDS.has(t.key(c.t1)) && !personBefore(t, c.t0)) && !claimTopic(t, c.t0));
    // A famous person or a "guess who" denied or quoted ("no 'guess who came in'") is talk about the practice, not a hint (fourth pass;
    // the denial right before it: "You'll never guess which Emmerdale actor" still hints).
    // ("International Day of Older Persons", "Olympic Park": the word starting a capitalised title is no person.)
    // ("Our local MP visited the ward today": a public figure on an official visit is no patient.)
    // (Fifth pass: nor an indefinite one asked about, "whether I'd treated anyone famous", nor a count answered "none":
    // "famous faces I've treated: none".)
    const famous = t.hits(FAMOUS).filter((h) => !addressee(t, h.t0) && !INDEFINITE.has(t.key(h.t0 - 1)) && !NONE.has(t.key(t.sentenceOf(h.t0).t1 - 1)) && t.findKey(h.t1, Math.min(t.sentenceOf(h.t0).t1, h.t1 + 3), VISITS) < 0 && !(t.isNegationCue(h.t0 - 1) || (h.t0 > 1 && t.isNegationCue(h.t0 - 2) && !t.capitalised(h.t0 - 1))) && !(t.mayQuote && t.quotedSpan(h.t0, h.t1) && !REPOST.test(t.norm)) && !(h.t1 - h.t0 === 1 && t.capitalised(h.t0) && t.capitalised(h.t1) && TITLE_HEADS.has(t.key(h.t1))));
    const lookup = lookedUp(t);
    if (lookup) return [lookupFinding(t, lookup)];
    const titled = t.has(NAME_CUES);
    const caseHits = t.hits(CASE);
    // (Fifth pass: or the euphemism "somewhere ... should never be", tested on the text only when the word is there.)
    // (And a person from an incident, "the woman from yesterday's canal rescue", looked for below.)
    const odd = t.has(ODD) || t.has(CASE) || t.norm.includes('somewhere ') || t.findKey(0, t.tokens.length, INCIDENTS) >= 0;
    if (refs.length === 0 && conditions.length === 0 && famous.length === 0 && !titled && !maybeAged && !maybeHandle && !odd && !t.has(PLACE_WORDS) && !(t.has(ROLES) && (classes(t).any & C_SAINT) !== 0)) return [];
    const locs = locations(t);
    if (refs.length === 0 && conditions.length === 0 && famous.length === 0 && locs.length === 0 && !titled && !maybeAged && !maybeHandle && !odd && !(t.digits > 0 && t.has(PLACE_WORDS))) return [];
    // Care acts ("did a chest x-ray on", "came to see me", "welfare check at") and "saw a 19yo girl" put a person in care as a patient word does.
    // ("visited the ward", "assessed the service": a place or a service is no person; fourth pass.)
    const careActs = caseHits.filter((h) => (h.entry.tag === 'care' || h.entry.tag === 'visit') && !(OTHER_OBJECT.has(t.key(h.t1 - 1)) && NOT_A_PERSON.has(t.key(h.t1))));
    // Someone the poster knows from outside work ("my cousin's fiance", "someone I went to sixth form with").
    // (Not when the poster handed the care to a colleague: "My neighbour came into my clinic so I asked a colleague to see him".)
    const handedOver = caseHits.some((h) => h.entry.tag === 'handover');
    const known = handedOver ? [] : acquaintances(t);
    // (A care act on someone else's person, "assessed a 6-year-old ... Mum was in tears", or an acquaintance, is not the poster's own family.)
    const othersCared = known.length > 0 || careActs.some((h) => OTHER_OBJECT.has(t.key(h.t1 - 1)));
    if (!othersCared && ownFamilyOnly(t, refs, ownAccounts)) return [];
    // Refusing to tell someone who asks ("Stop asking", "People ask if I've ever treated anyone famous") keeps a boundary,
    // unless the post still names the person, their age or their address (below).
    // ("Stop asking" only about who or what, or closing its clause: "stop asking me for toast" is another request.)
    const refusal = caseHits.some((h) => h.entry.tag === 'refuse' && (t.key(h.t0) !== 'stop' || ASKED_ABOUT.has(t.key(h.t1)) || !t.tokens[h.t1] || (t.tokens[h.t1]!.flags & (CLAUSE | BREAK)) !== 0));

    const ageList = ages(t);
    const gossip = caseHits.some((h) => h.entry.tag === 'gossip');
    const sawAged = ageList.some((a) => SAW.has(t.key(a.t0 - 1)) || SAW.has(t.key(a.t0 - 2)));
    // "No referral needed": a negated care event is not one.
    // (Fifth pass: nor, in a post addressed to nobody, the reader's own service users of a general reflection, "when the only
    // plumber in the village is also your client", "your kid's teacher is on your caseload".)
    const liveRefs = refs.filter((r) => (r.entry.tag !== 'event' || !(t.isNegationCue(r.t0 - 1) || (r.t0 > 1 && t.isNegationCue(r.t0 - 2)))) && !readersOwn(t, r.t0));
    // (Recognising a name on the list is itself care of someone known: "Recognised the name on the list this morning".)
    const recognised = known.some((k) => RECOGNISE.has(t.key(k.t0)));
    const care = liveRefs.length > 0 || careActs.length > 0 || sawAged || recognised;
    // Odd mechanisms ("swallowed 14 batteries for a bet", "got her hand stuck"): an injury, and a memorable one.
    const oddPieces: Piece[] = t.hits(ODD).filter((h) => h.entry.tag !== 'weak' || t.findKey(Math.max(0, h.t0 - 3), h.t1 + 4, BODY) >= 0);
    const somewhere = euphemism(t);
    if (somewhere) oddPieces.push(somewhere);
    // Deaths and "RIP" alone, with no care in the post, are news or grief about someone, not a service user's health.
    const health = conditions.some((c) => !DEATH_NOTICE.has(c.entry.term)) || (care && conditions.length > 0) || oddPieces.length > 0;
    const addrs = addresses(t);
    const descr = described(t);
    // A word shouted in capitals ("the patients LOVED me") is not a name unless it is a given name ("TERRY IS BACK").
    // (A name never runs across sentences, "without names. Too easy", and brands and characters with a title are not people.)
    // (Nor a day or a month: "the student SLT service: Mondays and Wednesdays"; fifth pass.)
    const allNames = personNames(t, ownAccounts).filter((p) => !notPatient(t, p) && !(p.t1 - p.t0 === 1 && CALENDAR.has(t.key(p.t0))) && !shouted(t, p) && !inTitle(t, p) && t.tokens[p.t0]!.sn === t.tokens[p.t1 - 1]!.sn && !(p.kind === 'title' && CHARACTERS.has(t.key(p.t1 - 1).replace(/'s$/, ''))));
    // A given name on its own is strong only in a post about care or health ("Little Maisie went home from NICU").
    const givenStrong = care || health || locs.length > 0;
    const strongNames = allNames.filter((p) => p.kind !== 'given' || givenStrong);
    const given = allNames.filter((p) => p.kind === 'given' && !givenStrong);
    // "Jean, 84, ...", "Derek (84)": a capitalised word just before an age names the person.
    for (const a of ageList) {
      const i = a.t0 - 1;
      if (i >= 0 && t.capitalised(i) && /^[a-z][a-z'-]+$/.test(t.key(i)) && !['the', 'a', 'our', 'my', 'aged', 'age', 'today', 'visit', 'only', 'just'].includes(t.key(i))) {
        const known = allNames.find((p) => p.t0 <= i && p.t1 > i);
        if (!known) strongNames.push({ t0: i, t1: i + 1, kind: 'given' });
        else if (!strongNames.includes(known)) strongNames.push(known);
      }
    }
    // "Shoutout to Mavis who turned 100 on our ward": a given name with an age a few words on, at work (fourth pass).
    if (ageList.length > 0 && workRefs(t, true).length > 0) {
      for (const p of given) if (!strongNames.includes(p) && ageList.some((a) => a.t0 >= p.t1 && a.t0 <= p.t1 + 3 && t.tokens[a.t0]!.sn === t.tokens[p.t0]!.sn)) strongNames.push(p);
    }
        // "@DaveRuns83 glad the knee op went well, see you at your follow-up": a service user named by their handle.
    const handle = mentionedPatient(t, ownAccounts) ?? (care || health ? profileHandle(t, ownAccounts) : undefined);
    if (handle) strongNames.push(handle);
    // Initials with a place or an age ("JB from Ossett"), nicknames ("Big Trev"), a family by its surname ("the Hartley kids"),
    // and someone the reader knows ("your ex"): names in all but form, in a post about care or health.
    const free = (p: Piece): boolean => !strongNames.some((q) => q.t0 < p.t1 && p.t0 < q.t1);
    const extraNames: NamePiece[] = [];
    if (givenStrong || care || health) for (const p of [...initials(t), ...nicknames(t)]) if (free(p)) extraNames.push({ ...p, kind: 'given' });
    if (care || health) for (const p of familyNames(t)) if (free(p)) extraNames.push({ ...p, kind: 'full' });
    // Someone the reader knows counts only when the poster saw them in care ("saw your nan at the memory clinic"), not in advice ("do it for your nan").
    // (Or a procedure on them the poster does: "Doing your old PE teacher's bowel scope"; not "my mate's dad died", news at work.)
    const doneTo = (p: Piece): boolean => health && t.key(p.t1 - 1).endsWith("'s") && conditions.some((c) => c.t0 >= p.t1 && c.t0 <= p.t1 + 2) && t.findKey(t.sentenceOf(p.t0).t0, p.t0, DOING) >= 0;
    if (!handedOver) for (const p of knownPersons(t)) if (free(p) && (care || doneTo(p))) extraNames.push({ ...p, kind: 'full' });
    // The poster's own acquaintances, in care ("my cousin's fiance came in with ...").
    // (Sixth pass: or the acquaintance met in the poster's place of care or records, in the same sentence: "some1 from my sixth
    // form in the waiting room at the mental health clinic", "my neighbour's name on the eating disorders waiting list".)
    for (const p of known) if (free(p) && (care || doneTo(p) || knownInCare(t, p))) extraNames.push({ ...p, kind: 'full' });
    // (A family named by its surname is never staff, whatever the career words around it: "case conference for the Ahmed children".)
    for (const p of extraNames) if (p.kind === 'full' || !notPatient(t, p)) strongNames.push(p);
    // A house or flat number with the one person who lives there ("the fella at flat 9"), or in a post about care.
    const houseList = houseNumbers(t);
    const houses = care || health || houseList.some((h) => individualNear(t, h)) ? houseList : [];
    // (Fifth pass: not a public figure written to, "Write to your MP", "I've written to the councillor": whom an appeal is
    // addressed to is no one in care.)
    const roles = t.hits(ROLES).filter((r) => !addressee(t, r.t0));

    // Who the post is about: a service user (patient words, care events), or a named or famous person with a health detail.
    const bedPlace = locs.some((l) => BED_WORDS.has(t.key(l.t0)));
    const namedAt = locs.some((l) => ['in', 'from', 'on'].includes(t.key(l.t0 - 1)) && l.t0 >= 2 && t.capitalised(l.t0 - 2) && t.sentenceOf(l.t0).t0 !== l.t0 - 2);
    // "bay 4 bed 2 has pressed the buzzer 47 times", "whoever is in side room 6": the bed stands for the person in it.
    const bedActor = locs.some((l) => BED_WORDS.has(t.key(l.t0)) && (t.findKey(l.t1, Math.min(t.sentenceOf(l.t0).t1, l.t1 + 6), HUMAN_ACTS) >= 0 || t.findKey(Math.max(0, l.t0 - 4), l.t0, OCCUPANT) >= 0));
    // Fourth pass (issue 6): the bed said to be a person ("bed 7 is the sweetest man alive") or mourned ("RIP bed 12"): it stands for
    // its occupant, but says little else about them (review level unless more is said).
    const bedIs = !bedActor && locs.some((l) => BED_WORDS.has(t.key(l.t0)) && t.sentenceOf(l.t0).t0 >= l.t0 - 1 && ((COPULA.has(t.key(l.t1)) && t.findKey(l.t1 + 1, Math.min(t.sentenceOf(l.t0).t1, l.t1 + 6), PERSON_NOUNS) >= 0) || MOURN.has(t.key(l.t0 - 1))));
    const person = bedPlace && (namedAt || allNames.length > 0 || ageList.length > 0 || health || (classes(t).any & C_PERSON) !== 0 || bedActor || bedIs || descr.length > 0);
    // "Sunnybank care home resident who keeps escaping": a named place of care and one person singled out in it.
    const placeIndividual = descr.length > 0 && locs.some((l) => !BED_WORDS.has(t.key(l.t0)));
    // "Fixed Mrs Henderson's hip", "Lost our lovely Mr Patel overnight": a titled name with care, a body part or a loss.
    const titledCare = strongNames.some((p) => p.kind === 'title') && (workRefs(t, true).length > 0 || (classes(t).any & C_CLINICAL) !== 0);
    // "Edna (94) told me the filthiest joke ... love my job": a named, aged person met at work.
    const agedAtWork = strongNames.some((p) => ageList.some((a) => a.t0 >= p.t1 && a.t0 <= p.t1 + 3 && t.tokens[a.t0]!.sn === t.tokens[p.t0]!.sn)) && workRefs(t, true).length > 0;
    // With no care in the post, a name and a condition must be about the same person: close together in one sentence.
    // ("TERRY IS BACK. third time this month. same chest pain": a short post about one named person counts across sentences.)
    // (Fifth pass: or a full or titled name and, in a later sentence, a condition said of "him" or "her": "Had Gary Hollinshead
    // in for his knee today ... the state of his ACL", "it was Sandra Hollis ... she's booked for biopsy".)
    const namedCondition = strongNames.some((p) => conditions.some((c) => ((t.tokens[c.t0]!.sn === t.tokens[p.t0]!.sn || t.tokens.length <= 30) && Math.abs(c.t0 - p.t0) <= 16) || (FULL_KINDS.has(p.kind) && c.t0 > p.t1 && t.tokens[c.t0]!.sn - t.tokens[p.t0]!.sn <= 2 && pronounOf(t, c.t0))));
    // "the Grove Road twins ... with asthma": a named place and a health detail about people.
    const placedHealth = health && locs.some((l) => !BED_WORDS.has(t.key(l.t0))) && (classes(t).any & C_PERSON) !== 0;
    // "Somewhere in Leeds tonight a pensioner is very proud of his new hip": one person, their health and their town (fourth pass).
    const townedHealth = health && t.findKey(0, t.tokens.length, ONE_PERSON) >= 0 && ukPlaces(t).length > 0;
    // "Guess which soap actor came through resus tonight": a public figure, at work, singled out.
    // (Sixth pass: or the famous person placed at work, a work place right after them: "Ex-Olympian in clinic", "which Leeds
    // United player was in our MRI scanner".)
    const famousAtWork = famous.length > 0 && ((workRefs(t, true).length > 0 && (t.has(UNUSUAL) || t.has(RECENCY))) || careActs.length > 0 || gossip || famousPlaced(t, famous));
    // "The vicar at St Anne's is off the waiting list for his new hip": a known role at a named place, with their treatment.
    const roleTreated = roles.length > 0 && locs.some((l) => !BED_WORDS.has(t.key(l.t0))) && treated(t);
    // "Met a woman today who's had 11 miscarriages": an unusual history of a person, or something rare about them.
    const rarity = oneInMany(t);
    const unusualPerson = health && (t.has(UNUSUAL) || countedCondition(t) || rarity !== undefined) && (classes(t).any & C_PERSON) !== 0;
    // "96 year old lady in my Skipton clinic", "Sweetest chap in CT today, ex-RAF, 92": one aged person met at work (fifth pass;
    // the score below still asks for more than the age).
    const agedAtWorkPerson = ageList.length > 0 && t.findKey(0, t.tokens.length, ONE_PERSON) >= 0 && workRefs(t, true).length > 0;
    // "A nurse from our own trust was admitted after an overdose": a colleague as the patient, known to everyone at work.
    // (A health detail is needed: "the new physio on our team ... patients love her" is praise.)
    const ownStaff = health && OWN_STAFF.test(t.norm);
    // "my patient yesterday was in the paper", "the man from the news who got stabbed": a person in a public story.
    if (refusal && strongNames.length === 0 && ageList.length === 0 && addrs.length === 0 && locs.length === 0) return [];
    // "If you drove past ... and saw a man in a Spiderman suit ..., yes that was my patient": confirming who it was to readers who saw.
    const confirmed = caseHits.find((h) => h.entry.tag === 'confirm' && !t.negatedHit(h) && t.findKey(0, h.t0, YOU) >= 0);
    const newsLink = inTheNews(t, care || health || ownCase(t) || t.has(WORK)) ?? (confirmed ? { t0: confirmed.t0, t1: confirmed.t1 } : undefined) ?? headlineLink(t);
    if (newsLink) strongNames.push({ ...newsLink, kind: 'full' });
    // A notice of a service or an event ("New hours for the student SLT service", "Free blood pressure checks outside Halifax
    // Minster on Saturday", "I'm speaking at ... about hip fracture"), with no one person in it, describes no service user (fifth pass).
    if (t.has(ANNOUNCE) && strongNames.length === 0 && addrs.length === 0 && houses.length === 0 && ageList.length === 0 && descr.length === 0 && !bedPlace && famous.length === 0) return [];
    // Sixth pass (issue 6): a hint that readers know the person ("I can't say more", "you wouldn't believe who", "we both know
    // which little boy I mean"), about someone in the poster's care or met at work: review level on its own.
    // (The hint's own "can't" or "won't" is no denial; but saying no more about it, "Lost a patient today. Won't say more",
    // "That's all I'm saying", is discretion, not a hint at who.)
    const hintHit = caseHits.find((h) => h.entry.tag === 'gossip' && !DISCRETION.test(h.entry.term));
    const hinted = hintHit !== undefined && !refusal && (care || workRefs(t).length > 0);
    // Sixth pass (issue 6): one person in the poster's care or met at work, placed in their town or on a named road in the same
    // stretch of text ("that job was in Ossett, elderly gent", "Kid on my caseload in Hebden Bridge", "Lost a young lad on the
    // A470"): review level unless more is said.
    // (Care not denied: "Not a patient. Not a carer.")
    // (Worked out only when nothing cheaper has decided, and only on the shared place list and road numbers: "Ossett", "the A470".)
    let placedMemo: boolean | undefined;
    const placedOne = (): boolean => {
      if (placedMemo !== undefined) return placedMemo;
      placedMemo = false;
      if (refusal || !(careActs.length > 0 || sawAged || liveRefs.some((r) => !t.negatedHit(r)) || t.has(WORK))) return false;
      // (The shared list's array is cached for other rules: copied, never added to.)
      let places: readonly Piece[] = ukPlaces(t);
      if (t.digits > 0) {
        const roads = roadNumbers(t);
        if (roads.length > 0) places = [...places, ...roads];
      }
      if (places.length === 0) return false;
      placedMemo = onePersonPlaced(t, places, careActs) && t.findKey(0, t.tokens.length, GENERIC_OR_APPEAL) < 0;
      return placedMemo;
    };
    const anchored =
      newsLink !== undefined ||
      hinted ||
      // An odd injury met at work ("got the lifeboat man in with the harpoon through his thigh") is one real person.
      (oddPieces.length > 0 && (t.has(WORK) || (t.findKey(0, t.tokens.length, ONE_PERSON) >= 0 && towns(t).length > 0))) ||
      townedHealth ||
      agedAtWorkPerson ||
      care || bedActor || strongNames.some((p) => extraNames.includes(p)) || houses.length > 0 || (descr.length > 0 && health) || (health && (gossip || addrs.length > 0)) || (addrs.length > 0 && (care || refs.length > 0 || workRefs(t, true).length > 0 || t.has(CASE)) && addrs.some((a) => householdNear(t, a))) || titledCare || agedAtWork || placedHealth || famousAtWork || roleTreated || unusualPerson || ownStaff || (person && bedPlace) || (strongNames.length > 0 && locs.length > 0) || (health && (namedCondition || ageList.length > 0 || famous.length > 0 || roles.length > 0)) || handle !== undefined || placedOne();
    // "Mr B", "Mrs M's brownies": a title with a bare initial is how staff half-anonymise a service user; on its own it is
    // review level (fourth pass).
    const titledInitial = !anchored && strongNames.some((p) => p.kind === 'title' && p.t1 - p.t0 === 2 && /^[a-z]$/.test(t.key(p.t1 - 1).replace(/'s$/, '')) && t.capitalised(p.t1 - 1) && !t.hits(ROLES).some((r) => r.t0 >= p.t1 && r.t0 <= p.t1 + 4));
    if (!anchored && !titledInitial) return [];
    // A story from the telly or a journal, with no care of the poster's own and no name or place in it, is not a disclosure.
    // (A story word denied, "not a journal article", is no story.)
    if (!care && famous.length === 0 && strongNames.length === 0 && locs.length === 0 && t.tokens.some((x, i) => STORY.has(x.k) && !t.negated(i))) return [];
    const townList = towns(t);
    const when = t.hits(RECENCY);
    const unusual: Piece[] = t.hits(UNUSUAL).slice();
    const counted = countedCondition(t);
    if (counted) unusual.push(counted);
    if (rarity) unusual.push(rarity);
    unusual.push(...oddPieces);
    // A centenarian is rare enough to single a person out ("Just discharged a 103 year old").
    // (Fifth pass: the number anywhere in the age, "turned 104", "aged 101", not only at its start.)
    for (const a of ageList) for (let i = a.t0; i < a.t1; i++) if (/^(?:10\d|11[0-5])$/.test(t.key(i)) && t.tokens[i]!.flags & NUM) { unusual.push(a); break; }
    const venueList = venues(t, townList);
    venueList.push(...schoolYears(t));
    // A person singled out by what happened to them ("the lad who overdosed", "bloke who swallowed 14 batteries"), not
    // any relative clause ("a lady today who told me I'd made her day" is an anonymous reflection).
    const distinctive = descr.some((d) => {
      const end = Math.min(t.sentenceOf(d.t0).t1, d.t1 + 8);
      // (From the person on: "the bloke with the gangrenous toe who ..." is singled out by the toe.)
      const inClause = (h: { t0: number }): boolean => h.t0 >= d.t0 && h.t0 < end;
      const after = (h: { t0: number }): boolean => h.t0 >= d.t1 && h.t0 < end;
      return conditions.some(inClause) || oddPieces.some(inClause) || t.hits(UNUSUAL).some(after);
    });

    // A job at a named place, or someone the poster knows ("my daughter's maths teacher", "the local vicar").
    // ... or after it, where the poster lives ("the postman on our estate", "the lollipop lady from my street", "the barber next door").
    const knownRole = !handedOver && roles.some(
      (r) =>
        LOCAL_ROLE.has(t.key(r.t0 - 1)) ||
        LOCAL_ROLE.has(t.key(r.t0 - 2)) ||
        t.key(r.t0) === 'local' ||
        (LOCAL_AFTER.has(t.key(r.t1)) && (t.key(r.t1 + 1) === 'our' || t.key(r.t1 + 1) === 'my')) ||
        (t.key(r.t1) === 'next' && t.key(r.t1 + 1) === 'door'),
    );
    const roleAtPlace = roles.length > 0 && (knownRole || locs.some((l) => !BED_WORDS.has(t.key(l.t0))) || townList.length > 0 || venueList.length > 0);
    const famousHere = famous.length > 0 && (care || health || famousAtWork);
    const staffPiece = ownStaff ? staffSpan(t) : undefined;
    const strong: Piece[] = [...strongNames, ...locs, ...addrs, ...houses, ...(famousHere ? famous : []), ...(roleAtPlace ? roles.slice(0, 1) : []), ...(staffPiece ? [staffPiece] : [])];
    const score =
      (ageList.length ? WEIGHT.age : 0) +
      (health ? WEIGHT.condition : 0) +
      (when.length ? WEIGHT.when : 0) +
      (townList.length ? WEIGHT.town : 0) +
      (roles.length ? WEIGHT.role : 0) +
      (unusual.length ? WEIGHT.unusual : 0) +
      (venueList.length ? WEIGHT.venue : 0) +
      (distinctive ? WEIGHT.described : 0) +
      (given.length && (care || health) ? WEIGHT.given : 0);
    // Beyond age and condition, which alone make a teaching case.
    const beyond = townList.length + roles.length + unusual.length + venueList.length + (given.length && care ? 1 : 0) + (when.length && (ageList.length || care) ? 1 : 0);

    // A post about what identifies a person ("is a bed number identifying?"), with nothing that names one, teaches.
    if (classes(t).any & C_META && strongNames.length === 0 && addrs.length === 0 && houses.length === 0) return [];
    // With no care of the poster's own and nothing that names one person, a generic statement ("A 70-year-old from Leeds
    // with diabetes is at higher risk ...") or a public appeal ("... is running 10 marathons for the stroke unit, donate here")
    // describes nobody in the poster's care (fourth pass).
    if (!care && strongNames.length === 0 && addrs.length === 0 && houses.length === 0 && locs.length === 0 && t.findKey(0, t.tokens.length, GENERIC_OR_APPEAL) >= 0) return [];
    if (strong.length === 0) {
      // (Fifth pass: a rare condition of one person in the poster's care narrows them to a handful, "little lad on my list
      // has a syndrome that's 1 in 200,000": review level with only the condition and its rarity.)
      // (The rarity said of the condition: within a few words of it in its sentence, not "the only swear word ... the hoist".)
      // (And only rarity itself: a count against a population, a case the poster calls the weirdest of their career, or "rare" said
      // of someone in their care; not "the only", a count of events or an ordinal: "covid killed more ... for the 100th time".)
      const nearCondition = (u: Piece): boolean => [...conditions, ...oddPieces].some((c) => t.tokens[c.t0]!.sn === t.tokens[u.t0]!.sn && Math.abs(c.t0 - u.t0) <= 12);
      const rareCase =
        health &&
        ((rarity !== undefined && nearCondition(rarity) && (care || (classes(t).any & C_PERSON) !== 0)) ||
          t.hits(UNUSUAL).some((u) => nearCondition(u) && (SUPERLATIVE_CASE.test(u.entry.term) || (care && RARE_WORD.test(u.entry.term)))));
      if (((score < 3 && !rareCase) || beyond === 0) && !hinted && !placedOne()) return [];
      if (classes(t).any & C_TEACHING && townList.length === 0 && unusual.length === 0) return [];
    } else if (strongNames.length === 0 && addrs.length === 0 && houses.length === 0 && !famousHere && !roleAtPlace && !staffPiece && !placeIndividual) {
      const street = locs.some((l) => STREET_HEADS.has(t.key(l.t1 - 1)));
      // A bed, bay or place alone, in thanks ("the family in bay 2 for the flowers"), discloses nothing about the person.
      // ("today" adds nothing about who the person is.)
      if (score - (when.length ? WEIGHT.when : 0) === 0 && !bedActor && !bedIs && locs.every((l) => t.findKey(t.sentenceOf(l.t0).t0, t.sentenceOf(l.t0).t1, THANKS) >= 0)) return [];
      // A named ward or hospital with nothing about one person in it ("our patients on Ward 12 deserve better").
      if (!bedPlace && !street && score < 2) return [];
      // A bed inside someone else's quoted words ("a colleague called him 'the junkie in bay 3'"), with nothing else about the person.
      if (score === 0 && t.mayQuote && locs.every((l) => t.quotedSpan(l.t0, l.t1))) return [];
    }
    const pieces: Piece[] = [
      ...strong,
      ...(hinted && hintHit ? [hintHit] : []),
      ...roles.slice(0, 1),
      ...townList.slice(0, 2),
      ...venueList.slice(0, 1),
      ...ageList,
      ...conditions.slice(0, 2),
      ...unusual.slice(0, 1),
      ...descr.slice(0, 1),
      ...when.slice(0, 1),
      ...given.slice(0, 1),
      ...refs.slice(0, 1),
    ];
    const evidence = tidy(evidenceOf(t, pieces));
    const streetNamed = locs.some((l) => STREET_HEADS.has(t.key(l.t1 - 1)));
    const named = strongNames.length > 0 || addrs.length > 0 || houses.length > 0 || famousHere || roleAtPlace || streetNamed || staffPiece !== undefined;
    // A bed with its occupant, or one person singled out at a named place, identifies as a name does.
    const placed = bedPlace && person && (bedActor || score > 0 || strongNames.length > 0 || descr.length > 0 || locs.some((l) => BED_WORDS.has(t.key(l.t0)) && personIn(t, l)));
    // Where a person lives or works (town, venue, job) with two more details narrows them to a few.
    // (Fourth pass: age, condition and town together are the labelling guide's own example of an identifying combination.)
    const placeBased = score >= 3 && townList.length + venueList.length + roles.length > 0 && (beyond >= 2 || (ageList.length > 0 && health));
    // (A name only recognised, with nothing else about the person, is a hint: review level.)
    const recognisedOnly = recognised && strong.length === 1 && score - (when.length ? WEIGHT.when : 0) === 0;
    const high = !titledInitial && !recognisedOnly && (named || placed || placeIndividual || placeBased || score >= 4 || (strong.length > 0 && score >= 2)) && !(bedIs && !named && score === 0);
    // Each further identifying piece (a name and a bed and a hospital) adds to the confidence.
    const extra = Math.max(0, strong.length - 1);
    const confidence =
      strong.length > 0
        ? Math.min(0.95, (named || placed || placeIndividual ? 0.8 : 0.66) + Math.min(score + extra, 5) * 0.04)
        : high
          ? Math.min(0.9, Math.max(0.78, 0.5 + Math.min(score, 5) * 0.07))
          : Math.min(0.9, 0.5 + Math.min(score, 5) * 0.06);
    const what = named
      ? 'a service user with details that identify them'
      : strong.length > 0
        ? 'a service user with their bed, ward or place of care'
        : 'a service user with details that together could identify them';
    return [
      {
        topic: 'confidentiality.identifiable',
        severity: high ? 'high' : 'medium',
        confidence,
        message: `Describes ${what} (${qList(evidence.slice(0, 4))}). Together, details like these can let others recognise a service user, which breaks confidentiality.`,
        evidence,
      },
    ];
  },
};
