import type { Evidence, Severity } from '../../model/finding.js';
import type { Rule } from '../types.js';
import type { TextAnalysis } from '../text/index.js';
import { DEBUNK, META, REPORT, defineLexicon, loadLexicon, outermost, q, tidy } from '../text/index.js';

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
  'drips', 'drip', 'infusions', 'injections', 'tape', 'taping', 'cupping', 'needling', 'adjustments', 'adjustment', 'clinics', 'team', 'studio', 'routine',
]);
const OWNERS = new Set(['my', 'our']);
/** Words that turn a sentence into a warning about such claims ("beware of clinics promising ..."). */
const WARNING = new Set(['beware', 'wary', 'careful', 'flag', 'flags', 'scam', 'scams', 'scammers', 'promising', 'claiming', 'cowboys', 'charlatans', 'quacks']);
/** "98% success rate", "95% of my patients": a percentage of success. */
const PERCENT =
  /\b\d{2,3}(?:\.\d+)?\s?%\s+(?:success|effective|cure|recovery|satisfaction|improvement|of\s+(?:my\s+|our\s+)?(?:patients|clients|people|users)\s+(?:\w+\s+){0,3}?(?:pain[- ]free|better|improved|cured|fixed|recovered|satisfied|results|back to))/i;

/** Outcome verbs a selling post attaches to a condition ("our drips cure fatigue", "boosts fertility"); true = a cure-like claim. */
const OUTCOMES = new Map<string, boolean>([
  ...['cure', 'cures', 'cured', 'curing', 'heal', 'heals', 'healed', 'reverse', 'reverses', 'reversed', 'eliminate', 'eliminates', 'eradicate', 'eradicates', 'regenerate', 'regenerates', 'regrow', 'regrows', 'banish', 'banishes'].map((w) => [w, true] as const),
  ...['fix', 'fixes', 'sort', 'sorts', 'boost', 'boosts', 'prevent', 'prevents', 'stop', 'stops', 'end', 'ends', 'beat', 'beats', 'melt', 'melts', 'burn', 'burns', 'clear', 'clears', 'resolve', 'resolves', 'correct', 'corrects', 'straighten', 'straightens', 'realign', 'realigns', 'restore', 'restores', 'increase', 'increases', 'balance', 'balances', 'unblock', 'unblocks', 'flush', 'flushes'].map((w) => [w, false] as const),
]);
/** Conditions and states such claims are made about. */
const CONDITION_WORDS = new Set([
  'pain', 'sciatica', 'arthritis', 'osteoarthritis', 'scoliosis', 'fatigue', 'colds', 'flu', 'infections', 'immunity', 'fertility', 'infertility', 'anxiety',
  'depression', 'insomnia', 'migraines', 'migraine', 'headaches', 'tinnitus', 'eczema', 'psoriasis', 'acne', 'ibs', 'bloating', 'cellulite', 'fat', 'diabetes',
  'cholesterol', 'incontinence', 'leaks', 'prolapse', 'fasciitis', 'tendonitis', 'tendinopathy', 'injury', 'injuries', 'cartilage', 'discs', 'disc', 'hernia',
  'circulation', 'toxins', 'inflammation', 'menopause', 'adhd', 'autism', 'dementia', 'cancer', 'asthma', 'allergies', 'vertigo', 'neuropathy', 'fibromyalgia',
  'gout', 'bunions', 'ageing', 'aging', 'wrinkles', 'snoring', 'hormones', 'metabolism', 'lymph', 'scar', 'scars', 'sciatic', 'spine', 'spines', 'posture',
]);
const GONE = new Set(['gone', 'sorted', 'cured', 'fixed', 'vanished', 'disappeared', 'history', 'banished']);
/** The outcome words as a list in the shared matcher, so a post without one skips the pairing at no cost. */
const OUTCOME_CUES = defineLexicon('promotion/outcome-cues', [...OUTCOMES.keys(), ...GONE].join('\n'));
const CONDITION_CUES = defineLexicon('promotion/condition-cues', [...CONDITION_WORDS].join('\n'));

/** "Our drips cure fatigue", "her scoliosis is gone": an outcome claimed for a condition in a selling post. */
function outcomeClaims(t: TextAnalysis): Array<{ t0: number; t1: number; cure: boolean }> {
  const out: Array<{ t0: number; t1: number; cure: boolean }> = [];
  for (let i = 0; i < t.tokens.length; i++) {
    const k = t.key(i);
    const sn = t.tokens[i]!.sn;
    const cure = OUTCOMES.get(k);
    if (cure !== undefined) {
      for (let j = i + 1; j < Math.min(t.tokens.length, i + 5) && t.tokens[j]!.sn === sn; j++) {
        if (CONDITION_WORDS.has(t.key(j))) {
          out.push({ t0: i, t1: j + 1, cure });
          break;
        }
      }
    } else if (CONDITION_WORDS.has(k)) {
      for (let j = i + 1; j < Math.min(t.tokens.length, i + 4) && t.tokens[j]!.sn === sn; j++) {
        if (GONE.has(t.key(j))) {
          out.push({ t0: i, t1: j + 1, cure: true });
          break;
        }
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
    const outcomeCue = t.has(OUTCOME_CUES) && t.has(CONDITION_CUES);
    if (!t.has(CLAIMS) && !outcomeCue && !(t.digits >= 2 && t.text.includes('%'))) return [];
    let percent = t.digits >= 2 && t.text.includes('%') ? PERCENT.exec(t.text) : null;
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
    const outcomes = promo && outcomeCue ? outcomeClaims(t).filter((c) => !t.negated(c.t0) && !t.sentenceOf(c.t0).question && !warning(t, c.t0) && !(t.frameOver(c.t0, c.t1) & (REPORT | META | DEBUNK))) : [];
    const found = outermost(t.hits(CLAIMS)).filter((h) => {
      if (t.negated(h.t0) || t.sentenceOf(h.t0).question) return false;
      if (t.frameOver(h.t0, h.t1) & (REPORT | META | DEBUNK)) return false;
      if (warning(t, h.t0)) return false;
      // Strong claims stand alone; milder ones only count in a post selling something, and not when hedged
      // ("most patients recover fully within six weeks").
      return h.entry.fields[0] === 'high' || (promo && h.entry.fields[0] !== 'low' && !hedged(t, h.t0));
    });
    const evidence: Evidence[] = [];
    let severity: Severity = 'low';
    let kind = '';
    if (found.length > 0) {
      found.sort((a, b) => RANK[(b.entry.fields[0] ?? 'low') as Severity] - RANK[(a.entry.fields[0] ?? 'low') as Severity]);
      severity = (found[0]!.entry.fields[0] ?? 'medium') as Severity;
      kind = found[0]!.entry.tag;
      evidence.push(...found.slice(0, 3).map((h) => t.hitSpan(h)));
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
