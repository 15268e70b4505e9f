import type { Evidence, Severity } from '../../model/finding.js';
import type { Rule } from '../types.js';
import type { TextAnalysis } from '../text/index.js';
import { DEBUNK, META, REPORT, SECOND_PERSON, defineLexicon, loadLexicon, outermost, q, tidy } from '../text/index.js';

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
]);
const OWNERS = new Set(['my', 'our']);
const CALL_VERBS = new Set(['ring', 'call', 'phone', 'text', 'whatsapp', 'tel', 'contact']);
/** Words that turn a sentence into a warning about such claims ("beware of clinics promising ..."). */
const WARNING = new Set(['beware', 'wary', 'careful', 'flag', 'flags', 'scam', 'scams', 'scammers', 'promising', 'claiming', 'cowboys', 'charlatans', 'quacks']);
/** "98% success rate", "95% of my patients": a percentage of success. */
const PERCENT =
  /\b(?:helped|helps|cured|cures|fixed|fixes|healed|heals|works? for|worked for|improved|improves|success with)\s+(?:over\s+|more than\s+)?\d{2,3}\s?(?:%|percent\b|per cent\b)\s+of\b|\b\d{2,3}(?:\.\d+)?\s?(?:%|percent\b|per cent\b)\s+(?:(?:[a-z-]+\s+){0,2}?(?:success|effective|cure|recovery|clearance|healing|resolution|fix|satisfaction|improvement|pain[- ]relief|pain[- ]free|results?)\b|of\s+(?:my\s+|our\s+|the\s+)?(?:patients|clients|people|users|athletes|customers|runners|cases|knees|backs|shoulders|feet|kids|children)\s+(?:\w+\s+){0,3}?(?:pain[- ]free|better|improved|cured|fixed|recovered|satisfied|results|back to|healed|gone))/i;

/** Outcome verbs a selling post attaches to a condition ("our drips cure fatigue", "boosts fertility"); true = a cure-like claim. */
const OUTCOMES = new Map<string, boolean>([
  ...['rid', 'cure', 'cures', 'cured', 'curing', 'heal', 'heals', 'healed', 'reverse', 'reverses', 'reversed', 'eliminate', 'eliminates', 'eradicate', 'eradicates', 'regenerate', 'regenerates', 'regrow', 'regrows', 'banish', 'banishes'].map((w) => [w, true] as const),
  ...['fix', 'fixes', 'sort', 'sorts', 'boost', 'boosts', 'prevent', 'prevents', 'stop', 'stops', 'end', 'ends', 'beat', 'beats', 'melt', 'melts', 'burn', 'burns', 'clear', 'clears', 'resolve', 'resolves', 'correct', 'corrects', 'straighten', 'straightens', 'realign', 'realigns', 'restore', 'restores', 'increase', 'increases', 'balance', 'balances', 'unblock', 'unblocks', 'flush', 'flushes'].map((w) => [w, false] as const),
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
  'damage', 'nerve', 'nerves', 'sciatica', 'stenosis', 'spondylosis', 'plantar', 'heel', 'heels', 'flat', 'migraine', 'cramps', 'cramp', 'numbness', 'tingling', 'spasms', 'spasm',
]);
const GONE = new Set(['gone', 'sorted', 'cured', 'fixed', 'vanished', 'disappeared', 'history', 'banished', 'disappear', 'disappears', 'vanish', 'vanishes', 'healed', 'resolved']);
/** Body parts an outcome verb can name, after an owner ("fix your back", "sort her knee"). */
const BODY = new Set(['back', 'knee', 'knees', 'neck', 'shoulder', 'shoulders', 'hip', 'hips', 'feet', 'foot', 'ankle', 'ankles', 'wrist', 'elbow', 'joints', 'joint', 'pelvis', 'bladder', 'gut', 'skin', 'body', 'spine', 'posture', 'voice', 'speech']);
const BODY_OWNER = new Set(['your', 'my', 'their', 'his', 'her', 'bad', 'sore', 'achy', 'dodgy', 'painful', 'stiff', 'the']);
/** People an outcome verb can be said of ("cured my last 10 kids", "fixed every one of my clients"). */
const CURED_PEOPLE = new Set(['patients', 'clients', 'kids', 'children', 'people', 'athletes', 'everyone', 'everybody', 'customers', 'runners', 'players', 'me', 'him', 'her', 'them']);
const PRONOUN_OBJECT = new Set(['it', 'them', 'this', 'that']);
const TOTAL = new Set(['completely', 'totally', 'entirely', 'fully', 'instantly', 'overnight', 'forever', 'permanently']);
/** Harm words of a "never ... again" promise. */
const HARM = new Set(['injured', 'injury', 'injuries', 'hurt', 'hurts', 'ache', 'aches', 'suffer', 'pain', 'limp', 'flare', 'flare-up', 'relapse', 'struggle', 'sprain', 'strain', 'tear', 'break']);
/** Time units of a promised result ("sorted in 48 hours", "within a week"). */
const UNITS = new Set(['day', 'days', 'week', 'weeks', 'hour', 'hours', 'hrs', 'session', 'sessions', 'visit', 'visits', 'appointment', 'appointments', 'treatment', 'treatments', 'month', 'months', 'fortnight', 'minutes', 'mins']);
const NUMBER_WORDS = new Set(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten', 'twelve', 'single']);
/** Comparatives promised by a guarantee ("guaranteed straighter spine", "guaranteed slimmer in 8 weeks"). */
const COMPARATIVE = /^(?:straighter|better|faster|stronger|taller|slimmer|thinner|fitter|quicker|smaller|younger|leaner|happier|healthier|flatter|firmer)$/;
/** What an honest guarantee is about ("guaranteed appointment within 5 days", "guaranteed interview", "guaranteed minimum hours"). */
const FAIR_GUARANTEE = new Set(['appointment', 'appointments', 'interview', 'interviews', 'place', 'places', 'slot', 'slots', 'minimum', 'hours', 'shifts', 'callback', 'reply', 'response', 'delivery', 'parking', 'seat', 'income', 'pay', 'wage', 'space', 'spaces']);
/** Rhetorical questions that carry a selling claim ("Why wait when ...?", "Tired of pain that ...?"). */
const RHETORICAL = new Set(['why', 'tired', 'sick', 'fed', 'want', 'wanna', 'ready', 'imagine', 'who', 'fancy', 'what']);
/** Someone else's claim reported before it: "if anyone tells you ...", "people keep saying ...". */
const HEARSAY = /\b(?:if (?:anyone|anybody|someone|somebody|they|people|a (?:website|post|influencer))|(?:people|they|influencers|some) (?:keep |still )?(?:say|claim|tell you|insist))\b/;
/** Someone else's claim posited as a warning, even in a post that sells: "if a clinic says they can cure your sciatica in one session, walk away". */
const IF_CLAIM = /\bif (?:a|an|any|some|the|that|your|this) (?:[a-z'-]+ ){0,2}?(?:says|say|claims|claim|tells you|tell you|promises|promise|advertises|swears|offers)\b/;
/** A post that says it does not promise results ("we never promise results", "can't promise to get rid of your pain"). */
const DISCLAIMS = /\b(?:never|not|don'?t|do not|won'?t|will not|can'?t|cannot|no one can|nobody can|wouldn'?t)\s+(?:\w+\s+)?(?:promise|guarantee)/;
/** The outcome words as a list in the shared matcher, so a post without one skips the pairing at no cost. */
const OUTCOME_CUES = defineLexicon('promotion/outcome-cues', [...OUTCOMES.keys(), ...GONE, 'never'].join('\n'));
const CONDITION_CUES = defineLexicon('promotion/condition-cues', [...CONDITION_WORDS].join('\n'));

const EXTRA_CUES = defineLexicon(
  'promotion/outcome-extra-cues',
  [...BODY, ...[...CURED_PEOPLE].filter((w) => w.length > 4), 'again', 'forever', 'permanently', 'completely', 'totally', 'entirely', 'fully', 'instantly', 'overnight', 'good', 'life', 'within', ...UNITS].join('\n'),
);
const GUARANTEE_CUES = defineLexicon('promotion/guarantee-cues', 'guarantee\nguaranteed\nguarantees\nguaranteeing');

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
      for (let j = i + 2; j < Math.min(t.tokens.length, i + 8) && t.tokens[j]!.sn === sn; j++) {
        if (t.key(j) !== 'again') continue;
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
          hit = { t0: i, t1: e, cure: cure || forever };
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

/** "Guaranteed 2 stone in 8 weeks", "guaranteed straighter spine": a guarantee of a measurable result (not of an appointment or an interview). */
function guaranteeClaims(t: TextAnalysis): Array<{ t0: number; t1: number }> {
  const out: Array<{ t0: number; t1: number }> = [];
  for (const h of t.hits(GUARANTEE_CUES)) {
    const sn = t.tokens[h.t0]!.sn;
    for (let j = h.t1; j < Math.min(t.tokens.length, h.t1 + 4) && t.tokens[j]!.sn === sn; j++) {
      const k = t.key(j);
      if (FAIR_GUARANTEE.has(k)) break;
      if (/^\d/.test(k) || CONDITION_WORDS.has(k) || COMPARATIVE.test(k) || BODY.has(k) || k === 'results' || k === 'result' || k === 'cure' || k === 'recovery') {
        out.push({ t0: h.t0, t1: j + 1 });
        break;
      }
    }
  }
  return out;
}

/** The post sells something of the poster's own ("book now", "my app", "£49"). */
export function selling(t: TextAnalysis): boolean {
  const hits = t.hits(PROMO);
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

/** Quantifiers and modals that make a claim a fair expectation rather than a promise. */
const HEDGES = new Set(['most', 'many', 'some', 'usually', 'often', 'typically', 'generally', 'may', 'might', 'can', 'could', 'tend', 'tends', 'majority', 'lots', 'plenty']);

function hedged(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  return t.findKey(Math.max(s.t0, i - 6), i, HEDGES) >= 0;
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
    if (!t.has(CLAIMS) && !outcomeCue && !pct && !guaranteeCue) return [];
    let percent = pct ? PERCENT.exec(t.text) : null;
    if (percent) {
      // "No treatment is 100% effective": the same stance checks as the word list.
      const i = t.tokenAt(percent.index);
      if (i < 0 || t.negated(i) || t.sentenceOf(i).question || warning(t, i) || t.frameOver(i, i + 1) & (REPORT | META | DEBUNK)) percent = null;
    }
    // Two different promotional claims in one post ("the only physio using this revolutionary technique, results in days") are selling in themselves.
    const kinds = new Set(outermost(t.hits(CLAIMS)).filter((h) => !t.negated(h.t0)).map((h) => h.entry.tag));
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
    const posited = (a: number): boolean => IF_CLAIM.test(t.norm.slice(t.tokens[t.sentenceOf(a).t0]!.s, t.tokens[a]!.s));
    const stance = (a: number, b: number): boolean => !t.negated(a) && !asked(a) && !warning(t, a) && !posited(a) && !(t.frameOver(a, b) & (REPORT | META | DEBUNK));
    const raw = outcomeCue && !disclaims ? outcomeClaims(t).filter((c) => stance(c.t0, c.t1) && !hedged(t, c.t0)) : [];
    // Outside a selling post, an outcome counts only as a cure promised to the reader ("will fix your back for good").
    const outcomes = promo ? raw : raw.filter((c) => c.cure && t.findKey(c.t0, c.t1, SECOND_PERSON) >= 0);
    const guarantees = guaranteeCue && !disclaims ? guaranteeClaims(t).filter((c) => stance(c.t0, c.t1) && (promo || !/^\d/.test(t.key(c.t1 - 1)))) : [];
    const found = outermost(t.hits(CLAIMS)).filter((h) => {
      if (t.negated(h.t0) || asked(h.t0)) return false;
      if (disclaims && h.entry.fields[0] !== 'high') return false;
      // Not selling: a claim in quotation marks ("that 'lemons cure cancer' post") or one someone else makes
      // ("if anyone tells you vinegar cures diabetes") is reported, not promoted.
      if (!promo && (t.quotedSpan(h.t0, h.t1) || HEARSAY.test(t.norm.slice(t.tokens[t.sentenceOf(h.t0).t0]!.s, t.tokens[h.t0]!.s)))) return false;
      if (t.frameOver(h.t0, h.t1) & (REPORT | META | DEBUNK)) return false;
      if (warning(t, h.t0) || posited(h.t0)) return false;
      // Not selling, a cure said of a thing or of other people ("Grounding cures insomnia", "my clients say it cured
      // their back pain") is a health claim for accuracy; promotion needs a cure promised to the reader, as for outcomes.
      if (!promo && h.entry.tag === 'cure' && t.findKey(h.t0, h.t1, SECOND_PERSON) < 0) return false;
      // Strong claims stand alone; milder ones only count in a post selling something, and not when hedged
      // ("most patients recover fully within six weeks").
      // A comparison with other clinics is not made fair by a modal ("we can spot what other clinics miss").
      return h.entry.fields[0] === 'high' || (promo && h.entry.fields[0] !== 'low' && (h.entry.tag === 'superlative' || !hedged(t, h.t0)));
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
