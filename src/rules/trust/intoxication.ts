import type { Rule, RuleFinding } from '../types.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { loadLexicon, outermost, q, tidy } from '../text/index.js';
import { asking, dutyNear, generalStatement, onDuty, subjectOf } from './shared.js';
import { patientRefs } from '../common/lexicons.js';

const ALCOHOL = loadLexicon(new URL('./alcohol.txt', import.meta.url));

/** After "drunk": a drink ("drunk tea") or a person ("drunk patient") means it is not the poster who is drunk. */
const AFTER_DRUNK = new Set([
  'tea', 'coffee', 'coffees', 'teas', 'water', 'juice', 'fluids', 'milk', 'enough', 'some', 'loads', 'plenty', 'patient', 'patients', 'man', 'men',
  'woman', 'women', 'bloke', 'blokes', 'driver', 'drivers', 'people', 'guy', 'guys', 'lad', 'lads', 'girl', 'girls', 'tank', 'tanks', 'and', 'person',
  'customers', 'punters', 'students', 'idiots', 'teenagers', 'fans', 'relative', 'relatives',
]);
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
  if (h.entry.tag === 'drinking') return true;
  // "Drank too much coffee before clinic": too much of a soft drink.
  if (k !== 'drunk' && h.t1 - h.t0 > 1 && SOFT_DRINKS.has(next)) return false;
  // "the firefighter I plastered": put in a cast, not drunk.
  if (k === 'plastered' && ['i', 'we', "i've", 'ive', "we've", 'who', 'that'].includes(t.key(h.t0 - 1))) return false;
  if (h.t1 - h.t0 === 1) {
    // "leathered by 2pm" is a time; "leathered by a bouncer" is a beating.
    if (OTHER_SENSE.get(k)?.has(next) && !(next === 'by' && /^\d/.test(t.key(h.t1 + 1)))) return false;
    if (k === 'drunk' && (AFTER_DRUNK.has(next) || PARTICIPLE_LEAD.has(t.key(h.t0 - 1)))) return false;
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
    const drinkSign = hits.some((h) => h.entry.tag === 'drinking' || h.entry.tag === 'drunk' || h.entry.tag === 'night' || h.entry.tag === 'hangover' || h.entry.tag === 'lunch') || /🍾|🍷|🍺|🍻|🥂|🍸|🍹|🥃/.test(t.text);
    let best: { h: Hit; duty?: Hit; severity: 'high' | 'medium'; confidence: number } | undefined;
    for (const h of hits) {
      let tag = h.entry.tag;
      if (tag === 'night') continue;
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
      const duty = !anyDuty ? undefined : tag === 'hangover' || tag === 'drunk' || tag === 'nosleep' ? onDuty(t) : dutyNear(t, h);
      let found: { severity: 'high' | 'medium'; confidence: number } | undefined;
      // "straight onto a night shift" after a do, "wine at lunch" on a workday: only with another sign of drinking and work.
      if ((tag === 'onto' || tag === 'lunch') && !(drinkSign && duty)) continue;
      if (tag === 'onto' || tag === 'lunch') found = { severity: tag === 'onto' ? 'high' : 'medium', confidence: 0.7 };
      else if (tag === 'atwork') found = { severity: 'high', confidence: 0.85 };
      else if (tag === 'nosleep') found = duty ? { severity: 'high', confidence: 0.8 } : undefined;
      else if (tag === 'drunk') found = duty ? { severity: 'high', confidence: 0.85 } : { severity: 'medium', confidence: 0.6 };
      else if (tag === 'drinking' && duty && afterWork(t, duty)) found = undefined;
      else if (duty) found = tag === 'hangover' ? { severity: 'medium', confidence: 0.7 } : { severity: 'high', confidence: 0.65 };
      if (found && (!best || found.confidence > best.confidence)) best = { h, duty, ...found };
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
