import type { Evidence } from '../../model/finding.js';
import type { Rule } from '../types.js';
import type { Hit } from '../text/index.js';
import { loadLexicon, q, tidy } from '../text/index.js';
import { excused, patientActs } from './shared.js';

const GAIN = loadLexicon(new URL('./gain.txt', import.meta.url));

const WHAT: Record<string, string> = {
  money: 'money or valuables from',
  charge: 'charging money to',
  lend: 'money passing to or from',
  sell: 'selling to, recruiting or steering to paid work',
  favour: 'favours or free work from',
  free: 'favours or free work from',
  voucher: 'vouchers or gift cards from',
  gift: 'a personal gift from',
};
/** "gave me his number" is contact, not a gift. */
const CONTACT_DETAILS = new Set(['number', 'mobile', 'details', 'email', 'address', 'name', 'hand', 'phone', 'snapchat', 'snap', 'insta', 'instagram', 'facebook', 'whatsapp', 'card', 'word', 'blessing', 'permission', 'consent', 'history']);
const MONEY = new Set(['£', 'cash', 'money', 'fee', 'fees', 'quid', 'tenner', 'fiver', 'pounds', 'bribe', 'backhander']);
const RANK = ['charge', 'lend', 'money', 'sell', 'favour', 'free', 'voucher', 'gift'];
/** "for free" is a favour only when it is the user's: "sorted my MOT for free". */
const MINE = new Set(['my', 'me', 'mine']);
const VOUCHER = new Set(['voucher', 'vouchers', 'gift', 'giftcard', 'card', 'token', 'tokens']);

export const personalGainRule: Rule = {
  meta: {
    id: 'boundaries/personal-gain',
    concern: 'boundaries',
    topics: ['boundaries.personal-gain'],
    description: 'Money, valuables, gifts or favours from service users, and selling to, recruiting or steering them to paid work: using the position for personal gain.',
    severity: 'high',
  },
  check(_post, { text: t, ownAccounts }) {
    const pairs = patientActs(
      t,
      GAIN,
      ownAccounts,
      (h) =>
        (h.entry.tag !== 'free' || t.findKey(t.sentenceOf(h.t0).t0, h.t0, MINE) >= 0) &&
        // "charged the family £20": a charge is money only with money named in its sentence.
        ((h.entry.tag !== 'charge' && h.entry.tag !== 'lend') || t.findKey(t.sentenceOf(h.t0).t0, t.sentenceOf(h.t0).t1, MONEY) >= 0) &&
        !CONTACT_DETAILS.has(t.key(h.t1)),
    ).filter(
      ({ act }) => !excused(t, act, act.entry.tag === 'gift' || act.entry.tag === 'voucher' || act.entry.tag === 'lend' ? ['refuse', 'team'] : ['refuse']),
    );
    if (pairs.length === 0) return [];
    // "gave me a £100 voucher": a voucher, not cash.
    const tagOf = (h: Hit): string => (h.entry.tag === 'money' && t.findKey(h.t1, Math.min(t.tokens.length, h.t1 + 3), VOUCHER) >= 0 ? 'voucher' : h.entry.tag);
    const kind = RANK.find((k) => pairs.some((p) => tagOf(p.act) === k)) ?? 'gift';
    const serious = kind === 'money' || kind === 'sell' || kind === 'charge' || kind === 'lend';
    const evidence: Evidence[] = tidy([t.hitSpan(pairs[0]!.patient), ...pairs.slice(0, 3).map((p) => t.hitSpan(p.act))]);
    return [
      {
        topic: 'boundaries.personal-gain',
        severity: serious || kind === 'favour' || kind === 'free' ? 'high' : 'medium',
        confidence: serious ? 0.8 : kind === 'favour' || kind === 'free' ? 0.65 : 0.6,
        message: `Describes ${WHAT[kind]} a service user (${q(evidence[0]!)} … ${q(evidence[evidence.length - 1]!)}). Using your professional position for personal or financial gain breaches professional boundaries.`,
        evidence,
      },
    ];
  },
};
