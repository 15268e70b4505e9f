import type { Rule, RuleFinding } from '../types.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { loadLexicon, outermost, q, tidy } from '../text/index.js';
import { asking, dutyHits, dutyNear, generalStatement, onDuty, subjectOf } from './shared.js';
import { patientRefs } from '../common/lexicons.js';

const ALCOHOL = loadLexicon(new URL('./alcohol.txt', import.meta.url));

/** After "drunk": a drink ("drunk tea") or a person ("drunk patient") means it is not the poster who is drunk. */
const AFTER_DRUNK = new Set([
  'tea', 'coffee', 'coffees', 'teas', 'water', 'juice', 'fluids', 'milk', 'enough', 'some', 'loads', 'plenty', 'patient', 'patients', 'man', 'men',
  'woman', 'women', 'bloke', 'blokes', 'driver', 'drivers', 'people', 'guy', 'guys', 'lad', 'lads', 'girl', 'girls', 'tank', 'tanks', 'and', 'person',
  'customers', 'punters', 'students', 'idiots', 'teenagers', 'fans', 'relative', 'relatives',
  // Sixth pass: more people ("a drunk fella", "drunk geezer", "drunk lass").
  'fella', 'fellas', 'geezer', 'geezers', 'lass', 'lasses', 'gent', 'gents', 'lady', 'ladies', 'couple', 'youths', 'passenger', 'passengers',
]);
/** After "a drunk" as a noun: a preposition or a relative clause ("called names by a drunk on the ambo", "a drunk who swung at me"). */
const AFTER_A_DRUNK = new Set(['on', 'in', 'at', 'outside', 'who', 'that', 'with', 'from', 'near', 'by', 'kicking', 'shouting', 'swung', 'tried', 'called', 'spat']);
const BY_AGENT = new Set(['by', 'from', 'off']);
const ONE_DRINK_LEAD = new Set(['one', '1', 'single']);
const ONE_DRINK_MEASURE = new Set(['glass', 'small', 'single', 'half', 'pint', 'bottle', 'of']);
/**
 * A single drink ("one glass of wine with tea", "a glass of kiddush wine", "one pint"): moderate, not heavy use, unless it
 * comes right before work (the caller checks "before"). Sixth pass, issue 6.
 */
function oneDrink(t: TextAnalysis, h: Hit): boolean {
  for (let i = h.t0 - 1; i >= Math.max(0, h.t0 - 4); i--) {
    const k = t.key(i);
    const next = t.key(i + 1);
    if (ONE_DRINK_LEAD.has(k) || (k === 'a' && (next === 'glass' || next === 'small' || next === 'single'))) {
      // "one more", "one bottle", "a bottle": not one drink.
      if (next === 'more' || next === 'bottle' || next === 'too') return false;
      return t.key(i - 1) !== 'another';
    }
    if (!ONE_DRINK_MEASURE.has(k) && !/^\p{L}+$/u.test(k)) return false;
  }
  return false;
}
/** Work straight after the drink ("one glass of wine before the on-call starts", "then straight onto nights"). */
function rightBefore(t: TextAnalysis, duty: Hit): boolean {
  for (let i = Math.max(0, duty.t0 - 4); i < duty.t0; i++) {
    const k = t.key(i);
    if (k === 'before' || k === 'then' || k === 'pre' || k === 'straight') return true;
  }
  return false;
}
/** Words after a drunk word that give it another sense ("smashed it", "wasted time", "pissed off"). */
const OTHER_SENSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['smashed', new Set(['it', 'that', 'this', 'the', 'my', 'a', 'an', 'up', 'into', 'through', 'his', 'her', 'their', 'by'])],
  ['wasted', new Set(['time', 'money', 'day', 'effort', 'hours', 'my', 'the', 'a', 'an', 'so', 'all', 'our', 'your', 'no', 'whole', 'opportunity', 'potential', 'on', 'food', 'resources', 'appointments', 'journey'])],
  ['pissed', new Set(['off', 'at', 'with', 'about', 'me', 'him', 'her', 'them', 'that'])],
  ['steaming', new Set(['mad', 'hot', 'cup', 'mug', 'pile', 'ahead'])],
  ['hammered', new Set(['home', 'into', 'in', 'out', 'it', 'the', 'by', 'on'])],
  ['tanked', new Set(['it', 'the', 'my', 'their'])],
  ['leathered', new Set(['him', 'her', 'them', 'the', 'by'])],
]);
/** What a can holds when it is a drink ("cans of lager", "cans of G&T"). */
const CAN_OF = new Set(['lager', 'beer', 'cider', 'stella', 'carling', 'strongbow', 'gin', 'g&t', 'mojito', 'pornstar', 'margarita', 'wine', 'fosters', 'guinness', 'stout', 'ipa', 'punk', 'kopparberg', 'special', 'brew', 'thatchers', 'bud', 'peroni', 'madri', 'corona']);
/** A match score ("30-8", "3 - 1") or a team: "hammered", "smashed" and "battered" are then results. */
const SCORE = /\b\d{1,3}\s?[-–]\s?\d{1,3}\b|\b(?:match|league|derby|quiz|tournament|opposition|netball|football|rugby|hockey|cricket)\b/i;
/** Soft drinks after "drank too much" ("drank too much coffee"). */
const SOFT_DRINKS = new Set(['tea', 'coffee', 'coffees', 'teas', 'water', 'juice', 'caffeine', 'pop', 'squash', 'milk', 'monster', 'red', 'energy', 'fizzy', 'diet', 'lucozade', 'cola', 'irn']);
/** Before "shot": a vaccine ("booster shot", "flu shot"). */
const JABS = new Set(['booster', 'flu', 'covid', 'vaccine', 'tetanus', 'b12', 'hep', 'mmr', 'allergy', 'cortisone', 'steroid', 'insulin', 'botox']);
/** Drinks, for "one too many ..." followed by what there was too much of. */
const DRINK_NOUN = /^(?:drinks?|pints?|beers?|wines?|glasses|gins?|g_?ts?|proseccos?|shots?|cocktails?|vodkas?|ciders?|lagers?|tequilas?|sambucas?|jagers?|jagerbombs?|j[aä]gerbombs?|bevvies|tinnies|cans|bottles|rums?|whisk(?:e)?ys?|whiskies|margaritas?|mojitos?|sherries|spritz(?:es)?|proseccos?|fizz|ones|last)$/;
/** After "too many": words that leave the drink understood ("one too many at the do", "one too many last night"). */
const NOT_A_THING = new Set(['at', 'on', 'in', 'and', 'again', 'tonight', 'yesterday', 'lol', 'with', 'before', 'after', 'then', 'but', 'so', 'was', 'were', 'is', 'of', 'to', 'for', 'by', 'from', 'this', 'that', 'the', 'i', 'we', 'last', 'haha', 'ha', 'oops', 'whoops', 'innit', 'mate', 'x', 'xx']);
/** "a drink after my shift": drinking after work, not at it. */
function afterWork(t: TextAnalysis, duty: Hit): boolean {
  for (let i = Math.max(0, duty.t0 - 3); i < duty.t0; i++) if (t.key(i) === 'after') return true;
  return false;
}
/** Words that make a drink the cause of what a negation denies ("couldn't see straight after the tequila", "can't feel my face from the gin"). */
const CAUSE = new Set(['after', 'from', 'thanks', 'cos', 'because', 'due']);
/** A cause word between the nearest negation cue before the hit and the hit. */
function causeBetween(t: TextAnalysis, h: Hit): boolean {
  for (let i = h.t0 - 1; i >= Math.max(0, h.t0 - 5); i--) {
    if (t.isNegationCue(i)) return false;
    if (CAUSE.has(t.key(i))) return true;
  }
  return false;
}
const PARTICIPLE_LEAD = new Set(['have', "i've", 'ive', 'had', 'has', "we've", 'weve', 'having', 'been']);

function heavyUse(t: TextAnalysis, h: Hit): boolean {
  const k = t.key(h.t0);
  const next = t.key(h.t1);
  // "four cans of Monster", "tins of beans": a can of something that is not alcohol.
  if ((k === 'cans' || k === 'tinnies') && h.t1 - h.t0 === 1 && next === 'of' && !CAN_OF.has(t.key(h.t1 + 1))) return false;
  // "the hospital pub quiz": a quiz night, not drinking.
  if (k === 'pub' && h.t1 - h.t0 === 1 && (next === 'quiz' || next === 'quizzes')) return false;
  // "Booster shot done", "flu shots for the team": a jab, not a drink.
  if ((k === 'shot' || k === 'shots') && JABS.has(t.key(h.t0 - 1))) return false;
  // "one too many mini sausage rolls": too many of something that is not a drink.
  if (t.key(h.t1 - 1) === 'many' && t.key(h.t1 - 2) === 'too' && /^\p{L}/u.test(t.key(h.t1)) && !NOT_A_THING.has(t.key(h.t1)) && !DRINK_NOUN.test(t.key(h.t1))
    && !DRINK_NOUN.test(t.key(h.t1 + 1)) && !DRINK_NOUN.test(t.key(h.t1 + 2))) return false;
  if (h.entry.tag === 'drinking') return true;
  // "Drank too much coffee before clinic": too much of a soft drink.
  if (k !== 'drunk' && h.t1 - h.t0 > 1 && SOFT_DRINKS.has(next)) return false;
  // "the firefighter I plastered": put in a cast, not drunk.
  if (k === 'plastered' && ['i', 'we', "i've", 'ive', "we've", 'who', 'that'].includes(t.key(h.t0 - 1))) return false;
  if (h.t1 - h.t0 === 1) {
    // "leathered by 2pm" is a time; "leathered by a bouncer" is a beating.
    if (OTHER_SENSE.get(k)?.has(next) && !(next === 'by' && /^\d/.test(t.key(h.t1 + 1)))) return false;
    if (k === 'drunk' && (AFTER_DRUNK.has(next) || PARTICIPLE_LEAD.has(t.key(h.t0 - 1)))) return false;
    // "called names by a drunk on the ambo", "spat at by a drunk fella": the agent of what was done to the poster is a
    // drunk person, not the poster drunk. ("Another drunk in resus ..." stays: contempt the rule still weighs.)
    if (k === 'drunk' && t.key(h.t0 - 1) === 'a' && BY_AGENT.has(t.key(h.t0 - 2)) && (AFTER_A_DRUNK.has(next) || AFTER_DRUNK.has(next) || h.t1 >= t.sentenceOf(h.t0).t1)) return false;
    if (k === 'drunks') return false;
  }
  return true;
}

/** "Anyone else ever done a ward round still drunk?": a question that confesses, not one that asks. */
function confessing(t: TextAnalysis, h: Hit): boolean {
  const s = t.sentenceOf(h.t0);
  if (!((t.key(s.t0) === 'anyone' || t.key(s.t0) === 'who') && t.key(s.t0 + 1) === 'else')) return false;
  // "Anyone else seen how drunk the patients get?" is about other people.
  return !patientRefs(t).some((p) => t.tokens[p.t0]!.sn === t.tokens[h.t0]!.sn) && t.findKey(s.t0 + 2, s.t1, CROWD) < 0;
}
/** No other word in the hit's sentence ("hanging.", "@lou hanging 🥴"): only @handles, emoji or intensifiers. */
function aloneInSentence(t: TextAnalysis, h: Hit): boolean {
  const s = t.sentenceOf(h.t0);
  for (let i = s.t0; i < s.t1; i++) {
    if (i >= h.t0 && i < h.t1) continue;
    const k = t.key(i);
    if (k.startsWith('@') || !/^\p{L}/u.test(k) || ALONE_OK.has(k)) continue;
    return false;
  }
  return true;
}
const ALONE_OK = new Set(['absolutely', 'so', 'proper', 'well', 'bloody', 'actually', 'literally', 'properly', 'totally', 'still', 'lol', 'ngl', 'tbh', 'omg']);
/** What a uniform is: worn on a night out or while drinking it is review level ("still in my greens at 3am"). */
const UNIFORM = new Set(['uniform', 'uniforms', 'scrubs', 'tunic', 'tunics', 'greens', 'lanyard', 'epaulettes']);
/** Work over before the drink ("straight after shift", "from placement", "straight from the ward"). */
const AFTER_SHIFT = /\b(?:after|from|post|end of) (?:my |the |a |our |this )?(?:shift|placement|ward|work|clinic|nights|late|early|uni|lectures?)\b/;
const DRINK_EMOJI = /🍾|🍷|🍺|🍻|🥂|🍸|🍹|🥃/;
/** Before "greens": only the poster's ("my greens", "in our greens"), not vegetables. */
const OWN = new Set(['my', 'our', 'in', 'the']);
/** Taking the uniform off before going out ("changed out of my scrubs", "got out of uniform"). */
const OUT_OF = new Set(['off', 'changed', 'change', 'changing', 'without', 'removed', 'took', 'taken']);
/** After the uniform: it is being washed or talked about, not worn ("uniform washed for tomorrow", "uniform policy"). */
const NOT_WORN_NEXT = new Set(['washed', 'wash', 'washing', 'ironed', 'ironing', 'drying', 'dried', 'policy', 'policies', 'allowance', 'allowances', 'change', 'changes', 'order', 'fitting', 'rules', 'code', 'bag', 'shop', 'off']);
const COSTUME = new Set(['theme', 'themed', 'costume', 'costumes', 'fancy', 'dress-up', 'halloween']);
/** A uniform worn (not taken off, not denied) anywhere in the post: the token index, or -1. */
function uniformWorn(t: TextAnalysis): number {
  for (let i = 0; i < t.tokens.length; i++) {
    const k = t.key(i);
    if (!UNIFORM.has(k)) continue;
    if (k === 'greens' && !OWN.has(t.key(i - 1))) continue;
    if (t.negated(i) || t.findKey(Math.max(0, i - 3), i, OUT_OF) >= 0 || (t.key(i - 2) === 'of' && t.key(i - 3) === 'out') || (t.key(i - 1) === 'of' && t.key(i - 2) === 'out')) continue;
    if (NOT_WORN_NEXT.has(t.key(i + 1))) continue;
    // A theme or a costume ("party theme is 'scrubs and sequins'", "fancy dress in scrubs"), not the poster's own uniform.
    if ((t.mayQuote && t.inQuotes(i)) || t.findKey(t.sentenceOf(i).t0, t.sentenceOf(i).t1, COSTUME) >= 0) continue;
    return i;
  }
  return -1;
}
const CROWD = new Set(['people', 'patients', 'punters', 'drunks', 'students', 'they', 'them', 'he', 'she', 'customers', 'relatives', 'crowd', 'fans']);

export const intoxicationRule: Rule = {
  meta: {
    id: 'trust/intoxication',
    concern: 'trust',
    topics: ['trust.intoxication'],
    description: 'Boasting about being drunk or hungover, and drinking at or before work ("still drunk on shift").',
    severity: 'medium',
  },
  check(_post, { text: t }) {
    if (!t.has(ALCOHOL)) return [];
    const hits = outermost(t.hits(ALCOHOL));
    // Soft signs (🥴, "the fear", a fry-up) count only beside another sign of drinking or a night out.
    const firm = hits.some((h) => h.entry.tag !== 'soft');
    // Only worth looking for near hits when the post has work context at all.
    const anyDuty = onDuty(t) !== undefined;
    // "Our netball team got hammered 30-8": a result, not a state.
    const scored = SCORE.test(t.text);
    const drinkSign = hits.some((h) => ((h.entry.tag === 'drinking' || h.entry.tag === 'drunk') && heavyUse(t, h)) || h.entry.tag === 'night' || h.entry.tag === 'hangover' || h.entry.tag === 'lunch') || /🍾|🍷|🍺|🍻|🥂|🍸|🍹|🥃/.test(t.text);
    let best: { h: Hit; duty?: Hit; severity: 'high' | 'medium'; confidence: number } | undefined;
    for (const h of hits) {
      let tag = h.entry.tag;
      if (tag === 'night') continue;
      // "hanging. 12hr list.": "hanging" as a sentence of its own (only @handles or emoji beside it) is a hangover.
      if (tag === 'alone') {
        if (!aloneInSentence(t, h)) continue;
        tag = 'hangover';
      }
      if (tag === 'soft') {
        if (!firm) continue;
        tag = 'hangover';
      }
      if ((tag === 'drunk' || tag === 'drinking') && !heavyUse(t, h)) continue;
      // "a hangover-free afternoon", "alcohol-free": without it.
      if (t.key(h.t1) === 'free' && t.norm[t.tokens[h.t1 - 1]!.e] === '-') continue;
      if (tag === 'drunk' && scored && h.t1 - h.t0 === 1) continue;
      // A negation counts only close before the drink ("never drink before a shift"), not one governing another verb
      // ("can't feel my face after 6 jagerbombs").
      // Nor one whose drink is the cause after it ("couldn't see straight after the tequila").
      if ((t.negated(h.t0) && t.negationIn(Math.max(0, h.t0 - 5), h.t0) && !causeBetween(t, h)) || (asking(t, h) && !confessing(t, h))) continue;
      if (subjectOf(t, h) === 'other' && !confessing(t, h)) continue;
      if (generalStatement(t, h)) continue;
      // Drinking counts with work context in its own sentence or the one before or after; a hangover or being drunk
      // lasts, so work anywhere in the post counts ("Bit rough after the staff do. ... Clinic starts at 9").
      let duty = !anyDuty ? undefined : tag === 'hangover' || tag === 'drunk' || tag === 'nosleep' ? onDuty(t) : dutyNear(t, h);
      // Drinking where the only work is the uniform still worn ("cocktails from the ward, still in my tunic") is drinking in
      // uniform, review level below, not drinking at work.
      if (duty && tag === 'drinking' && AFTER_SHIFT.test(t.norm) && t.findKey(duty.t0, duty.t1, UNIFORM) >= 0 && dutyHits(t).every((w) => t.findKey(w.t0, w.t1, UNIFORM) >= 0)) duty = undefined;
      let found: { severity: 'high' | 'medium'; confidence: number } | undefined;
      // "straight onto a night shift" after a do, "wine at lunch" on a workday: only with another sign of drinking and work.
      if ((tag === 'onto' || tag === 'lunch') && !(drinkSign && duty)) continue;
      if (tag === 'onto' || tag === 'lunch') found = { severity: tag === 'onto' ? 'high' : 'medium', confidence: 0.7 };
      else if (tag === 'atwork') found = { severity: 'high', confidence: 0.85 };
      else if (tag === 'nosleep') found = duty ? { severity: 'high', confidence: 0.8 } : undefined;
      else if (tag === 'drunk') found = duty ? { severity: 'high', confidence: 0.85 } : { severity: 'medium', confidence: 0.6 };
      else if (tag === 'drinking' && duty && afterWork(t, duty)) found = undefined;
      // "one glass of wine with tea, early shift tomorrow": a single drink, work not straight after it.
      else if (tag === 'drinking' && duty && oneDrink(t, h) && !rightBefore(t, duty)) found = undefined;
      else if (duty) found = tag === 'hangover' ? { severity: 'medium', confidence: 0.7 } : { severity: 'high', confidence: 0.65 };
      if (found && (!best || found.confidence > best.confidence)) best = { h, duty, ...found };
    }
    // Drinking or a night out in uniform ("drinks straight after shift, still in uniform", "nights out in scrubs", "still in
    // my greens at 3am 🥴"): review level, when nothing firmer was found. The uniform is worn (not denied, not changed out
    // of) in the drink's sentence or the one before or after.
    if ((!best || (best.severity === 'medium' && !best.duty)) && drinkSign) {
      const u = uniformWorn(t);
      if (u >= 0) {
        const sn = t.tokens[u]!.sn;
        // "my greens", "our scrubs": the poster's own uniform, whoever the sentence names first ("student paramedic post ball").
        const own = t.key(u - 1) === 'my' || t.key(u - 1) === 'our';
        const h = hits.find((x) => x.entry.tag !== 'soft' && Math.abs(t.tokens[x.t0]!.sn - sn) <= 1 && !t.negated(x.t0) && !asking(t, x) && (own || subjectOf(t, x) !== 'other')
          && ((x.entry.tag !== 'drunk' && x.entry.tag !== 'drinking') || heavyUse(t, x)));
        // A drink emoji in the uniform's sentence stands in for a drink word ("still in uniform, no one cares 🍻").
        const emoji = !h && DRINK_EMOJI.test(t.norm.slice(t.tokens[t.sentences[sn]!.t0]!.s, t.sentences[sn + 1] ? t.tokens[t.sentences[sn + 1]!.t0]!.s : undefined));
        if (h || emoji) {
          const uniform = { entry: hits[0]!.entry, t0: u, t1: u + 1 };
          return [{
            topic: 'trust.intoxication',
            severity: 'medium',
            confidence: 0.65,
            message: `Describes drinking or a night out in uniform (${h ? `${q(t.hitSpan(h))} … ` : ''}${q(t.hitSpan(uniform))}). Being seen drinking in uniform can undermine public confidence in your profession.`,
            evidence: tidy([...(h ? [t.hitSpan(h)] : []), t.hitSpan(uniform)]),
          }];
        }
      }
    }
    if (!best) return [];
    const duty = best.duty;
    const atWork = duty !== undefined || best.h.entry.tag === 'atwork';
    const evidence = tidy([t.hitSpan(best.h), ...(duty ? [t.hitSpan(duty)] : [])]);
    const message = atWork
      ? `Describes drinking, being drunk or hungover in connection with work (${q(t.hitSpan(best.h))}${duty ? ` … ${q(t.hitSpan(duty))}` : ''}). Being unfit through alcohol at work puts service users at risk and undermines trust in your profession.`
      : `Boasts about being drunk (${q(t.hitSpan(best.h))}). Posts celebrating drunkenness can undermine public confidence in your profession.`;
    const out: RuleFinding[] = [{ topic: 'trust.intoxication', severity: best.severity, confidence: best.confidence, message, evidence }];
    return out;
  },
};
