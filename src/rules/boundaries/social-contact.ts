import type { Rule, RuleFinding } from '../types.js';
import { loadLexicon, q, tidy } from '../text/index.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { ENCOUNTER, askedOfCaseload, careRefs, excused, former, patientActs } from './shared.js';
import { selling } from '../promotion/misleading-claims.js';

const CONTACT = loadLexicon(new URL('./contact.txt', import.meta.url));

const GIVES_NUMBER = /\b(my|personal)\b.*\b(number|mobile|phone)\b|\bnumbers\b/;
/** The registrant accepted what the service user started ("said yes", "accepted", "followed back"). */
const ACCEPTED = new Set(['accepted', 'accept', 'yes', 'back', 'obviously', 'course']);
/** Contact with many service users at once ("added all my patients"). */
const GOING = new Set(['going', 'go', 'went', 'been', 'attend', 'attending', 'attended', 'invited', 'invite', 'invites', 'inviting', 'coming', 'off', 'yes', 'agreed', 'accepted', 'meeting', 'met', 'helping', 'helped', 'help', 'popped', 'nipped', 'visiting', 'visited', 'visit', 'see', 'seeing', 'saw', 'had', 'having', 'grabbed', 'grab', 'grabbing', 'taking', 'took', 'take', 'ended']);
/** Words before "do" that make it a party ("a do", "her leaving do", "their 50th do"). */
const EVENT_LEAD = new Set(['a', 'the', 'his', 'her', 'their', 'my', 'our', 'your', 'leaving', 'retirement', 'christmas', 'birthday', 'engagement', 'family', 'big', 'little', 'works', "son's", "daughter's", "mum's", "dad's"]);
/** After a social "... with": a pronoun or a service user within a few words ("shots with him", "a pint with three of my clients"). */
const TAKE = new Set(['took', 'take', 'taking', 'takes', 'brought', 'bring', 'bringing', 'brings', 'drove', 'drive', 'driving', 'drives']);
const COMPANY_FILLER = new Set(['a', 'an', 'the', 'my', 'our', 'one', 'two', 'three', 'four', 'five', 'six', 'few', 'some', 'of', 'couple', 'bunch', 'load', 'loads', 'lot', 'current', 'old', 'former', 'regular', 'favourite', 'lovely', 'new', 'all', 'both', 'several', 'ex']);
function withServiceUser(t: TextAnalysis, h: Hit, own: ReadonlySet<string>): boolean {
  if (/^(?:him|her|them|you)$/.test(t.key(h.t1))) return true;
  return careRefs(t, own, false).some((r) => {
    if (r.t0 < h.t1 || r.t0 > h.t1 + 5 || t.tokens[r.t0]!.sn !== t.tokens[h.t0]!.sn) return false;
    // Only words of number and ownership between ("three of my current clients"), and not "my client's social worker".
    for (let j = h.t1; j < r.t0; j++) if (!COMPANY_FILLER.has(t.key(j))) return false;
    return !(/'s$|s'$/.test(t.key(r.t1 - 1)) && /^(?:social|gp|consultant|doctor|nurse|physio|ot|keyworker|solicitor|advocate|care|case|team|therapist)$/.test(t.key(r.t1)));
  });
}
/**
 * The act is ceased ("Stopped lending my own phone to service users"), or a personal account is named only to say it is kept
 * from them ("My personal accounts are private", "without finding my personal profile") (sixth pass).
 */
const CEASED = new Set(['stopped', 'stop', 'quit', 'quitting', 'ceased', 'longer', 'without']);
const KEPT = new Set(['is', 'are', 'stay', 'stays', 'kept', 'remain', 'remains', 'set', 'locked', 'private', 'separate', 'to', 'always', 'very', 'strictly', 'totally', 'completely']);
const PRIVATE = new Set(['private', 'locked', 'separate', 'hidden', 'off-limits', 'personal']);
function keptAway(t: TextAnalysis, act: Hit): boolean {
  const c0 = Math.max(t.clauseStart(act.t0), act.t0 - 3);
  const own = OWN_ACCOUNT.test(act.entry.term);
  // "without" only keeps a personal account away ("without finding my personal profile"), not "can't go a day without texting her".
  for (let j = c0; j < act.t0; j++) if (CEASED.has(t.key(j)) && (t.key(j) !== 'longer' || t.key(j - 1) === 'no') && (own || t.key(j) !== 'without')) return true;
  if (!own) return false;
  for (let j = act.t1; j < Math.min(t.sentenceOf(act.t0).t1, act.t1 + 4) && KEPT.has(t.key(j)); j++) if (PRIVATE.has(t.key(j))) return true;
  return false;
}
/** The post says the reader was in the poster's care, or passes the service's channel over (encounter.txt tags `cared`, `bypass`). */
function caredFor(t: TextAnalysis): boolean {
  return t.has(ENCOUNTER) && t.hits(ENCOUNTER).some((h) => h.entry.tag === 'cared' || h.entry.tag === 'bypass');
}
/** "gave her my personal snap", "my clients have my personal WhatsApp", "30 service users on my personal snap". */
const HAVE = new Set(['have', 'has', 'got', "i've", 'ive', "they've", 'theyve']);
function handedOver(t: TextAnalysis, act: Hit): boolean {
  if (!/^(?:my|our) /.test(act.entry.term)) return false;
  const a = Math.max(t.sentenceOf(act.t0).t0, act.t0 - 3);
  if (t.findKey(a, act.t0, HAND_OVER) >= 0 || HAVE.has(t.key(act.t0 - 1))) return true;
  return t.key(act.t0 - 1) === 'on' && t.findKey(Math.max(t.sentenceOf(act.t0).t0, act.t0 - 9), act.t0, HAVE) >= 0;
}
/** Words that say the registrant went or goes: in the act's sentence or the next. */
const ATTEND = new Set(['went', 'been', 'ended', 'stayed', 'stay', 'came', 'tonight', 'obviously', 'always', 'doing', 'did', 'had', 'caved']);
const MAYBE = /\b(?:maybe|not sure|whether|think about it|thinking about|should i|would you)\b/;
/** Signs the service user is long discharged ("five years ago", "a former client"): a social tie then is one to review. */
const PAST_SOCIAL = /\b(?:former|ex-?(?:patient|client|service user)s?|case (?:closed|was closed)|(?:\d+|a|an|two|three|four|five|six|ten|few|many|several) (?:years?|yrs?|months?) (?:ago|since|later|on)|back in (?:19|20)\d\d|used to (?:be|treat|see|visit|work)|no longer (?:my|a)|any ?more|last (?:year|summer|spring|autumn|winter|christmas)|first job|as a student)\b/;
function attended(t: TextAnalysis, act: Hit): boolean {
  const sn = t.tokens[act.t0]!.sn;
  const a = t.sentences[sn]!.t0;
  const b = (t.sentences[sn + 1] ?? t.sentences[sn]!).t1;
  const said = t.norm.slice(t.tokens[a]!.s, t.tokens[b - 1]!.e);
  if (MAYBE.test(said)) return false;
  // "I've asked the widower from my caseload round for dinner": the registrant's own invitation.
  if (/\bi(?:'ve| have)? (?:asked|invited)\b/.test(said)) return true;
  for (let j = a; j < b; j++) {
    const k = t.key(j);
    if (ATTEND.has(k)) return true;
    // "going to the party", not "was going to walk".
    // "go to the party" opening a clause is advice to someone else.
    if (k === 'go' && t.clauseStart(j) === j) continue;
    if ((k === 'going' || k === 'go') && !(t.key(j + 1) === 'to' && !/^(?:the|a|an|his|her|their|my)$/.test(t.key(j + 2)))) return true;
  }
  return false;
}
/** The act sits in an "asked (me) if/whether I ..." clause: someone else's question to the poster. */
function askedIf(t: TextAnalysis, i: number): boolean {
  const s0 = t.sentenceOf(i).t0;
  for (let j = i - 1; j > s0 && j >= i - 8; j--) {
    if ((t.key(j) === 'if' || t.key(j) === 'whether') && (/^ask/.test(t.key(j - 1)) || (t.key(j - 1) === 'me' && /^ask/.test(t.key(j - 2))))) return true;
  }
  return false;
}
const MANY = new Set(['all', 'every', 'everyone', 'loads', 'lots', 'most', 'regular', 'regulars']);
/** Well-meant reasons for giving a number ("in case she needs anything"): still a boundary to review, less clear-cut. */
const IN_CASE = /\b(in case|just in case|if (?:she|he|they) (?:needs?|ever)|emergenc(?:y|ies)|lives alone)\b/;
/** Inviting further contact on a personal channel ("so she can text me"). */
const REACH_ME = /\b(text|message|ring|call|phone|whatsapp|dm|facetime|email|snapchat) me\b/;

/** Enquiry lines a business gives ("DM me", "message us", "call me"). */
const BUSINESS_INVITE = /^(?:dm|pm|inbox|message|text|call|ring|phone|email|drop) (?:me|us)\b|^(?:drop|send|slide) (?:me|us) a\b/;
const HAND_OVER = new Set(['gave', 'give', 'giving', 'gives', 'handed', 'passed', 'slipped', 'sent', 'shared', 'showed', 'told']);
const OWN_ACCOUNT = /^(?:my|our) (?:personal|private|own) /;
const PERSONAL = /\b(?:personal|private|own|home|mobile|whatsapp|snap(?:chat)?)\b/;

const RECORDS = new Set(['system', 'systems', 'notes', 'records', 'emis', 'systmone', 'rio', 'epr', 'spine', 'computer', 'database', 'list', 'board', 'ice', 'pacs']);

/** An organisation that owns or runs a group chat. */
const ORGANISATION = new Set(['practice', "practice's", 'clinic', "clinic's", 'trust', "trust's", 'service', "service's", 'team', "team's", 'department', 'surgery', "surgery's", 'hospital', "hospital's", 'reception', 'admin', 'official', 'nhs', 'charity', 'organisation', 'organization']);
/** "a group chat run by reception", "moderated by the team". */
const RUN_BY = new Set(['run', 'moderated', 'managed', 'monitored', 'official']);
/** Words that link a group chat to the people in it ("a group chat with/for my patients"). */
const GROUP_LINK = new Set(['with', 'for', 'of']);
/** A group chat named after service users ("our carers WhatsApp group") or shared with them ("with my rehab lot"); not "the ward WhatsApp". */
function groupOf(t: TextAnalysis, h: Hit, own: ReadonlySet<string>): boolean {
  // "Our practice runs a patient WhatsApp group for reminders", "the clinic's group chat": the organisation's channel, not a personal one.
  if (t.findKey(t.sentenceOf(h.t0).t0, h.t0, ORGANISATION) >= 0 || t.findKey(h.t1, Math.min(t.sentenceOf(h.t0).t1, h.t1 + 4), RUN_BY) >= 0) return false;
  const linked = GROUP_LINK.has(t.key(h.t1));
  const sn = t.tokens[h.t0]!.sn;
  return careRefs(t, own, false).some(
    (r) => t.tokens[r.t0]!.sn === sn && ((r.t1 === h.t0 || (r.t1 === h.t0 - 1 && t.key(r.t1) === 's')) || (linked && r.t0 > h.t1 && r.t0 <= h.t1 + 4)),
  );
}
/** Verbs of keeping people somewhere ("I've got loads of my clients on Facebook", "still have a few patients on insta"). */
const KEEP = new Set(['got', 'have', 'has', "i've", 'ive', "we've", 'keep', 'kept', 'keeping', 'still', 'added', 'add', 'adding']);
/** Service users right before "on Facebook", kept there by the poster. */
function keptOn(t: TextAnalysis, h: Hit, own: ReadonlySet<string>): boolean {
  if (!/^on /.test(h.entry.term)) return false;
  const sn = t.tokens[h.t0]!.sn;
  return careRefs(t, own, false).some((r) => r.t1 === h.t0 && t.tokens[r.t0]!.sn === sn && t.findKey(Math.max(t.sentenceOf(r.t0).t0, r.t0 - 6), r.t0, KEEP) >= 0);
}

/**
 * Fifth pass: a personal line offered with no service user named, where the post itself shows whom it is for: the clinic's own
 * channel passed over ("no need to go through the clinic, just text my own mobile", "DM me on my personal rather than ringing the
 * clinic", "my number's on the back of the appointment card ... outside clinic hours"), or the line offered round the clock with
 * a number or a personal account ("Text me any time on my own mobile, 07700 900417, evenings and weekends too", "my whatsapp is
 * 07700 900412, text me whenever your back plays up"). Not a business's booking line, not negated or refused.
 */
const CLINIC_PASSED = /\b(?:no need to|don't bother|dont bother|do not bother|rather than|instead of|outside(?: of)?|skip|bypass|forget|not through|never mind)\b(?: \S+){0,4}? (?:the |our |my )?(?:clinic|reception|practice|surgery|switchboard|office|department|ward|work|booking|appointment)s?\b/;
const ROUND_THE_CLOCK = /\b(?:any ?time|day or night|whenever|evenings? and weekends?|weekends too|24\/7|late at night|middle of the night)\b/;
const OWN_LINE = /\bmy (?:own |personal |private |home )?(?:number|mobile|phone|whatsapp|snap(?:chat)?|insta(?:gram)?|facebook|fb)\b|\bmy (?:own|personal|private)\b/;
const PERSONAL_WORD = /\b(?:own|personal|private|home)\b|\bwhatsapp\b/;
function personalLine(t: TextAnalysis, reply: boolean): RuleFinding | undefined {
  const said = t.norm;
  if (!OWN_LINE.test(said)) return undefined;
  const passed = CLINIC_PASSED.exec(said);
  // "no need to go through the clinic, just text my own mobile": the negation belongs to the channel passed over, not the offer.
  const cueInPassed = (i: number): boolean => {
    if (!passed) return false;
    for (let j = i - 1; j >= Math.max(t.sentenceOf(i).t0, i - 10); j--) if (t.isNegationCue(j)) return t.tokens[j]!.s >= passed.index && t.tokens[j]!.e <= passed.index + passed[0].length;
    return false;
  };
  const invites = t.hits(CONTACT).filter((h) => (h.entry.tag === 'invite' || (h.entry.tag === 'strong' && /^my /.test(h.entry.term)) || REACH_ME.test(h.entry.term)) && (!t.negated(h.t0) || cueInPassed(h.t0)));
  if (invites.length === 0) return undefined;
  const clock = ROUND_THE_CLOCK.test(said) && (PERSONAL_WORD.test(said) || (t.digits >= 10 && !selling(t))) && (t.digits >= 10 || reply);
  if (!passed && !clock) return undefined;
  // The personal account named leads the evidence ("my own phone" rather than "Ring me").
  const act = invites.find((h) => /^my /.test(h.entry.term)) ?? invites[0]!;
  if (!cueInPassed(act.t0) && excused(t, act, ['refuse'], false, true)) return undefined;
  // A business line ("text me to book, evenings and weekends available") is the promotion rules' matter.
  if (!passed && selling(t) && !PERSONAL_WORD.test(said)) return undefined;
  const evidence = tidy([t.hitSpan(act), ...invites.filter((h) => h !== act && (h.t1 <= act.t0 || h.t0 >= act.t1)).slice(0, 1).map((h) => t.hitSpan(h))]);
  return {
    topic: 'boundaries.contact',
    severity: 'high',
    confidence: passed ? 0.72 : 0.66,
    message: `Offers a personal line (${q(evidence[0]!)}) to whoever the post is for${passed ? ', in place of the clinic\'s own channel' : ', at any hour'}. Contact through personal channels rather than professional ones blurs professional boundaries.`,
    evidence,
  };
}

export const socialContactRule: Rule = {
  meta: {
    id: 'boundaries/social-contact',
    concern: 'boundaries',
    topics: ['boundaries.contact'],
    description: 'Adding, following, messaging or giving a personal number to service users or their carers through personal channels, or inviting them to personal accounts.',
    severity: 'medium',
  },
  check(_post, { text: t, ownAccounts }) {
    if (!t.has(CONTACT)) return [];
    // A personal account named as the act itself ("my private Instagram") is a channel for the acts around it too.
    // Not one kept away ("without finding my personal profile", "my personal accounts are private", sixth pass).
    const channels = t.hits(CONTACT).filter((h) => (h.entry.tag === 'channel' || (h.entry.tag === 'strong' && OWN_ACCOUNT.test(h.entry.term))) && !keptAway(t, h));
    const accept = (h: Hit): boolean => {
      // "looked him up on the system" is the record, not social media.
      if (/^look/.test(h.entry.term) && (t.key(h.t1) === 'on' || t.key(h.t1) === 'in') && RECORDS.has(t.key(h.t1 + 1) === 'the' ? t.key(h.t1 + 2) : t.key(h.t1 + 1))) return false;
      if (h.entry.tag === 'strong' || h.entry.tag === 'invite') return true;
      // "our carers WhatsApp group", "a group chat with my rehab lot": a group named after or shared with service users.
      if (h.entry.tag === 'group') return groupOf(t, h, ownAccounts);
      // "give frequent flyers your personal mobile": someone's own account handed over, not advice about it ("set your personal socials to private").
      if (h.entry.tag === 'yours') return t.findKey(Math.max(t.sentenceOf(h.t0).t0, h.t0 - 6), h.t0, HAND_OVER) >= 0;
      // "Gave the bloke in bed 6 my Snapchat": a personal account of the registrant's handed over.
      // "I've got loads of my old clients on Facebook": service users kept on a platform.
      if (h.entry.tag === 'channel') return (/^my /.test(h.entry.term) && t.findKey(Math.max(t.sentenceOf(h.t0).t0, h.t0 - 7), h.t0, HAND_OVER) >= 0) || keptOn(t, h, ownAccounts);
      // "going to my patient's 50th": a social event counts when the registrant goes or is invited.
      // "a do" is a party; "do you know ..." is not (fourth pass).
      if (h.entry.tag === 'social' && h.entry.term === 'do' && !EVENT_LEAD.has(t.key(h.t0 - 1))) return false;
      // "my service user's 18th" is a party; "on the 18th" is a date.
      if (h.entry.tag === 'social' && /^\d+(?:st|nd|rd|th)$/.test(h.entry.term) && (!/'s$|s'$|^(?:his|her|their)$/.test(t.key(h.t0 - 1)) || /^(?:birthday|party|do|bash|bday)$/.test(t.key(h.t1)))) return false;
      // "A kid on my caseload asked if I was coming to his birthday": only asked, unless the post says yes (fourth pass).
      if (h.entry.tag === 'social' && askedIf(t, h.t0) && !/\b(?:said yes|i'm going|im going|i went|obviously going|going anyway|agreed|accepted|can't wait)\b/.test(t.norm)) return false;
      // "quiz with the team", "shots with the girls": the people after "with" are the company, and must be the service user (fourth pass).
      if (h.entry.tag === 'social' && / with$/.test(h.entry.term) && !withServiceUser(t, h, ownAccounts)) return false;
      // "Taking my Thursday client to the football": an outing counts after a verb of taking or bringing in its clause.
      if (h.entry.tag === 'outing') {
        // The service user is whom they take: named between the verb and the outing (not "took the kids to the football").
        const v = t.findKey(Math.max(t.clauseStart(h.t0), h.t0 - 6), h.t0, TAKE);
        return v >= 0 && careRefs(t, ownAccounts, false).some((r) => r.t0 > v && r.t1 <= h.t0);
      }
      if (h.entry.tag === 'social') return /^(ended|end|ending|invit|popped|pop|went|go|nipped|we\b|she\b|he\b|they\b|is|are|now|friendship|friends|like|became|become|got|goes|comes|came|come|round|holiday|trip|weekend|day|gig|concert|festival|night|pub\b|quiz|shots|karaoke|bingo|darts|pool\b|bowling|a lift|train|work out|working out|workout|run\b|running|gym|stay|remain|kept|now my|had|having|have|sinking|sank|asked me to|asks me to|asking me to|invited me to|invites me to|inviting me to|play|join|on a|on the|lunch|brunch|dinner|back to|be\b|being\b|as\b|pint|coffee|drinks?\b|brew|beer|grab|drop|dropped|dropping|call|called|nip\b|popping)/.test(h.entry.term) || t.findKey(t.sentenceOf(h.t0).t0, h.t0, GOING) >= 0 || t.findKey(h.t1, t.sentenceOf(h.t0).t1, GOING) >= 0;
      // "call him", "follow her": only with a personal channel in the same sentence.
      const sn = t.tokens[h.t0]!.sn;
      return channels.some((c) => c !== h && t.tokens[c.t0]!.sn === sn && (c.t1 <= h.t0 || c.t0 >= h.t1));
    };
    const pairs = patientActs(t, CONTACT, ownAccounts, accept);
    // "my practice educator keeps inviting me round for wine nights": a social tie with a supervisee or educator, when no service
    // user is involved, is one to review (fifth pass).
    if (pairs.length === 0) {
      for (const p of patientActs(t, CONTACT, ownAccounts, (h) => h.entry.tag === 'social' && accept(h), true)) if (p.patient.entry.tag === 'supervisee') pairs.push(p);
    }
    const out: RuleFinding[] = [];
    const business = pairs.length > 0 && selling(t);
    // A personal number or account named elsewhere ("been texting her ... from my own phone") is shown too.
    const telling = pairs.find((p) => GIVES_NUMBER.test(p.act.entry.term) || OWN_ACCOUNT.test(p.act.entry.term))?.act;
    for (const { patient, act } of pairs) {
      // A channel is an act only when handed over ("gave him my Snapchat"): like giving a number, the registrant's own act.
      const number = GIVES_NUMBER.test(act.entry.term) || act.entry.tag === 'channel' || act.entry.tag === 'group' || act.entry.tag === 'yours';
      const invite = act.entry.tag === 'invite';
      // "a patient added me", "her husband follows me": their act. "Added my patients", "WhatsApp me", "told her to text me": ours.
      // A weak act followed by "me" ("her daughter messaged me") is theirs too (fourth pass).
      const towardsMe = (/\b(me|my)\b/.test(act.entry.term) || (act.entry.tag === 'weak' && t.key(act.t1) === 'me')) && patient.t1 <= act.t0 && t.key(act.t0 - 1) !== 'to' && act.t0 !== t.clauseStart(act.t0);
      // "DM me to book", "message me for prices" in a post selling a service is a business enquiry line, unless a personal account is named.
      // Not when the service user is one person in the poster's care ("I know I'm Josh's OT", "after his rehab"): no enquiry line (fifth pass).
      // Nor when the post says the reader was in the poster's care ("lovely working with your gran", "remember you and that knee") or
      // passes the service's own channel over ("don't bother with the clinic line", sixth pass).
      if (business && BUSINESS_INVITE.test(act.entry.term) && !PERSONAL.test(t.norm) && !askedOfCaseload(t, act.t0) && patient.entry.term !== 'someone in my care' && !caredFor(t)) continue;
      // A proper channel in the next sentence answers their request ("Patients ask for my number. The answer is the clinic line."), not our invitation.
      if (excused(t, act, ['refuse', 'channel'], towardsMe && !invite, true) || keptAway(t, act)) continue;
      // "Accepted a friend request from my patient's dad": their request, accepted (third pass).
      // "My client's daughter likes every photo on my Facebook": the service user, right before the verb, is its subject (fourth pass).
      const subject = patient.t1 === act.t0 && /(?:s|ed)$/.test(t.key(act.t0)) && !/^(?:my|his|her|their)$/.test(t.key(act.t0)) && act.entry.tag !== 'invite';
      const theirs = /^accept/.test(act.entry.term) || subject;
      // "found me on insta and I followed her back": the registrant returned the contact, so it is theirs as much as the service user's.
      // "I just accept them all", and "gave her my personal snap", "my clients have my personal WhatsApp", "I've got 30 service users on
      // my personal snap": the registrant's own account handed over or kept open to them (fourth pass).
      const returned = /\b(?:followed|follow|following|added|add|friended) (?:him |her |them )?back\b|\baccept(?:ed|ing)? them all\b|\b(?:gave|give|given) (?:it )?(?:her|him|them) (?:it|my)\b|\bgave it (?:her|him|them)\b/.test(t.norm) || handedOver(t, act);
      const ours = ((number || invite || !towardsMe || patient.entry.tag === 'you') && !theirs) || returned;
      const sent = t.sentenceOf(act.t0);
      const many = t.findKey(Math.max(sent.t0, patient.t0 - 3), patient.t1, MANY) >= 0 || askedOfCaseload(t, act.t0) || /\bwho (?:on|in|from) my (?:caseload|list|clinic)\b/.test(t.norm);
      const accepted = towardsMe && t.findKey(sent.t0, Math.min(t.tokens.length, sent.t1 + 8), ACCEPTED) >= 0;
      const past = former(t, patient);
      // Our own act towards a current service user, or inviting many onto a personal channel, is the clear breach.
      const reachMe = t.hits(CONTACT).some((h) => h !== act && REACH_ME.test(h.entry.term) && !t.negated(h.t0));
      // Giving a number "in case she needs anything" is well meant but still a boundary to review.
      const wellMeant = (number || /\b(?:number|mobile|phone)\b/.test(act.entry.term)) && IN_CASE.test(t.norm) && !reachMe && !many;
      // Going to a current service user's party, the pub or a match with them (not just being asked) is as clear as adding them (fourth pass).
      // A social act the registrant attends ("has invited me to his barbecue. Obviously going") is theirs too.
      // "gave it him. Regretting it already": an act regretted is one to review.
      const high = patient.entry.tag !== 'supervisee' && (ours || (act.entry.tag === 'social' && attended(t, act))) && !past && !wellMeant && !/(?<!\bno |\bzero |n't |\bnot |\bnever )\bregret/.test(t.norm) && ((act.entry.tag !== 'social' && !(act.entry.tag === 'outing' && PAST_SOCIAL.test(t.norm))) || (attended(t, act) && !PAST_SOCIAL.test(t.norm)));
      const sn = t.tokens[act.t0]!.sn;
      const channel = act.entry.tag === 'weak' ? channels.find((c) => t.tokens[c.t0]!.sn === sn) : undefined;
      const evidence = tidy([t.hitSpan(patient), t.hitSpan(act), ...(channel ? [t.hitSpan(channel)] : []), ...(telling && telling !== act ? [t.hitSpan(telling)] : [])]);
      const who = patient.entry.tag === 'you' ? 'someone you saw professionally' : patient.entry.tag === 'supervisee' ? 'someone you supervise or who supervises you' : 'a service user or carer';
      out.push({
        topic: 'boundaries.contact',
        severity: high ? 'high' : 'medium',
        // A weak act with a personal channel named ("added her on Facebook") is as clear as a strong one.
        confidence: act.entry.tag === 'weak' ? (high && channel ? 0.8 : 0.65) : high ? 0.82 : 0.7,
        message: `${invite ? 'Invites' : 'Describes'} personal contact with ${who} (${q(evidence[0]!)} … ${q(evidence[evidence.length - 1]!)})${accepted && !ours ? ', accepted' : ''}${past ? ', a former service user' : ''}. Contact through personal channels rather than professional ones blurs professional boundaries.`,
        evidence,
      });
      break; // one finding per post is enough
    }
    if (out.length === 0) {
      const line = personalLine(t, _post.kind === 'reply');
      if (line) out.push(line);
    }
    return out;
  },
};
