import type { Severity } from '../../model/finding.js';
import type { Evidence } from '../../model/finding.js';
import type { Rule } from '../types.js';
import type { TextAnalysis } from '../text/index.js';
import { loadLexicon, outermost, q } from '../text/index.js';
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
    const snoop = t.findKey(0, t.tokens.length, RECORDS) >= 0 ? recordsSnooping(t) : undefined;
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
    if (!t.has(ILLEGAL)) return [];
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
    return [];
  },
};
