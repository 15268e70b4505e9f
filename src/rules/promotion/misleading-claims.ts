import type { Evidence, Severity } from '../../model/finding.js';
import type { Rule } from '../types.js';
import type { TextAnalysis } from '../text/index.js';
import { LastPost } from '../common/memo.js';
import { BREAK, CLAUSE, DEBUNK, EMOJI, HASHTAG, FIRST_PERSON, META, REPORT, SECOND_PERSON, defineLexicon, loadLexicon, outermost, q, tidy } from '../text/index.js';

const CLAIMS = loadLexicon(new URL('./claims.txt', import.meta.url));
export const PROMO = loadLexicon(new URL('./promo-context.txt', import.meta.url));

const KIND: Record<string, string> = {
  guarantee: 'guarantees results',
  cure: 'claims to cure or permanently fix a condition',
  absolute: 'claims certain or near-certain success',
  safety: 'claims no risks or side effects',
  miracle: 'promises miracle results',
  speed: 'promises instant or one-session results',
  proof: 'makes a health claim that needs evidence',
  testimonial: 'relies on before-and-after results or testimonials',
  superlative: 'makes an unverifiable "best" or "only" claim',
  reviews: 'misrepresents its reviews or testimonials',
  price: 'advertises something free that has a catch',
};
const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** Products and services a poster sells: "my app", "our cold laser", "my online rehab plan". */
const PRODUCTS = new Set([
  'app', 'plan', 'plans', 'programme', 'program', 'method', 'protocol', 'treatment', 'treatments', 'therapy', 'clinic', 'course', 'courses', 'product',
  'products', 'supplement', 'supplements', 'tincture', 'tinctures', 'cream', 'creams', 'oil', 'oils', 'pads', 'patches', 'bracelet', 'bracelets', 'device',
  'machine', 'laser', 'system', 'technique', 'approach', 'package', 'packages', 'sessions', 'service', 'services', 'insoles', 'orthotics', 'brace', 'braces',
  'formula', 'blend', 'tea', 'teas', 'shakes', 'gummies', 'capsules', 'drops', 'spray', 'kit', 'kits', 'guide', 'ebook', 'e-book', 'membership', 'classes',
  'class', 'coaching', 'bootcamp', 'challenge', 'detox', 'cleanse', 'range', 'shop', 'store', 'website', 'book', 'massage', 'acupuncture', 'shockwave',
  'intensive', 'workshop', 'workshops', 'retreat', 'camp', 'drips', 'drip', 'infusions', 'injections', 'tape', 'taping', 'cupping', 'needling', 'adjustments', 'adjustment', 'clinics', 'team', 'studio', 'routine',
  // Fourth pass (issue 6): more names of a method sold ("my gut reset", "our hypnotherapy"); not things a person uses
  // themselves ("my diet", "my knee sleeve").
  'reset', 'resets', 'bundle', 'bundles', 'hypnotherapy', 'reflexology',
  // Fifth pass: devices, tests and cover sold ("our hearing aids", "our private full-body scans", "our event medics").
  'aids', 'scan', 'scans', 'test', 'tests', 'testing', 'diets', 'medics', 'cover', 'reports', 'filler', 'fillers', 'assessment', 'assessments',
]);
const OWNERS = new Set(['my', 'our']);
const BOOKING_VERBS = new Set(['book', 'booked', 'booking']);
const BOOKERS = new Set(['i', "i'll", "i'd", 'ill', 'she', 'he', 'they', "she'll", "he'll", "they'll", "she's", "he's", 'always', 'just', 'never']);
const SERVICE_GOT = new Set(['their', 'a', 'an', 'the', 'his', 'her', 'my', 'our', 'seen', 'some', 'one', 'two']);
const BOOK_NOUN_BEFORE = new Set(['a', 'the', 'red', 'this', 'that', 'his', 'their', 'good', 'library', 'text', 'note', 'favourite', 'cook', 'colouring', 'coloring', 'story', 'picture', 'little']);
const BOOKING_REF = new Set(['ref', 'reference', 'number', 'no', 'confirmation', 'code', 'id']);
const CALL_VERBS = new Set(['ring', 'call', 'phone', 'text', 'whatsapp', 'tel', 'contact']);
/** Words that turn a sentence into a warning about such claims ("beware of clinics promising ..."). */
const WARNING = new Set(['beware', 'wary', 'careful', 'flag', 'flags', 'scam', 'scams', 'scammers', 'promising', 'claiming', 'cowboys', 'charlatans', 'quacks']);
/** "98% success rate", "95% of my patients": a percentage of success. */
const PERCENT =
  /\b(?:helped|helps|cured|cures|fixed|fixes|healed|heals|works? for|worked for|improved|improves|success with|saves|saved|won|win|wins|passed|pass)\s+(?:over\s+|more than\s+)?\d{2,3}\s?(?:%|percent\b|per cent\b)\s+of\b|\b\d{2,3}(?:\.\d+)?\s?(?:%|percent\b|per cent\b)\s+(?:(?:[a-z-]+\s+){0,2}?(?:success|effective|cure|recovery|clearance|healing|resolution|fix|satisfaction|improvement|pain[- ]relief|pain[- ]free|results?|fluency|remission|accurate|accuracy|survival|(?:success|pass|win|cure|fluency|recovery) rate|rate)\b|of\s+(?:my\s+|our\s+|the\s+)?(?:patients|clients|people|users|athletes|customers|runners|cases|knees|backs|shoulders|feet|kids|children|parents|families|mums|students|smokers)\s+(?:\w+\s+){0,3}?(?:pain[- ]free|better|improved|cured|fixed|recovered|satisfied|results|back to|healed|gone|get the outcome|get the result|win|succeed|quit|fluent|hit|hits|reach|reached|reaches|achieve|achieved|achieves|lost|lose|loses|see results|saw results)|of\s+(?:my|our)\s+(?:[\w'-]+\s+){0,3}?(?:(?:are|were|stay|stayed|have been|got|went)\s+(?:injury|pain|symptom)[- ]free|(?:would\s+)?(?:agree|agreed|recommend|recommended|rate|rated)\b))/i;

/** Outcome verbs a selling post attaches to a condition ("our drips cure fatigue", "boosts fertility"); true = a cure-like claim. */
const OUTCOMES = new Map<string, boolean>([
  ...['rid', 'cure', 'cures', 'cured', 'curing', 'heal', 'heals', 'healed', 'reverse', 'reverses', 'reversed', 'eliminate', 'eliminates', 'eradicate', 'eradicates', 'regenerate', 'regenerates', 'regrow', 'regrows', 'banish', 'banishes', 'remove', 'removes'].map((w) => [w, true] as const),
  ...['fix', 'fixes', 'sort', 'sorts', 'halt', 'halts', 'reset', 'resets', 'rebalance', 'rebalances', 'silence', 'silences', 'erase', 'erases', 'dissolve', 'dissolves', 'boost', 'boosts', 'prevent', 'prevents', 'stop', 'stops', 'end', 'ends', 'beat', 'beats', 'melt', 'melts', 'burn', 'burns', 'clear', 'clears', 'resolve', 'resolves', 'correct', 'corrects', 'straighten', 'straightens', 'realign', 'realigns', 'restore', 'restores', 'increase', 'increases', 'balance', 'balances', 'unblock', 'unblocks', 'flush', 'flushes'].map((w) => [w, false] as const),
]);
/** Conditions and states such claims are made about. */
const CONDITION_WORDS = new Set([
  'pain', 'sciatica', 'arthritis', 'osteoarthritis', 'scoliosis', 'fatigue', 'colds', 'flu', 'infections', 'immunity', 'fertility', 'infertility', 'anxiety',
  'depression', 'insomnia', 'migraines', 'migraine', 'headaches', 'tinnitus', 'eczema', 'psoriasis', 'acne', 'ibs', 'bloating', 'cellulite', 'fat', 'diabetes',
  'cholesterol', 'incontinence', 'leaks', 'prolapse', 'fasciitis', 'tendonitis', 'tendinopathy', 'injury', 'injuries', 'cartilage', 'discs', 'disc', 'hernia',
  'circulation', 'toxins', 'inflammation', 'menopause', 'adhd', 'autism', 'dementia', 'cancer', 'asthma', 'allergies', 'vertigo', 'neuropathy', 'fibromyalgia',
  'gout', 'bunions', 'ageing', 'aging', 'wrinkles', 'snoring', 'hormones', 'metabolism', 'lymph', 'scar', 'scars', 'sciatic', 'spine', 'spines', 'posture',
  // Added for issue 6: more conditions of the HCPC professions' own fields (MSK, feet, speech, mind, skin, weight).
  'stammer', 'stammering', 'stutter', 'stuttering', 'lisp', 'dysphagia', 'swallowing', 'concussion', 'whiplash', 'bunion', 'bunions', 'verruca', 'verrucas',
  'fungal', 'fungus', 'corns', 'calluses', 'symptoms', 'stiffness', 'aches', 'ache', 'niggles', 'sprain', 'sprains', 'strain', 'strains', 'splints',
  'achilles', 'hamstring', 'tendon', 'tendons', 'ligament', 'ligaments', 'meniscus', 'acl', 'osteoporosis', 'lymphoedema', 'swelling', 'dizziness',
  'stress', 'burnout', 'ocd', 'ptsd', 'phobia', 'phobias', 'trauma', 'addiction', 'addictions', 'cravings', 'obesity', 'weight', 'pcos', 'endometriosis',
  'constipation', 'reflux', 'allergy', 'intolerance', 'intolerances', 'rosacea', 'hayfever', 'incontinent', 'ringing', 'impingement', 'bursitis',
  // Fourth pass: decline and the conditions of the other professions' fields (feet, eyes, memory).
  'decline', 'fibro', 'ingrowing', 'toenail', 'toenails', 'ulcers', 'ulcer', 'glasses', 'squint', 'amblyopia', 'memory', 'stroke', 'autistic', 'tongue-tie', 'colic',
  'damage', 'nerve', 'nerves', 'sciatica', 'stenosis', 'spondylosis', 'plantar', 'heel', 'heels', 'flat', 'migraine', 'cramps', 'cramp', 'numbness', 'tingling', 'spasms', 'spasm',
]);
const GONE = new Set(['gone', 'sorted', 'cured', 'fixed', 'vanished', 'disappeared', 'history', 'banished', 'disappear', 'disappears', 'vanish', 'vanishes', 'healed', 'resolved',
  // "Fibromyalgia IS curable", "bunions are reversible": a condition said to be curable, in a post that sells the cure.
  'curable', 'reversible']);
/** Body parts an outcome verb can name, after an owner ("fix your back", "sort her knee"). */
const BODY = new Set(['back', 'knee', 'knees', 'neck', 'shoulder', 'shoulders', 'hip', 'hips', 'feet', 'foot', 'ankle', 'ankles', 'wrist', 'elbow', 'joints', 'joint', 'pelvis', 'bladder', 'gut', 'skin', 'body', 'spine', 'posture', 'voice', 'speech',
  // Fifth pass: the senses a device or a treatment claims to give back ("restore your hearing to 100%").
  'hearing', 'eyesight', 'vision', 'sight', 'nails', 'organs']);
const BODY_OWNER = new Set(['your', 'my', 'their', 'his', 'her', 'bad', 'sore', 'achy', 'dodgy', 'painful', 'stiff', 'the']);
/** People an outcome verb can be said of ("cured my last 10 kids", "fixed every one of my clients"). */
const CURED_PEOPLE = new Set(['patients', 'clients', 'kids', 'children', 'people', 'athletes', 'everyone', 'everybody', 'customers', 'runners', 'players', 'me', 'him', 'her', 'them',
  // "cured it in dozens of clients", "healed hundreds": a count of people cured.
  'dozens', 'hundreds', 'thousands', '100s', '1000s']);
const PRONOUN_OBJECT = new Set(['it', 'them', 'this', 'that']);
const TOTAL = new Set(['completely', 'totally', 'entirely', 'fully', 'instantly', 'overnight', 'forever', 'permanently']);
/** Harm words of a "never ... again" promise. */
const HARM = new Set(['injured', 'injury', 'injuries', 'hurt', 'hurts', 'ache', 'aches', 'suffer', 'pain', 'limp', 'flare', 'flare-up', 'relapse', 'struggle', 'sprain', 'strain', 'tear', 'break',
  // Fifth pass: "you will NEVER leak again", "you'll never catch a cold again".
  'leak', 'leaks', 'leaking', 'wet', 'cold', 'colds',
  // Sixth pass: the state named as an adjective ("you'll never feel anxious again", "never be stiff again").
  'anxious', 'depressed', 'stressed', 'sore', 'stiff', 'achy', 'bloated', 'dizzy', 'panicky', 'injured']);
/** Time units of a promised result ("sorted in 48 hours", "within a week"). */
const UNITS = new Set(['seconds', 'secs', 'day', 'days', 'week', 'weeks', 'hour', 'hours', 'hrs', 'session', 'sessions', 'visit', 'visits', 'appointment', 'appointments', 'treatment', 'treatments', 'month', 'months', 'fortnight', 'minutes', 'mins']);
const MEASURES = new Set(['stone', 'stones', 'kg', 'kilos', 'pounds', 'lbs', 'inches', 'points', 'sizes']);
const INSTANT = new Set(['seconds', 'secs', 'minutes', 'mins']);
const NUMBER_WORDS = new Set(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten', 'twelve', 'single']);
/** Comparatives promised by a guarantee ("guaranteed straighter spine", "guaranteed slimmer in 8 weeks"). */
const COMPARATIVE = /^(?:straighter|better|faster|stronger|taller|slimmer|thinner|fitter|quicker|smaller|younger|leaner|happier|healthier|flatter|firmer)$/;
/** What an honest guarantee is about ("guaranteed appointment within 5 days", "guaranteed interview", "guaranteed minimum hours"). */
const FAIR_GUARANTEE = new Set(['appointment', 'appointments', 'interview', 'interviews', 'place', 'places', 'slot', 'slots', 'minimum', 'hours', 'shifts', 'callback', 'reply', 'response', 'delivery', 'parking', 'seat', 'income', 'pay', 'wage', 'space', 'spaces']);
/** A service promised, not a result ("we guarantee you will be seen within 2 weeks", "you'll hear back"). */
const FAIR_CLAUSE = new Set(['seen', 'called', 'contacted', 'hear', 'heard', 'reply', 'replied', 'answer', 'answered', 'welcome', 'comfortable', 'listened']);
/** Whom a guaranteed result is promised to ("guarantees your child will ..."). */
const PROMISED_TO = new Set(['you', "you'll", 'your', 'child', 'kid', 'son', 'daughter', 'baby', 'clients', 'patients', 'they', "they'll", 'u', 'ur']);
/** Verbs of a result after "guaranteed to" ("guaranteed to support your case", "guaranteed to work"); not "guaranteed to be the coldest clinic room". */
const GUARANTEED_TO = new Set(['support', 'win', 'work', 'help', 'pass', 'get', 'make', 'succeed', 'improve', 'relieve', 'reduce', 'transform', 'change', 'save']);
/** Rhetorical questions that carry a selling claim ("Why wait when ...?", "Tired of pain that ...?"). */
const RHETORICAL = new Set(['why', 'tired', 'sick', 'fed', 'want', 'wanna', 'ready', 'imagine', 'who', 'fancy', 'what']);
/** Someone else's claim reported before it: "if anyone tells you ...", "people keep saying ...". */
const HEARSAY = /\b(?:if (?:anyone|anybody|someone|somebody|they|people|a (?:website|post|influencer))|(?:people|they|influencers|some) (?:keep |still )?(?:say|claim|tell you|insist))\b/;
/** Someone else's claim posited as a warning, even in a post that sells: "if a clinic says they can cure your sciatica in one session, walk away". */
const IF_CLAIM = /\bif (?:a|an|any|some|the|that|your|this) (?:[a-z'-]+ ){0,2}?(?:says|say|claims|claim|tells you|tell you|promises|promise|advertises|swears|offers|guarantees|guarantee)\b/;
const IF_SUBJECT = /\bif (?:a|an|any|some|the|that|your|this) (?:[a-z'-]+ ){1,2}$/;
/** Someone else's promise described: "clinics that promise to fix your back for good", "anyone who claims ...". */
const THIRD_CLAIM =
  /\b(?:that|who|which|anyone|anybody|clinics|practitioners|people|places|companies|brands|influencers|they|some) (?:\w+ )?(?:promise|promises|promised|promising|claim|claims|claimed|claiming|advertise|advertises|advertised|advertising|guarantee|guarantees|swear|swears|pretend|pretends) (?:to |that |you |they |it )?/;
/** A post that says it does not promise results ("we never promise results", "can't promise to get rid of your pain"). */
const DISCLAIMS = /\b(?:never|not|don'?t|do not|won'?t|will not|can'?t|cannot|no one can|nobody can|wouldn'?t)\s+(?:\w+\s+)?(?:promise|guarantee)/;
/** The outcome words as a list in the shared matcher, so a post without one skips the pairing at no cost. */
const OUTCOME_CUES = defineLexicon('promotion/outcome-cues', [...OUTCOMES.keys(), ...GONE, 'never'].join('\n'));
const CONDITION_CUES = defineLexicon('promotion/condition-cues', [...CONDITION_WORDS].join('\n'));

const EXTRA_CUES = defineLexicon(
  'promotion/outcome-extra-cues',
  [...BODY, ...[...CURED_PEOPLE].filter((w) => w.length > 4), 'again', 'forever', 'permanently', 'completely', 'totally', 'entirely', 'fully', 'instantly', 'overnight', 'good', 'life', 'within', ...UNITS].join('\n'),
);
/** With the misspellings people type ("gaurenteed", "guarenteed"). */
const GUARANTEE_WORDS = ['guarantee', 'guaranteed', 'guarantees', 'guaranteeing', 'gaurenteed', 'guarenteed', 'garanteed', 'gauranteed', 'guarranteed', 'guaranted', 'gaurantee', 'guarentee', 'garantee', 'guarrantee'];
const GUARANTEE_CUES = defineLexicon('promotion/guarantee-cues', GUARANTEE_WORDS.join('\n'));
/**
 * Words that put a post in the field of health care or its selling (a treatment, a session, a condition,
 * a client): outside a selling post, "100% success rate" or a bare "Guaranteed." count only with one
 * ("100% success rate at the pub quiz" is no claim).
 */
const DOMAIN_CUES = defineLexicon(
  'promotion/domain-cues',
  ['patient', 'patients', 'client', 'clients', 'treatment', 'treatments', 'therapy', 'therapies', 'session', 'sessions', 'visit', 'visits', 'appointment',
    'physio', 'physios', 'clinic', 'practice', 'recovery', 'rehab', 'programme', 'program', 'method', 'protocol', 'course', 'plan', 'plans', 'orthotics',
    'insoles', 'supplement', 'supplements', 'massage', 'acupuncture', 'shockwave', 'laser', 'podiatrist', 'dietitian', 'therapist', 'healing', 'cure', 'cured', 'studio',
    'psychotherapy', 'hypnotherapy', 'assessment', 'assessments', 'workshop', 'medics', 'survival'].join('\n'),
);

/** "For good", "forever", "for life", "permanently", "once and for all" at token i. */
function permanentAt(t: TextAnalysis, i: number): boolean {
  const k = t.key(i);
  if (k === 'forever' || k === 'permanently') return true;
  return k === 'for' && (t.key(i + 1) === 'good' || t.key(i + 1) === 'life' || t.key(i + 1) === 'ever' || (t.key(i + 1) === 'all' && t.key(i - 1) === 'and'));
}

/** "in 48 hours", "within a week", "in just 3 sessions" starting at token i. */
function timeBoundAt(t: TextAnalysis, i: number): boolean {
  const k = t.key(i);
  if (k !== 'in' && k !== 'within') return false;
  let j = i + 1;
  if (t.key(j) === 'just' || t.key(j) === 'only' || t.key(j) === 'under') j++;
  const n = t.key(j);
  if (!/^\d{1,3}$/.test(n) && !NUMBER_WORDS.has(n)) return false;
  if (t.key(j + 1) === 'single') j++;
  return UNITS.has(t.key(j + 1));
}

const OWN_USE =
  /\b(?:i|we|i've|we've|i'm|we're|i'll|we'll|i'd|we'd|ive|weve|im)\b(?:\s+[a-z']+){0,3}?\s+(?:put|puts|putting|write|wrote|writing|say|says|said|saying|tell|tells|told|telling|call|calls|called|calling|advertise|advertised|advertising|use|used|using|promise|promised|promising|claim|claimed|claiming|offer|offering|market|marketing)\b/;

/**
 * A claim that is the whole of a short quotation is named, not made: "a 'pain-free in 3 sessions' clinic", a copper
 * bracelet that 'cures arthritis', "'Cures', 'permanent', 'no side effects'". A testimonial quoted in the first person
 * ("'fixed me instantly'") or a long quotation is the poster's to answer for.
 */
function mentioned(t: TextAnalysis, t0: number, t1: number): boolean {
  if (!t.mayQuote || !t.quotedSpan(t0, t1)) return false;
  const s = t.norm;
  const from = t.tokens[t0]!.s;
  const word = (i: number): boolean => i >= 0 && i < s.length && /[a-z0-9]/.test(s[i]!);
  // The opening mark has no letter before it, the closing one none after it (not the apostrophe of "can't").
  let a = from - 1;
  while (a >= 0 && from - a < 60 && !((s[a] === "'" || s[a] === '"') && !word(a - 1))) a--;
  const to = t.tokens[t1 - 1]!.e;
  let b = to;
  while (b < s.length && b - to < 60 && !((s[b] === "'" || s[b] === '"') && !word(b + 1))) b++;
  if (a < 0 || b >= s.length || (s[a] !== "'" && s[a] !== '"') || (s[b] !== "'" && s[b] !== '"')) return false;
  // "We put 'permanent results' on every service page": the poster's own use of the words, not a mention.
  if (OWN_USE.test(s.slice(t.tokens[t.sentenceOf(t0).t0]!.s, a))) return false;
  let n = 0;
  for (let i = 0; i < t.tokens.length; i++) {
    const tok = t.tokens[i]!;
    if (tok.s <= a || tok.e > b) continue;
    if (FIRST_PERSON.has(tok.k)) return false;
    n++;
  }
  return n <= 6;
}

/**
 * "Our drips cure fatigue", "her scoliosis is gone", "fix your back for good", "cured my last 10
 * kids", "sorted in 48 hours": an outcome claimed for a condition, a body part, people, forever or
 * within a stated time, in a selling post. `cure` marks the cure-like (delete-level) ones.
 */
function outcomeClaims(t: TextAnalysis): Array<{ t0: number; t1: number; cure: boolean }> {
  const out: Array<{ t0: number; t1: number; cure: boolean }> = [];
  for (let i = 0; i < t.tokens.length; i++) {
    const k = t.key(i);
    const sn = t.tokens[i]!.sn;
    const cure = OUTCOMES.get(k);
    const gone = GONE.has(k);
    // "My clients never get injured again", "never suffer with sciatica again": a permanent result promised.
    if (k === 'never') {
      // "never have another migraine": "another" with the harm after it promises the same.
      const another = [1, 2].find((d) => t.key(i + d + 1) === 'another' && t.tokens[i + d + 1]!.sn === sn);
      if (another !== undefined) {
        const a = i + another + 1;
        if ([1, 2].some((d) => HARM.has(t.key(a + d)) || CONDITION_WORDS.has(t.key(a + d)))) {
          out.push({ t0: i, t1: Math.min(t.tokens.length, a + 3), cure: true });
          continue;
        }
      }
      for (let j = i + 2; j < Math.min(t.tokens.length, i + 8) && t.tokens[j]!.sn === sn; j++) {
        // Sixth pass: "never had pain since", "never hurt anymore": the same permanence.
        if (t.key(j) !== 'again' && t.key(j) !== 'since' && t.key(j) !== 'anymore') continue;
        if (t.findKey(i + 1, j, HARM) >= 0 || t.findKey(i + 1, j, CONDITION_WORDS) >= 0) out.push({ t0: i, t1: j + 1, cure: true });
        break;
      }
      continue;
    }
    if (cure === undefined && !gone && !CONDITION_WORDS.has(k)) continue;
    const end = Math.min(t.tokens.length, i + 8);
    let hit: { t0: number; t1: number; cure: boolean } | undefined;
    if (cure !== undefined || gone) {
      for (let j = i + 1; j < end && t.tokens[j]!.sn === sn; j++) {
        const kj = t.key(j);
        if (permanentAt(t, j)) {
          hit = { t0: i, t1: j + (kj === 'for' ? 2 : 1), cure: true };
          break;
        }
        if (timeBoundAt(t, j)) {
          hit = { t0: i, t1: Math.min(t.tokens.length, j + 3), cure: cure === true };
          break;
        }
        // "eliminates it completely", "sorts them for good": a pronoun for the condition, with a word of total effect.
        if (cure !== undefined && j === i + 1 && PRONOUN_OBJECT.has(kj) && TOTAL.has(t.key(j + 1))) {
          hit = { t0: i, t1: j + 2, cure: true };
          break;
        }
        if (cure === undefined || j >= i + 5) continue;
        if (CONDITION_WORDS.has(kj) || (BODY.has(kj) && BODY_OWNER.has(t.key(j - 1)))) {
          // "stop your knee pain": the body part with its condition; "fix your knee for good": made permanent, a cure.
          let e = j + (CONDITION_WORDS.has(t.key(j + 1)) && t.tokens[j + 1]?.sn === sn ? 2 : 1);
          let forever = false;
          for (let f = e; f < Math.min(t.tokens.length, e + 3) && t.tokens[f]!.sn === sn; f++) {
            if (permanentAt(t, f)) {
              forever = true;
              e = f + (t.key(f) === 'for' ? 2 : 1);
              break;
            }
          }
          // "permanently correct flat feet": an adverb of total effect before the verb makes it a cure too.
          const before = i > 0 && (t.key(i - 1) === 'permanently' || t.key(i - 1) === 'forever' || t.key(i - 1) === 'completely' || t.key(i - 1) === 'totally');
          // "restore your hearing to 100%", "clears your skin completely": a total result is cure-like too.
          const total = [0, 1].some((d) => t.tokens[e + d]?.sn === sn && (TOTAL.has(t.key(e + d)) || (t.key(e + d) === 'to' && /^100/.test(t.key(e + d + 1)))));
          // Sixth pass: "fix your back in 30 seconds": a result within seconds or minutes is an instant cure.
          const instant = [0, 1].some((d) => t.tokens[e + d]?.sn === sn && timeBoundAt(t, e + d) && INSTANT.has(t.key(e + d + 2 + (t.key(e + d + 1) === 'just' || t.key(e + d + 1) === 'only' || t.key(e + d + 1) === 'under' ? 1 : 0))));
          hit = { t0: before ? i - 1 : i, t1: e, cure: cure || forever || before || total || instant };
          break;
        }
        // "cured my last 10 kids", "healed all my patients": a cure said of people (not "cured my patients' joint pain", whose condition follows).
        const conditionNext = [1, 2, 3].some((d) => CONDITION_WORDS.has(t.key(j + d)) || BODY.has(t.key(j + d)));
        if (cure && CURED_PEOPLE.has(kj) && j <= i + 4 && !conditionNext) {
          hit = { t0: i, t1: j + 1, cure: true };
          break;
        }
      }
    }
    if (!hit && CONDITION_WORDS.has(k)) {
      for (let j = i + 1; j < Math.min(t.tokens.length, i + 4) && t.tokens[j]!.sn === sn; j++) {
        if (GONE.has(t.key(j))) {
          hit = { t0: i, t1: j + 1, cure: true };
          break;
        }
      }
    }
    if (hit) out.push(hit);
  }
  return out;
}

/** Words of a practice's public face: selective reviews count only about one ("Social media only shows the wins" is a reflection). */
const PRACTICE_CUES = defineLexicon('promotion/practice-cues', ['clinic', "clinic's", 'practice', 'website', 'page', 'instagram', 'insta', 'google', 'reviews', 'review', 'testimonials', 'patients', 'clients', 'business'].join('\n'));
/** "Free scan for all new clients (there's a £90 assessment fee)", "first session free *must book a block of 6": a free offer with a catch. */
const FREE_CUES = defineLexicon('promotion/free-cues', 'free\ncomplimentary');
const FREE_OFFER = /\b(?:free|complimentary|no-cost) (?:[a-z-]+ ){0,2}?(?:scan|session|consult|consultation|assessment|appointment|class|trial|treatment|check|massage|x-ray|mot)s?\b|\b(?:session|consult|consultation|assessment|appointment|class|scan|treatment)s? (?:is |are )?free\b/;
const CATCH = /\*\s*(?:must|when|with|only|subject|t&c|terms|min)|\bmust (?:book|buy|purchase|sign up for|commit to) (?:a |an )?(?:block|course|package|bundle|membership|minimum|\d)|\bmust pay\b|\b(?:assessment|admin|booking|registration|joining|report|consultation) fee\b|\bwhen you (?:book|buy|pay for|sign up for|commit to) (?:a |an )?(?:block|course|package|bundle|membership)\b|\b(?:t&cs|terms) apply\b|\bwith (?:a |any )?(?:block|course|package) of\b/;

/** Review words, and who may write a review that is not a real customer's. */
const REVIEW_NOUNS = new Set(['review', 'reviews', 'testimonial', 'testimonials', 'rating', 'ratings']);
const REVIEW_CUES = defineLexicon('promotion/review-cues', [...REVIEW_NOUNS].join('\n'));
const INSIDERS = new Set(['staff', 'aunties', 'auntie', 'aunty', 'aunts', 'aunt', 'uncle', 'uncles', 'mum', 'mam', 'mom', 'dad', 'mother', 'father', 'parents', 'son', 'daughter',
  'family', 'friends', 'mates', 'myself', 'ourselves', 'cousin', 'cousins', 'partner', 'husband', 'wife', 'sister', 'brother', 'sisters', 'brothers', 'nan', 'gran',
  'grandma', 'relatives', 'in-laws', 'flatmate', 'flatmates', 'housemate', 'housemates', 'neighbour', 'neighbours', 'boyfriend', 'girlfriend', 'employees',
  'receptionist', 'fake', 'sock', 'burner']);
const WRITE = new Set(['write', 'wrote', 'written', 'writing', 'writes', 'leave', 'left', 'leaving', 'leaves', 'post', 'posted', 'posting', 'from', 'did', 'done', 'made', 'make',
  'reviewed', 'rate', 'rated', 'rating']);
const ATTRIBUTE = new Set(['run', 'owned', 'friendly', 'led', 'based', 'sized', 'only', 'room', 'rooms', 'car', 'parking', 'discount', 'training', 'meeting']);
/** The practice whose reviews they are ("leave us 5 star reviews", "google reviews for the new clinic"). */
const BUSINESS = new Set(['us', 'clinic', "clinic's", 'practice', 'google', 'business', 'page', 'website', 'studio', 'trustpilot', 'salon', 'gym', 'facebook']);
const REWARDS = new Set(['£5', '£10', '£15', '£20', 'off', 'free', 'discount', 'voucher', 'vouchers', 'prize', 'draw', 'reward', 'rewards', 'freebie', 'raffle']);

/**
 * Reviews of the poster's own practice written by insiders ("got all the staff to leave us 5 star reviews", "wrote a few
 * google reviews for the new clinic myself", "half our reviews are from my aunties"), high; or paid for with a reward
 * ("£10 off your next session for every 5 star review"), medium. Not negated, not a request turned down ("asked to write a
 * review for a friend's clinic").
 */
function reviewClaims(t: TextAnalysis): Array<{ t0: number; t1: number; fake: boolean }> {
  const out: Array<{ t0: number; t1: number; fake: boolean }> = [];
  for (const h of t.hits(REVIEW_CUES)) {
    if (t.negated(h.t0)) continue;
    const s = t.sentenceOf(h.t0);
    if (s.question) continue;
    let insider = t.findKey(s.t0, s.t1, INSIDERS);
    // "a family-run clinic", "staff-friendly": the word describes the practice, it writes nothing.
    if (insider >= 0 && ATTRIBUTE.has(t.key(insider + 1))) insider = -1;
    // "got the whole family to review the clinic": the review word is itself the act.
    const write = t.key(h.t0 - 1) === 'to' ? h.t0 : t.findKey(s.t0, s.t1, WRITE);
    // About a practice ("leave us 5 star reviews", "review the clinic on Trustpilot"), not a meal or a film.
    const own = t.findKey(s.t0, s.t1, BUSINESS) >= 0 ? 0 : -1;
    // The insider writes: near the writing word or the review ("a small family-run clinic ... every review you leave" is no insider's).
    const near = insider >= 0 && (Math.abs(insider - write) <= 6 || Math.abs(insider - h.t0) <= 6);
    if (insider >= 0 && write >= 0 && own >= 0 && near && !t.negated(insider) && !t.negated(write) && !/\basked (?:me )?to\b/.test(t.norm.slice(t.tokens[s.t0]!.s, t.tokens[h.t0]!.s))) {
      out.push({ t0: Math.min(h.t0, insider, write), t1: Math.max(h.t1, insider + 1, write + 1), fake: true });
      break;
    }
    const reward = t.findKey(s.t0, s.t1, REWARDS);
    if (reward >= 0 && /\bfor (?:every|each|a|any|your) (?:[a-z0-9-]+ ){0,2}reviews?\b|\b(?:leave|write|post) (?:us |me )?(?:a |an )?(?:[a-z0-9-]+ ){0,2}reviews?(?: [a-z0-9]+){0,3} (?:and|to) (?:get|receive|be entered|win|claim)\b/.test(t.norm.slice(t.tokens[s.t0]!.s, t.tokens[s.t1 - 1]!.e))) {
      out.push({ t0: Math.min(h.t0, reward), t1: Math.max(h.t1, reward + 1), fake: false });
      break;
    }
  }
  return out;
}

/**
 * Fifth pass (issue 6): testimonials and reviews the poster admits are not a customer's. A review or testimonial (the word,
 * or a row of stars) with its authorship owned up to anywhere in the post: the poster wrote it ("ok I wrote that one
 * myself", "a few reviews I wrote myself"), an insider did ("written by the team", "my mum wrote that one"), the quoted
 * customer is family ("Jane is my sister", "Margaret is technically my mum", "the testimonial from 'Mark, 45' is my
 * brother"), or the reviews were bought or posted under other names ("Bought 50 Google reviews", "reviews ... under my
 * mum's name"). Stars or a testimonial are the practice's own showcase; a review word needs the practice beside it.
 */
const FAKE_AUTHOR =
  /\b(?:i|we)\s+(?:\w+\s+){0,2}?(?:wrote|made up|invented|typed up)\s+(?:(?:that|this|which) one|those|these|them|a few|some|it|most|half|all|the (?:reviews?|testimonials?|ones?)|reviews?|testimonials?|\w+ (?:myself|ourselves)|myself|ourselves)\b|\b(?:written|made up|typed) by (?:the team|our team|my team|me|us|myself|the staff|staff|our staff|my (?:mum|mam|mom|sister|brother|partner|husband|wife|nan|mates?|friends?|family))\b|\b(?:is|was|are|were|it's|its|that's|thats|she's|he's) (?:technically |actually |really |literally |basically )?my (?:mum|mam|mom|mother|dad|father|sister|brother|nan|gran|partner|husband|wife|cousin|aunt|auntie|uncle|mate|best mate|friend|flatmate|son|daughter|girlfriend|boyfriend)\b|\bmy (?:mum|mam|mom|sister|brother|partner|husband|wife|nan|mate|friend|dad|aunt|auntie|cousin) (?:wrote|write|left|made up|posted)\b|\b(?:bought|buy|buying|purchased|paid for) (?:\d+ |a few |some |loads of |a load of |a batch of |a bunch of )?(?:google |fake |facebook |trustpilot |5[- ]star |five[- ]star )?(?:reviews|testimonials|ratings)\b|\breviews? (?:[\w'-]+ ){0,5}?under (?:my|our|fake|different|other|their) |\b(?:i|we)\s+made\s+(?:that|this|it|them|those|these)(?: ones?)?\s+up\b|(?:^|[.!?]\s+)(?:wrote|made up|invented|posted) (?:a |some |a few |a handful of |loads of |a couple of )?(?:[\w-]+ ){0,2}?(?:reviews?|testimonials?)\b|\bfrom (?:my|our) (?:mum|mam|mom|sister|brother|partner|husband|wife|nan|gran|mates?|friends?|dad|aunt|auntie|cousins?)(?:'s)?\b[^.!?]{0,30}\baccounts?\b|\bfrom (?:different|fake|other|multiple|burner|spare|several|various) accounts\b/;
/**
 * Sixth pass (issue 6): a rating counted in stars ("5 stars from 200 happy patients") is a review; a quotation signed with a
 * dash and a name ("'Best physio in Belfast, cured my back for life' – Sarah, 42") is a testimonial in form, read only when
 * one of the admissions below is in the post.
 */
const STAR_CUES = defineLexicon('promotion/star-cues', '5/five stars\n5-star/five-star/5_star/five_star ratings/rating');
const FAKE_ADMIT_CUES = defineLexicon(
  'promotion/fake-admit-cues',
  "made that/this/it/them/those/these [one/ones] up\nwrote that/this/it/them/those/these/a_few/some\nit's/its/that's/thats/she's/he's [technically/actually/really/literally/basically] my\nmy mate/mum/mam/mom/sister/brother/partner/husband/wife/nan/friend/dad/aunt/auntie/cousin wrote/made/left",
);
const SIGNED_QUOTE = /['"‘“][^'"’”\n]{8,}[.!?]?['"’”]\s*[-–—]\s*[A-Za-z]/;
function fakeTestimonial(t: TextAnalysis): { t0: number; t1: number } | undefined {
  const stars = t.text.includes('⭐⭐') || t.has(STAR_CUES);
  const testimonial = /\btestimonials?\b/.test(t.norm) || (t.mayQuote && SIGNED_QUOTE.test(t.text));
  // Stars about a restaurant are nobody's practice: they need the field of care or the practice beside them.
  // A quotation with stars is a testimonial in form ("'Changed my life!' ⭐⭐⭐⭐⭐").
  const practice = t.findKey(0, t.tokens.length, BUSINESS) >= 0 || t.has(DOMAIN_CUES) || t.has(CONDITION_CUES) || (stars && /(?:^|[\s(])['"‘“]\w/.test(t.text));
  if (!testimonial && !stars && !t.has(REVIEW_CUES)) return undefined;
  const m = FAKE_AUTHOR.exec(t.norm);
  if (!m) return undefined;
  // Reviews the poster wrote, bought or posted under other names are their own practice's; a relative named as the
  // reviewer needs the practice beside it.
  const own = /^(?:i|we|bought|buy|buying|purchased|paid|reviews?)\b/.test(m[0]);
  if (!testimonial && !own && !practice) return undefined;
  let i = 0;
  while (i < t.tokens.length - 1 && t.tokens[i]!.e <= m.index) i++;
  if (t.negated(i) || t.sentenceOf(i).question) return undefined;
  let j = i;
  while (j + 1 < t.tokens.length && t.tokens[j + 1]!.s < m.index + m[0].length) j++;
  return { t0: i, t1: j + 1 };
}

/**
 * "we eliminate it. every client. every time.", "slipped disc → 3 sessions → every time": a result promised for every case,
 * an outcome verb (or a condition with a counted time) with a universal ("every time", "every client", "without fail").
 * `cure` when the verb is cure-like or the time is counted.
 */
const UNIVERSAL = /\b(?:every (?:single )?(?:time|client|patient|one of them)|each and every (?:time|client|patient)|without fail|no exceptions)\b/;
const UNIVERSAL_CUES = defineLexicon('promotion/universal-cues', 'every time\nevery single time\nevery client\nevery patient\nwithout fail\nno exceptions\neach and every');
function universalClaim(t: TextAnalysis): { t0: number; t1: number; cure: boolean } | undefined {
  const u = UNIVERSAL.exec(t.norm);
  if (!u) return undefined;
  let u0 = 0;
  while (u0 < t.tokens.length - 1 && t.tokens[u0]!.e <= u.index) u0++;
  if (t.negated(u0)) return undefined;
  for (let i = 0; i < t.tokens.length; i++) {
    const cure = OUTCOMES.get(t.key(i));
    if (cure === undefined || t.negated(i) || t.sentenceOf(i).question) continue;
    // The verb has an object: a pronoun, a condition or a body part ("eliminate it", "fix your back").
    const obj = [1, 2, 3].some((d) => PRONOUN_OBJECT.has(t.key(i + d)) || CONDITION_WORDS.has(t.key(i + d)) || BODY.has(t.key(i + d)));
    if (obj && Math.abs(i - u0) <= 12) return { t0: Math.min(i, u0), t1: Math.max(i + 1, u0 + u[0].split(' ').length), cure };
  }
  if (t.has(CONDITION_CUES) && promiseCue(t) && /\d/.test(t.norm)) {
    for (let i = 0; i < t.tokens.length; i++) if (CONDITION_WORDS.has(t.key(i)) && !t.negated(i) && Math.abs(i - u0) <= 10) return { t0: Math.min(i, u0), t1: Math.max(i + 1, u0 + u[0].split(' ').length), cure: true };
  }
  return undefined;
}

/** A hashtag that joins a claim into one word: a guarantee, or a cure or fix promised to the reader ("#cureyourback"; not "#curemnd", a charity's). */
const TAG_CLAIM = /^(?:.*(?:guarantee|guaranteed|guaranteeing|gaurenteed|guarenteed)|(?:cure|fix|heal|sort)(?:your|ur|my)|.*(?:painfreeforever|painfreeforgood|miraclecure|nomoresurgery|nomorepainkillers|permanentresults|permanentfix))/;
function hashtagClaim(t: TextAnalysis): number {
  for (let i = 0; i < t.tokens.length; i++) {
    const tok = t.tokens[i]!;
    if (tok.flags & HASHTAG && tok.k.length >= 8 && TAG_CLAIM.test(tok.alt ?? tok.k)) return i;
  }
  return -1;
}

/** A promise a bare "Guaranteed." can vouch for: a condition, an outcome, or a counted time ("two sessions", "18 weeks"). */
function promiseCue(t: TextAnalysis): boolean {
  if (t.has(CONDITION_CUES) || t.has(OUTCOME_CUES)) return true;
  // Sixth pass: a counted measure too ("drop 2 stone", "lose 10 kg").
  for (let i = 1; i < t.tokens.length; i++) if ((UNITS.has(t.key(i)) || MEASURES.has(t.key(i))) && (/^\d{1,3}$/.test(t.key(i - 1)) || NUMBER_WORDS.has(t.key(i - 1)))) return true;
  return false;
}

/** Someone asking the poster to make the claim ("was asked to write a fake review", "wanted me to say it prevents tears"): a request, not a claim. */
const REQUEST = /\b(?:asked (?:me )?to|wanted (?:me )?to|offered (?:me )?(?:\S+ ){0,3}?to|tried to get me to|pay me to|paid me to)\b/;

/** "Guaranteed 2 stone in 8 weeks", "guaranteed straighter spine": a guarantee of a measurable result (not of an appointment or an interview). */
function guaranteeClaims(t: TextAnalysis): Array<{ t0: number; t1: number }> {
  const out: Array<{ t0: number; t1: number }> = [];
  for (const h of t.hits(GUARANTEE_CUES)) {
    const sn = t.tokens[h.t0]!.sn;
    // "Two sessions. Done. Guaranteed.", "sorted in one visit, guaranteed": the word standing alone vouches for the promise before it.
    const closes = h.t1 >= t.tokens.length || t.tokens[h.t1]!.flags & (BREAK | CLAUSE | EMOJI);
    // Sixth pass: "lose 3 stone by summer GUARANTEED": the word closing the sentence vouches for it too, unless it closes a fair
    // guarantee ("parking guaranteed").
    const alone = closes && (h.t0 === 0 || t.tokens[h.t0]!.flags & (BREAK | CLAUSE) || (h.t0 > 0 && t.tokens[h.t0 - 1]!.sn === t.tokens[h.t0]!.sn && !FAIR_GUARANTEE.has(t.key(h.t0 - 1)) && /[A-Z]{4}/.test(t.original(h.t0))));
    if (alone && /d$/.test(t.key(h.t0)) && promiseCue(t)) {
      out.push({ t0: h.t0, t1: h.t1 });
      continue;
    }
    for (let j = h.t1; j < Math.min(t.tokens.length, h.t1 + 4) && t.tokens[j]!.sn === sn; j++) {
      const k = t.key(j);
      if (FAIR_GUARANTEE.has(k)) break;
      // Fifth pass: a result promised as a verb ("guaranteed to support your case") or in a stated time ("guaranteed clear nails in four weeks").
      const toVerb = k === 'to' && j === h.t1 && (OUTCOMES.has(t.key(j + 1)) || GUARANTEED_TO.has(t.key(j + 1)));
      // Sixth pass: a result promised as a clause about the reader ("guarantees your child will be talking in full sentences"),
      // and a return to sport or work ("is guaranteed a full return to sport").
      const clause = (k === 'will' || k === "you'll" || k === "they'll") && j > h.t0 + 1 && t.findKey(h.t1, j + 1, PROMISED_TO) >= 0 && t.findKey(j + 1, Math.min(t.tokens.length, j + 5), FAIR_CLAUSE) < 0 && t.findKey(j + 1, Math.min(t.tokens.length, j + 5), FAIR_GUARANTEE) < 0;
      const back = k === 'return' && t.key(j + 1) === 'to';
      if (/^\d/.test(k) || CONDITION_WORDS.has(k) || COMPARATIVE.test(k) || BODY.has(k) || k === 'results' || k === 'result' || k === 'cure' || k === 'recovery' || k === 'pass' || toVerb || clause || back || timeBoundAt(t, j)) {
        out.push({ t0: h.t0, t1: j + 1 });
        break;
      }
    }
  }
  return out;
}

/** The post sells something of the poster's own ("book now", "my app", "£49"). */
export function selling(t: TextAnalysis): boolean {
  // Sixth pass (speed): asked up to ten times a post by the three rules; computed once per analysis.
  const cached = SELLING.get(t);
  return cached ?? SELLING.set(t, sellingNow(t));
}
const SELLING = new LastPost<boolean>();
function sellingNow(t: TextAnalysis): boolean {
  // "I'll book one every single time", "she booked a taxi": someone booking something is no booking line.
  // "your red book", "Booking ref TUI 4482019": a book or a booking's reference is no booking line.
  const hits = t.hits(PROMO).filter((h) => !(h.t1 === h.t0 + 1 && ((BOOKING_VERBS.has(t.key(h.t0)) && BOOKERS.has(t.key(h.t0 - 1))) || (t.key(h.t0) === 'book' && BOOK_NOUN_BEFORE.has(t.key(h.t0 - 1))) || (t.key(h.t0) === 'booking' && BOOKING_REF.has(t.key(h.t0 + 1))))));
  if (hits.some((h) => h.entry.tag !== 'weak')) return true;
  if (new Set(hits.map((h) => h.entry.term)).size >= 2) return true;
  for (let i = 0; i < t.tokens.length; i++) {
    // "Ring 0161 496 0123", "call 07700 900412": a number to ring is a selling line.
    if (CALL_VERBS.has(t.key(i)) && /^0\d{3,}/.test(t.key(i + 1))) return true;
    if (!OWNERS.has(t.key(i))) continue;
    for (let j = i + 1; j < Math.min(t.tokens.length, i + 5); j++) if (PRODUCTS.has(t.key(j))) return true;
  }
  return false;
}

/**
 * A treatment or product named at the start of the claim's sentence, within six words before it, with no personal owner
 * ("Custom insoles that cure ...", "Shockwave therapy = no surgery, ever"; not "my insoles", "the physio I saw").
 */
function productSubject(t: TextAnalysis, a: number): boolean {
  const s = t.sentenceOf(a);
  if (a - s.t0 > 6) return false;
  for (let i = s.t0; i < a; i++) {
    const k = t.key(i);
    if (k === 'i' || k === 'my' || k === 'me' || k === "i've" || k === "i'm") return false;
    if (PRODUCTS.has(k) && !PERSONAL_OWNERS.has(t.key(i - 1)) && !PERSONAL_OWNERS.has(t.key(i - 2))) return true;
  }
  return false;
}
const JUST_ONLY = new Set(['just', 'only']);
const PERSONAL_OWNERS = new Set(['my', 'his', 'her', 'their', 'your', "mum's", "dad's", "nan's"]);
/** The poster's own clients as the subject: "Clients who train with me ...", "my patients ...", "our clients ...". */
function ownClients(t: TextAnalysis, a: number): boolean {
  const s = t.sentenceOf(a);
  const c = t.findKey(Math.max(s.t0, a - 8), a, CLIENT_WORDS);
  if (c < 0) return false;
  return OWNERS.has(t.key(c - 1)) || t.findKey(c + 1, a, SELF_OBJECTS) >= 0;
}
const CLIENT_WORDS = new Set(['clients', 'patients', 'athletes', 'runners', 'customers']);
const SELF_OBJECTS = new Set(['me', 'us']);

/** Quantifiers and modals that make a claim a fair expectation rather than a promise. */
const HEDGES = new Set(['most', 'many', 'some', 'usually', 'often', 'typically', 'generally', 'may', 'might', 'can', 'could', 'tend', 'tends', 'majority', 'lots', 'plenty']);

function hedged(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  const h = t.findKey(Math.max(s.t0, i - 6), i, HEDGES);
  // "I can get rid of your sciatica", "we can fix that": the poster's claim of what they can do is no hedge.
  if (h >= 0 && t.key(h) === 'can' && (t.key(h - 1) === 'i' || t.key(h - 1) === 'we')) return t.findKey(Math.max(s.t0, i - 6), h, HEDGES) >= 0;
  return h >= 0;
}

/** A warning about such claims, or honest expectation-setting, rather than a claim. */
function warning(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  return t.findKey(s.t0, i, WARNING) >= 0;
}

export const misleadingClaimsRule: Rule = {
  meta: {
    id: 'promotion/misleading-claims',
    concern: 'promotion',
    topics: ['promotion.misleading-claim'],
    description:
      'Misleading claims promoting services or products: guaranteed, permanent or unevidenced results, cures, "100% success", "no side effects", miracle or instant results, before-and-after promises.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    const outcomeCue = t.has(OUTCOME_CUES) && (t.has(CONDITION_CUES) || t.has(EXTRA_CUES));
    const pct = t.digits >= 2 && (t.text.includes('%') || /per ?cent/i.test(t.text));
    const guaranteeCue = t.has(GUARANTEE_CUES);
    const reviewCue = t.has(REVIEW_CUES);
    const freeOffer = t.has(FREE_CUES) ? FREE_OFFER.exec(t.norm) : null;
    const freeCatch = freeOffer ? CATCH.exec(t.norm) : null;
    const universal = t.has(UNIVERSAL_CUES) && (t.has(OUTCOME_CUES) || t.has(CONDITION_CUES)) ? universalClaim(t) : undefined;
    const tagClaim = t.flags & HASHTAG ? hashtagClaim(t) : -1;
    // Sixth pass: stars counted in words, or an admission ("ok it's my sister") beside a quotation signed with a name.
    const fakeCue = t.has(STAR_CUES) || (t.has(FAKE_ADMIT_CUES) && t.mayQuote && SIGNED_QUOTE.test(t.text));
    if (!t.has(CLAIMS) && !outcomeCue && !pct && !guaranteeCue && !reviewCue && !freeCatch && !universal && tagClaim < 0 && !t.text.includes('⭐⭐') && !fakeCue) return [];
    let percent = pct ? PERCENT.exec(t.text) : null;
    if (percent) {
      // "No treatment is 100% effective": the same stance checks as the word list.
      const i = t.tokenAt(percent.index);
      // A modest rate ("64% of patients improved, 36% didn't") is an honest figure, not an overclaim.
      const rate = Number(/\d{2,3}/.exec(percent[0])?.[0] ?? '100');
      if (i < 0 || rate < 80 || t.negated(i) || t.sentenceOf(i).question || warning(t, i) || t.frameOver(i, i + 1) & (REPORT | META | DEBUNK)) percent = null;
    }
    // Two different promotional claims in one post ("the only physio using this revolutionary technique, results in days") are selling in themselves.
    // A claim named in quotation marks ("a 'pain-free in 3 sessions' clinic") is talked about, not made, and does not make a post selling.
    // Two entries matching the same words ("miracle cure" is both a miracle and a "miracle ... cure" superlative) are one claim.
    const kindSpans = new Map<string, string>();
    for (const h of outermost(t.hits(CLAIMS))) if (!t.negated(h.t0) && !mentioned(t, h.t0, h.t1) && !kindSpans.has(`${h.t0}:${h.t1}`)) kindSpans.set(`${h.t0}:${h.t1}`, h.entry.tag);
    const kinds = new Set(kindSpans.values());
    const promo = selling(t) || kinds.size >= 2;
    // Not selling, and debunking or reporting someone else's claim ("Apparently homeopathy cures everything now. Shame it's just water."):
    // an accuracy matter at most, not promotion.
    if (!promo && (t.anyFrame(DEBUNK | REPORT | META) || /\b(?:apparently|allegedly|supposedly)\b/.test(t.norm))) return [];
    // In a selling post a rhetorical question carries the claim ("Why wait when our clinic gets results in half the time?").
    const asked = (i: number): boolean => {
      const s = t.sentenceOf(i);
      return s.question && !(promo && RHETORICAL.has(t.key(s.t0)));
    };
    // "We never promise results": the post itself disclaims promises, so its milder selling words are not claims.
    const disclaims = DISCLAIMS.test(t.norm);
    const posited = (a: number): boolean => {
      const before = t.norm.slice(t.tokens[t.sentenceOf(a).t0]!.s, t.tokens[a]!.s);
      // "If a physio guarantees a cure, walk away": the claim is the verb of someone else's "if" clause.
      return IF_CLAIM.test(before) || THIRD_CLAIM.test(before) || IF_SUBJECT.test(before);
    };
    const requested = (a: number): boolean => REQUEST.test(t.norm.slice(t.tokens[t.sentenceOf(a).t0]!.s, t.tokens[a]!.s));
    const stance = (a: number, b: number): boolean => !t.negated(a) && !mentioned(t, a, b) && !requested(a) && !asked(a) && !warning(t, a) && !posited(a) && !(t.frameOver(a, b) & (REPORT | META | DEBUNK));
    const raw = outcomeCue && !disclaims ? outcomeClaims(t).filter((c) => stance(c.t0, c.t1) && !hedged(t, c.t0)) : [];
    // Outside a selling post, an outcome counts only as a cure promised to the reader ("will fix your back for good").
    // The reader may be the subject before the claim ("you'll never have back pain again", "your child will never need glasses").
    const toReader = (a: number, b: number): boolean => t.findKey(Math.max(t.clauseStart(a), a - 5), b, SECOND_PERSON) >= 0;
    const hearsay = (a: number): boolean => HEARSAY.test(t.norm.slice(t.tokens[t.sentenceOf(a).t0]!.s, t.tokens[a]!.s));
    // Fifth pass: the claim made of a treatment or product opening its sentence ("Shockwave therapy = no surgery, ever",
    // "Custom insoles that cure back pain") is the seller's copy; and of the poster's own clients ("Clients who train with me
    // never get injured again", "my patients never ..."). Neither is a patient's story ("My physio fixed my back").
    const ownCase = (a: number): boolean => productSubject(t, a) || ownClients(t, a);
    const outcomes = promo ? raw : raw.filter((c) => c.cure && (toReader(c.t0, c.t1) || ownCase(c.t0)) && !hearsay(c.t0));
    const guarantees = guaranteeCue && !disclaims ? guaranteeClaims(t).filter((c) => stance(c.t0, c.t1) && (promo || !/^\d/.test(t.key(c.t1 - 1)))) : [];
    const found = outermost(t.hits(CLAIMS)).filter((h) => {
      if (t.negated(h.t0) || asked(h.t0)) return false;
      if (disclaims && h.entry.fields[0] !== 'high') return false;
      // "every patient got their therapy", "every client got a call": a service received, not a result.
      if (h.entry.tag === 'absolute' && t.key(h.t1 - 1) === 'got' && SERVICE_GOT.has(t.key(h.t1))) return false;
      // Not selling: a claim in quotation marks ("that 'lemons cure cancer' post") or one someone else makes
      // ("if anyone tells you vinegar cures diabetes") is reported, not promoted.
      if (!promo && (t.quotedSpan(h.t0, h.t1) || hearsay(h.t0))) return false;
      if (t.frameOver(h.t0, h.t1) & (REPORT | META | DEBUNK)) return false;
      if (warning(t, h.t0) || posited(h.t0)) return false;
      // Not selling, a cure said of a thing or of other people ("Grounding cures insomnia", "my clients say it cured
      // their back pain") is a health claim for accuracy; promotion needs a cure promised to the reader, as for outcomes.
      // The same for a miracle outside a selling post ("Miracle cure for my Monday blues" is a joke about the poster's mood).
      if (!promo && (h.entry.tag === 'cure' || h.entry.tag === 'miracle') && !toReader(h.t0, h.t1) && !(h.entry.fields[0] === 'high' && ownCase(h.t0))) return false;
      if (mentioned(t, h.t0, h.t1) || requested(h.t0)) return false;
      // Outside a selling post, a success rate needs the field of care ("100% success rate at the pub quiz" is none).
      if (!promo && h.entry.tag === 'absolute' && /\d|percent/.test(t.norm.slice(t.tokens[h.t0]!.s, t.tokens[h.t1 - 1]!.e)) && !t.has(DOMAIN_CUES) && !t.has(CONDITION_CUES)) return false;
      // Strong claims stand alone; milder ones only count in a post selling something, and not when hedged
      // ("most patients recover fully within six weeks").
      // A comparison with other clinics is not made fair by a modal ("we can spot what other clinics miss").
      // Reviews shown selectively are about the poster's own practice: no selling line needed.
      // "most people feel better after just ONE session": a result sold on its speed, stressed with "just"/"only", is no fair expectation.
      const stressed = h.entry.tag === 'speed' && t.findKey(h.t0, h.t1, JUST_ONLY) >= 0;
      return h.entry.fields[0] === 'high' || (h.entry.tag === 'reviews' && t.has(PRACTICE_CUES)) || (promo && h.entry.fields[0] !== 'low' && (h.entry.tag === 'superlative' || stressed || !hedged(t, h.t0)));
    });
    const evidence: Evidence[] = [];
    let severity: Severity = 'low';
    let kind = '';
    if (found.length > 0) {
      found.sort((a, b) => RANK[(b.entry.fields[0] ?? 'low') as Severity] - RANK[(a.entry.fields[0] ?? 'low') as Severity]);
      severity = (found[0]!.entry.fields[0] ?? 'medium') as Severity;
      kind = found[0]!.entry.tag;
      // Two entries can match the same words ("before-and-after", "before and after"): show each span once.
      const spans = found.filter((h, n) => found.findIndex((o) => o.t0 === h.t0 && o.t1 === h.t1) === n);
      evidence.push(...spans.slice(0, 3).map((h) => t.hitSpan(h)));
    }
    const normTokens = (a: number, b: number): [number, number] => {
      let i = 0;
      while (i < t.tokens.length - 1 && t.tokens[i]!.e <= a) i++;
      let j = i;
      while (j + 1 < t.tokens.length && t.tokens[j + 1]!.s < b) j++;
      return [i, j + 1];
    };
    // A universal result: cure-like ones stand alone, others only in a post that sells.
    if (universal && (universal.cure || promo) && !disclaims && stance(universal.t0, universal.t1)) {
      evidence.push(t.span(universal.t0, universal.t1));
      if (!kind || (universal.cure && severity !== 'high')) {
        kind = 'absolute';
        severity = universal.cure ? 'high' : severity === 'high' ? 'high' : 'medium';
      }
    }
    // "#painfreeguaranteed", "#cureyourback": a claim joined into a hashtag, in a post that sells or is about care.
    if (tagClaim >= 0 && (promo || t.has(DOMAIN_CUES)) && !t.negated(tagClaim)) {
      evidence.push(t.span(tagClaim, tagClaim + 1));
      if (severity !== 'high') {
        kind = 'guarantee';
        severity = 'high';
      }
    }
    if (freeOffer && freeCatch) {
      const [a0, a1] = normTokens(freeOffer.index, freeOffer.index + freeOffer[0].length);
      const [c0, c1] = normTokens(freeCatch.index, freeCatch.index + freeCatch[0].length);
      if (!t.negated(a0) && !t.sentenceOf(a0).question) {
        evidence.push(t.span(a0, a1), t.span(c0, c1));
        if (!kind) {
          kind = 'price';
          severity = 'medium';
        }
      }
    }
    for (const c of reviewCue ? reviewClaims(t).filter((c) => !mentioned(t, c.t0, c.t1) && !requested(c.t0) && !(t.frameOver(c.t0, c.t1) & (REPORT | META | DEBUNK))) : []) {
      evidence.push(t.span(c.t0, c.t1));
      if (!kind || (c.fake && severity !== 'high')) {
        kind = 'reviews';
        severity = c.fake ? 'high' : severity === 'high' ? 'high' : 'medium';
      }
    }
    for (const c of guarantees.slice(0, 1)) {
      evidence.push(t.span(c.t0, c.t1));
      kind = 'guarantee';
      severity = 'high';
    }
    for (const c of outcomes.slice(0, 2)) {
      evidence.push(t.span(c.t0, c.t1));
      if (!kind || (c.cure && severity !== 'high')) {
        kind = c.cure ? 'cure' : kind || 'proof';
        severity = c.cure ? 'high' : severity === 'high' ? 'high' : 'medium';
      }
    }
    if (percent && promo) {
      evidence.push(t.rawSpan(percent.index, percent.index + percent[0].length));
      if (!kind) {
        kind = 'absolute';
        severity = 'medium';
      }
    }
    const fake = reviewCue || t.text.includes('⭐⭐') || fakeCue ? fakeTestimonial(t) : undefined;
    if (fake && !requested(fake.t0) && !(t.frameOver(fake.t0, fake.t1) & (REPORT | META | DEBUNK))) {
      evidence.push(t.span(fake.t0, fake.t1));
      kind = 'reviews';
      severity = 'high';
    }
    if (evidence.length === 0) return [];
    const ev = tidy(evidence);
    return [
      {
        topic: 'promotion.misleading-claim',
        severity,
        confidence: promo ? 0.8 : 0.65,
        message: `Promotion that ${KIND[kind] ?? 'may mislead'} (${ev.map(q).join(', ')}). Promotional claims must be accurate, evidenced and not likely to mislead.`,
        evidence: ev,
      },
    ];
  },
};
