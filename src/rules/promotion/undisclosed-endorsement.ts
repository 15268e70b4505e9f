import type { Rule } from '../types.js';
import type { Hit } from '../text/index.js';
import type { TextAnalysis } from '../text/index.js';
import { BREAK, CLAUSE, EMOJI, HASHTAG, MENTION, defineLexicon, loadLexicon, q, tidy } from '../text/index.js';

export const COMMERCIAL = loadLexicon(new URL('./commercial.txt', import.meta.url));

const AD_TAGS = new Set(['ad', 'ads', 'advert', 'advertisement', 'sponsored', 'spon', 'paidpartnership', 'paidad', 'affiliate', 'affiliatelink']);
const GIFT_TAGS = new Set(['gifted', 'prgift', 'prpackage', 'collab', 'ambassador', 'brandambassador', 'partner']);

/** Words around a discount code ("use X at checkout", "20% off with X"). */
const CODE_CUES = defineLexicon('promotion/code-cues', 'use\nwith\ncheckout\noff\ncode\nenter\napply');
const CODE = /\b[A-Z][A-Z]*[A-Z0-9]*[0-9]{1,3}\b/g;

/** A code as written in capitals with digits ("SAMPHYSIO15") after "use"/"with"/"code", or before "at checkout". */
function discountCode(t: TextAnalysis): Hit | undefined {
  // "code MAXROLL": a word in capitals right after "code" is a discount code too (not "code RED", a clinical code).
  for (let i = 1; i < t.tokens.length && t.norm.includes('code'); i++) {
    if (t.key(i - 1) !== 'code' || CLINICAL_CODE.has(t.key(i)) || t.key(i).length < 4) continue;
    const w = t.original(i);
    if (/^[A-Z][A-Z0-9]{3,}$/.test(w)) return { entry: { term: w, tag: 'strong', fields: [], lexicon: COMMERCIAL }, t0: i, t1: i + 1 };
  }
  if (t.digits === 0) return undefined;
  CODE.lastIndex = 0;
  for (let m = CODE.exec(t.text); m; m = CODE.exec(t.text)) {
    if (m[0].length < 5 || /^(?:NHS|COVID|MK|PS|COVID19|BA\d|M\d)/.test(m[0])) continue;
    const i = t.tokenAt(m.index);
    if (i < 0) continue;
    const before = t.key(i - 1);
    const after = t.key(i + 1);
    if (before === 'use' || before === 'with' || before === 'code' || before === 'enter' || after === 'at' || after === 'for') {
      return { entry: { term: m[0], tag: 'strong', fields: [], lexicon: COMMERCIAL }, t0: i, t1: i + 1 };
    }
  }
  return undefined;
}

/** "15% off with PHYSIOJO", "10% off using SAMRUNS": a word in capitals after a discount, with no digits in it. */
function capsAfterDiscount(t: TextAnalysis): Hit | undefined {
  for (let i = 2; i < t.tokens.length; i++) {
    const b = t.key(i - 1);
    if ((b !== 'with' && b !== 'using' && b !== 'use') || t.key(i - 2) !== 'off') continue;
    const w = t.original(i);
    if (/^[A-Z][A-Z0-9]{4,}$/.test(w) && !/^(?:NHS|COVID)/.test(w)) return { entry: { term: w, tag: 'strong', fields: [], lexicon: COMMERCIAL }, t0: i, t1: i + 1 };
  }
  return undefined;
}

/** Terms of a gift received (sent, gifted, a PR parcel, free goods): an opening "Gifted" label discloses these. */
const GIFT_TERM = /\b(?:sent|send|sends|gift|gifted|gifts|pr|package|packages|parcel|haul|kindly|free|freebie|freebies|goodies|hamper|box|boxes|courtesy|complimentary)\b/;
/** Role nouns after "link" ("my link lecturer", "our link worker"): a liaison role, not a shopping link. */
const LINK_ROLES = new Set(['lecturer', 'lecturers', 'tutor', 'tutors', 'worker', 'workers', 'nurse', 'nurses', 'teacher', 'teachers', 'person', 'practitioner', 'educator', 'supervisor']);
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their']);
const KIN = new Set(['sister', 'brother', 'mum', 'mam', 'mom', 'mother', 'dad', 'father', 'nan', 'nana', 'gran', 'grandma', 'grandad', 'partner', 'husband', 'wife', 'friend', 'friends', 'mate', 'mates',
  'bestie', 'kids', 'son', 'daughter', 'aunt', 'auntie', 'uncle', 'cousin', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'in-laws', 'family', 'neighbour', 'colleagues', 'team']);
const DENIALS = new Set(['no', 'nope', 'nah', 'never', 'not']);
/** Free things that are events or services, not goods ("thanks @ClubCoach for the free talk"). */
const FREE_EVENTS = new Set(['talk', 'talks', 'event', 'events', 'session', 'sessions', 'webinar', 'webinars', 'class', 'classes', 'workshop', 'workshops', 'lecture', 'seminar', 'advice', 'entry', 'parking', 'course', 'training', 'tickets', 'ticket', 'cpd', 'place', 'places', 'screening', 'check', 'checks']);

const TAG_CUES = defineLexicon('promotion/gift-tag-cues', [...GIFT_TAGS].join('\n'));
const NOBODY = new Set(['nobody', 'noone', 'none', 'no-one']);
/** Goods a shopping link sells (sixth pass): things bought, not topics ("protein" alone is a nutrient, "protein powder" goods). */
const GOODS = defineLexicon(
  'promotion/goods',
  'powder/powders\nspray/sprays\nsocks\nmassage gun/guns\ngun\nshoes/trainers/leggings/slides/clogs\nprotein bars/shakes\nshake/shakes\nfoam roller/rollers\nroller\ninsoles\ngummies/capsules\nsupplement/supplements\nbalm/serum/cream\nkinesiology/kinesio/k tape\nknee/ankle/wrist/back brace/support/sleeve',
);
/** Words after "code" that make it a clinical or emergency code. */
const CLINICAL_CODE = new Set(['red', 'blue', 'black', 'green', 'yellow', 'amber', 'purple', 'orange', 'pink', 'white', 'brown', 'grey', 'silver', 'gold', 'stroke', 'sepsis', 'arrest', 'call', 'team',
  'stemi', 'trauma', 'crash', 'major', 'cardiac', 'obstetric', 'neonatal', 'fire', 'bomb', 'bronze', 'mhp', 'status', 'word', 'words']);

const EVERY_PATIENT = /\b(?:(?:all|every one of) (?:my|our) (?:[a-z-]+ )?(?:patients|clients)|every (?:[a-z-]+ )?(?:patient|client)) (?:should|need to|needs to|must) (?:have|get|buy|wear|use|try|own)\b/g;

export const undisclosedEndorsementRule: Rule = {
  meta: {
    id: 'promotion/undisclosed-endorsement',
    concern: 'promotion',
    topics: ['promotion.undisclosed-endorsement'],
    description: 'Paid, gifted or affiliate endorsements ("use my code", "gifted", "affiliate link") without a clear #ad or "paid partnership" label.',
    severity: 'medium',
  },
  check(post, { text: t }) {
    const coded = t.has(CODE_CUES) ? discountCode(t) ?? (t.norm.includes('off ') ? capsAfterDiscount(t) : undefined) : undefined;
    // An @brand named in the post; not the @handles a reply opens with, which are whom it answers. A post that opens
    // with a handle names it ("@glowgut sent me their new probiotic").
    let lead = 0;
    if (post.kind === 'reply') while (lead < t.tokens.length && t.tokens[lead]!.flags & MENTION) lead++;
    const brandAt = (i: number): boolean => i >= lead && i < t.tokens.length && (t.tokens[i]!.flags & MENTION) !== 0;
    // "Thanks @ScrubsCoUK for the free scrubs", "free protein from @FuelFast": free goods beside a brand's handle.
    let freeFromBrand: Hit | undefined;
    if (t.flags & MENTION && t.norm.includes('free')) {
      for (let i = 0; i < t.tokens.length && !freeFromBrand; i++) {
        if ((t.key(i) !== 'free' && t.key(i) !== 'freebie' && t.key(i) !== 'freebies') || FREE_EVENTS.has(t.key(i + 1))) continue;
        const sn = t.tokens[i]!.sn;
        for (let d = -5; d <= 5; d++) if (d !== 0 && brandAt(i + d) && t.tokens[i + d]!.sn === sn) { freeFromBrand = { entry: { term: 'free', tag: 'weak', fields: [], lexicon: COMMERCIAL }, t0: i, t1: i + 1 }; break; }
      }
    }
    // Sixth pass (speed): a hashtag matters only as a gift or partner label ("#gifted", "#collab"); "#ad" alone discloses
    // nothing to flag. So a post with hashtags but none of those words, and no other sign, stops here.
    if (!t.has(COMMERCIAL) && !(t.flags & HASHTAG && t.has(TAG_CUES)) && !coded && !freeFromBrand) return [];
    // "It needs no discount code", "never been sent anything": a negated sign is none; and "this post isn't sponsored" discloses nothing.
    // "Discount code? Nope.": a sign asked about and denied in the next sentence is none.
    // Sixth pass: asked indirectly ("patients ask if i get commission on the insoles. no i dont") and denied the same way.
    const denied = (i: number): boolean => {
      const s = t.sentenceOf(i);
      if (!(s.t1 < t.tokens.length && DENIALS.has(t.key(s.t1)))) return false;
      return s.question || /\b(?:ask|asks|asked|asking|wonder|wonders|wondering|wondered)\s+(?:me\s+)?(?:if|whether)\b/.test(t.norm.slice(t.tokens[s.t0]!.s, t.tokens[i]!.s));
    };
    // "with my link lecturer": a liaison role, not a shopping link.
    // "gift from my sister": a present from family or friends, not a brand's.
    const fromKin = (h: Hit): boolean => (t.key(h.t1 - 1) === 'from' || t.key(h.t1 - 1) === 'by') && POSSESSIVES.has(t.key(h.t1)) && KIN.has(t.key(h.t1 + 1));
    const hits = t.hits(COMMERCIAL).filter((h) => !t.negated(h.t0) && !denied(h.t0) && !fromKin(h) && !(t.key(h.t1 - 1) === 'link' && LINK_ROLES.has(t.key(h.t1))));
    if (freeFromBrand && !t.negated(freeFromBrand.t0)) hits.push(freeFromBrand);
    // Hashtags are tokens too: "#gifted" is a commercial sign, "#ad" a disclosure.
    const tagged: Hit[] = [];
    const giftLabels: Hit[] = [];
    let disclosed = post.hashtags.some((h) => AD_TAGS.has(h.toLowerCase()));
    for (let i = 0; i < t.tokens.length; i++) {
      const tok = t.tokens[i]!;
      const k = tok.alt ?? tok.k;
      if (tok.flags & HASHTAG) {
        if (AD_TAGS.has(k)) disclosed = true;
        // "#gifted" labels the gift itself: a tie only with a push beside it ("everyone needs this"), not on its own.
        if (GIFT_TAGS.has(k)) (k === 'gifted' ? giftLabels : tagged).push({ entry: { term: k, tag: k === 'gifted' ? 'weak' : 'strong', fields: [], lexicon: COMMERCIAL }, t0: i, t1: tok.alt ? tok.altEnd : i + 1 });
      } else if (tok.k === 'ad' && (i === 0 || i === t.tokens.length - 1 || /[[(|:]\s*$/.test(t.norm.slice(Math.max(0, tok.s - 2), tok.s)) || /^\s*[:|\])]/.test(t.norm.slice(tok.e, tok.e + 2)))) {
        disclosed = true; // "AD | ...", "(ad)", "... ad" at the very end
      }
    }
    // "Use SAMPHYSIO15 at checkout", "20% off with PHYSIOJO20": a personal discount code is a commercial tie.
    if (coded) tagged.push(coded);
    if (hits.length === 0 && tagged.length === 0 && giftLabels.length === 0) return [];
    // Sixth pass: "Sponsored by nobody, I just love this brand": a disclosure word denied by what follows discloses nothing.
    const deniedAfter = (h: Hit): boolean => (t.key(h.t1) === 'by' && NOBODY.has(t.key(h.t1 + 1))) || (NOBODY.has(t.key(h.t1)) && t.tokens[h.t1]!.sn === t.tokens[h.t0]!.sn);
    if (disclosed || hits.some((h) => h.entry.tag === 'disclosure' && !deniedAfter(h))) return [];
    // "Gifted, not paid: @brand sent me ...", "#gifted @brand sent me a massage gun": a post that opens by labelling the
    // gift has disclosed it; the gift's own signs no longer count (a push or a code still does).
    let first = 0;
    while (first < t.tokens.length && t.tokens[first]!.flags & (MENTION | EMOJI)) first++;
    // A label, not the verb of "Gifted this gorgeous stethoscope by @brand": "#gifted", "Gifted:", "Gifted #gifted", or with "not paid".
    const opensGifted = first < t.tokens.length && (t.tokens[first]!.alt ?? t.key(first)) === 'gifted'
      && ((t.tokens[first]!.flags & HASHTAG) !== 0 || first + 1 >= t.tokens.length || (t.tokens[first + 1]!.flags & (BREAK | CLAUSE | HASHTAG)) !== 0 || /\bnot paid\b/.test(t.norm));
    if (opensGifted) {
      const gift = (h: Hit): boolean => GIFT_TERM.test(h.entry.term) || h.t0 === first;
      for (let i = hits.length - 1; i >= 0; i--) if (gift(hits[i]!)) hits.splice(i, 1);
      for (let i = tagged.length - 1; i >= 0; i--) if (gift(tagged[i]!)) tagged.splice(i, 1);
      giftLabels.length = 0;
    }
    // "Use code RED", "code blue on ward 7": a clinical code, not a discount code.
    // "the self-referral link", "the NHS referral form": a route into care, not a referral scheme.
    const isSign = (h: Hit): boolean => !(h.entry.term.includes('code') && CLINICAL_CODE.has(t.key(h.t1))) && !(t.key(h.t0) === 'referral' && (t.key(h.t0 - 1) === 'self' || t.key(h.t0 - 1) === 'nhs' || t.key(h.t0 - 1) === 'gp'));
    // "Discount code for NHS staff at the cinema": a discount for staff or the public, not the poster's own tie.
    const publicOffer = hits.some((h) => h.entry.tag === 'public');
    const strong = [...hits.filter((h) => h.entry.tag === 'strong' && isSign(h) && !(publicOffer && h.entry.term.includes('code'))), ...tagged];
    // Overlapping weak signs are one sign ("They sent me a rota change": "they sent me" and "sent me a").
    const weak: Hit[] = [];
    // A bare "gifted" is a label only where it stands as one ("Gifted 🎁 but ...", "... gifted."), not a verb ("Trump gifted the 1% ...").
    const label = (h: Hit): boolean => h.entry.term !== 'gifted' || h.t0 === t.sentenceOf(h.t0).t0 || h.t1 >= t.tokens.length || (t.tokens[h.t1]!.flags & (BREAK | CLAUSE | EMOJI)) !== 0;
    for (const h of [...hits.filter((x) => x.entry.tag === 'weak' && label(x)), ...giftLabels].sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1)) {
      if (!weak.some((w) => h.t0 < w.t1 && w.t0 < h.t1)) weak.push(h);
    }
    // "all my post-op patients should wear them": a product pushed to patients, a weak sign of a tie.
    EVERY_PATIENT.lastIndex = 0;
    const every = EVERY_PATIENT.exec(t.norm);
    if (every) {
      const i = t.tokens.findIndex((tok) => tok.s >= every.index);
      if (i >= 0) weak.push({ entry: { term: every[0], tag: 'weak', fields: [], lexicon: COMMERCIAL }, t0: i, t1: Math.min(t.tokens.length, i + every[0].split(/\s+/).length) });
    }
    // Sixth pass: a shopping link beside goods ("the collagen powder is amazing, link in my bio", "Love these compression socks,
    // my link's below"): the goods make the link a seller's, a second weak sign.
    if (t.has(GOODS) && weak.some((w) => /\blink|swipe/.test(w.entry.term))) {
      const g = t.hits(GOODS).find((h) => !t.negated(h.t0));
      if (g && !weak.some((w) => g.t0 < w.t1 && w.t0 < g.t1)) weak.push(g);
    }
    const brand = t.tokens.some((_tok, i) => brandAt(i));
    // Free goods beside a handle already name that brand: they need a second sign ("Thanks @X for the free scrubs, obsessed").
    const brandBacked = brand && weak.some((w) => w !== freeFromBrand);
    if (strong.length === 0 && !(weak.length >= 2 || (weak.length >= 1 && brandBacked))) return [];
    // The strong signs first, then the weak ones that back them up ("they sent me 3 pairs ... use code SAM10").
    const shown = [...strong, ...weak];
    const evidence = tidy(shown.slice(0, 3).map((h) => t.span(h.t0, h.t1)));
    return [
      {
        topic: 'promotion.undisclosed-endorsement',
        severity: 'medium',
        confidence: strong.length ? 0.75 : 0.5,
        message: `Looks like a paid or gifted endorsement (${evidence.map(q).join(', ')}) with no "#ad" or "paid partnership" label. Followers should be able to tell when you are paid to promote something.`,
        evidence,
      },
    ];
  },
};
