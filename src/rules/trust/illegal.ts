import type { Severity } from '../../model/finding.js';
import type { Evidence } from '../../model/finding.js';
import type { Rule } from '../types.js';
import type { TextAnalysis } from '../text/index.js';
import { defineLexicon, loadLexicon, outermost, q } from '../text/index.js';
import { subjectOf } from './shared.js';

const ILLEGAL = loadLexicon(new URL('./illegal.txt', import.meta.url));

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

function recordsSnooping(t: TextAnalysis): Evidence | undefined {
  for (let i = 0; i < t.tokens.length; i++) {
    if (!ACCESS.has(t.key(i))) continue;
    const s = t.sentenceOf(i);
    const end = Math.min(s.t1, i + 9);
    const rec = t.findKey(i + 1, end, RECORDS);
    if (rec < 0) continue;
    const rel = t.findKey(i + 1, rec, RELATIONS);
    if (rel < 0 || t.negated(i) || s.question) continue;
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
    const snoop = t.has(RECORD_WORDS) ? recordsSnooping(t) : undefined;
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
    const combo = t.has(TAKEN) || t.has(OVER_LIMIT) ? combined(t) : undefined;
    if (!t.has(ILLEGAL) && !combo) return [];
    for (const h of outermost(t.hits(ILLEGAL))) {
      if (t.negated(h.t0) || t.sentenceOf(h.t0).question) continue;
      if (subjectOf(t, h) === 'other') continue;
      const severity = (h.entry.fields[0] ?? 'medium') as Severity;
      const ev = t.hitSpan(h);
      return [
        {
          topic: 'trust.illegal',
          severity,
          confidence: 0.75,
          message: `Admits ${WHAT[h.entry.tag] ?? 'an illegal act'} (${q(ev)}). Admitting illegal or dishonest conduct calls your honesty and fitness to practise into question.`,
          evidence: [ev],
        },
      ];
    }
    if (combo) {
      return [
        {
          topic: 'trust.illegal',
          severity: combo.kind === 'theft' ? 'medium' : 'high',
          confidence: 0.75,
          message: `Admits ${WHAT[combo.kind] ?? 'an illegal act'} (${q(combo.ev)}). Admitting illegal or dishonest conduct calls your honesty and fitness to practise into question.`,
          evidence: [combo.ev],
        },
      ];
    }
    return [];
  },
};

/** Verbs of taking, and what is taken from work: supplies (theft) or controlled drugs (diversion). */
const TAKE = new Set(['nicked', 'nick', 'nicking', 'stole', 'stolen', 'steal', 'stealing', 'pinched', 'pinch', 'pinching', 'swiped', 'swipe', 'pocketed', 'pocket', 'liberated', 'took', 'take', 'taking', 'taken', 'helped', 'half-inched', 'borrowed', 'borrowing', 'borrow', 'brought', 'bring', 'bringing', 'snaffled', 'snaffle', 'acquired']);
/** Everyday verbs of taking: theft only when the thing leaves work or no one is meant to notice. */
const PLAIN = new Set(['took', 'take', 'taking', 'taken', 'helped', 'borrowed', 'borrowing', 'borrow', 'brought', 'bring', 'bringing', 'acquired']);
/** Where the thing came from: "from work", "from the ward", "out of the stock cupboard". */
const SOURCE = /\b(?:from|out of|off) (?:work|the ward|the unit|the hospital|the trust|the practice|the clinic|the home|the department|the ambulance|the station|the stock|the stores|stores|the store ?room|the (?:stock |supply |drugs? |cd )?cupboard|the trolley|the resus trolley|the pharmacy)\b/;
/** The poster expects no one to notice: "nobody counts them", "they never check", "perk of the job". */
const CONCEAL = /\b(?:(?:nobody|no one|no-one|noone|they|anyone)(?: ever| even| really)? (?:counts?|checks?|notices?|noticed|misses|will miss|would notice|audits?|signs? for (?:it|them))|never (?:check|checks|count|counts|notice|notices|audit)|won'?t be missed|won'?t miss (?:it|them)|perks? of the job|what they don'?t know)\b/;
const SUPPLIES = new Set(['gel', 'aprons', 'tape', 'tissues', 'toilet', 'loo', 'catheters', 'cannulas', 'swabs', 'steri-strips', 'gauze', 'saline', 'lidocaine', 'inhalers', 'gloves', 'syringes', 'needles', 'dressings', 'plasters', 'bandages', 'scrubs', 'sanitiser', 'masks', 'stationery', 'supplies', 'equipment', 'crutches', 'commode', 'wheelchair', 'batteries', 'paracetamol', 'ibuprofen', 'meds', 'medication', 'tablets', 'pills', 'sharps', 'linen', 'towels', 'sheets', 'pillows', 'blankets', 'incontinence', 'pads', 'wipes']);
const CONTROLLED = new Set(['morphine', 'oramorph', 'diazepam', 'codeine', 'tramadol', 'fentanyl', 'ketamine', 'propofol', 'midazolam', 'lorazepam', 'pregabalin', 'gabapentin', 'oxycodone', 'zopiclone', 'temazepam', 'methadone', 'buprenorphine', 'cds', 'opiates', 'opioids', 'benzos', 'diamorphine']);
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
    if (TAKE.has(k)) {
      const end = Math.min(s.t1, i + 7);
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
      if (plain && drug < 0 && !(conceal || (source && personal))) continue;
      if (subjectOf(t, { entry: DUMMY, t0: i, t1: i + 1 }) === 'other') continue;
      return { kind: drug >= 0 ? 'diversion' : 'theft', ev: t.span(i, obj + 1) };
    }
    if (DRIVE.has(k) && t.key(i - 1) !== 'drink') {
      // "Drove home after the leaving do. Was probably over the limit": "over the limit" reaches into the next sentence.
      const next = t.sentences[t.tokens[i]!.sn + 1];
      let over = t.findKey(s.t0, s.t1, OVER);
      if (over < 0 && next) {
        const lim = t.findKey(next.t0, next.t1, LIMIT);
        if (lim >= 0 && t.key(lim - 1) === 'the' && t.key(lim - 2) === 'over' && !t.negated(lim)) over = lim;
      }
      if (over < 0) continue;
      const limit = t.key(over) === 'limit' ? t.key(over - 1) === 'the' && t.key(over - 2) === 'over' : true;
      if (!limit || (t.key(over) !== 'limit' && t.findKey(s.t0, s.t1, DRINKS) < 0 && Math.abs(over - i) > 3)) continue;
      if (subjectOf(t, { entry: DUMMY, t0: i, t1: i + 1 }) === 'other') continue;
      return { kind: 'drink-driving', ev: t.span(Math.min(i, over), Math.max(i, over) + 1) };
    }
  }
  return undefined;
}

const DUMMY = { term: '', tag: '', fields: [], lexicon: ILLEGAL };
const LIMIT = new Set(['limit']);
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
