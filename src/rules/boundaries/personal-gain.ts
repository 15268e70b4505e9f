import type { Evidence } from '../../model/finding.js';
import type { Rule } from '../types.js';
import type { Hit } from '../text/index.js';
import { loadLexicon, q, tidy } from '../text/index.js';
import type { TextAnalysis } from '../text/index.js';
import { REPORT, defineLexicon } from '../text/index.js';
import { excused, patientActs, synthetic } from './shared.js';

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
  small: 'small sales or collections involving',
};
/** "gave me his number" is contact, not a gift. */
/** Money passed on to a team fund or a charity. */
const FUND = /\b(?:(?:ward|team|staff|unit|department|amenity|amenities|patients?') (?:fund|kitty|pot|tin|charity)|charity|charities|donated|donation|donate)\b/;
/** Money passed on to a fund, unless the post says the fund can wait ("ward fund can wait, treating myself"). */
/** An owner's possessive between the verb and the thing ("a client's mum's spare tickets"). */
function possessed(t: TextAnalysis, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (t.key(j).endsWith("'s")) return true;
  return false;
}
/** Money named in the act's sentence, not inside a name the poster was called ("got called a money-grabbing cow", sixth pass). */
function moneyNamed(t: TextAnalysis, h: Hit): boolean {
  const j = t.findKey(t.sentenceOf(h.t0).t0, t.sentenceOf(h.t0).t1, MONEY);
  return j >= 0 && !(t.key(j + 1) === 'grabbing' || (t.frameAt(j) & REPORT) !== 0);
}
function passedOn(norm: string): boolean {
  const m = FUND.exec(norm);
  return m !== null && !/^\s*(?:can wait|can whistle|can do one|is for mugs|my arse)/.test(norm.slice(m.index + m[0].length));
}
const CONTACT_DETAILS = new Set(['hospital', 'number', 'mobile', 'details', 'email', 'address', 'name', 'hand', 'phone', 'snapchat', 'snap', 'insta', 'instagram', 'facebook', 'whatsapp', 'card', 'word', 'blessing', 'permission', 'consent', 'history']);
const MONEY = new Set(['£', 'cash', 'money', 'fee', 'fees', 'quid', 'tenner', 'fiver', 'pounds', 'bribe', 'backhander', 'loan', 'loans', 'rent', 'mortgage', 'debt', 'debts']);
/** Subjects that make a charge the practice's fee policy ("we charge for missed appointments"). */
const PRACTICE_SUBJECT = new Set(['we', 'clinic', 'practice', 'surgery', 'trust', 'nhs', 'they', 'service', 'hospital', 'department']);
const RANK = ['charge', 'lend', 'money', 'sell', 'favour', 'free', 'voucher', 'gift', 'small'];
/** "for free" is a favour only when it is the user's: "sorted my MOT for free". */
const MINE = new Set(['my', 'me', 'mine']);
const VOUCHER = new Set(['voucher', 'vouchers', 'gift', 'giftcard', 'card', 'token', 'tokens']);

/** Verbs of giving to the registrant ("slips me a twenty", "offered me his cottage"). */
const LET_USE = new Set(['have', 'use', 'borrow', 'stay', 'keep', 'take', 'rent', 'run']);
const GIVE = new Set([
  // Fifth pass: "Family let me have their mum's static caravan", "he lets us use his villa".
  'let', 'lets', 'letting',
  'booked', 'books', 'booking', 'get', 'gets', 'getting', 'got', 'sorted', 'sorting', 'sorts', 'give', 'gives', 'gave', 'giving', 'given', 'hand', 'hands', 'handed', 'handing', 'slip', 'slips', 'slipped', 'slipping', 'press', 'presses', 'pressed', 'bung', 'bungs', 'bunged', 'offer', 'offers', 'offered', 'offering', 'lend', 'lends', 'lent', 'bring', 'brings', 'brought', 'bringing', 'send', 'sends', 'sent', 'buy', 'buys', 'bought', 'leave', 'leaves', 'left', 'pay', 'pays', 'paid', 'tip', 'tips', 'tipped', 'promised', 'promises', 'treated', 'treats']);
/** Verbs of receiving ("got fifty quid from a family"). */
const RECEIVE = new Set(['had', 'bagged', 'scored', 'blagged', 'got', 'get', 'gets', 'getting', 'received', 'receive', 'receiving', 'accepted', 'accept', 'accepting', 'took', 'pocketed', 'kept', 'keep', 'given']);
/** Money, by name or amount. */
const CASH = new Set(['£', 'cash', 'money', 'quid', 'tenner', 'tenners', 'fiver', 'fivers', 'twenty', 'fifty', 'hundred', 'grand', 'notes', 'cheque', 'wad', 'envelope', 'pounds', 'score', 'monkey', 'pony', 'bonus', 'kickback', 'kickbacks', 'commission', 'backhander', 'cut', 'finders']);
/** Valuables and favours worth more than a thank-you ("his holiday cottage", "a bottle of perfume"). */
const VALUABLES = new Set([
  'cottage', 'caravan', 'villa', 'flat', 'apartment', 'house', 'car', 'van', 'holiday', 'holidays', 'tickets', 'ticket', 'watch', 'necklace', 'bracelet', 'ring',
  'earrings', 'jewellery', 'perfume', 'aftershave', 'handbag', 'iphone', 'ipad', 'laptop', 'tv', 'telly', 'bike', 'voucher', 'vouchers', 'champagne', 'whisky',
  'whiskey', 'spa', 'designer', 'boat', 'lodge', 'timeshare',
  // Treats booked or bought for the registrant (third pass).
  'massage', 'facial', 'manicure', 'pedicure', 'hamper', 'makeover',
  // Drinks by the bottle and hampers (fourth pass: "Got a bottle of Baileys off one of my patients").
  'hampers', 'bottle', 'bottles', 'baileys', 'prosecco', 'gin', 'wine', 'rolex', 'pandora',
  // Sixth pass: spirits by kind, and passes to events ("his spare snooker tickets", "backstage passes").
  'malt', 'scotch', 'bourbon', 'brandy', 'cognac', 'vodka', 'rum', 'passes', 'backstage', 'static',
]);
/** Selling to someone: "selling my Avon to the residents". */
const SELL = new Set(['renting', 'rent', 'rents', 'rented', 'sell', 'sells', 'selling', 'sold', 'flog', 'flogs', 'flogging', 'flogged', 'punting', 'pushing', 'peddling', 'touting', 'pitch', 'pitched', 'pitching', 'hawking', 'hawked', 'plug', 'plugged', 'plugging']);
const VALUE_CUES = defineLexicon('boundaries/value-cues', [...CASH, ...VALUABLES, ...SELL, 'in his/her/their will', 'buy', 'buys', 'bought', 'buying', 'order', 'ordered', 'ordering', 'orders', 'purchase', 'purchased', 'off', 'discount', 'discounts', 'discounted', 'freebies', 'freebie', 'perks', 'perk', 'business', 'businesses', 'company', 'hustle', 'salon', 'venture', 'startup', 'etsy', 'stall', 'firm', 'agency', 'franchise', 'mlm', 'downline'].join('\n'));

/** Acts found by co-occurrence rather than listed phrasing: something of value given to or taken by the registrant. */
/** Where the thing given or received may be: up to eight words on, within the sentence (worked out only for a verb that needs it). */
function actEnd(t: TextAnalysis, i: number): number {
  return Math.min(t.sentenceOf(i).t1, i + 9);
}

function valueActs(t: TextAnalysis): Hit[] {
  const out: Hit[] = [];
  const n = t.tokens.length;
  for (let i = 0; i < n; i++) {
    const k = t.key(i);
    // "let me have/use/borrow ...", not "let me know".
    if (GIVE.has(k) && (t.key(i + 1) === 'me' || t.key(i + 1) === 'us') && (!k.startsWith('let') || LET_USE.has(t.key(i + 2)))) {
      const v = valueIn(t, i + 2, actEnd(t, i));
      if (v) out.push(synthetic(i, v.at + 1, 'given something of value', v.kind, GAIN));
    } else if (RECEIVE.has(k)) {
      const v = valueIn(t, i + 1, actEnd(t, i));
      if (!v) continue;
      // "Got given a Pandora bracelet by a client's mum": the giver after "by" only in the passive of giving (sixth pass).
      const from = t.findKey(v.at + 1, Math.min(t.sentenceOf(i).t1, v.at + 7), k === 'given' || t.key(i + 1) === 'given' ? BY : FROM);
      if (from >= 0) out.push(synthetic(i, from + 1, 'received something of value', v.kind, GAIN));
      // "Took a client's mum's Glastonbury tickets": the owner named between the verb and the thing (sixth pass).
      else if (t.key(i + 1) !== 'my' && possessed(t, i + 1, v.at)) out.push(synthetic(i, v.at + 1, 'received something of value', v.kind, GAIN));
    } else if (BRING.has(k) && !GIVERS_NOT.has(t.key(i - 1)) && t.key(i + 1) !== 'me' && t.key(i + 1) !== 'us') {
      // "his wife brought a bottle of Glenfiddich in at discharge": something of value brought for the registrant by someone else
      // (the service user or relative must still be found near it; not "I brought a cake in") (sixth pass).
      const v = valueIn(t, i + 1, Math.min(actEnd(t, i), i + 5));
      // "brought a hamper for the whole ward": a thank-you to the team, not to the registrant.
      if (v && !forTeam(t, v.at + 1, t.sentenceOf(i).t1)) out.push(synthetic(i, v.at + 1, 'brought something of value', v.kind, GAIN));
    } else if (k === 'will' && t.key(i - 2) === 'in' && OWNERS.has(t.key(i - 1))) {
      // "left me five grand in her will", "he's leaving me his static caravan in his will" (sixth pass).
      const s0 = Math.max(t.sentenceOf(i).t0, i - 12);
      const v = t.findKey(s0, i, LEAVE);
      if (v >= 0 && t.findKey(v + 1, i, MINE) >= 0) out.push(synthetic(v, i + 1, 'a legacy', 'money', GAIN));
    } else if (k === 'courtesy' && t.key(i + 1) === 'of') {
      // "A week in a villa in the Algarve, courtesy of a very grateful family" (sixth pass).
      const v = valueIn(t, Math.max(t.sentenceOf(i).t0, i - 10), i);
      if (v) out.push(synthetic(v.at, i + 2, 'given something of value', v.kind, GAIN));
    } else if (k === 'off' && knockedOff(t, i)) {
      // "he's knocked a grand off because I'm his OT": money off the price for the registrant.
      out.push(synthetic(i - 3, i + 1, 'a discount received', 'favour', GAIN));
    } else if ((k === 'off' && /^\d{1,3}$/.test(t.key(i - 1))) || DISCOUNT.has(k)) {
      // "Getting 20% off at the salon my client owns", "he gives me a discount": a discount the registrant receives.
      const a = Math.max(t.clauseStart(i), i - 5);
      if (t.findKey(a, i, GETS) >= 0) out.push(synthetic(a, i + 1, 'a discount received', 'favour', GAIN));
    } else if (k === 'my' || (k.endsWith("'s") && FAMILY_OWNER.has(k.slice(0, -2)) && t.key(i - 1) === 'my')) {
      // "my side business", "my wife's cleaning business", "my lash company": a business of the registrant's (or family's) near service users.
      for (let j = i + 1; j < Math.min(t.tokens.length, i + 4); j++) {
        if (BUSINESS.has(t.key(j)) && !NOT_BUSINESS.has(t.key(j + 1))) {
          out.push(synthetic(i, j + 1, 'the registrant\'s business', 'sell', GAIN));
          break;
        }
      }
    } else if (BUY.has(k) && !(t.key(i + 1) === 'me' || t.key(i + 1) === 'us')) {
      // "Asked my client if she wanted to buy some of my Avon", "she bought my old car": buying from the registrant.
      const mine = t.findKey(i + 1, Math.min(t.sentenceOf(i).t1, i + 7), OWNED);
      if (mine >= 0 && !PEOPLE_AFTER.has(t.key(mine + 1))) out.push(synthetic(i, mine + 2, 'buying from the registrant', 'sell', GAIN));
    } else if (SELL.has(k)) {
      // The registrant sells ("Selling my Avon to ...", "I've been selling ..."), not someone else ("her husband sold his car to ...").
      if (!ownSelling(t, i)) continue;
      const to = t.findKey(i + 1, Math.min(t.sentenceOf(i).t1, i + 9), TO);
      // "Selling raffle tickets ... to the patients": a small collection, to review.
      if (to >= 0) out.push(synthetic(i, to + 1, 'selling to', t.findKey(i + 1, to, RAFFLE) >= 0 ? 'small' : 'sell', GAIN));
    }
  }
  return out;
}
const FROM = new Set(['from', 'off']);
const BY = new Set(['by']);
/** "in her will", "in his will": a legacy (sixth pass). */
const LEAVE = new Set(['left', 'leave', 'leaves', 'leaving', 'leavin', 'puttin', 'put', 'putting', 'puts', 'remembered', 'written', 'wrote', 'writing']);
const OWNERS = new Set(['his', 'her', 'their']);
const BRING = new Set(['brought', 'brings', 'bringing']);
const TEAM = new Set(['team', 'teams', 'ward', 'wards', 'staff', 'department', 'unit', 'everyone', 'nurses', 'office', 'clinic', 'all', 'us', 'crew', 'station']);
function forTeam(t: TextAnalysis, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if ((t.key(j) === 'for' || t.key(j) === 'to') && t.findKey(j + 1, Math.min(b, j + 4), TEAM) >= 0) return true;
  return false;
}
const GIVERS_NOT = new Set(['i', 'we', "i've", 'ive', "we've", 'me', 'us', 'you', 'just', 'also', 'always', 'even']);
/** Verbs of taking money off a price ("knocked a grand off", "took fifty quid off"). */
const KNOCK = new Set(['knocked', 'knocks', 'knock', 'knocking', 'took', 'takes', 'taking', 'taken']);
function knockedOff(t: TextAnalysis, i: number): boolean {
  const a = Math.max(t.clauseStart(i), i - 4);
  for (let j = i - 1; j > a; j--) if (CASH.has(t.key(j)) || /^£\d/.test(t.key(j)) || /^\d+%?$/.test(t.key(j))) return t.findKey(a, j, KNOCK) >= 0;
  return false;
}
const BUY = new Set(['buy', 'buys', 'bought', 'buying', 'order', 'ordered', 'ordering', 'orders', 'purchase', 'purchased']);
const OWNED = new Set(['my', 'our']);
/** "bought my patient a card": the registrant's own people, not goods. */
const PEOPLE_AFTER = new Set(['patient', 'patients', 'client', 'clients', 'mum', 'dad', 'wife', 'husband', 'kids', 'son', 'daughter', 'team', 'colleagues', 'family', 'partner', 'friend', 'friends', 'lunch', 'dinner', 'coffee', 'tea', 'breakfast', 'shopping', 'groceries', 'ticket', 'tickets', 'train', 'bus']);
const DISCOUNT = new Set(['discount', 'discounts', 'discounted', 'freebies', 'freebie', 'perks', 'perk']);
const GETS = new Set(['get', 'gets', 'got', 'getting', 'given', 'gives', 'gave', 'giving', 'me', 'us', 'offered', 'offers', 'bagged', 'scored', 'blagged']);
const FAMILY_OWNER = new Set(['wife', 'husband', 'partner', 'mum', 'mam', 'dad', 'sister', 'brother', 'son', 'daughter', 'mate', 'friend', 'cousin', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'auntie', 'uncle', 'bestie']);
/** A business ("my side business", "my wife's salon"); a private practice or clinic is not in it: that is professional work. */
const BUSINESS = new Set(['business', 'businesses', 'company', 'hustle', 'salon', 'venture', 'startup', 'etsy', 'stall', 'firm', 'agency', 'franchise', 'mlm', 'downline']);
/** "my business card", "my business partner": the words after that make it something else. */
const NOT_BUSINESS = new Set(['card', 'cards', 'partner', 'hours', 'studies', 'degree', 'plan', 'account', 'email', 'number', 'phone', 'line', 'mobile', 'address', 'school', 'course', 'manager', 'meeting', 'trip']);

function ownSelling(t: TextAnalysis, i: number): boolean {
  const a = t.clauseStart(i);
  for (let j = i - 1; j >= a; j--) {
    const k = t.key(j);
    if (k === 'i' || k === "i'm" || k === 'im' || k === "i've" || k === 'ive' || k === 'we' || k === "we're" || k === "we've" || k === 'so' || k === 'and' || k === 'then') return true;
    // "no rule against me selling Avon", "💸 sold three pairs to patients": "me" as the seller, an emoji ending what came before (sixth pass).
    if (k === 'me' || EMOJI.test(k)) return true;
    if (!SELLER.has(k)) return false;
  }
  return true;
}
const EMOJI = /^\p{Extended_Pictographic}/u;
/** Words that can come before the registrant's own selling in its clause. */
const SELLER = new Set(['i', "i'm", 'im', "i've", 'ive', 'we', "we're", "we've", 'been', 'am', 'was', 'have', 'started', 'starting', 'also', 'now', 'just', 'still', 'even', 'always', 'currently', 'and', 'so', 'been', 'keep', 'kept', 'literally', 'basically', 'casually', 'cheekily', 'quietly']);
const TO = new Set(['to']);
const RAFFLE = new Set(['raffle', 'raffles', 'tombola', 'sweepstake']);
function ownRaffle(t: TextAnalysis, h: Hit): boolean {
  if (t.key(h.t0) === 'sponsor' && t.key(h.t0 + 1) === 'me') return true;
  const a = Math.max(t.clauseStart(h.t0), h.t0 - 4);
  if (t.key(h.t0 - 1) === 'my' || t.key(h.t0 - 1) === 'our') return true;
  for (let j = a; j < h.t0; j++) if (SELL.has(t.key(j)) && ownSelling(t, j)) return true;
  return false;
}

/** Money or a valuable in tokens [a, b): "a twenty", "fifty quid", "£50", "his holiday cottage". */
function valueIn(t: TextAnalysis, a: number, b: number): { at: number; kind: string } | undefined {
  let found: { at: number; kind: string } | undefined;
  for (let j = a; j < b; j++) {
    const k = t.key(j);
    if (t.key(j - 1) === 'hospital' || t.key(j - 1) === 'name') continue; // "her hospital bracelet"
    // "gives me a cut" is money; "a cut on my hand" is not.
    if (k === 'cut' && (t.key(j - 1) !== 'a' || ['on', 'to', 'in', 'above', 'below'].includes(t.key(j + 1)))) continue;
    // "sends me voice notes" are messages; "a few notes", "£50 in notes" are money (fourth pass).
    if (k === 'notes' && !/^(?:bank|few|some|crisp|cash|in|£.*|\d+|twenty|fifty|tenner)$/.test(t.key(j - 1))) continue;
    if (CASH.has(k) || /^£\d/.test(k)) {
      // "a twenty" is money; "twenty minutes" is not.
      if ((k === 'twenty' || k === 'fifty' || k === 'hundred' || k === 'score') && !['quid', 'pounds', 'note', 'notes', '£', 'for', 'in', 'to', 'towards'].includes(t.key(j + 1)) && t.key(j - 1) !== 'a') continue;
      return { at: j, kind: 'money' }; // money outranks a gift named before it ("perfume and fifty quid")
    }
    if (VALUABLES.has(k) && !found) found = { at: j, kind: k === 'voucher' || k === 'vouchers' ? 'voucher' : FAVOURS.has(k) ? 'favour' : 'gift' };
  }
  return found;
}
/** Gifts worth more than a thank-you. */
const VALUABLE_GIFTS = new Set(['watch', 'rolex', 'bracelet', 'pandora', 'ring', 'earrings', 'jewellery', 'designer', 'handbag', 'iphone', 'ipad', 'laptop', 'tablet', 'tv', 'telly', 'car', 'holiday', 'tickets', 'ticket', 'bike', 'sofa', 'cottage', 'villa']);
/** An offer not yet taken up ("wants to do my hair for free ... tempting") is one to review, unless the post says it was taken. */
const OFFER = new Set(['offer', 'offered', 'offering', 'offers', 'wants', 'want', 'wanted', 'keen']);
const TAKEN = /\b(?:said yes|taking it|took it|accepted|booked|who am i to (?:say no|argue)|wearing it|kept it|all mine|on my wrist|it's mine)\b/;
const FAVOURS = new Set(['static', 'cottage', 'caravan', 'villa', 'flat', 'apartment', 'house', 'car', 'van', 'holiday', 'holidays', 'boat', 'lodge', 'timeshare']);

export const personalGainRule: Rule = {
  meta: {
    id: 'boundaries/personal-gain',
    concern: 'boundaries',
    topics: ['boundaries.personal-gain'],
    description: 'Money, valuables, gifts or favours from service users, and selling to, recruiting or steering them to paid work: using the position for personal gain.',
    severity: 'high',
  },
  check(_post, { text: t, ownAccounts }) {
    const extra = t.has(VALUE_CUES) ? valueActs(t) : [];
    const pairs = patientActs(
      t,
      GAIN,
      ownAccounts,
      (h) =>
        (h.entry.tag !== 'free' || t.findKey(t.sentenceOf(h.t0).t0, h.t0, MINE) >= 0) &&
        // "I'm in it" is a legacy only when a will is named (fourth pass).
        (!/^(?:i'm|im|i am|i've been put|ive been put) in /.test(h.entry.term) || /\b(?:new|her|his|their|the|a|patient's|client's) will\b/.test(t.norm)) &&
        // "charged the family £20": a charge is money only with money named in its sentence.
        ((h.entry.tag !== 'charge' && h.entry.tag !== 'lend') || moneyNamed(t, h)) &&
        // "because we charge for missed appointments", "the clinic charges a fee": the practice's published fees, not the registrant's gain (fifth pass).
        !(h.entry.tag === 'charge' && PRACTICE_SUBJECT.has(t.key(h.t0 - 1))) &&
        !CONTACT_DETAILS.has(t.key(h.t1)) &&
        (h.entry.tag !== 'sell' || !SELL.has(t.key(h.t0)) || ownSelling(t, h.t0)) &&
        // A raffle or a sponsorship is the registrant's only when they sell it or ask for it ("selling raffle tickets", "sponsor me",
        // "my raffle"), not a strip bought from a patient's church raffle.
        (h.entry.tag !== 'small' || ownRaffle(t, h)),
      false,
      extra,
    ).filter(
      ({ act }) =>
        !excused(t, act, act.entry.tag === 'gift' || act.entry.tag === 'voucher' || act.entry.tag === 'lend' || act.entry.tag === 'small' ? ['refuse', 'team'] : ['refuse'], false, act.entry.tag === 'sell' || act.entry.tag === 'small') &&
        // A raffle for the ward or a charity is fundraising, not gain.
        !(act.entry.tag === 'small' && passedOn(t.norm)) &&
        // "£20 from a patient's family - it's gone into the ward fund": passed on, not kept.
        !((act.entry.tag === 'money' || act.entry.tag === 'voucher') && passedOn(t.norm)),
    );
    if (pairs.length === 0) return [];
    // "gave me a £100 voucher": a voucher, not cash.
    const tagOf = (h: Hit): string => (h.entry.tag === 'money' && t.findKey(h.t1, Math.min(t.tokens.length, h.t1 + 3), VOUCHER) >= 0 ? 'voucher' : h.entry.tag);
    const kind = RANK.find((k) => pairs.some((p) => tagOf(p.act) === k)) ?? 'gift';
    // Fourth pass: favours and free work from service users, and gifts of real value ("a designer handbag", "tickets", "a Rolex"),
    // are as clear a use of the position as money (the labelling guide's delete level); small gifts stay for review.
    const valuable = kind === 'gift' && pairs.some((p) => tagOf(p.act) === 'gift' && t.findKey(p.act.t0, Math.min(t.tokens.length, p.act.t1 + 4), VALUABLE_GIFTS) >= 0);
    const offered = pairs.every((p) => t.findKey(t.sentenceOf(p.act.t0).t0, p.act.t1, OFFER) >= 0) && !TAKEN.test(t.norm);
    const serious = (kind === 'money' || kind === 'sell' || kind === 'charge' || kind === 'lend' || kind === 'favour' || kind === 'free' || valuable) && !(offered && (kind === 'favour' || kind === 'free' || kind === 'gift'));
    const evidence: Evidence[] = tidy([t.hitSpan(pairs[0]!.patient), ...pairs.slice(0, 3).map((p) => t.hitSpan(p.act))]);
    return [
      {
        topic: 'boundaries.personal-gain',
        severity: serious ? 'high' : 'medium',
        confidence: serious ? 0.8 : 0.6,
        message: `Describes ${WHAT[kind]} a service user (${q(evidence[0]!)} … ${q(evidence[evidence.length - 1]!)}). Using your professional position for personal or financial gain breaches professional boundaries.`,
        evidence,
      },
    ];
  },
};
