/**
 * Boundaries: a personal act (contact, romance, money) close to a mention of a service user or
 * their carer, and not refused, negated, asked about, or done through a proper channel.
 *
 * A service user or carer is found by the shared patient list ("my patient", "the patient's
 * daughter", "someone on my caseload"), by a named relative in a post about care ("Mr Kowalski's
 * wife" with biopsy results), and by "you" when the post says the reader was seen in clinic
 * ("great to see you at the clinic today, you're looking fit").
 */
import type { Hit, Lexicon, TextAnalysis } from '../text/index.js';
import { SECOND_PERSON, loadLexicon, outermost } from '../text/index.js';
import { patientRefs, workRefs } from '../common/lexicons.js';
import { FAMILY, personNames } from '../common/people.js';
import { CONDITIONS } from '../confidentiality/context.js';
import { LastPost } from '../common/memo.js';

export const NOT_BOUNDARIES = loadLexicon(new URL('./not-boundaries.txt', import.meta.url));
export const ENCOUNTER = loadLexicon(new URL('./encounter.txt', import.meta.url));

/** Titles registrants name patients by, in any case ("mrs patel"); "miss" is left out (a verb too). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'mx']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'that', 'this']);
/** Injuries that describe a person ("the lad with the broken scaphoid"). */
const INJURED = new Set(['broken', 'fractured', 'dislocated', 'sprained', 'torn', 'snapped', 'ruptured', 'bust', 'busted', 'knackered', 'dodgy', 'injured', 'bad']);
const FLYERS = new Set(['flyer', 'flyers', 'flier', 'fliers']);
/** "frequent flyer miles": the airline's scheme, not a repeat attender (fifth pass). */
const AIR_MILES = new Set(['miles', 'points', 'card', 'status', 'club', 'scheme', 'programme', 'program', 'account', 'number', 'lounge', 'perks', 'tier']);
/** How far apart, in tokens, the patient and the act may be. */
const REACH = 14;

export interface Pair {
  patient: Hit;
  act: Hit;
}

/** Verbs of treating someone ("the firefighter I plastered"). */
const CARE_VERBS = new Set(['visit', 'support', 'supported', 'rehabbing', 'triaging', 'treating', 'nursing', 'scanning', 'seeing', 'supervising', 'mentoring', 'assessing', 'rehabbing', 'treated', 'plastered', 'scanned', 'x-rayed', 'xrayed', 'saw', 'assessed', 'discharged', 'nursed', 'stitched', 'cannulated', 'triaged', 'admitted', 'rebuilt', 'fixed', 'splinted', 'casted', 'resuscitated', 'intubated', 'operated', 'delivered', 'visited', 'rehabbed', 'treat', 'see', 'scan', 'nurse',
  // Fourth pass: "a lady we blue-lighted" (split at the hyphen), "a guy I've seen", "the bloke I sutured".
  'blue', 'seen', 'reviewed', 'examined', 'sutured', 'catheterised', 'dressed', 'mobilised', 'rehabilitated', 'scoped', 'screened', 'counselled', 'taught', 'coached']);
const BODY = new Set(['knee', 'hip', 'back', 'shoulder', 'ankle', 'wrist', 'leg', 'arm', 'neck', 'hand', 'foot', 'baby', 'heart', 'teeth']);
/** People words a care verb or a condition can describe. */
const PEOPLE = new Set([
  // "the wee mrs from the knee class", "the hottie I cannulated" (third pass).
  'mrs', 'missus', 'hottie', 'stunner', 'hunk', 'cutie', 'babe', 'regular',
  'guy', 'bloke', 'lad', 'man', 'woman', 'lady', 'girl', 'boy', 'gent', 'chap', 'fella', 'firefighter', 'fireman', 'policeman', 'copper', 'builder', 'footballer',
  'runner', 'cyclist', 'rugby', 'player', 'soldier', 'teacher', 'dad', 'mum', 'student', 'one', 'someone', 'somebody', 'person', 'patient', 'doctor', 'nurse',
  'paramedic', 'barman', 'barmaid', 'postman', 'plumber', 'electrician', 'mechanic', 'farmer', 'model', 'dancer', 'boxer', 'lifeguard', 'pilot', 'driver',
  // Added for issue 6: more ages and roles people are described by.
  'teenager', 'teen', 'kid', 'child', 'youngster', 'widow', 'widower', 'gentleman', 'grandma', 'grandpa', 'gran', 'lass', 'grandad', 'granddad', 'nan', 'nana', 'athlete', 'rugby', 'footballer',
  'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'fireman', 'squaddie', 'jockey', 'gymnast', 'swimmer', 'golfer', 'surfer', 'climber',
]);
/** Plurals of PEOPLE for the object of a care verb ("massaging hot rugby players all day"). */
const PEOPLE_PLURAL = new Set(['ones', 'regulars', 'survivors', 'residents', 'parents', 'carers', 'kids', 'children', 'families', 'clients', 'guys', 'blokes', 'lads', 'men', 'women', 'ladies', 'girls', 'boys', 'players', 'footballers', 'athletes', 'runners', 'cyclists', 'firefighters', 'soldiers', 'dads', 'mums', 'students', 'dancers', 'boxers', 'models', 'people', 'teenagers', 'teens',
  // Fifth pass: relatives in the plural ("the husbands in recovery").
  'husbands', 'wives', 'sons', 'daughters', 'partners']);
/** People a registrant "works with" as service users ("the kids I work with"), not colleagues ("the nurse I work with"). */
const SERVED = new Set(['kids', 'kid', 'children', 'child', 'families', 'family', 'teenagers', 'teenager', 'teens', 'teen', 'boy', 'girl', 'boys', 'girls', 'lad', 'lads', 'young', 'mums', 'dads', 'parents', 'clients', 'client', 'youngsters', 'toddlers', 'toddler', 'babies', 'baby']);
const AUXILIARIES = new Set(['was', 'were', 'am', "'m", 'been', 'had', 'have', 'has', 'did', 'do', 'used', 'helped', 'help', 'will', 'would', 'just', 'also', 'still']);
/** Care verbs with a person as their object ("treating a footballer", "massaged a fit bloke"): clinical acts only, not "seeing" or "supporting", which have everyday senses. */
const CARE_OBJECT_VERBS = new Set(['x-raying', 'xraying', 'triaging', 'supporting', 'treating', 'treated', 'treat', 'massaging', 'massaged', 'massage', 'scanning', 'scanned', 'x-raying', 'x-rayed', 'assessing', 'assessed', 'nursing', 'nursed', 'rehabbing', 'rehabbed', 'triaging', 'triaged', 'plastering', 'plastered', 'strapping', 'strapped', 'taping', 'taped', 'stitching', 'stitched', 'cannulating', 'cannulated', 'splinting', 'splinted', 'discharging', 'discharged', 'examining', 'examined', 'resuscitating', 'resuscitated', 'intubating', 'intubated', 'manipulating', 'mobilising', 'mobilised']);
/** Subjects of a care verb in a relative clause ("the guy she discharged", "the bloke we took to resus"). */
const CARERS = new Set(['i', "i'm", 'im', 'we', "we'd", 'she', 'he', 'they', "i'd", "i've", 'ive', "we've",
  // Fifth pass: "the offender you're assessing", "the foster carer you're assessing" (the reader put in the registrant's place).
  "you're", 'youre']);
/** Determiners before a noun of any kind that a clinical verb makes a service user ("the tattooist I treated", fifth pass). */
const THE_ONE = new Set(['the', 'a', 'an', 'this', 'that']);
/** An age used as a noun ("the 15yo I work with"). */
const AGE_NOUN = /^\d{1,2}(?:yo|yrs?|-year-old)$/;
/** Where a person was met at work ("the guy from Tuesday's clinic", "the lady from bay 4"). */
const MET_AT = new Set(['crash', 'accident', 'rtc', 'rta', 'shout', 'callout', 'collision', 'pile-up', "clinic's", "ward's", "class's", "group's", "list's", 'visit', 'clinic', 'clinics', 'ward', 'bay', 'bed', 'caseload', 'resus', 'a&e', 'majors', 'minors', 'rounds', 'visits', 'theatre', 'appointment', 'appointments', 'rehab', 'cubicle', 'sideroom', 'unit', 'placement', 'list', 'round', 'department', 'ambulance', 'triage', 'surgery', 'session', 'sessions', 'group', 'class', 'programme',
  // Fifth pass: the call a crew attended ("the lady from the fall", "the son from the Beechwood Road call", "the lady from the arrest"),
  // where a patient lies or waits ("the fella on the MRI table", "the husbands in recovery", "the mum in fluoro", "the hot ones in the
  // back of the truck"), and a social worker's hearings and cases ("the dad from my final hearing", "the mum on one of my cases").
  'fall', 'arrest', 'call', 'overdose', 'recovery', 'table', 'trolley', 'stretcher', 'scanner', 'truck', 'fluoro', 'plinth', 'hearing', 'hearings', 'case', 'cases']);
/** "the lady from the call centre" is no call a crew attended. */
const NOT_A_PERSON_ONE = new Set(['quick', 'short', 'brief', 'another', 'latest', 'final', 'last', 'big', 'busy', 'long', 'late', 'early', 'good', 'tough', 'hard']);
const CROWDS = new Set(['girls', 'lads', 'guys', 'boys', 'ladies', 'gents', 'blokes', 'women', 'men', 'people', 'gang', 'crew']);
const COLLEAGUE_PLACES = new Set(['ward', 'theatre', 'unit', 'department', 'a&e', 'majors', 'minors', 'resus', 'ambulance', 'triage', 'placement', 'rehab', 'recovery']);
const NOT_AFTER_CALL = new Set(['centre', 'center', 'centres', 'handler', 'handlers']);
const MET_PREP = new Set(['from', 'off', 'on', 'in', 'at']);
const MET_VERBS = new Set(['met', 'saw', 'seen', 'treated', 'nursed', 'looked', 'cared', 'scanned', 'assessed', 'triaged']);
/** A patient's family, met on the ward ("a family on the ward", "the wife in bay 3"). */
const KIN = new Set(['family', 'families', 'relatives', 'relative', 'wife', 'husband', 'son', 'daughter', 'mum', 'dad', 'parents']);
/** Words that make a post about care, so that a named relative can be a carer. */
const FAMILY_ADJ = new Set(['very', 'grateful', 'lovely', 'kind', 'generous', 'thankful', 'patient', "patient's", "client's", 'bereaved']);
const GIFT_SOURCE = new Set(['from', 'by', 'of', 'off']);
const CARE_WORDS = new Set(['results', 'result', 'biopsy', 'scan', 'diagnosis', 'prognosis', 'ward', 'clinic', 'discharge', 'discharged', 'admitted', 'consultant', 'appointment', 'treatment', 'caseload', 'visit', 'bloods', 'operation', 'op']);

/** Fourth pass: words for finding service users by what is done to them or said of them. */
const PRONOUNS = new Set(['he', 'she', 'they', "he's", "she's", "they're", 'hes', 'shes', "who's", 'who']);
const BE = new Set(['is', 'was', 'were', 'are', 'got', 'gets', 'get', 'getting', "'s"]);
const TEMPORAL = new Set(['when', 'once', 'after', 'until', 'till', 'til', 'before', 'since']);
const STILL = new Set(['just', 'been', 'finally', 'now', 'still', 'already', 'only', 'also']);
const OLD = new Set(['old', 'former', 'current', 'lovely', 'favourite', 'regular']);
/** What happens to a patient ("he got discharged", "she was admitted"). */
const PATIENT_EVENTS = new Set(['discharged', 'admitted', 'referred', 'sectioned', 'transferred', 'triaged', 'blue-lighted', 'bluelighted', 'intubated', 'resuscitated', 'operated', 'plastered', 'splinted', 'cannulated']);
/** Where a patient is ("on my list", "in my clinic"). */
const LISTED = new Set(['list', 'caseload', 'books', 'clinic', 'ward', 'unit', 'bay', 'chair']);
/** Objects a care verb takes ("discharged her", "treating him"). */
const OBJECTS = new Set(['him', 'her', 'them']);
/** Care verbs that are also everyday verbs with a pronoun ("see her", "saw him at the pub"). */
const SEEING = new Set(['see', 'saw', 'seeing', 'seen', 'visit', 'visited', 'support', 'supported', 'fixed', 'delivered', 'rebuilt', 'taught', 'coached', 'dressed', 'screened', 'counselled', 'blue', 'treat', 'nurse', 'scan', 'massage']);
const CARE_ADJ = new Set(['last', 'next', 'first', 'final', 'new', 'latest', 'weekly', 'follow-up', 'review', 'physio', 'ot']);
/** Care nouns after "his/her/their" ("his rehab", "her last appt"). */
const CARE_NOUNS = new Set(['rehab', 'appointment', 'appt', 'appointments', 'session', 'sessions', 'treatment', 'op', 'operation', 'discharge', 'assessment', 'referral', 'therapy', 'caseworker', 'keyworker', 'care', 'admission', 'scan', 'x-ray', 'xray', 'surgery', 'procedure', 'injection', 'dressing', 'dressings', 'stitches', 'cast', 'splint', 'bloods']);
/** "(was) on my [NHS] list", "in the chair": one past the end of the place, or 0. */
function listedAt(t: TextAnalysis, j: number): number {
  const v = t.key(j);
  if (v !== 'on' && v !== 'in') return 0;
  const d = t.key(j + 1);
  if (d !== 'my' && d !== 'our' && !(d === 'the' && t.key(j + 2) === 'chair')) return 0;
  if (LISTED.has(t.key(j + 2))) return j + 3;
  if (d !== 'the' && LISTED.has(t.key(j + 3)) && t.key(j + 2) !== 'own' && t.tokens[j + 3] && t.tokens[j + 3]!.sn === t.tokens[j]!.sn) return j + 4;
  return 0;
}
const CASE_WORK = new Set(['case', 'caseload', 'social', 'placement', 'client', 'clients', 'patient', 'patients', 'service']);
const GIVER_LEAD = new Set(['a', 'an', 'the', 'one', 'this', 'that', 'grateful', 'thankful', 'lovely', 'kind', 'generous', 'bereaved']);
const OWNERS = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'own', 'partner', "partner's", 'boyfriend', 'girlfriend', 'in-laws']);
const GIVER_FILL = new Set(['have', 'has', 'had', 'just', 'kindly', 'even', 'also', 'only', 'then', 'actually']);
const GIVES_TO = new Set(['let', 'lets', 'gave', 'give', 'gives', 'given', 'bought', 'buys', 'brought', 'brings', 'sent', 'sends', 'handed', 'slipped', 'pressed', 'offered', 'offers', 'left', 'got', 'treated', 'paid', 'tipped']);
/** An appointment time ("2pm", "10:30am", "9.15"). */
const SLOT = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm)$|^\d{1,2}[:.]\d{2}$/;
const CASE_NOUNS = new Set(['case', 'care', 'file', 'referral', 'caseload', 'rehab', 'treatment']);
const UNDERGOING = new Set(['doing', 'having', 'getting', 'in', 'on', 'finishing', 'starting']);
const COURSES = new Set(['rehab', 'chemo', 'chemotherapy', 'dialysis', 'radiotherapy', 'physio', 'hydrotherapy', 'treatment']);
const CHILD_ADJ = new Set(['little', 'young', 'wee', 'eldest', 'youngest', 'teenage', 'baby', 'autistic', 'disabled', 'poorly']);
const RECORD_PLACES = new Set(['list', 'notes', 'system', 'records', 'board', 'whiteboard', 'chart', 'handover', 'referral', 'file', 'emis', 'systmone', 'rio',
  // Fifth pass: a crew's patient report form and a request form.
  'prf', 'prfs', 'epr', 'form', 'forms', 'card', 'cards']);
const RECORD_DETAILS = new Set(['number', 'numbers', 'address', 'addresses', 'details', 'mobile', 'mobiles']);
const ROLES = new Set(['ot', 'physio', 'physiotherapist', 'nurse', 'keyworker', 'therapist', 'paramedic', 'dietitian', 'dietician', 'radiographer', 'slt', 'midwife', 'podiatrist', 'psychologist', 'counsellor', 'caseworker', 'practitioner', 'clinician', 'hca', 'carer', 'chiropodist', 'orthoptist', 'odp', 'sonographer']);
const STUDENTS = new Set(['student', 'students', 'preceptee', 'preceptees', 'mentee', 'mentees', 'trainee', 'trainees']);
const STUDENT_KIND = new Set(['placement', 'physio', 'nursing', 'ot', 'slt', 'paramedic', 'radiography', 'midwifery', 'final', 'first', 'second', 'third', 'new']);
const STUDENT_ADJ = new Set(['fit', 'hot', 'cute', 'gorgeous', 'lovely', 'new', 'young']);
const YEARS = new Set(['second', 'third', 'final', '2nd', '3rd']);
const MANAGED_BY = new Set(['team', 'staff', 'people', 'ones', 'one', 'someone', 'band', 'lad', 'girl', 'guy', 'woman', 'man', 'nurse', 'physio', 'therapist', 'assistant', 'hca', 'trainee', 'student', 'students']);
const MANAGE = new Set(['manage', 'managed', 'manages', 'supervise', 'supervised', 'mentor', 'mentored', 'precept', 'line-manage', 'line-managed', 'appraise', 'assess', 'sign']);
const EDUCATOR_KIND = new Set(['practice', 'clinical', 'placement']);
const EDUCATORS = new Set(['educator', 'supervisor', 'assessor', 'mentor', 'lead']);
const GOWNS = new Set(['gown', 'gowns', 'hospital', 'pyjamas', 'pjs']);
const BODY_MORE = new Set(['ankle', 'scaphoid', 'acl', 'achilles', 'hamstring', 'calf', 'rib', 'ribs', 'collarbone', 'elbow', 'finger', 'toe', 'spine', 'pelvis', 'femur', 'tibia', 'jaw', 'nose', 'head', 'skull', 'hip', 'wrist']);
const INJURY_NOUNS = new Set(['fracture', 'fractures', 'break', 'injury', 'injuries', 'sprain', 'tear', 'rupture', 'dislocation', 'wound', 'cast', 'reconstruction', 'replacement', 'op', 'surgery', 'strain']);
const AS_ROLE = new Set(['been', 'was', 'am', "i'm", 'im', 'as', 'being', 'become', 'became', 'still', 'now', 'remain']);
/** "my client's social worker", "the patient's GP": a professional, not the service user. */
const PROFESSIONALS = new Set(['social', 'gp', 'consultant', 'doctor', 'nurse', 'physio', 'ot', 'keyworker', 'solicitor', 'advocate', 'care', 'case', 'team', 'therapist', 'psychiatrist', 'psychologist', 'midwife', 'paramedic', 'dietitian', 'surgeon', 'pharmacist', 'specialist', 'coordinator', 'manager', 'school', 'teacher', 'lawyer', 'notes', 'records', 'file', 'chart', 'referral', 'bed']);
const POSSESSED = new Set(["patient's", "client's", "user's", "resident's", "patients'", "clients'", "residents'", "users'"]);
const BEDS = new Set(['bed', 'bay', 'cubicle', 'cubie', 'resus']);
const NOT_BEFORE_BED = new Set(['in', 'on', 'from', 'at', 'to', 'into', 'of', 'by', 'near', 'opposite', 'beside', 'the', 'and', 'or', 'moved', 'transferred', 'cleaned', 'clean', 'strip', 'stripped', 'made', 'empty', 'emptied']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", 'morning', 'afternoon', 'evening', 'weekly']);
const CARE_GROUPS = new Set(['falls', 'rehab', 'cardiac', 'pulmonary', 'stroke', 'back', 'knee', 'hip', 'balance', 'exercise', 'msk', 'acl', 'post-op', 'antenatal', 'postnatal', 'parkinson\'s', 'dementia', 'memory', 'pain', 'neuro', 'hydro', 'pilates', 'diabetes', 'weight']);
const GROUPS = new Set(['class', 'classes', 'group', 'groups', 'lot', 'crew', 'gang', 'bunch', 'regulars', 'ladies', 'lads', 'gents', 'clients', 'patients', 'client', 'patient', 'caseload',
  // Fifth pass: one of them, and children and parents ("my Thursday podiatry lady", "my favourite dialysis regular", "my sports rehab girls").
  'lady', 'lad', 'gent', 'regular', 'girls', 'boys', 'kids', 'mums', 'dads', 'families', 'leavers']);
/**
 * Fifth pass: services a registrant names their people by ("my podiatry regulars", "my physio regulars", "my hearing aid ladies",
 * "their therapy clients", "my care leavers"); each names a group only before a word of GROUPS.
 */
const CARE_SERVICES = new Set(['physio', 'physiotherapy', 'podiatry', 'chiropody', 'therapy', 'counselling', 'dialysis', 'renal', 'hearing', 'audiology', 'chemo', 'oncology', 'paeds', 'paediatric', 'ot', 'slt', 'speech', 'hydrotherapy', 'respiratory', 'ortho', 'spinal', 'continence', 'postnatal', 'pelvic', 'care', 'fracture', 'wound', 'diabetic', 'asthma', 'copd', 'lymphoedema', 'vestibular']);
/** Words that describe such a group without naming a service ("the whole stroke rehab group", "my 17yo sports rehab girls", "my pelvic health ladies"). */
const GROUP_MODIFIERS = new Set(['whole', 'entire', 'new', 'current', 'sports', 'health', 'aid', 'protection', 'leaving', 'young', 'little', 'elderly', 'older', 'junior', 'adult', 'therapy', 'physio']);
/** Determiners that open a group named by its service ("the cardiac rehab group", "their therapy clients"). */
const GROUP_LEAD = new Set(['my', 'our', 'the', 'their', 'your']);

const DENIED_LEAD = new Set(['a', 'an', 'my', 'the', 'our']);
function deniedPatient(t: TextAnalysis, r: Hit): boolean {
  if (r.t1 - r.t0 !== 1 || !DENIED_LEAD.has(t.key(r.t0 - 1))) return false;
  const cue = t.key(r.t0 - 2);
  if (cue !== 'not' && cue !== 'never' && cue !== "isn't" && cue !== "wasn't") return false;
  const sent = t.sentenceOf(r.t0);
  return t.findKey(sent.t0, sent.t1, DENIAL_STOPS) < 0;
}
/** Words that keep a denied patient a patient: a condition, time or concession ("if he wasn't my patient", "not my patient any more", "technically not"). */
const DENIAL_STOPS = new Set(['if', 'anymore', 'more', 'yet', 'technically', 'longer', 'now', 'officially', 'still', 'until', 'till', 'since', 'after']);

export function synthetic(t0: number, t1: number, term: string, tag: string, lexicon: Lexicon): Hit {
  return { entry: { term, tag, fields: [], lexicon }, t0, t1 };
}

/**
 * References to a service user, carer or supervisee. `withSupervisees` includes supervisees (for
 * romance); contact and gain rules leave them out.
 */
const refCache = new LastPost<{ own: ReadonlySet<string>; all: Hit[] }>();

export function careRefs(t: TextAnalysis, own: ReadonlySet<string>, withSupervisees: boolean): Hit[] {
  let cached = refCache.get(t);
  if (!cached || cached.own !== own) {
    cached = { own, all: computeRefs(t, own) };
    refCache.set(t, cached);
  }
  return withSupervisees ? cached.all : cached.all.filter((r) => r.entry.tag !== 'supervisee');
}

function computeRefs(t: TextAnalysis, own: ReadonlySet<string>): Hit[] {
  // "He's an accountant. Not a patient.": a patient noun denied outright is nobody (fifth pass); not "if he wasn't my patient".
  const refs = patientRefs(t, true).filter((r) => r.entry.tag !== 'event' && !deniedPatient(t, r));
  // "Mr Kowalski's wife", "Jean Begum's son": a named relative, in a post about someone's care.
  // A title ("Mrs Patel's son") is how registrants name patients; a bare name needs a post about care.
  const care = workRefs(t, true).length > 0 || t.findKey(0, t.tokens.length, CARE_WORDS) >= 0;
  for (const p of personNames(t, own)) {
    if (p.kind === 'given' || p.kind === 'called' || (p.kind !== 'title' && !care)) continue;
    if (t.key(p.t1 - 1).endsWith("'s") && FAMILY.has(t.key(p.t1))) refs.push(synthetic(p.t0, p.t1 + 1, 'named relative', 'carer', ENCOUNTER));
  }
  // "mrs patel's son", written in lower case: a title, a possessive and a relative name a carer (not "miss mum's cooking").
  for (let i = 0; i + 2 < t.tokens.length; i++) {
    if (TITLES.has(t.key(i)) && t.key(i + 1).endsWith("'s") && FAMILY.has(t.key(i + 2))) refs.push(synthetic(i, i + 3, 'named relative', 'carer', ENCOUNTER));
  }
  // "give frequent flyers your personal mobile": slang for repeat attenders (trust's slang list holds it; here it names a service user).
  for (let i = 0; i + 1 < t.tokens.length; i++) {
    if (t.key(i) === 'frequent' && FLYERS.has(t.key(i + 1)) && !AIR_MILES.has(t.key(i + 2))) refs.push(synthetic(i, i + 2, 'frequent flyer', 'patient', ENCOUNTER));
  }
  // "Mr J gave me a tenner": registrants name patients by title.
  for (const p of personNames(t, own)) if (p.kind === 'title') refs.push(synthetic(p.t0, p.t1, 'titled name', 'patient', ENCOUNTER));
  // "the fit firefighter I plastered", "a lad whose knee I rebuilt": someone the registrant treated.
  // "The guy she discharged" and "the lady whose hip I did" count too: any carer as subject, and any verb after a body part.
  for (let i = 1; i + 1 < t.tokens.length; i++) {
    const me = t.key(i);
    if (!CARERS.has(me)) continue;
    // "the fireman I was x-raying": an auxiliary between the subject and the care verb.
    let v = AUXILIARIES.has(t.key(i + 1)) ? i + 2 : i + 1;
    // "an old lady I used to visit" (fourth pass).
    if (t.key(v) === 'to' && t.key(v - 1) === 'used') v++;
    let j = i - 1;
    // "the lad whose ACL I rehabbed": any body part (sixth pass).
    const body = (BODY.has(t.key(j)) || BODY_MORE.has(t.key(j))) && t.key(j - 1) === 'whose';
    // "the kids I work with", "a family we worked with": working with someone is caring for them.
    const worksWith = /^work/.test(t.key(v)) && t.key(v + 1) === 'with';
    // "x-raying" is split into "x" and "raying".
    const xray = t.key(v) === 'x' && /^ray/.test(t.key(v + 1));
    if (!body && !worksWith && !xray && !CARE_VERBS.has(t.key(v)) && !CARE_OBJECT_VERBS.has(t.key(v))) continue;
    if (t.key(j) === 'that' || t.key(j) === 'who' || t.key(j) === 'whom') j--;
    else if (body) j -= 2;
    // "the nurse I work with" is a colleague: working with someone counts only for those a registrant serves.
    // "the tattooist I treated on placement": after a determiner, a strictly clinical verb makes any noun a service user (fifth pass).
    const anyNoun = !worksWith && THE_ONE.has(t.key(j - 1)) && CARE_OBJECT_VERBS.has(t.key(v)) && /^[a-z]+$/.test(t.key(j));
    const person = worksWith ? SERVED.has(t.key(j)) || AGE_NOUN.test(t.key(j)) : PEOPLE.has(t.key(j)) || PEOPLE_PLURAL.has(t.key(j)) || SERVED.has(t.key(j)) || AGE_NOUN.test(t.key(j)) || anyNoun;
    if (j >= 0 && person) refs.push(synthetic(j, v + (worksWith ? 2 : 1), 'someone I treated', 'patient', ENCOUNTER));
  }
  // "massaging hot rugby players all day", "treated a fit footballer": a clinical act with a person as its object.
  for (let i = 0; i + 1 < t.tokens.length; i++) {
    if (!CARE_OBJECT_VERBS.has(t.key(i))) continue;
    // Within the verb's clause ("thank you to everyone supporting, and please, somebody buy ..." has no object, fifth pass).
    let end = Math.min(t.sentenceOf(i).t1, i + 5);
    for (let j = i + 1; j < end; j++) if (t.clauseStart(j) === j) end = j;
    for (let j = i + 1; j < end; j++) {
      const k = t.key(j);
      if (PEOPLE.has(k) || PEOPLE_PLURAL.has(k)) {
        refs.push(synthetic(i, j + 1, 'someone I treated', 'patient', ENCOUNTER));
        break;
      }
    }
  }
  // "the fit lad with the broken scaphoid": a person described by an injury, whatever the body part (third pass);
  // "the tall one with the ankle fracture", "the fit ones in their gowns" (fourth pass).
  for (let i = 0; i + 3 < t.tokens.length; i++) {
    if (!PEOPLE.has(t.key(i)) && !PEOPLE_PLURAL.has(t.key(i))) continue;
    if (t.key(i + 1) === 'in' && (DETERMINERS.has(t.key(i + 2)) || t.key(i + 2) === 'hospital') && GOWNS.has(t.key(i + 3))) {
      refs.push(synthetic(i, i + 4, 'someone in a gown', 'patient', ENCOUNTER));
      continue;
    }
    if (t.key(i + 1) !== 'with') continue;
    const w = DETERMINERS.has(t.key(i + 2)) ? i + 3 : i + 2;
    if (INJURED.has(t.key(w)) && w + 1 < t.tokens.length) refs.push(synthetic(i, w + 2, 'someone with an injury', 'patient', ENCOUNTER));
    else if ((BODY.has(t.key(w)) || BODY_MORE.has(t.key(w))) && INJURY_NOUNS.has(t.key(w + 1))) refs.push(synthetic(i, w + 2, 'someone with an injury', 'patient', ENCOUNTER));
  }
  // "the fit lad doing ACL rehab", "the woman having chemo": a person doing a course of care (fifth pass).
  for (let i = 0; i + 2 < t.tokens.length; i++) {
    if (!PEOPLE.has(t.key(i)) && !PEOPLE_PLURAL.has(t.key(i))) continue;
    if (!UNDERGOING.has(t.key(i + 1))) continue;
    for (let j = i + 2; j < Math.min(t.sentenceOf(i).t1, i + 5); j++) {
      if (COURSES.has(t.key(j))) {
        refs.push(synthetic(i, j + 1, 'someone in my care', 'patient', ENCOUNTER));
        break;
      }
      if (!BODY.has(t.key(j)) && !BODY_MORE.has(t.key(j)) && !CARE_GROUPS.has(t.key(j)) && !CARE_SERVICES.has(t.key(j)) && !/^(?:his|her|their|post-op|knee|hip)$/.test(t.key(j))) break;
    }
  }
  // "the hot guy with the broken wrist": a person described by their injury or condition.
  for (const c of t.hits(CONDITIONS)) {
    const w = c.t0 - (t.key(c.t0 - 1) === 'the' || t.key(c.t0 - 1) === 'a' || t.key(c.t0 - 1) === 'his' || t.key(c.t0 - 1) === 'her' ? 2 : 1);
    if (t.key(w) === 'with' && PEOPLE.has(t.key(w - 1))) refs.push(synthetic(w - 1, c.t1, 'someone with a condition', 'patient', ENCOUNTER));
  }
  // "the guy from Tuesday's clinic", "the lady from bay 4", "that woman off my caseload": someone met at work.
  for (let i = 0; i + 2 < t.tokens.length; i++) {
    const k = t.key(i);
    // "quick one from the clinic" is a post, not a person (fifth pass).
    if (k === 'one' && NOT_A_PERSON_ONE.has(t.key(i - 1))) continue;
    const carer = KIN.has(k);
    // "my mum on the ward" is the poster's own family in hospital.
    if ((!PEOPLE.has(k) && !PEOPLE_PLURAL.has(k) && !carer) || !MET_PREP.has(t.key(i + 1)) || t.key(i - 1) === 'my' || t.key(i - 1) === 'our') continue;
    // "the mum on one of my child protection cases", "the hot ones in the back of the truck": a little further (fifth pass).
    const end = Math.min(t.sentenceOf(i).t1, i + (t.key(i + 2) === 'one' || t.key(i + 3) === 'back' ? 8 : 6));
    const place = t.findKey(i + 2, end, MET_AT);
    // "drinks with the girls from the ward", "pool with the lads from theatre": a plural crowd from a unit is the poster's colleagues (fifth pass).
    const crowd = CROWDS.has(k) && t.key(i - 1) === 'the' && place >= 0 && COLLEAGUE_PLACES.has(t.key(place));
    if (place >= 0 && !crowd && !(t.key(place) === 'call' && NOT_AFTER_CALL.has(t.key(place + 1)))) refs.push(synthetic(i, place + 1, 'someone met at work', carer ? 'carer' : 'patient', ENCOUNTER));
  }
  // "someone I met on the ward", "a guy I saw in clinic", "the bloke we took to resus", "a lad I used to see in clinic",
  // "the lad I'm doing home visits with": a person, a relative clause with the registrant as subject, and a place of work.
  for (let i = 0; i + 3 < t.tokens.length; i++) {
    // "people I met on my NHS caseload" (plural, fourth pass).
    if (!PEOPLE.has(t.key(i)) && !PEOPLE_PLURAL.has(t.key(i))) continue;
    let j = i + 1;
    if (t.key(j) === 'who' || t.key(j) === 'that') j++;
    const subject = t.key(j);
    if (subject !== 'i' && subject !== 'we' && subject !== "i'm" && subject !== 'im' && subject !== "we're" && subject !== "i've" && subject !== "we've") continue;
    // The registrant's own clause ("my mate I met at the gym") is not about work unless a work place follows closely.
    const place = t.findKey(j + 2, Math.min(t.sentenceOf(i).t1, j + 7), MET_AT);
    if (place < 0) continue;
    // "the guy I met at the clinic's Christmas do" still names the clinic; "... I sat next to in a clinic waiting room" would too, accepted.
    if (MET_VERBS.has(t.key(j + 1)) || place <= j + 5) refs.push(synthetic(i, place + 1, 'someone met at work', 'patient', ENCOUNTER));
  }
  // Fourth pass: service users found by what is done to them or said of them, not by a noun.
  for (let i = 0; i < t.tokens.length; i++) {
    const k = t.key(i);
    // "when he's discharged" looks ahead; the pronoun names someone already named.
    if (PRONOUNS.has(k) && !TEMPORAL.has(t.key(i - 1))) {
      // "He got discharged Friday and asked me for a drink", "she's on my list", "he's my client": a pronoun as the subject of a patient's event or place.
      let j = i + 1;
      if (!/'s$|'re$|^hes$|^shes$/.test(k)) {
        if (!BE.has(t.key(j))) continue;
        j++;
      }
      if (STILL.has(t.key(j))) j++;
      const v = t.key(j);
      const onList = listedAt(t, j);
      if (onList > 0 || PATIENT_EVENTS.has(v)) refs.push(synthetic(i, onList > 0 ? onList : j + 1, 'someone on my list', 'patient', ENCOUNTER));
      continue;
    }
    // "someone I'm 90% sure was on my MSK list": whoever was on the list is a service user.
    if ((k === 'was' || k === 'were' || k === 'been') && !PRONOUNS.has(t.key(i - 1))) {
      const end = listedAt(t, i + 1);
      if (end > 0) {
        refs.push(synthetic(i, end, 'someone on my list', 'patient', ENCOUNTER));
        continue;
      }
    }
    // "scanned his knee", "treated her shoulder": the owner of the body part is a service user.
    if ((CARE_OBJECT_VERBS.has(k) || CARE_VERBS.has(k)) && (t.key(i + 1) === 'his' || t.key(i + 1) === 'her' || t.key(i + 1) === 'their') && BODY.has(t.key(i + 2))) {
      refs.push(synthetic(i, i + 3, 'someone I treated', 'patient', ENCOUNTER));
      continue;
    }
    // "the dad of one of my kids" (said by an SLT, a social worker): a parent of one of the children the registrant works with.
    // "parents of your AAC kids" too: an optional "one of" and one describing word.
    if (KIN.has(k) && t.key(i + 1) === 'of') {
      let j = i + 2;
      if (t.key(j) === 'one' && t.key(j + 1) === 'of') j += 2;
      if (t.key(j) === 'my' || t.key(j) === 'our' || t.key(j) === 'your') {
        const c = SERVED.has(t.key(j + 1)) ? j + 1 : SERVED.has(t.key(j + 2)) ? j + 2 : -1;
        if (c > 0 && !(t.key(j) === 'my' && c === j + 1 && j === i + 2)) {
          refs.push(synthetic(i, c + 1, 'a parent of a child I work with', 'carer', ENCOUNTER));
          continue;
        }
      }
    }
    // "A family gave me a £50 voucher", "the parents gave me ...", "a grateful dad gave me ...": a family, not the poster's own
    // (a determiner, no possessive), giving the registrant something is a service user's family (fifth pass).
    // A bare "Family" opening its sentence counts only in a post about care or a case ("Family let me have their mum's caravan ...
    // perks of being her social worker", "family gave me prosecco when we closed the case").
    const bare = (k === 'family' || k === 'families') && t.sentenceOf(i).t0 === i && (care || t.findKey(0, t.tokens.length, CASE_WORK) >= 0);
    if ((KIN.has(k) || k === 'relatives') && (bare || (GIVER_LEAD.has(t.key(i - 1)) && !/'s$|s'$/.test(t.key(i - 2)) && !OWNERS.has(t.key(i - 2))))) {
      let v = i + 1;
      while (v < i + 4 && GIVER_FILL.has(t.key(v))) v++;
      if (GIVES_TO.has(t.key(v)) && (t.key(v + 1) === 'me' || t.key(v + 1) === 'us') && (!t.key(v).startsWith('let') || /^(?:have|use|borrow|stay|keep|take|rent)$/.test(t.key(v + 2)))) {
        refs.push(synthetic(bare ? i : i - 1, i + 1, 'a family giving me something', 'carer', ENCOUNTER));
        continue;
      }
    }
    // "my 2pm", "my Tuesday 4pm", "my 10:30": an appointment slot standing for the person booked into it (fifth pass).
    if ((k === 'my' || k === 'our') && (SLOT.test(t.key(i + 1)) || (DAYS.has(t.key(i + 1)) && SLOT.test(t.key(i + 2))))) {
      const end = SLOT.test(t.key(i + 1)) ? i + 2 : i + 3;
      refs.push(synthetic(i, end, 'the person in an appointment slot', 'patient', ENCOUNTER));
      continue;
    }
    // "a baby whose case I'm still holding", "a lad whose care I took over": someone whose case the registrant holds (fifth pass).
    if (k === 'whose' && CASE_NOUNS.has(t.key(i + 1)) && CARERS.has(t.key(i + 2))) {
      refs.push(synthetic(Math.max(0, i - 1), i + 3, 'someone whose case I hold', 'patient', ENCOUNTER));
      continue;
    }
    // "someone whose little boy I assessed": a parent named through the child the registrant treated.
    if (k === 'whose') {
      const c = CHILD_ADJ.has(t.key(i + 1)) ? i + 2 : i + 1;
      if (SERVED.has(t.key(c)) && CARERS.has(t.key(c + 1)) && (CARE_VERBS.has(t.key(c + 2)) || CARE_OBJECT_VERBS.has(t.key(c + 2)) || /^work/.test(t.key(c + 2)))) refs.push(synthetic(i - 1, c + 3, 'a parent of someone I treated', 'carer', ENCOUNTER));
      continue;
    }
    // "grab the cute ones' numbers off the PRF", "used the address off the PRF", "got his number off the request form": a record a
    // contact detail was taken from stands for its patient, whoever owns it (fifth pass).
    if (RECORD_DETAILS.has(k) && (t.key(i + 1) === 'off' || t.key(i + 1) === 'from')) {
      const end = Math.min(t.sentenceOf(i).t1, i + 5);
      const r = t.findKey(i + 2, end, RECORD_PLACES);
      if (r >= 0 && !(t.key(r) === 'list' && t.key(r - 1) !== 'theatre' && t.key(r - 1) !== 'patient')) {
        refs.push(synthetic(r, r + 1, 'someone from the records', 'patient', ENCOUNTER));
        continue;
      }
    }
    // "Got her name off the theatre list": someone whose details came from work records.
    if ((k === 'name' || k === 'number' || k === 'details' || k === 'address') && (t.key(i - 1) === 'her' || t.key(i - 1) === 'his') && (t.key(i + 1) === 'off' || t.key(i + 1) === 'from')) {
      const end = Math.min(t.sentenceOf(i).t1, i + 6);
      if (t.findKey(i + 2, end, RECORD_PLACES) >= 0) refs.push(synthetic(i - 1, i + 1, 'someone from the records', 'patient', ENCOUNTER));
      continue;
    }
    // "Discharged her today", "still treating her", "the lad I splinted": a pronoun as the object of a care verb.
    if ((CARE_OBJECT_VERBS.has(k) || CARE_VERBS.has(k)) && OBJECTS.has(t.key(i + 1)) && !SEEING.has(k)) {
      refs.push(synthetic(i, i + 2, 'someone I treated', 'patient', ENCOUNTER));
      continue;
    }
    // "his rehab", "after her last appt": a possessive pronoun with a care noun names the service user.
    if (k === 'his' || k === 'her' || k === 'their') {
      const n = CARE_ADJ.has(t.key(i + 1)) && (CARE_NOUNS.has(t.key(i + 2)) || ROLES.has(t.key(i + 2))) ? i + 2 : i + 1;
      // "I've been their OT for three years", "Been his social worker since he was 14": the registrant's role names them.
      // A role names the service user only when it is the poster's own ("I've been their OT"), not "her physio added me".
      const mine = AS_ROLE.has(t.key(i - 1));
      if (CARE_NOUNS.has(t.key(n)) || (mine && (ROLES.has(t.key(n)) || (t.key(n) === 'social' && t.key(n + 1) === 'worker')))) refs.push(synthetic(i, n + 1, 'someone in my care', 'patient', ENCOUNTER));
      continue;
    }
    // "I know I'm Josh's OT", "as Mrs Lee's physio": a name's role, when the role is the poster's own (fifth pass).
    if (/^[a-z]+'s$/.test(k) && ROLES.has(t.key(i + 1)) && (AS_ROLE.has(t.key(i - 1)) || (TITLES.has(t.key(i - 1)) && AS_ROLE.has(t.key(i - 2))))) {
      refs.push(synthetic(TITLES.has(t.key(i - 1)) ? i - 1 : i, i + 2, 'someone in my care', 'patient', ENCOUNTER));
      continue;
    }
    // "my service user's 18th", "a patient's number": a possessive service-user noun.
    if (POSSESSED.has(k) && !PROFESSIONALS.has(t.key(i + 1))) {
      refs.push(synthetic(t.key(i - 1) === 'service' ? i - 1 : i, i + 1, 'a service user', 'patient', ENCOUNTER));
      continue;
    }
    // "added bed 6 on insta": a bed or bay number standing for its occupant, after a verb rather than a preposition.
    if (BEDS.has(k) && /^\d{1,2}[a-z]?$/.test(t.key(i + 1)) && i > 0 && t.tokens[i + 1]!.sn === t.tokens[i]!.sn && !NOT_BEFORE_BED.has(t.key(i - 1))) {
      refs.push(synthetic(i, i + 2, 'the patient in a bed', 'patient', ENCOUNTER));
      continue;
    }
    // "a candlelit dinner with your placement student", "seeing my practice educator": supervision, either way round.
    if ((k === 'your' || k === 'my' || k === 'our') && (STUDENTS.has(t.key(i + 1)) || (STUDENT_KIND.has(t.key(i + 1)) && STUDENTS.has(t.key(i + 2))))) {
      if (k === 'your') refs.push(synthetic(i, STUDENTS.has(t.key(i + 1)) ? i + 2 : i + 3, 'a supervisee', 'supervisee', ENCOUNTER));
      continue;
    }
    // "asked the fit physio student out", "the student ODP fancies me": a student on placement named with "the" (fifth pass).
    if (k === 'the' || k === 'this' || k === 'that' || k === 'our') {
      let j = i + 1;
      if (STUDENT_ADJ.has(t.key(j))) j++;
      // "the fit paramedic student I'm supervising" is found by its relative clause (the shared list).
      if (CARERS.has(t.key(j + 2))) continue;
      if (STUDENT_KIND.has(t.key(j)) && STUDENTS.has(t.key(j + 1)) && t.key(j) !== 'new' && t.key(j) !== 'first') {
        refs.push(synthetic(i, j + 2, 'a student on placement', 'supervisee', ENCOUNTER));
        continue;
      }
      if ((t.key(j) === 'student' || t.key(j) === 'trainee') && ROLES.has(t.key(j + 1))) {
        refs.push(synthetic(i, j + 2, 'a student on placement', 'supervisee', ENCOUNTER));
        continue;
      }
    }
    // "the cute second years", "our final years": students on placement by their year (sixth pass).
    if ((k === 'the' || k === 'our' || k === 'my') && (YEARS.has(t.key(i + 1)) || (STUDENT_ADJ.has(t.key(i + 1)) && YEARS.has(t.key(i + 2))))) {
      const y = YEARS.has(t.key(i + 1)) ? i + 1 : i + 2;
      if (t.key(y + 1) === 'years' || t.key(y + 1) === 'yrs') {
        refs.push(synthetic(i, y + 2, 'a group I supervise', 'supervisee', ENCOUNTER));
        continue;
      }
    }
    // "one of the team I line-manage", "staff I supervise", "my direct reports": someone the poster manages (sixth pass).
    if ((k === 'i' || k === "i've" || k === 'ive') && MANAGED_BY.has(t.key(i - 1)) && (MANAGE.has(t.key(i + 1)) || (t.key(i + 1) === 'line' && MANAGE.has(t.key(i + 2))))) {
      refs.push(synthetic(i - 1, t.key(i + 1) === 'line' ? i + 3 : i + 2, (t.key(i - 1) === 'team' || t.key(i - 1) === 'staff' || t.key(i - 1) === 'people' || t.key(i - 1) === 'students') && t.key(i - 4) !== 'one' ? 'a group I supervise' : 'someone I manage', 'supervisee', ENCOUNTER));
      continue;
    }
    if (k === 'direct' && (t.key(i + 1) === 'report' || t.key(i + 1) === 'reports') && (t.key(i - 1) === 'my' || t.key(i - 1) === 'a')) {
      refs.push(synthetic(i - 1, i + 2, 'someone I manage', 'supervisee', ENCOUNTER));
      continue;
    }
    if ((k === 'my' || k === 'our') && EDUCATOR_KIND.has(t.key(i + 1)) && EDUCATORS.has(t.key(i + 2))) {
      refs.push(synthetic(i, i + 3, 'a placement educator', 'supervisee', ENCOUNTER));
      continue;
    }
    // "my Tuesday falls class", "my cardiac rehab group", "one of my families": a class, clinic or caseload named as its people.
    // Fifth pass: also after "the", "their", "your" ("the cardiac rehab group", "the whole stroke rehab group"), with services
    // ("my podiatry regulars", "my hearing aid ladies"), describing words and ages between ("my 17yo sports rehab girls").
    if (GROUP_LEAD.has(k)) {
      let j = i + 1;
      let named = false;
      // "my old rehab lads", "one of my old families".
      const old = OLD.has(t.key(j));
      if (old) j++;
      while (j < i + 6) {
        const w = t.key(j);
        if (DAYS.has(w) || CARE_GROUPS.has(w) || CARE_SERVICES.has(w)) named = true;
        else if (!GROUP_MODIFIERS.has(w) && !/^\d{1,2}(?:yo|yrs?|-year-old)$/.test(w)) break;
        j++;
      }
      const mine = k === 'my' || k === 'our';
      // "the physio group", "the care group": a service word alone after "the" may be a team; "the" needs a class, clinic or rehab word.
      const strongName = mine || t.findKey(i + 1, j, CARE_GROUPS) >= 0 || t.findKey(i + 1, j, DAYS) >= 0;
      if ((named && strongName && GROUPS.has(t.key(j))) || (mine && j === i + (old ? 2 : 1) && (t.key(j) === 'families' || t.key(j) === 'caseload'))) refs.push(synthetic(i, j + 1, 'a group of service users', 'patient', ENCOUNTER));
    }
  }
  // "great to see you at the clinic today": the reader is a service user.
  if (t.has(ENCOUNTER)) {
    for (let i = 0; i < t.tokens.length; i++) if (SECOND_PERSON.has(t.key(i))) refs.push(synthetic(i, i + 1, t.key(i), 'you', ENCOUNTER));
    // "don't bother with the clinic line", "no need to go through reception": the professional channel passed over names whoever
    // the contact is for as a service user, with or without "you" (sixth pass).
    for (const h of t.hits(ENCOUNTER)) if (h.entry.tag === 'bypass') refs.push(synthetic(h.t0, h.t1, 'the service channel bypassed', 'patient', ENCOUNTER));
  }
  // "his daughter slipped me £50", "her husband brought a bottle in": a relative named through a pronoun as the subject of a verb
  // of giving; "a £50 voucher from a family", "courtesy of a grateful family" (sixth pass).
  for (let i = 1; i < t.tokens.length; i++) {
    const k = t.key(i);
    if (!KIN.has(k) && !FAMILY.has(k)) continue;
    const owner = t.key(i - 1);
    if (owner === 'his' || owner === 'her' || owner === 'their') {
      if (GIVES_TO.has(t.key(i + 1)) || (GIVES_TO.has(t.key(i + 2)) && t.key(i + 1) !== 'and')) refs.push(synthetic(i - 1, i + 1, 'a relative of someone in care', 'carer', ENCOUNTER));
    } else if (k === 'family' || k === 'families') {
      let a = i - 1;
      while (a > i - 3 && FAMILY_ADJ.has(t.key(a))) a--;
      if ((t.key(a) === 'a' || t.key(a) === 'the' || t.key(a) === 'one') && GIFT_SOURCE.has(t.key(a - 1))) refs.push(synthetic(a, i + 1, 'a family I served', 'carer', ENCOUNTER));
    }
  }
  return refs;
}

/** Acts from `lex` near a reference to a service user, carer (or supervisee when asked). */
export function patientActs(t: TextAnalysis, lex: Lexicon, own: ReadonlySet<string>, accept: (h: Hit) => boolean = () => true, withSupervisees = false, extra: readonly Hit[] = []): Pair[] {
  if (!t.has(lex) && extra.length === 0) return [];
  const acts = [...outermost(t.hits(lex)).filter(accept), ...extra];
  if (acts.length === 0) return [];
  const refs = careRefs(t, own, withSupervisees);
  if (refs.length === 0) return [];
  const out: Pair[] = [];
  for (const act of acts) {
    let best: Hit | undefined;
    let dist = Infinity;
    for (const r of refs) {
      // A reference inside the act ("borrowed my patient's caravan") pairs with it; one merely overlapping does not.
      const inside = r.t0 >= act.t0 && r.t1 <= act.t1 && act.t1 - act.t0 > r.t1 - r.t0;
      if (!inside && r.t0 < act.t1 && r.t1 > act.t0) continue;
      const d = inside ? 0 : r.t1 <= act.t0 ? act.t0 - r.t1 : r.t0 - act.t1;
      if (d < dist) {
        dist = d;
        best = r;
      }
    }
    if (best && dist <= REACH) out.push({ patient: best, act });
    // "To the patients who've asked me ...: ... Add me on Facebook": a post addressed to service users reaches all its invitations (fourth pass).
    else if (/\bme\b/.test(act.entry.term) || act.entry.tag === 'invite') {
      const audience = refs.find((r) => addressed(t, r));
      if (audience) out.push({ patient: audience, act });
    }
  }
  return out;
}

/** The reference is whom the post addresses: "To the patients ...", "Dear clients", "Calling all my rehab lot", "... reading this". */
function addressed(t: TextAnalysis, r: Hit): boolean {
  let a = r.t0;
  while (a > 0 && /^(?:the|my|our|all|any|of|lovely|wonderful)$/.test(t.key(a - 1)) && a > t.sentenceOf(r.t0).t0) a--;
  const lead = t.key(a - 1);
  if (a - 1 === t.sentenceOf(r.t0).t0 && (lead === 'to' || lead === 'dear' || lead === 'calling' || lead === 'hey' || lead === 'hi')) return true;
  if (a === t.sentenceOf(r.t0).t0 && t.key(a) === 'any') return true;
  return t.key(r.t1) === 'reading' || (t.key(r.t1) === 'who' && /^read/.test(t.key(r.t1 + 1)));
}

/** A question that admits the act: "is it wrong that I ...", "is it bad that I ...". */
const ADMITS = /\b(?:wrong|bad|weird|odd|creepy|terrible|awful|unprofessional|inappropriate) that (?:i|we)\b/;
/** Words that make a question a request for advice ("should I accept ...?"), not an invitation. */
const ADVICE = new Set(['should', 'allowed', 'appropriate', 'advice', 'anyone', 'anybody', 'ok', 'okay', 'acceptable', 'wrong', 'bad', 'policy', 'guidance', 'hcpc', 'rules', 'does', 'how',
  // Asking about colleagues' experience ("Which of you has had a patient add you on Facebook?", third pass).
  'ever', 'had', 'experience', 'happened']);

/**
 * The act is refused, negated, asked about, or (for some kinds) through a proper channel. With `caseloadAsks`, a question
 * put to the poster's own service users ("Any of my patients want my number?") invites rather than asks.
 */
export function excused(t: TextAnalysis, act: Hit, kinds: readonly string[], channelNext = false, caseloadAsks = false): boolean {
  const sent = t.sentenceOf(act.t0);
  // "Student asked if she can accept a patient's friend request": someone else's question, reported (fifth pass).
  if (reportedAsk(t, act.t0, sent.t0)) return true;
  // "got struck off for dating a service user", "people on my course are adding patients": a sanction reported, or peers as the
  // subject of the act (fifth pass).
  if (sanctioned(t, act.t0, sent.t0) || peerActor(t, act.t0)) return true;
  if (t.negated(act.t0) && !newSubject(t, act.t0) && !whyNot(t, sent.t0, act.t0) && !tryingNot(t, act.t0, sent.t0) && !licensed(t, act.t0, sent.t0)) return true;
  // "I do not befriend them, date them, borrow from them or sell them ...": a negation carried along a list of verb phrases (fourth pass).
  if (listNegated(t, act.t0, sent.t0)) return true;
  // "Saw an account saying 'add your clients on Insta for rapport'": someone else's words, quoted (fourth pass).
  if (reportedQuote(t, act, sent)) return true;
  // Only a real question asks: one opened by an auxiliary or question word ("Should I accept ...?", "Is it ok to ...?"),
  // not a statement ending in "??" ("everyone thinks it's cute??").
  const interrogative = sent.question && (INTERROGATIVE.has(t.key(sent.t0)) || INTERROGATIVE.has(t.key(t.clauseStart(act.t0))));
  // "Anyone else add their patients on fb? I do it with all my regulars": a rhetorical question that admits the act.
  const rhetorical = interrogative && RHETORICAL_Q.test(t.norm.slice(t.tokens[sent.t0]!.s, t.tokens[sent.t1 - 1]!.e)) && admitsNext(t, sent);
  if (interrogative && !rhetorical) {
    // "Should I accept a friend request from a patient?" asks; "fancy a drink sometime?" invites;
    // "Is it wrong that I looked him up?" admits what was done.
    const invites = t.findKey(sent.t0, sent.t1, SECOND_PERSON) >= 0 && t.findKey(sent.t0, sent.t1, ADVICE) < 0;
    const said = t.norm.slice(t.tokens[sent.t0]!.s, t.tokens[sent.t1 - 1]!.e);
    const admits = ADMITS.test(said);
    // "Any of my patients want my personal number?", "Which of you on my caseload wants to join my Snapchat?": asked of service users, an invitation.
    const toCaseload = caseloadAsks && CASELOAD_Q.test(said) && !ADVICE_Q.test(said);
    if (!invites && !admits && !toCaseload) return true;
  }
  const next = t.sentences[t.tokens[act.t0]!.sn + 1];
  const prev = t.sentences[t.tokens[act.t0]!.sn - 1];
  for (const h of t.hits(NOT_BOUNDARIES)) {
    // "Case study for the boundaries session: a physio accepts a patient's friend request", "what to do when a service user
    // adds you": the act is talked about, taught or asked about, in its sentence or the one before (fourth pass).
    if (h.entry.tag === 'talk') {
      if ((h.t0 >= sent.t0 && h.t1 <= sent.t1) || (prev !== undefined && h.t0 >= prev.t0 && h.t1 <= prev.t1)) return true;
      // "Can't stop thinking about her. Going to talk it through in supervision tomorrow.": taken to supervision after (fifth pass).
      if (next !== undefined && h.t0 >= next.t0 && h.t1 <= next.t1 && /supervision|through/.test(h.entry.term)) return true;
      continue;
    }
    if (!kinds.includes(h.entry.tag)) continue;
    // A refusal only thought about ("it feels rude to ignore it", "not sure whether to block") or a proper channel passed over
    // ("easier than the office phone", "instead of the work number") does not excuse the act.
    if (h.entry.tag === 'refuse' && ((t.negated(h.t0) && !licensed(t, h.t0, t.sentenceOf(h.t0).t0)) || t.findKey(Math.max(t.sentenceOf(h.t0).t0, h.t0 - 3), h.t0, CONTEMPLATED) >= 0 || undone(t, h))) continue;
    if (h.entry.tag === 'channel' && (passedOver(t, h.t0) || bypassed(t, h) || afterHours(t, h))) continue;
    // "instead of the work phone" passes the channel over; "the ward number instead" (or "instead of my own") refuses.
    if (h.entry.term === 'instead' && t.key(h.t1) === 'of' && t.hits(NOT_BOUNDARIES).some((c) => c.entry.tag === 'channel' && c.t0 > h.t1 && c.t0 <= h.t1 + 4)) continue;
    // "add me there instead": "instead" closing the act's own clause makes the act the replacement, not a refusal (fourth pass).
    if (h.entry.term === 'instead' && h.t0 >= act.t1 && t.clauseStart(h.t0) <= act.t0 && !t.hits(NOT_BOUNDARIES).some((c) => c.entry.tag === 'channel' && c.t0 >= act.t1 && c.t1 <= h.t0)) continue;
    const inSentence = h.t0 >= sent.t0 && h.t1 <= sent.t1;
    // "A patient added me on Facebook. Declined, obviously." "Patients ask for my number. The answer is the clinic line."
    // A judgement alone in the next sentence ("technically it's a conflict of interest 🙈", "professional boundaries? never heard of
    // her") names the problem without turning anything down (fifth pass).
    const inNext = ((h.entry.tag === 'refuse' && !JUDGEMENT.test(h.entry.term)) || (channelNext && h.entry.tag === 'channel')) && next !== undefined && h.t0 >= next.t0 && h.t1 <= next.t1;
    if (inSentence || inNext) return true;
  }
  return false;
}

/**
 * "Nothing wrong with borrowing a few quid off a patient", "there's no rule against me selling Avon to the mums": the negation
 * denies a fault, so the act is endorsed, not denied (sixth pass).
 */
const FAULTS = new Set(['wrong', 'rule', 'rules', 'harm', 'shame', 'law', 'problem', 'issue', 'crime', 'policy']);
function licensed(t: TextAnalysis, i: number, s0: number): boolean {
  for (let j = Math.max(s0, i - 7); j < i; j++) {
    const k = t.key(j);
    if ((k === 'nothing' || k === 'no') && FAULTS.has(t.key(j + 1)) && /^(?:with|against|in|about)$/.test(t.key(j + 2))) return true;
  }
  return false;
}
/** "swiped left obviously... or did I": a refusal taken back with a wink (sixth pass). */
function undone(t: TextAnalysis, h: Hit): boolean {
  for (let j = h.t1; j < Math.min(t.tokens.length, h.t1 + 4); j++) {
    if (t.key(j) === 'or' && /^(?:did|do|have|will|was)$/.test(t.key(j + 1)) && /^(?:i|we)$/.test(t.key(j + 2))) return true;
  }
  return false;
}
/** "asked (me) if she can accept ...", "asking whether they should add ...": a question someone else put, with a modal after its subject. */
const MODALS = new Set(['can', 'could', 'should', 'may', 'might', 'ought', 'is', 'was']);
function reportedAsk(t: TextAnalysis, i: number, s0: number): boolean {
  for (let j = i - 1; j > s0 && j >= i - 6; j--) {
    const k = t.key(j);
    if (k !== 'if' && k !== 'whether') continue;
    const asker = /^ask/.test(t.key(j - 1)) ? j - 1 : t.key(j - 1) === 'me' && /^ask/.test(t.key(j - 2)) ? j - 2 : -1;
    if (asker < 0) return false;
    // The question's own subject and a modal ("if she can", "whether I should"): asked, not done.
    // "asked if I'd ever go out with a client": a contracted modal on the subject counts too (sixth pass).
    return MODALS.has(t.key(j + 2)) || MODALS.has(t.key(j + 3)) || /^(?:i|you|he|she|we|they)'d$/.test(t.key(j + 1));
  }
  return false;
}
/**
 * A service user's advance turned down anywhere later in the post ("Got asked out by a patient ... He was sweet about it.
 * Politely said no, explained why"): a refusal after the advance, not only thought about (fifth pass).
 */
export function refusedLater(t: TextAnalysis, act: Hit): boolean {
  for (const h of t.hits(NOT_BOUNDARIES)) {
    if (h.entry.tag !== 'refuse' || h.t0 < act.t1) continue;
    if (t.negated(h.t0) && !/n't|not|never|cannot/.test(h.entry.term)) continue;
    if (t.findKey(Math.max(t.sentenceOf(h.t0).t0, h.t0 - 3), h.t0, CONTEMPLATED) >= 0) continue;
    return true;
  }
  return false;
}
const SANCTIONS = new Set(['struck', 'sacked', 'fired', 'suspended', 'disciplined', 'dismissed', 'investigated', 'reported', 'removed', 'kicked', 'booted', 'sanctioned', 'warned', 'cautioned', 'referred']);
/** "struck off for dating a service user", "sacked for adding patients on Facebook": a sanction for the act, reported. */
function sanctioned(t: TextAnalysis, i: number, s0: number): boolean {
  for (let j = i - 1; j >= Math.max(s0, i - 5); j--) {
    if (t.key(j) !== 'for') continue;
    const v = t.key(j - 1) === 'off' || t.key(j - 1) === 'up' || t.key(j - 1) === 'out' ? j - 2 : j - 1;
    return SANCTIONS.has(t.key(v));
  }
  return false;
}
// Plural peers only: one colleague's relationship told approvingly ("My colleague is dating the guy she discharged ... good for her") still counts.
const RELATIVE = new Set(['who', 'that']);
const PEERS = new Set(['colleagues', 'agencys', 'locums', 'managers', 'mentors', 'therapists', 'ots', 'workers', 'assistants', 'hcas', 'doctors', 'midwives', 'radiographers', 'podiatrists', 'dietitians', 'psychologists', 'counsellors', 'coursemates', 'classmates', 'peers', 'cohort', 'registrants', 'students', 'people', 'someone', 'somebody', 'nurses', 'physios', 'paramedics', 'staff']);
const PEER_PLACES = new Set(['course', 'cohort', 'year', 'uni', 'programme', 'degree', 'team', 'placement', 'class', 'ward', 'trust', 'profession']);
/** Peers as the subject of the act's clause ("people on my course are adding patients", "a colleague of mine follows her clients"). */
function peerActor(t: TextAnalysis, i: number): boolean {
  const c0 = t.clauseStart(i);
  // "I reported the colleague who was snapchatting a client": a relative clause's act belongs to the noun before "who" (sixth pass).
  for (let j = i - 1; j >= Math.max(1, i - 4); j--) {
    if (!RELATIVE.has(t.key(j))) continue;
    if (PEERS.has(t.key(j - 1)) || PEERS.has(`${t.key(j - 1)}s`)) return true;
    break;
  }
  for (let j = i - 1; j >= Math.max(c0, i - 8); j--) {
    const k = t.key(j);
    if (k === 'i' || k === "i'm" || k === 'im' || k === 'we' || k === "i've" || k === "we're" || k === 'me') return false;
    if (!PEERS.has(k)) continue;
    // "people on my course", "someone in my old cohort", "colleagues": peers; "people on my caseload" are service users.
    if (k.startsWith('colleague') || k.startsWith('course') || k.startsWith('class') || k === 'peers' || k === 'cohort' || k === 'registrants') return true;
    return t.findKey(j + 1, Math.min(i, j + 5), PEER_PLACES) >= 0;
  }
  return false;
}
/** Refusal entries that only judge the act (a conflict of interest, unprofessional), with no act of refusing. */
const JUDGEMENT = /^(?:conflict of interest|inappropriate|unprofessional|professional boundaries)$/;
/** "trying not to stare at ...", "tried not to laugh": an effort, which admits the urge rather than denying the act (fourth pass). */
const TRYING = new Set(['trying', 'try', 'tried', 'tries', 'attempting', 'struggling', 'hard']);
function tryingNot(t: TextAnalysis, i: number, s0: number): boolean {
  for (let j = i - 1; j >= Math.max(s0, i - 6); j--) {
    if (t.isNegationCue(j)) return (t.key(j) === 'not' || t.key(j) === 'no') && TRYING.has(t.key(j - 1));
  }
  return false;
}
/** Words that end a list of negated verb phrases: a new clause with its own subject or a contrast. */
const LIST_STOP = new Set(['but', 'so', 'then', 'because', 'cos', 'though', 'although', 'yet', 'until', 'unless', 'if', 'when', 'while', 'after', 'before', 'since', 'now', 'just', 'instead']);
/**
 * "I do not befriend them, date them, borrow from them or sell them shakes": a negation cue earlier in the sentence whose
 * clause is followed only by further verb phrases (commas, "or", "and"), with no new subject or contrast before the act.
 */
function listNegated(t: TextAnalysis, i: number, s0: number): boolean {
  let commas = 0;
  for (let j = i - 1; j >= Math.max(s0, i - 16); j--) {
    const k = t.key(j);
    if (t.isNegationCue(j)) return commas > 0 && (k === 'not' || k === 'never' || /n't$/.test(k) || k === 'nor');
    if (SUBJECTS.has(k) || LIST_STOP.has(k) || k === 'he' || k === 'she' || k === 'they' || k === 'you') return false;
    if (k === ',' || k === 'or' || k === 'and' || k === 'nor' || (j + 1 <= i && t.clauseStart(j + 1) === j + 1)) commas++;
  }
  return false;
}
/** Verbs of saying that put a quotation in someone else's mouth ("an account saying '...'"). */
const SAYING = new Set(['saying', 'says', 'said', 'suggesting', 'suggests', 'suggested', 'recommending', 'recommends', 'recommended', 'advising', 'advises', 'advised', 'telling', 'tells', 'posted', 'posting', 'posts', 'claiming', 'claims', 'reckons']);
/** The act lies inside quotation marks that a saying verb, not the poster's, introduces in its sentence. */
function reportedQuote(t: TextAnalysis, act: Hit, sent: { t0: number; t1: number }): boolean {
  if (!t.mayQuote || !t.quotedSpan(act.t0, act.t1)) return false;
  for (let j = sent.t0; j < sent.t1; j++) {
    if (t.inQuotes(j) || !SAYING.has(t.key(j))) continue;
    const who = t.key(j - 1);
    if (who !== 'i' && who !== 'we' && t.key(j - 2) !== 'i') return true;
  }
  return false;
}

/** "Why don't more of my clients add me on FB?": the only negation before the act is a "why don't" wish, which asserts. */
function whyNot(t: TextAnalysis, s0: number, i: number): boolean {
  if (t.key(s0) !== 'why') return false;
  for (let j = i - 1; j > s0; j--) if (t.isNegationCue(j)) return j === s0 + 1;
  return false;
}
/** The act's sentence is put to the poster's own service users ("can any of my service users drop me a DM?"). */
export function askedOfCaseload(t: TextAnalysis, i: number): boolean {
  const sent = t.sentenceOf(i);
  const said = t.norm.slice(t.tokens[sent.t0]!.s, t.tokens[sent.t1 - 1]!.e);
  return CASELOAD_Q.test(said) && !ADVICE_Q.test(said);
}
/** A question put to the poster's own service users ("any of my patients", "which of you lot", "why don't more of my clients"). */
const CASELOAD_Q =
  /\b(?:any|which|more|all|who|how many|some) of (?:my|our) (?:\w+ ){0,2}(?:patients|clients|service users|residents|families|parents|carers|regulars|young people|lot|group|class|crew|gang)\b|\b(?:anyone|anybody|who|everyone|(?:which|any) of you(?: lot)?) (?:from|on|in) (?:my|our) (?:\w+ )?(?:caseload|clinic|list|group|class)\b/;
/** Words that make such a question a request for advice after all ("should any of my patients ...", "is it ok if ..."). */
const ADVICE_Q = /\b(?:should|allowed|appropriate|advice|ok|okay|acceptable|wrong|policy|guidance|hcpc|rules|what do (?:i|you) do)\b/;
/** Words that open a real question. */
const INTERROGATIVE = new Set([
  'should', 'shall', 'can', 'could', 'would', 'will', 'is', 'are', 'am', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'how', 'what', 'why', 'when',
  'where', 'who', 'which', 'anyone', 'anybody', 'any', 'isit', "isn't", "wouldn't", "shouldn't", "can't", "don't", "doesn't", 'may', 'might', 'whats', "what's", 'hows', "how's", 'thoughts', 'advice', 'help',
]);
/** "Anyone else ...?", "Am I the only one who ...?", "Is it just me or ...?": questions that share what the poster does. */
const RHETORICAL_Q = /^(?:(?:does|do) )?(?:anyone|anybody) else\b|^am i the only one\b|^(?:is it )?just me\b/;
/** The sentence after a rhetorical question admits it ("I do it with all my regulars", "I always do"). */
function admitsNext(t: TextAnalysis, sent: { t1: number }): boolean {
  const next = t.sentences[t.tokens[sent.t1 - 1]!.sn + 1];
  if (!next) return false;
  const k = t.key(next.t0);
  return (k === 'i' || k === "i've" || k === 'ive' || k === 'me' || k === 'we' || k === "mine's" || k === 'mine' || k === 'my') && !t.negationIn(next.t0, next.t1);
}
/** Words before a refusal that make it only thought about ("rude to ignore", "whether to block"). */
const CONTEMPLATED = new Set(['whether', 'rude', 'mean', 'awkward', 'hard', 'harsh', 'tempted', 'should', 'might', 'could', 'if', 'or', 'to', 'stopped', 'stop', 'quit', 'up']);
/** Words before a proper channel that pass it over ("than the office phone", "instead of the work number", "bypass the switchboard"). */
const PASSED_OVER = new Set(['than', 'bypass', 'bypassing', 'skip', 'skipping', 'avoid', 'avoiding', 'ditch', 'ditched', 'forget']);
/**
 * "keeps texting the work phone at weekends and I keep replying", "messaging my work mobile at 11pm": a work channel used out of
 * hours is no professional route (sixth pass).
 */
const OFF_HOURS = new Set(['weekend', 'weekends', 'midnight', 'night', 'nights', '11pm', '12am', '1am', '2am', '3am', '10pm', '11.30pm', 'sundays', 'saturdays', 'holiday', 'leave']);
function afterHours(t: TextAnalysis, c: Hit): boolean {
  const s = t.sentenceOf(c.t0);
  const j = t.findKey(c.t1, Math.min(s.t1, c.t1 + 4), OFF_HOURS);
  return j >= 0 && t.key(j - 1) !== 'no' && !(t.key(j) === 'leave' && t.key(j - 1) !== 'on');
}
/** "don't bother with the clinic line", "no need to go through reception": the channel named only to be passed over (sixth pass). */
function bypassed(t: TextAnalysis, c: Hit): boolean {
  if (!t.has(ENCOUNTER)) return false;
  for (const h of t.hits(ENCOUNTER)) if (h.entry.tag === 'bypass' && h.t0 <= c.t0 && h.t1 >= c.t1) return true;
  return false;
}
function passedOver(t: TextAnalysis, i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (PASSED_OVER.has(t.key(j)) || (t.key(j) === 'of' && t.key(j - 1) === 'instead')) return true;
  return false;
}

/** A former service user ("ex-patient", "former client", "used to be my patient"): contact is less clear-cut. */
export function former(t: TextAnalysis, ref: Hit): boolean {
  const a = Math.max(0, ref.t0 - 2);
  for (let i = a; i < ref.t1; i++) {
    const k = t.key(i);
    // "Discharged him on Friday" is the act of discharging, not a former service user (fourth pass).
    if (k === 'former' || k === 'ex' || k === 'previous' || k === 'expatient' || (k === 'discharged' && !OBJECTS.has(t.key(i + 1))) || (k === 'old' && t.key(i - 1) === 'my')) return true;
  }
  return false;
}

const SUBJECTS = new Set(['i', "i'd", "i'll", "i'm", 'im', 'id', 'ill', 'we', "we'd", "we'll", "we're"]);

/** "If he wasn't my patient I'd marry him": a new subject after the negation starts a clause it does not reach. */
function newSubject(t: TextAnalysis, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 9); j--) {
    if (t.isNegationCue(j)) return false;
    if (SUBJECTS.has(t.key(j)) || CLAUSE_OPENERS.has(t.key(j))) return true;
  }
  return false;
}
/** "It's not a conflict of interest if my cousin's on my caseload": a negation does not reach into a new "if" clause (fourth pass). */
const CLAUSE_OPENERS = new Set(['if', 'because', 'cos', 'unless', 'when', 'whenever']);
