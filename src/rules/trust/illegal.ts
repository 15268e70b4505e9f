import type { Severity } from '../../model/finding.js';
import type { Evidence } from '../../model/finding.js';
import type { Rule } from '../types.js';
import type { TextAnalysis } from '../text/index.js';
import { defineLexicon, loadLexicon, outermost, q } from '../text/index.js';
import { disclaimed, generalStatement, reposted, subjectOf } from './shared.js';

const ILLEGAL = loadLexicon(new URL('./illegal.txt', import.meta.url));
const CHILDHOOD = /\b(?:at|from|off|skip(?:ped)?) school\b|\bas a (?:kid|child|teenager)\b|\bin year (?:\d|seven|eight|nine|ten|eleven)\b/;
/** Kinds of wrongdoing that are a breach of trust at work, delete level whatever the list says. */
const WORK_KINDS = new Set(['theft', 'dishonesty', 'diversion', 'drugs']);

const WHAT: Record<string, string> = {
  'drink-driving': 'driving after drinking',
  diversion: 'taking medicines from work',
  theft: 'stealing',
  dishonesty: 'dishonesty at work',
  fraud: 'fraud or dodging payment',
  driving: 'dangerous driving or misusing blue lights',
  drugs: 'growing or dealing drugs',
};

/** Looking at records of someone not in your care: an access verb, a record, and a personal relation, in one sentence. */
const ACCESS = new Set(['looked', 'looking', 'look', 'snooped', 'snooping', 'snoop', 'nosed', 'nosing', 'checked', 'checking', 'accessed', 'accessing', 'pulled', 'searched', 'searching', 'peeked', 'peeking', 'peek', 'nosy', 'nosey']);
const RECORDS = new Set(['records', 'record', 'notes', 'file', 'results', 'bloods', 'history', 'scan', 'scans', 'chart', 'letters']);
/** Record words that are also everyday words (exam results, lecture notes): they need a clinical system in the sentence. */
const RECORD_WORDS = defineLexicon('trust/record-words', [...RECORDS].join('\n'));
const WEAK_RECORDS = new Set(['notes', 'file', 'results', 'history', 'letters']);
const SYSTEMS = new Set(['system', 'systems', 'emis', 'systmone', 'rio', 'epr', 'spine', 'database', 'medical', 'clinical', 'nhs', 'ice', 'pacs', 'computer', 'gp', 'hospital', 'patient', 'scr', 'lorenzo', 'cerner', 'epic']);
const RELATIONS = new Set([
  'ex', "ex's", 'exes', 'neighbour', "neighbour's", 'neighbours', 'mate', "mate's", 'friend', "friend's", 'girlfriend', "girlfriend's", 'boyfriend', "boyfriend's",
  'partner', "partner's", 'sister', "sister's", 'brother', "brother's", 'cousin', "cousin's", 'landlord', "landlord's", 'celebrity', "celebrity's", 'colleague',
  "colleague's", 'boss', "boss's", 'manager', "manager's", 'famous', 'husband', "husband's", 'wife', "wife's", 'mum', "mum's", 'dad', "dad's",
  'crush', "crush's", 'footballer', "footballer's", 'auntie', 'uncle', 'nan', 'flatmate', "flatmate's",
]);

/** Verbs of asking someone to do something ("asked me to have a quick look", "begged me to check"). */
const REQUEST = new Set(['asked', 'asks', 'asking', 'ask', 'begged', 'begging', 'wanted', 'wants', 'want', 'pestering', 'pestered', 'expects', 'expected', 'messaged', 'texted']);
/** The act is what someone asked of the poster ("A friend asked me to look at her dad's results"), unless the poster then did it ("so I did"). */
function requested(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  for (let j = Math.max(s.t0, i - 8); j < i; j++) {
    if (REQUEST.has(t.key(j)) && (t.key(j + 1) === 'me' || t.key(j + 1) === 'if')) return !/\b(?:so|and) i did\b|\bi caved\b|\bi gave in\b/.test(t.norm);
  }
  return false;
}
/** Clinical record systems named as the place looked ("had a look on EPR", "checked her on SystmOne"). */
const RECORD_SYSTEMS = new Set(['system', 'emis', 'systmone', 'rio', 'epr', 'ehr', 'spine', 'pacs', 'ice', 'scr', 'lorenzo', 'cerner', 'epic', 'careflow', 'mosaic', 'liquidlogic']);
const SYSTEM_WORDS = defineLexicon('trust/record-systems', [...RECORD_SYSTEMS].join('\n'));
/**
 * "My neighbour got blue-lighted in last night so I had a look on EPR": someone the poster knows, and in the same
 * sentence the poster looking on a record system; the person may come before the look.
 */
function systemSnooping(t: TextAnalysis): Evidence | undefined {
  for (const h of t.hits(SYSTEM_WORDS)) {
    const s = t.sentenceOf(h.t0);
    if (s.question) continue;
    for (let i = Math.max(s.t0, h.t0 - 9); i < h.t0; i++) {
      if (!ACCESS.has(t.key(i)) || t.negated(i) || requested(t, i)) continue;
      if (t.findKey(s.t0, s.t1, RELATIONS) < 0 || subjectOf(t, { entry: DUMMY, t0: i, t1: i + 1 }) === 'other') continue;
      return t.span(i, h.t1);
    }
  }
  return undefined;
}

function recordsSnooping(t: TextAnalysis): Evidence | undefined {
  for (let i = 0; i < t.tokens.length; i++) {
    if (!ACCESS.has(t.key(i))) continue;
    const s = t.sentenceOf(i);
    const end = Math.min(s.t1, i + 9);
    const rec = t.findKey(i + 1, end, RECORDS);
    if (rec < 0) continue;
    const rel = t.findKey(i + 1, rec, RELATIONS);
    if (rel < 0 || t.negated(i) || s.question || requested(t, i)) continue;
    if (WEAK_RECORDS.has(t.key(rec)) && t.findKey(s.t0, s.t1, SYSTEMS) < 0) continue;
    return t.span(i, rec + 1);
  }
  return undefined;
}

export const illegalRule: Rule = {
  meta: {
    id: 'trust/illegal',
    concern: 'trust',
    topics: ['trust.illegal'],
    description: 'Illegal or dishonest acts the poster admits: drink-driving, theft, diverting medicines, falsifying records, fraud.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    const snoop = (t.has(RECORD_WORDS) ? recordsSnooping(t) : undefined) ?? (t.has(SYSTEM_WORDS) ? systemSnooping(t) : undefined);
    if (snoop) {
      return [
        {
          topic: 'trust.illegal',
          severity: 'high',
          confidence: 0.8,
          message: `Admits looking at the records of someone not in your care (${q(snoop)}). Accessing records without a professional reason breaches confidentiality and data protection law.`,
          evidence: [snoop],
        },
      ];
    }
    // Reviews the poster wrote or had friends and family write ("wrote a few myself", "from different accounts").
    const fake = t.has(REVIEW_WORDS) && t.has(FAKE_SIGN) ? fakeReviews(t) : undefined;
    if (fake) {
      return [
        {
          topic: 'trust.illegal',
          severity: 'high',
          confidence: 0.75,
          message: `Admits writing or arranging fake reviews (${q(fake)}). Fake reviews and testimonials mislead the public and are dishonest.`,
          evidence: [fake],
        },
      ];
    }
    let combo = t.has(TAKEN) || t.has(OVER_LIMIT) || t.has(FALSIFY) || t.has(SICK) || t.has(CLAIM_VERBS) || t.has(DRIVEN) || t.has(TOLD) || t.has(WITHOUT) || t.has(REGISTRATION) ? combined(t) : undefined;
    if (!t.has(ILLEGAL) && !combo) return [];
    // A warning about what costs people their registration ("Counter fraud training: false sick notes, fiddled
    // timesheets ... People lose their registrations over it") lists acts; only the poster's own "I"/"my" admits one.
    const warning = WARNING.test(t.norm);
    if (combo && warning && !ownAct(t, combo.ev.start) && !/\b(?:my|our)\b/i.test(combo.ev.text)) combo = undefined;
    for (const h of outermost(t.hits(ILLEGAL))) {
      if (t.negated(h.t0) || t.sentenceOf(h.t0).question) continue;
      if (subjectOf(t, h) === 'other' || generalStatement(t, h)) continue;
      // "Parked in the disabled bay because I have a blue badge": an entitled use.
      if (h.entry.tag === 'driving' && /disabled/.test(h.entry.term) && ENTITLED_BAY.test(t.norm)) continue;
      // "Drove the ambulance home to the station": back to base, not a personal trip.
      if (h.entry.tag === 'driving' && / home$/.test(t.hitSpan(h).text.toLowerCase()) && t.key(h.t1) === 'to' && BASE.has(t.key(h.t1 + 1) === 'the' ? t.key(h.t1 + 2) : t.key(h.t1 + 1))) continue;
      if (warning && subjectOf(t, h) !== 'self' && t.findKey(h.t0, h.t1, MINE) < 0) continue;
      // A sickie from school ("at school in 1998", "as a kid") is a childhood story, not dishonesty at work.
      if (h.entry.tag === 'dishonesty' && CHILDHOOD.test(t.norm)) continue;
      // Dishonesty and theft at work (sickies, taking supplies, signing for someone) are delete level like the rest;
      // motoring offences and fare dodging keep their listed level.
      const listed = (h.entry.fields[0] ?? 'medium') as Severity;
      const severity: Severity = listed === 'medium' && WORK_KINDS.has(h.entry.tag) ? 'high' : listed;
      const ev = t.hitSpan(h);
      return [
        {
          topic: 'trust.illegal',
          severity,
          // An admission in the poster's own words: sure enough that a high finding reaches delete.
          confidence: 0.8,
          message: `Admits ${WHAT[h.entry.tag] ?? 'an illegal act'} (${q(ev)}). Admitting illegal or dishonest conduct calls your honesty and fitness to practise into question.`,
          evidence: [ev],
        },
      ];
    }
    if (combo) {
      return [
        {
          topic: 'trust.illegal',
          severity: 'high',
          confidence: 0.8,
          message: `Admits ${WHAT[combo.kind] ?? 'an illegal act'} (${q(combo.ev)}). Admitting illegal or dishonest conduct calls your honesty and fitness to practise into question.`,
          evidence: [combo.ev],
        },
      ];
    }
    return [];
  },
};

/** Verbs of taking, and what is taken from work: supplies (theft) or controlled drugs (diversion). */
const TAKE = new Set(['nabbed', 'nab', 'nabbing', 'snatched', 'grabbed', 'lifted', 'lifting', 'lift', 'nicked', 'nick', 'nicking', 'stole', 'stolen', 'steal', 'stealing', 'pinched', 'pinch', 'pinching', 'swiped', 'swipe', 'pocketed', 'pocket', 'liberated', 'took', 'take', 'taking', 'taken', 'helped', 'half-inched', 'borrowed', 'borrowing', 'borrow', 'brought', 'bring', 'bringing', 'snaffled', 'snaffle', 'acquired']);
/** "Swipe to see ...", "swipe up", "swipe card", "pinch to zoom": the verb is not taking anything. */
const NOT_TAKING_NEXT = new Set(['to', 'up', 'left', 'right', 'through', 'card', 'cards', 'in', 'zoom']);
/** Everyday verbs of taking: theft only when the thing leaves work or no one is meant to notice. */
const PLAIN = new Set(['grabbed', 'lifted', 'lifting', 'lift', 'took', 'take', 'taking', 'taken', 'helped', 'borrowed', 'borrowing', 'borrow', 'brought', 'bring', 'bringing', 'acquired']);
/** Where the thing came from: "from work", "from the ward", "out of the stock cupboard". */
const SOURCE = /\b(?:from|out of|off) (?:work|the ward|the unit|the hospital|the trust|the practice|the clinic|the home|the department|the ambulance|the truck|the motor|the vehicle|the station|the stock|the stores|stores|the store ?room|the (?:stock |supply |drugs? |cd )?cupboard|the trolley|the resus trolley|the pharmacy)\b/;
/** The poster expects no one to notice: "nobody counts them", "they never check", "perk of the job". */
const CONCEAL = /\b(?:(?:nobody|no one|no-one|noone|they|anyone)(?: ever| even| really)? (?:counts?|checks?|notices?|noticed|misses|will miss|would notice|audits?|signs? for (?:it|them))|never (?:check|checks|count|counts|notice|notices|audit)|won'?t be missed|won'?t miss (?:it|them)|perks? of the job|what they don'?t know)\b|\b(?:they|we|you|she|he|nobody|no one|manager|control|work)(?:'ll| will| would)? never (?:miss|notice|know|check|remember)|\b(?:won'?t|wouldn'?t|doesn'?t|don'?t|never) (?:check|miss (?:it|them|a|one))\b|\bnone the wiser\b|\b(?:nobody|no one|no-one|noone)(?:'s| has)? (?:noticed|checked)(?: yet)?\b|\bwhat they don'?t count\b|\bcan'?t tell the difference\b|\bdon'?t mention it\b/;
/** Signs that what the poster told someone was untrue or hidden ("manager none the wiser", "a bit creative with the truth"). */
const LIE_SIGN = /\bnone the wiser\b|\b(?:nobody|no one|no-one) asked (?:any )?questions\b|\bcreative with the truth\b|\b(?:they|it|he|she) (?:wouldn'?t|would not) have been\b/;
/** Someone at work the poster answers to or reports to, for lies told at work. */
const AT_WORK_AUDIENCE = /\b(?:manager|boss|ward|control|work|matron|team leader|supervisor|educator|mentor|rota|family|mum|dad|relatives|copper|police|coroner|nurse in charge|nic)\b/;
/** Registration words, to open the check for practising while unregistered. */
const REGISTRATION = defineLexicon('trust/registration', ['registration', 'register', 'registered', 'struck off', 'renewed', 'renew'].join('\n'));
/** Registration lost, lapsed, never held or withheld, said by the poster. */
const REG_LOST =
  /\b(?:struck off|removed from the (?:hcpc |professional )?register|(?:registration|reg)(?:'s| has| had| is| was)? (?:lapsed|expired|ran out|run out|suspended|gone)|(?:lapsed|expired|suspended) (?:hcpc )?registration|(?:haven'?t|have not|hasn'?t|didn'?t|did not|never|forgot to|not) renew(?:ed)? (?:my |our )?(?:hcpc )?(?:registration|reg|it|in time)|not (?:hcpc |yet |currently )?registered|(?:hcpc )?registration '?sorts? itself out)\b/;
/** Still practising, or selling sessions, despite it. */
const STILL_PRACTISING =
  /\b(?:still (?:practi[sc]ing|seeing|treating|working|doing (?:private|home|sessions|clinics|massages|assessments)|taking (?:on )?(?:clients|bookings|patients)|running (?:my |the )?clinic)|book in with me|taking (?:on )?(?:new )?clients|same patients|same (?:great )?service)\b/;
const POSTER = new Set(['i', "i'm", 'im', "i've", 'ive', "i'd", 'my', 'me', 'myself']);
function unregistered(t: TextAnalysis): Evidence | undefined {
  const lost = REG_LOST.exec(t.norm);
  if (!lost || !STILL_PRACTISING.test(t.norm)) return undefined;
  const i = t.tokens.findIndex((tok) => tok.s >= lost.index);
  if (i < 0 || subjectOf(t, { entry: DUMMY, t0: i, t1: i + 1 }) === 'other' || t.sentenceOf(i).question) return undefined;
  // The poster's own: "I", "my" in the sentence, or a sentence that opens with it and names no one ("got struck off ...").
  const s = t.sentenceOf(i);
  if (t.findKey(s.t0, s.t1, POSTER) < 0 && i - s.t0 > 2) return undefined;
  // "not registered yet, so I can't call myself a physio": an honest limit, not a practice.
  if (/\bnot registered\b/.test(lost[0]) && /\b(?:can'?t|cannot|won'?t|not allowed|until)\b/.test(t.norm)) return undefined;
  return t.span(i, Math.min(t.sentenceOf(i).t1, i + 8));
}
const SUPPLIES = new Set(['gel', 'aprons', 'tape', 'tissues', 'toilet', 'loo', 'catheters', 'cannulas', 'swabs', 'steri-strips', 'gauze', 'saline', 'lidocaine', 'inhalers', 'gloves', 'syringes', 'needles', 'dressings', 'plasters', 'bandages', 'scrubs', 'sanitiser', 'masks', 'stationery', 'supplies', 'equipment', 'crutches', 'commode', 'wheelchair', 'batteries', 'paracetamol', 'ibuprofen', 'meds', 'medication', 'tablets', 'pills', 'sharps', 'linen', 'towels', 'sheets', 'pillows', 'blankets', 'incontinence', 'pads', 'wipes',
  // Kit and stock that walk out of work (issue 6, second pass)
  'pens', 'biros', 'stethoscope', 'stethoscopes', 'thermometer', 'tourniquet', 'tourniquets', 'scissors', 'tape', 'notebooks', 'paper', 'printer', 'ink',
  'laptop', 'ipad', 'chargers', 'charger', 'uniform', 'uniforms', 'tunics', 'tunic', 'fleece', 'fleeces', 'kit', 'stock', 'food', 'sandwiches', 'biscuits',
  'milk', 'teabags', 'coffee', 'yoghurts', 'slings', 'splints', 'zimmer', 'frame', 'walking', 'sticks', 'theraband', 'weights', 'dumbbells',
  // Protective kit (fourth pass)
  'ffp3s', 'ffp3', 'ffp2s', 'ppe', 'visors', 'respirators', 'gowns', 'goggles']);
const CONTROLLED = new Set(['entonox', 'morphine', 'oramorph', 'diazepam', 'codeine', 'tramadol', 'fentanyl', 'ketamine', 'propofol', 'midazolam', 'lorazepam', 'pregabalin', 'gabapentin', 'oxycodone', 'zopiclone', 'temazepam', 'methadone', 'buprenorphine', 'cds', 'opiates', 'opioids', 'benzos', 'diamorphine',
  // Street and short names of the same stock, and the usual pain killers kept on wards (fifth pass)
  'ket', 'morph', 'co-codamol', 'cocodamol', 'codamol', 'dihydrocodeine', 'nitrous']);
/** "for my back", "home", "for my mum's care home": taken for personal use. */
const FOR_ME = new Set(['home', 'my', 'myself', 'me', 'mine', 'mum', "mum's", 'dad', "dad's", 'garage', 'loft', 'kit', 'house', 'allotment', 'shed', 'garden', 'kids', 'own', 'caravan', 'van', 'car']);
/** Places the thing ends up that are the poster's own ("home", "for the allotment"). */
const HOME = new Set(['home', 'allotment', 'shed', 'garage', 'loft', 'garden', 'caravan', 'house']);
const STASH = new Set(['bag', 'pocket', 'pockets', 'locker', 'car', 'handbag', 'coat', 'rucksack', 'backpack', 'bra', 'sock']);
const DRIVE = new Set(['drove', 'drive', 'driving', 'driven', 'drives']);
const OVER = new Set(['limit', 'drunk', 'tipsy', 'pissed', 'hammered', 'smashed', 'wasted', 'steaming', 'merry', 'sozzled', 'bladdered', 'tanked', 'legless', 'trollied']);
const DRINKS = new Set(['pints', 'pint', 'wine', 'drinks', 'beers', 'bottle', 'prosecco', 'shots', 'vodka', 'gin', 'cocktails', 'do', 'party', 'pub', 'sesh']);

/**
 * Co-occurrence in one sentence, for what word lists cannot enumerate: "Nicked a few boxes of gloves
 * for my mum's care home", "Took a patient's leftover tramadol home", "Drove home after the
 * Christmas do, definitely over the limit".
 */
function combined(t: TextAnalysis): { kind: string; ev: Evidence } | undefined {
  const record = t.has(FALSIFY) ? falsified(t) : undefined;
  if (record) return { kind: 'dishonesty', ev: record };
  const unchecked = t.has(WITHOUT) ? signedUnseen(t) : undefined;
  if (unchecked) return { kind: 'dishonesty', ev: unchecked };
  const sick = t.has(SICK) ? fakeSick(t) : undefined;
  if (sick) return { kind: 'dishonesty', ev: sick };
  const claimed = t.has(CLAIM_VERBS) ? falseClaim(t) : undefined;
  if (claimed) return { kind: 'dishonesty', ev: claimed };
  const lie = t.has(TOLD) ? LIED.exec(t.norm) : null;
  if (lie) {
    const i = t.tokens.findIndex((tok) => tok.s >= lie.index);
    if (i >= 0 && !t.negated(i) && subjectOf(t, { entry: DUMMY, t0: i, t1: i + 1 }) !== 'other') return { kind: 'dishonesty', ev: t.span(i, Math.min(t.sentenceOf(i).t1, i + 10)) };
  }
  // "told them the car wouldn't start ... manager none the wiser", "Told the family he was 'comfortable' ... nobody asked
  // questions": the poster told someone something and the post says it was untrue or went unnoticed.
  if (t.has(TOLD) && LIE_SIGN.test(t.norm) && AT_WORK_AUDIENCE.test(t.norm)) {
    for (const h of t.hits(TOLD)) {
      const s = t.sentenceOf(h.t0);
      if (s.question || t.negated(h.t0) || subjectOf(t, h) === 'other' || t.findKey(s.t0, h.t0, YOU) >= 0) continue;
      return { kind: 'dishonesty', ev: t.span(h.t0, Math.min(s.t1, h.t0 + 10)) };
    }
  }
  // "registration lapsed in March but I'm still seeing clients", "struck off ... still practising": practising unregistered.
  const unreg = t.has(REGISTRATION) ? unregistered(t) : undefined;
  if (unreg) return { kind: 'dishonesty', ev: unreg };
  // "a spare pack of diazepam ... now it's in my bag": a controlled drug and the poster's own bag, pocket or locker.
  const drug = t.findKey(0, t.tokens.length, CONTROLLED);
  if (drug >= 0) {
    for (let i = 0; i + 2 < t.tokens.length; i++) {
      if ((t.key(i) === 'in' || t.key(i) === 'into') && t.key(i + 1) === 'my' && STASH.has(t.key(i + 2)) && !t.negated(i)) return { kind: 'diversion', ev: t.span(Math.min(drug, i), Math.max(drug, i + 2) + 1) };
    }
  }
  // "Put an extra hour on my timesheet every Friday. They never check.": claims padded where no one looks.
  const claim = t.findKey(0, t.tokens.length, CLAIMS);
  const padded = claim >= 0 && t.findKey(t.sentenceOf(claim).t0, t.sentenceOf(claim).t1, PADDING) >= 0;
  if (padded && CONCEAL.test(t.norm) && !t.negated(claim) && subjectOf(t, { entry: DUMMY, t0: claim, t1: claim + 1 }) !== 'other') {
    return { kind: 'dishonesty', ev: t.span(claim, claim + 1) };
  }
  // "timesheet says 12 hrs, reality says 9", "paid for 37.5 hours and work 30": more hours claimed than worked.
  const short = t.has(HOURS_CLAIM) ? hoursMismatch(t) : undefined;
  if (short) return { kind: 'dishonesty', ev: short };
  // "Sold the spare boxes of FFP3s on Marketplace": work stock sold on.
  const sold = t.has(SELL) ? soldStock(t) : undefined;
  if (sold) return { kind: 'theft', ev: sold };
  // "Signed off the competency for a student I never actually observed": a record made without the thing it records.
  const signed = UNSEEN.exec(t.norm);
  if (signed) {
    const i = t.tokens.findIndex((tok) => tok.s >= signed.index);
    if (i >= 0 && !t.negated(i) && subjectOf(t, { entry: DUMMY, t0: i, t1: i + 1 }) !== 'other') return { kind: 'dishonesty', ev: t.span(i, Math.min(t.sentenceOf(i).t1, i + 12)) };
  }
  for (let i = 0; i < t.tokens.length; i++) {
    const k = t.key(i);
    const s = t.sentenceOf(i);
    if (s.question || t.negated(i)) continue;
    if (TAKE.has(k) && !NOT_TAKING_NEXT.has(t.key(i + 1))) {
      // "Swiped a box of the good kinesiology tape": a quantity and describing words may come between, within the clause.
      const end = Math.min(s.t1, Math.max(i + 7, Math.min(t.clauseEnd(i), i + 10)));
      const drug = t.findKey(i + 1, end, CONTROLLED);
      const kit = t.findKey(i + 1, end, SUPPLIES);
      const obj = drug >= 0 ? drug : kit;
      if (obj < 0) continue;
      // "took", "borrowed" and "brought" are everyday verbs: a drug must go home or to the poster ("took ... home", "for my back");
      // supplies must also come from work or be taken where no one is meant to notice ("nobody counts them anyway").
      // "helped myself to" is taking without asking.
      const plain = PLAIN.has(k) && !(k === 'helped' && (t.key(i + 1) === 'myself' || t.key(i + 1) === 'ourselves'));
      const source = SOURCE.test(t.norm);
      const conceal = CONCEAL.test(t.norm);
      // "took my diazepam" is the poster's own medicine; "took some oramorph home / for my back" is not.
      const mineAfter = t.findKey(obj + 1, Math.min(s.t1, obj + 8), FOR_ME) >= 0;
      if (plain && drug >= 0 && !(mineAfter || conceal || source)) continue;
      // "Took a box of gloves home for the home visits" is work; "from the ward for the allotment" is not.
      const personal = t.findKey(obj + 1, Math.min(s.t1, obj + 8), HOME) >= 0 && !/\bhome (?:visits?|care|patients?|calls?)\b/.test(t.norm);
      if (plain && drug < 0 && !(conceal || (source && (personal || MOTIVE.test(t.norm))))) continue;
      if (subjectOf(t, { entry: DUMMY, t0: i, t1: i + 1 }) === 'other' || generalStatement(t, { entry: DUMMY, t0: i, t1: obj + 1 })) continue;
      return { kind: drug >= 0 ? 'diversion' : 'theft', ev: t.span(i, obj + 1) };
    }
    if (DRIVE.has(k) && t.key(i - 1) !== 'drink' && t.findKey(s.t0, i, YOU) < 0) {
      // "Drove home after the leaving do. Was probably over the limit": "over the limit" reaches into the next sentence.
      const next = t.sentences[t.tokens[i]!.sn + 1];
      let over = t.findKey(s.t0, s.t1, OVER);
      if (over < 0 && next) {
        const lim = t.findKey(next.t0, next.t1, LIMIT);
        if (lim >= 0 && t.key(lim - 1) === 'the' && t.key(lim - 2) === 'over' && !t.negated(lim)) over = lim;
      }
      // "Drove home after 5 pints", "had a few G&Ts and drove back": a counted amount of drink with a past drive.
      if (over < 0 && PAST_DRIVE.has(k)) {
        const amount = drinksTaken(t, s.t0, s.t1);
        if (amount >= 0 && subjectOf(t, { entry: DUMMY, t0: i, t1: i + 1 }) !== 'other') return { kind: 'drink-driving', ev: t.span(Math.min(i, amount), Math.max(i, amount) + 1) };
      }
      if (over < 0) continue;
      // "over the limit", and a multiple of it: "three times the limit", "twice the limit", "double the limit".
      const limit = t.key(over) === 'limit' ? t.key(over - 1) === 'the' && LIMIT_LEAD.has(t.key(over - 2)) : true;
      if (!limit || (t.key(over) !== 'limit' && t.findKey(s.t0, s.t1, DRINKS) < 0 && Math.abs(over - i) > 3)) continue;
      if (subjectOf(t, { entry: DUMMY, t0: i, t1: i + 1 }) === 'other') continue;
      return { kind: 'drink-driving', ev: t.span(Math.min(i, over), Math.max(i, over) + 1) };
    }
  }
  return undefined;
}

/**
 * Fake reviews and testimonials (sixth pass, issue 6): a review word, and near it a sign that the poster wrote them or had
 * them written: "wrote a few myself", "from different accounts", "my mum's and my sister's accounts", "it's my mum and my
 * cousins", "in exchange for a 5 star review", "don't have to have actually come in". Not asked, not negated, not said
 * of someone else ("a rival posted reviews from fake accounts"). Written for hindsight by the project (MIT).
 */
const REVIEW_WORDS = defineLexicon(
  'trust/review-words',
  ['review/reviews/testimonial/testimonials/ratings/rating/trustpilot', '5/five star/stars/star_review/star_reviews/star_rating/star_ratings', '5-star/five-star'].join('\n'),
);
const FAKE_SIGN = defineLexicon(
  'trust/fake-review-signs',
  [
    'wrote/written/write/writing/posted/left/did/done a_few/some/a_couple/a_handful/one/two/three/four/five/half/most/loads/a_load/a_bunch/them/those/these/a_few_of_them/some_of_them/half_of_them/most_of_them/a_couple_of_them/the_first_few myself/ourselves | self',
    'from/on/using/with different/fake/other/spare/multiple/burner/second/my_other/our_other/my_spare accounts/emails/profiles/logins/names/email_addresses | accounts',
    "mum's/mums/mom's/moms/sister's/sisters/cousin's/cousins/cousins'/nan's/nans/brother's/brothers/mate's/mates/mates'/friend's/friends'/partner's/husband's/wife's/auntie's/family's/boyfriend's/girlfriend's | family",
    "it's/its/it_is/it_was/they're/theyre/they_are/they_were [just/only/all/actually/literally/mostly] my mum/mom/sister/sisters/cousins/family/mates/nan/friends/auntie/aunties/brother/partner | family-direct",
    'in exchange/return for a/an/some/the/your [5/five/5-star/five-star/good/glowing/nice/positive] [google/facebook/trustpilot/star] [star] review/reviews/rating/testimonial | exchange',
    "don't/dont/doesn't/doesnt/won't/wont/wouldn't need/have to have [actually/even/ever] come/been/visited/attended/come_in/been_in/seen_me/had_a_session | exchange",
  ].join('\n'),
);
/** Someone else as the one posting from other accounts ("someone posted reviews from fake accounts"). */
const SOMEONE_ELSE = new Set(['someone', 'somebody', 'they', 'he', 'she', 'competitor', 'competitors', 'rival', 'rivals', 'people', 'clinics']);
const ACCOUNT = new Set(['account', 'accounts', 'profile', 'profiles', 'login', 'logins', 'phone', 'phones', 'emails']);
function fakeReviews(t: TextAnalysis): Evidence | undefined {
  const reviews = t.hits(REVIEW_WORDS);
  for (const h of t.hits(FAKE_SIGN)) {
    const s = t.sentenceOf(h.t0);
    if (s.question && h.entry.tag !== 'exchange') continue;
    if (t.negated(h.t0) || (h.entry.tag === 'accounts' && (subjectOf(t, h) === 'other' || t.findKey(s.t0, h.t0, SOMEONE_ELSE) >= 0))) continue;
    // "it's my mum's turn": a possessive is not the reviewers named.
    if (h.entry.tag === 'family-direct' && t.norm.startsWith("'s", t.tokens[h.t1 - 1]!.e - 2)) continue;
    // A relative's possessive only with the account it names ("my mum's and my sister's accounts").
    if (h.entry.tag === 'family' && t.findKey(h.t1, Math.min(s.t1, h.t1 + 6), ACCOUNT) < 0) continue;
    const sn = t.tokens[h.t0]!.sn;
    // The review word in the same sentence or within two sentences before it (the admission follows the boast).
    let r: (typeof reviews)[number] | undefined;
    for (const x of reviews) {
      const rs = t.tokens[x.t0]!.sn;
      if (rs === sn || (rs < sn && sn - rs <= 2)) if (!r || Math.abs(x.t0 - h.t0) < Math.abs(r.t0 - h.t0)) r = x;
    }
    if (!r) continue;
    return t.span(Math.min(r.t0, h.t0), Math.max(r.t1, h.t1));
  }
  return undefined;
}

const DUMMY = { term: '', tag: '', fields: [], lexicon: ILLEGAL };
/** Where hours are claimed or paid ("timesheet says 12 hrs", "paid for 37.5 hours"). */
const HOURS_CLAIM = defineLexicon('trust/hours-claim', ['timesheet', 'timesheets', 'paid for', 'claimed', 'claim', 'claiming', 'booked', 'logged', 'signed in for', 'rota', 'e-rostering', 'healthroster'].join('\n'));
/** What was really worked, between the claimed number and the worked one ("reality says 9", "and work 30"). */
const REALITY = new Set(['reality', 'really', 'actually', 'actual', 'work', 'worked', 'working', 'did', 'do', 'done', 'truth', 'in']);
const HOUR_NUMBER = /^\d{1,2}(?:\.\d)?$/;
function hoursMismatch(t: TextAnalysis): Evidence | undefined {
  for (const h of t.hits(HOURS_CLAIM)) {
    const s = t.sentenceOf(h.t0);
    if (s.question || t.negated(h.t0) || subjectOf(t, h) === 'other') continue;
    // The claimed number near the claim word ("Put 10 hours on my timesheet", "timesheet says 12"), then a smaller
    // number after a word of what was really done ("did 7", "reality says 9"), in the sentence or a short next one.
    const next = t.sentences[t.tokens[h.t0]!.sn + 1];
    const stop = next && next.t1 - next.t0 <= 6 ? next.t1 : s.t1;
    let first = -1;
    for (let i = Math.max(s.t0, h.t0 - 5); i < Math.min(s.t1, h.t1 + 4); i++) if (HOUR_NUMBER.test(t.key(i))) { first = i; break; }
    if (first < 0) continue;
    let real = false;
    for (let i = Math.max(first + 1, h.t1); i < Math.min(stop, first + 16); i++) {
      const k = t.key(i);
      if (REALITY.has(k)) real = true;
      if (real && HOUR_NUMBER.test(k) && Number(k) < Number(t.key(first))) return t.span(Math.min(first, h.t0), i + 1);
    }
  }
  return undefined;
}
/** Selling on: work stock sold (not the poster's own things). */
const SELL = defineLexicon('trust/sell', ['sold', 'selling', 'flogged', 'flogging', 'flog', 'sell'].join('\n'));
const SALE = /\b(?:marketplace|ebay|vinted|depop|gumtree|facebook|a killing|profit|quid|for cash)\b|£/;
function soldStock(t: TextAnalysis): Evidence | undefined {
  for (const h of t.hits(SELL)) {
    const s = t.sentenceOf(h.t0);
    if (s.question || t.negated(h.t0) || subjectOf(t, h) === 'other') continue;
    const obj = t.findKey(h.t1, Math.min(s.t1, h.t1 + 7), SUPPLIES);
    // "sold my old scrubs on Vinted": the poster's own things.
    if (obj < 0 || t.findKey(h.t1, obj, MINE) >= 0 || !SALE.test(t.norm)) continue;
    return t.span(h.t0, obj + 1);
  }
  return undefined;
}
/** A post that warns of what wrongdoing costs people, or is about training in it. */
const WARNING =
  /\b(?:(?:people|staff|nurses|colleagues|registrants|you|they|folk|folks|clinicians) (?:can |could |will |do |have |all )?(?:lose|lost|losing) (?:their|your) (?:registration|registrations|pin|pins|jobs?|careers?|pensions?)|(?:people|staff|nurses|colleagues|registrants|you|they|folk|folks|clinicians) (?:can |could |will |do )?(?:get|got|getting|be|been) struck off|counter[- ]?fraud|fraud (?:awareness|training|module))\b/;
const MINE = new Set(['my', 'our']);
const ENTITLED_BAY = /\b(?:blue badge|badge holder|i'?m disabled|i am disabled|my disability|registered disabled)\b/;
const BASE = new Set(['station', 'base', 'depot', 'hub', 'hospital', 'standby', 'garage', 'workshop', 'fleet']);
/** The sentence at a character offset has the poster as its subject (an I/we/my before the offset). */
function ownAct(t: TextAnalysis, start: number): boolean {
  const i = t.tokens.findIndex((_tok, k) => t.span(k, k + 1).start >= start);
  return i >= 0 && subjectOf(t, { entry: DUMMY, t0: i, t1: i + 1 }) === 'self';
}
/** "without ever watching", "without even reading": signing for what was not seen. */
const WITHOUT = defineLexicon('trust/without-seeing', 'without [ever/even/actually/really/properly] watching/seeing/observing/checking/assessing/reading/supervising/examining/looking_at/doing_them/doing_it/testing/going_in/visiting/speaking_to/talking_to/asking/seeing_her/seeing_him/seeing_them/meeting');
/** Verbs of signing off or recording that "without seeing" makes dishonest. */
const SIGN = new Set(['signed', 'sign', 'signing', 'ticked', 'tick', 'ticking', 'passed', 'pass', 'passing', 'countersigned', 'countersign', 'countersigning', 'charted', 'documented', 'recorded', 'wrote', 'written', 'completed', 'marked', 'approved', 'witnessed', 'initialled', 'checked']);
/** "Signed off the student's competencies without ever watching her do them": the poster signed what they did not see. */
function signedUnseen(t: TextAnalysis): Evidence | undefined {
  for (const h of t.hits(WITHOUT)) {
    const s = t.sentenceOf(h.t0);
    if (s.question) continue;
    for (let i = Math.max(s.t0, h.t0 - 10); i < h.t0; i++) {
      if (!SIGN.has(t.key(i)) || t.negated(i)) continue;
      if (subjectOf(t, { entry: DUMMY, t0: i, t1: i + 1 }) === 'other') continue;
      return t.span(i, h.t1);
    }
  }
  return undefined;
}
const LIMIT = new Set(['limit']);
/** Before "the limit": over it, or a multiple of it ("three times the limit"). */
const LIMIT_LEAD = new Set(['over', 'times', 'twice', 'double', 'treble', 'triple', '2x', '3x', '4x']);
/** What can be padded: timesheets, mileage, expenses, overtime. */
const CLAIMS = new Set(['timesheet', 'timesheets', 'mileage', 'expenses', 'overtime']);
/** Padding a claim: "an extra hour", "added a few miles", "rounded up". */
const PADDING = new Set(['extra', 'added', 'add', 'adding', 'rounded', 'round', 'bumped', 'bump', 'padded', 'pad', 'padding', 'additional', 'few', 'more', 'inflated', 'stretched', 'stretch']);
/** A record signed, charted or ticked off for something the poster did not see or do. */
const UNSEEN =
  /\b(?:signed|countersigned|documented|charted|recorded|ticked|initialled|wrote up|filled in|signed off)\b[^.!?]{0,80}?\b(?:(?:i|we) (?:never|didn'?t|did not|hadn'?t|had not|haven'?t) (?:actually |even |really |properly )?(?:observe|observed|see|saw|seen|do|did|done|check|checked|count|counted|watch|watched|witness|witnessed|assess|assessed)|without (?:actually |even |really |properly )?(?:checking|counting|seeing|observing|watching|assessing|doing|witnessing))\b/;
/** The objects and states above as lists in the shared matcher: most posts have none, and skip the scan. */
const TAKEN = defineLexicon('trust/taken', [...SUPPLIES, ...CONTROLLED, ...CLAIMS, 'signed', 'countersigned', 'documented', 'charted', 'recorded', 'ticked', 'initialled', 'wrote', 'filled'].join('\n'));
const OVER_LIMIT = defineLexicon('trust/over-limit', [...OVER].join('\n'));

/** Why supplies went home: "cost of living", "saves me buying them", "never buy plasters". */
const MOTIVE = /\b(?:cost of living|save[sd]? (?:me |us )?(?:a trip|money|a fortune|buying)|saving (?:me )?money|for free|freebies?|never (?:buy|bought|pay for)|haven'?t bought|every week|every shift|stock(?:ed|ing)? up|perks?)\b/;
const YOU = new Set(['you', "you're", 'youre', 'your', 'u', "you've", "you'll", 'anyone', 'people', 'nobody', 'never']);
const PAST_DRIVE = new Set(['drove', 'driven', 'driving']);
const DRIVEN = defineLexicon('trust/driven', [...PAST_DRIVE].join('\n'));
/** Drinks counted: "5 pints", "a few G&Ts", "three glasses of wine", "a skinful". */
/** Drink as a mass: "that much wine", "so much gin". */
const MASS_DRINKS = new Set(['wine', 'beer', 'booze', 'gin', 'vodka', 'prosecco', 'cider', 'rum', 'whisky', 'fizz', 'lager', 'tequila', 'drink', 'alcohol']);
const MASS_AMOUNT = new Set(['much', 'lot', 'loads', 'plenty', 'bottle', 'bottles', 'skinful']);
const DRINK_UNITS = new Set(['pints', 'beers', 'drinks', 'glasses', 'bottles', 'shots', 'cans', 'ciders', 'lagers', 'wines', 'gins', 'vodkas', 'proseccos', 'cocktails', 'jagerbombs', 'bevvies', 'tinnies', 'tins', 'ts', 'skinful', 'sherries', 'whiskies', 'whiskeys', 'doubles', 'units']);
const AMOUNT = /^(?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten|few|couple|several|loads|lots|many|multiple|some|a)$/;

/** Index of a counted drink in [a, b), or -1. */
function drinksTaken(t: TextAnalysis, a: number, b: number): number {
  for (let j = a; j < b; j++) {
    if (MASS_DRINKS.has(t.key(j)) && (MASS_AMOUNT.has(t.key(j - 1)) || MASS_AMOUNT.has(t.key(j - 2)))) return j;
    if (!DRINK_UNITS.has(t.key(j))) continue;
    for (let m = j - 1; m >= Math.max(a, j - 4); m--) if (AMOUNT.test(t.key(m)) && (t.key(m) !== 'a' || t.key(j) === 'skinful')) return j;
  }
  return -1;
}

/** Verbs of falsifying a record: strong ones are dishonest with any record; weak ones need a sign the record was untrue or hidden. */
const FALSIFY = defineLexicon(
  'trust/falsify',
  [
    'backdated | strong', 'back-dated | strong', 'backdate | strong', 'backdating | strong', 'faked | strong', 'fake | strong', 'faking | strong', 'falsified | strong', 'falsify | strong', 'falsifying | strong',
    'forged | strong', 'forge | strong', 'forging | strong', 'fabricated | strong', 'fabricate | strong', 'doctored | strong', 'fudged | strong', 'fudge | strong', 'fudging | strong', 'fiddled | strong', 'fiddling | strong',
    'made up | strong', 'make up | strong', 'making up | strong', 'made out | weak', 'ticked off | weak', 'invented | strong', 'tippexed | strong', 'altered | weak', 'changed | weak', 'amended | weak',
    'copied | weak', 'copy | weak', 'copying | weak', 'copy-pasted | weak', 'copy pasted | weak', 'pasted | weak', 'wrote up | weak', 'written up | weak', 'filled in | weak', 'filled out | weak', 'ticked | weak',
    'documented | weak', 'charted | weak', 'recorded | weak', 'signed | weak', 'signed off | weak', 'wrote | weak', 'put | weak',
    'countersigned | weak', 'counter-signed | weak', 'initialled | weak', 'witnessed | weak',
  ].join('\n'),
);
/** Records a registrant keeps or signs. */
const RECORD_CLASS = new Set([
  'notes', 'note', 'records', 'record', 'obs', 'observations', 'chart', 'charts', 'assessment', 'assessments', 'plan', 'plans', 'documentation', 'paperwork', 'log', 'logs',
  'entry', 'entries', 'audit', 'audits', 'register', 'timesheet', 'timesheets', 'signature', 'signatures', 'competencies', 'competency', 'cpd', 'portfolio', 'reflections',
  'mileage', 'expenses', 'prescription', 'prescriptions', 'mar', 'checklist', 'checks', 'temps', 'temperatures', 'scores', 'news', 'news2', 'mews', 'waterlow', 'must', 'readings',
  'results', 'report', 'reports', 'letter', 'letters', 'consent', 'form', 'forms', 'book', 'sheet', 'sheets', 'hours', 'visits', 'visit', 'datix', 'incident', 'session', 'sessions', 'attendance',
  // Figures reported to managers and regulators, and CPD records (trust, fourth pass)
  'figures', 'data', 'stats', 'statistics', 'profile', 'courses', 'bundle', 'bundles', 'ampoule', 'ampoules', 'vial', 'vials',
]);
/** A falsified record was untrue or hidden: "so it looks like we did it", "who's gonna know", "nobody checks". */
const UNTRUE = /\b(?:so (?:it|they|we) (?:look|looks|looked|appear|appears|seem|seems)|looks? like (?:we|i) (?:did|had|done)|as if (?:we|i) (?:had|did)|(?:who'?s|who is|no one'?s|nobody'?s) (?:gonna|going to) (?:know|notice|check)|(?:nobody|no one|no-one|noone) (?:will |would |ever )?(?:know|knows|notice|notices|checks?|audits?|reads? them)|never (?:did|done|saw|seen|happened|went|attended|turned up|showed up|left)|didn'?t (?:actually |even |really )?(?:do|happen|see|check|bother)|did not (?:actually |even |really )?(?:do|happen|see|check)|cover (?:my|our) (?:back|backs|arse)|to cover|saved me hours|saves? (?:me |us )?(?:hours|time)|from memory|a week later|never checks?|don'?t tell|never existed|didn'?t exist|did not exist|(?:wasn'?t|weren'?t|was not|were not) (?:even )?(?:there|present|on shift|in work|at work))\b/;

function falsified(t: TextAnalysis): Evidence | undefined {
  for (const h of outermost(t.hits(FALSIFY))) {
    const s = t.sentenceOf(h.t0);
    if (s.question || (t.negated(h.t0) && !disclaimed(t, h.t0))) continue;
    // "I'm made up" (delighted): "made up" needs a determiner before its record.
    const end = Math.min(t.clauseEnd(h.t1 - 1), h.t1 + 9, s.t1);
    let rec = t.findKey(h.t1, end, RECORD_CLASS);
    if (rec < 0) continue;
    while (rec + 1 < s.t1 && RECORD_CLASS.has(t.key(rec + 1))) rec++; // "the waterlow scores"
    if (/^ma(?:k|d)(?:e|ing) up$/.test(h.entry.term) && !/^(?:the|a|an|my|his|her|their|some|all|our|loads|half|most|two|three|four|five|six|\d+)$/.test(t.key(h.t1))) continue;
    if (h.entry.tag === 'weak' && !UNTRUE.test(t.norm) && !CONCEAL.test(t.norm)) continue;
    // "student paramedic hack: fake the obs on the PRF, nobody checks": a strong verb given as advice (it opens its clause)
    // in a post that says no one will notice is the poster recommending it.
    const advice = h.entry.tag === 'strong' && t.clauseStart(h.t0) === h.t0 && h.t0 > s.t0 && CONCEAL.test(t.norm);
    if (subjectOf(t, h) === 'other' && !advice) continue;
    // Clinical uses: "altered the care plan after review" is weak and needs a sign of untruth, so it is not here.
    return t.span(h.t0, rec + 1);
  }
  return undefined;
}

/** Calling in sick, sick notes and duvet days. */
const SICK = defineLexicon(
  'trust/sick',
  ['called in sick', 'call in sick', 'calling in sick', 'rang in sick', 'ring in sick', 'ringing in sick', 'phoned in sick', 'phone in sick', 'phoning in sick', 'sick note', 'fit note', 'sick day', 'off sick', 'called in poorly', 'rang in poorly', 'phoned in poorly',
    // An illness named for time off, counted only in scare quotes ("3 days of 'd&v'", "my 'migraine'").
    'd&v | illness', 'd and v | illness', 'd+v | illness', 'sickness bug | illness', 'tummy bug | illness', 'stomach bug | illness', 'migraine | illness', 'flu | illness', 'covid | illness', 'food poisoning | illness', 'bad back | illness', 'family emergency | illness'].join('\n'),
);
/** Signs that the sickness was not real: leisure, "not even ill", a note from a friend. */
const NOT_ILL =
  /\b(?:festival|festivals|gig|concert|match|beach|shopping|golf|spa day|lie[- ]in|duvet day|hungover|hangover|not (?:even|actually|really) (?:ill|sick|poorly)|was(?:n'?t| not) (?:even |actually |really )?(?:ill|sick|poorly)|faked?|faking|pretend(?:ed|ing)?|so (?:i|we) could|to go to|(?:went|going|off) to the|here (?:i|we) come|sun'?s out|can'?t be (?:arsed|bothered)|cba|(?:off|from) (?:my|a) (?:\w+ )?(?:mate|friend|pal)|best sickie|tickets|regret nothing|no regrets|worth it)\b/;

const NEVER_KNOW = /\b(?:will|would|'ll)? ?never (?:know|find out|notice)|(?:won'?t|wouldn'?t|don'?t|doesn'?t) (?:know|find out|notice)|none the wiser\b/;
const HOLIDAY = /\b(?:went|headed|nipped|off) (?:to|out|off to)\b|\bday out\b|\b(?:in|to) (?:magaluf|ibiza|tenerife|benidorm|spain|majorca|malaga|the sun|vegas|amsterdam|dubai|paris|barcelona|portugal|greece|cornwall)\b|\bholiday\b|🏖|✈/;
function fakeSick(t: TextAnalysis): Evidence | undefined {
  for (const h of t.hits(SICK)) {
    if (t.negated(h.t0) || t.sentenceOf(h.t0).question || subjectOf(t, h) === 'other') continue;
    if (t.findKey(t.sentenceOf(h.t0).t0, h.t0, YOU) >= 0) continue;
    // "Off 'sick' for the final": the sickness in scare quotes.
    const scare = t.mayQuote && t.inQuotes(h.t1 - 1) && !(t.norm.startsWith('rt @') && reposted(t, h.t0));
    // An illness word is time off only in scare quotes, and with a sign it was not real (a trip, "will never know").
    if (h.entry.tag === 'illness' && !(scare && (NOT_ILL.test(t.norm) || CONCEAL.test(t.norm) || NEVER_KNOW.test(t.norm) || HOLIDAY.test(t.norm)))) continue;
    // "printed myself a fit note ... nobody checks": a note no one is meant to question.
    if (!scare && !NOT_ILL.test(t.norm) && !CONCEAL.test(t.norm)) continue;
    return t.hitSpan(h);
  }
  return undefined;
}

/** Claiming money or time: "claimed mileage for visits I did over the phone". */
// Fifth pass: signing or clocking in for a shift not worked ("signed in for the overtime shift then went to the gym"), and
// sessions billed or a client charged twice ("Billed the insurer for eight sessions, she came to five").
const CLAIM_VERBS = defineLexicon('trust/claim-verbs', ['claimed', 'claim', 'claiming', 'charged', 'billed', 'invoiced', 'put in for', 'put in', 'putting in', 'submitted', 'booked', 'logged',
  'signed in for', 'signed in', 'clocked in for', 'clocked in', 'clocked on', 'swiped in', 'signed on for', 'overcharged', 'double-charged', 'double charged', 'double-billed', 'double billed'].join('\n'));
const CLAIMED = new Set(['ticket', 'tickets', 'train', 'hotel', 'meal', 'meals', 'lunch', 'dinner', 'receipt', 'receipts', 'mileage', 'expenses', 'overtime', 'hours', 'travel', 'petrol', 'fuel', 'taxi', 'taxis', 'parking', 'shifts', 'visits', 'miles',
  'shift', 'sessions', 'session', 'appointments', 'twice', 'double', 'bank']);
const UNDONE =
  /\b(?:(?:i|we) (?:never|didn'?t|did not|hadn'?t|had not|don'?t|do not) (?:actually |even |really )?(?:do|did|go|went|drive|drove|work|worked|make|made|travel|travelled|attend|attended|buy|bought|pay|paid|use|used|stay|stayed|eat|ate)|(?:did|done|do) (?:them |it |they )?(?:over|on) the phone|never happened|didn'?t happen|weren'?t (?:done|real)|owes? (?:me|us)|made[- ]up|fake|(?:got|was|were|been) cancell?ed|didn'?t go ahead|bonus)\b|\bthen (?:went|headed|nipped|sloped|snuck|sneaked|buggered|cleared) (?:off|out|home|to)\b|\b(?:she|he|they) (?:only )?(?:came|attended|turned up|showed up) (?:to|for) (?:\d+|one|two|three|four|five|six|seven|eight|nine)\b/;

function falseClaim(t: TextAnalysis): Evidence | undefined {
  for (const h of t.hits(CLAIM_VERBS)) {
    const s = t.sentenceOf(h.t0);
    if (s.question || t.negated(h.t0) || subjectOf(t, h) === 'other') continue;
    const what = t.findKey(h.t1, Math.min(s.t1, h.t1 + 6), CLAIMED);
    if (what < 0 || !(UNDONE.test(t.norm) || CONCEAL.test(t.norm))) continue;
    return t.span(h.t0, what + 1);
  }
  return undefined;
}
/** Lying to work about where the poster was: "told the ward I was at a training day and went to Ikea instead". */
const TOLD = defineLexicon('trust/told', ['told', 'said', 'pretended', 'claimed', 'made out', 'texted', 'emailed'].join('\n'));
const LIED = /\b(?:told|said|pretended|claimed|made out|texted|emailed)\b[^.!?]{0,40}?\b(?:i was|i'?d been|i had been|i'?m|i am|i'?d done|i had done|i'?d checked|i had checked|i'?d seen|i had seen|i'?d given|i had given)\b[^!?]{0,60}?\b(?:instead|was actually|when (?:really|actually) i|but (?:really|actually) i|actually (?:went|was|at)|in reality|did i|who knows|i hadn'?t|i had not|never did)\b/;
