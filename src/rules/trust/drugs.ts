import type { Rule } from '../types.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { loadLexicon, outermost, q, tidy } from '../text/index.js';
import { asking, nothingLike, onDuty, subjectOf } from './shared.js';
import { patientRefs } from '../common/lexicons.js';

const DRUG_TALK = /\b(weed|coke|ket|pills|gear|charlie|mandy|mdma|score|scored|plug|bag|baggie|gram|stuff|green|bud|sesh)\b/;
/** Verbs of taking a medicine casually rather than as prescribed. */
const CASUAL = new Set(['popped', 'popping', 'pop', 'necked', 'necking', 'neck', 'swallowed', 'downed', 'chucked']);
/** Signs that a medicine was not the poster's to take, or was taken for the effect (their own leftovers alone are not). */
const RX_MISUSE =
  /\b(?:someone else'?s|from (?:work|the ward|the cupboard|the trolley|the stock|the drugs? (?:cupboard|trolley))|nicked|pinched|for fun|recreational(?:ly)?|take the edge off|flew by|so chilled|spaced out|zonked|off my face|buzzing)\b/;
const SELF = new Set(['i', "i'm", 'im', "i've", 'ive', "i'd", 'me', 'my', 'myself']);
/** A medicine taken from work stock, or for its effect, with no verb of taking ("diazepam from the ward stock make nights fly by"). */
const RX_SOURCE = /\b(?:from|out of|off) (?:work|the ward|the unit|the stock|the ward stock|ward stock|the stores|stores|the (?:drugs? |cd |stock )?(?:cupboard|trolley|fridge))\b/;
const RX_EFFECT = /\b(?:for fun|recreational(?:ly)?|take the edge off|(?:fly|flies|flew|flying) by|so chilled|spaced out|zonked|off my face|buzzing|the fuss was about|what the fuss|wow)\b/;
/** Party settings that make a street drug name a use ("ket at the festival"). */
const PARTY = new Set(['festival', 'festivals', 'club', 'clubs', 'rave', 'raves', 'party', 'parties', 'do', 'afters', 'afterparty', 'sesh', 'session', 'weekend', 'gig', 'ibiza', 'toilets', 'loos', 'car', 'park', 'tonight', 'night', 'lol', 'lmao']);
/** What follows a drug name that is about harm, not use ("ket bladder", "ket cystitis"). */
const CONSEQUENCE = new Set(['bladder', 'cystitis', 'uropathy', 'deaths', 'death', 'overdose', 'overdoses', 'addiction', 'use', 'users', 'misuse', 'psychosis', 'toxicity', 'poisoning', 'testing', 'awareness']);
/** Dealers in something legal. */
const TRADES = new Set(['car', 'cars', 'card', 'cards', 'art', 'antique', 'antiques', 'ship', 'garage', 'arms']);
const OWNERS = new Set(["mum's", "mam's", "nan's", "dad's", "gran's", "nana's", "mate's", "friend's", "partner's", "husband's", "wife's", "patient's", "patients'", "grandad's", "flatmate's",
  "housemate's", "sister's", "brother's", "colleague's", "boyfriend's", "girlfriend's", "son's", "daughter's", "neighbour's", "auntie's", "uncle's", "client's", "resident's", "bestie's"]);
const LINES = new Set(['line', 'lines']);
/** What follows a medicine named as a thing handled, not taken ("prescription", "dose", "review"). */
const SUPPLY = new Set(['prescription', 'prescriptions', 'script', 'scripts', 'dose', 'doses', 'review', 'supply', 'shortage', 'repeat', 'titration', 'levels', 'box', 'chart', 'reminder', 'reminders']);
/** Verbs of handling someone else's medicine for them ("collected my daughter's Ritalin"). */
const HANDLING = new Set(['collected', 'collect', 'collecting', 'ordered', 'order', 'ordering', 'gave', 'give', 'giving', 'fetched', 'fetch', 'posted', 'hid', 'locked', 'counted', 'delivered', 'brought', 'forgot', 'forgotten', 'remembered', 'packed', 'prescribed', 'requested', 'chased']);
const PHARMACY = new Set(['pharmacy', 'chemist', "chemist's", 'chemists', 'prescription', 'prescriptions', 'script', 'boots', 'dispensary']);
const STONED_NEXT = new Set(['fruit', 'fruits', 'olives', 'dates', 'cherries', 'plums', 'apricots', 'prunes', 'peaches']);
const OFFERED = new Set(['offered', 'offering', 'offers', 'offer', 'pushed', 'handed', 'passed']);
const REFUSED = /\b(?:never (?:touched|took|tried|done|did)|said no|say no|turned (?:it|them|him|her) down|declined|refused|didn'?t (?:take|touch|try)|did not (?:take|touch|try)|not for me|no thanks|walked away)\b/;
/** Stones a post may pun on ("got stoned at work. kidney stones."). */
const STONES = new Set(['stone', 'stones', 'kidney', 'gallstone', 'gallstones', 'gallbladder', 'renal', 'calculi', 'calculus', 'ureteric', 'lithotripsy']);
/** Verbs and owners of lines of text ("read a few lines", "learnt my lines", "wrote some lines"). */
const TEXT_VERBS = new Set(['read', 'reading', 'reads', 'wrote', 'write', 'writing', 'learn', 'learnt', 'learned', 'learning', 'my', 'her', 'his', 'our', 'their', 'rehearse', 'rehearsed', 'rehearsing', 'recite', 'recited', 'drew', 'draw', 'drawing', 'drop', 'dropped', 'sent', 'send']);
const DRUGS = loadLexicon(new URL('./drugs.txt', import.meta.url));
const USE_VERBS = loadLexicon(new URL('./use-verbs.txt', import.meta.url));
/** Professional talk about drugs (harm reduction, teaching, services); a drug hit in such a post is dropped. */
const PROFESSIONAL = loadLexicon(new URL('./drug-work.txt', import.meta.url));

/** Where a bare dose is taken ("in the staff toilet", "off the loo cistern"). */
const TOILETS = new Set(['toilet', 'toilets', 'loo', 'loos', 'bogs', 'cistern', 'lav', 'lavs', 'cubicle', 'cubicles', 'khazi']);
/** Words before "line(s)" or "key(s)" that make it a queue, a cable or a place ("phone lines", "front line", "long line"). */
const LINE_BEFORE = new Set(['in', 'on', 'front', 'finish', 'starting', 'bottom', 'phone', 'help', 'power', 'bus', 'train', 'tram', 'picket', 'washing', 'fishing', 'long',
  'dotted', 'straight', 'fine', 'hard', 'punch', 'chat', 'pick-up', 'tag', 'head', 'car', 'house', 'door', 'spare', 'piano', 'music', 'minor', 'major', 'iv', 'art', 'arterial', 'central', 'picc', 'midline', 'speed', 'tan']);
/** What a bare "line" or "key" also is: a queue, a rota, text, a key to a door ("in line", "key worker", "key points"). */
const NOT_DOSE_NEXT = new Set(['of', 'up', 'manager', 'managers', 'worker', 'workers', 'points', 'point', 'card', 'cards', 'code', 'ring', 'safe', 'features', 'issues', 'messages', 'findings', 'role', 'dates', 'skills', 'stage', 'principles']);
/**
 * A bare dose word ("couple of lines", "bit of a bump", "a line before nights", "bit of sniff") is a drug taken when its
 * sentence names a toilet or a cistern, the post has a nose emoji, or a snow emoji with work or a party setting.
 */
function bareDose(t: TextAnalysis, h: Hit): boolean {
  // "line of cars", "key worker", "in line", "on line", "front line": not a dose.
  if (NOT_DOSE_NEXT.has(t.key(h.t1)) || LINE_BEFORE.has(t.key(h.t0 - 1))) return false;
  // "in a line", "queued in a long line", "a long line for the toilets": a queue.
  if (['in', 'into', 'single', 'long', 'queue', 'queued', 'queuing'].includes(t.key(h.t0 - 2)) || QUEUE_NEXT.has(t.key(h.t1))) return false;
  const sent = t.sentenceOf(h.t0);
  if (t.findKey(sent.t0, sent.t1, TOILETS) >= 0) return true;
  if (t.text.includes('👃')) return true;
  if (!t.text.includes('❄')) return false;
  return onDuty(t) !== undefined || t.findKey(sent.t0, sent.t1, PARTY) >= 0 || t.findKey(sent.t0, sent.t1, BEFORE_WORK) >= 0;
}
/** After "line(s)": a queue ("a massive line for the toilets", "the line outside the club"). */
const QUEUE_NEXT = new Set(['for', 'outside', 'to', 'round', 'around', 'out', 'of']);
/** "a line before nights", "a bump before the meeting": a dose before something, with a snow emoji in the post. */
const BEFORE_WORK = new Set(['before', 'pre', 'ahead']);

/** The medical gases a crew carries, and signs that the poster had them as a patient (labour, an injury being set). */
const GAS = new Set(['entonox', 'gas', 'nitrous', 'laughing']);
const AS_PATIENT = /\b(?:labour|contractions|(?:gave|giving) birth|my (?:waters|epidural|c-section|delivery)|dislocat\w*|reset my|relocat\w*|(?:broke|broken|fractured) my|my (?:broken|fractured)|stitches|being stitched|they (?:reset|set|stitched|relocated))\b/;
/** A substance counts only with a use verb just before it in its clause ("did some ket", "buying weed"). */
function used(t: TextAnalysis, h: Hit): Hit | undefined {
  const a = Math.max(t.clauseStart(h.t0), h.t0 - 3);
  return t.hitsIn(USE_VERBS, a, h.t0)[0];
}

export const drugsRule: Rule = {
  meta: {
    id: 'trust/drugs',
    concern: 'trust',
    topics: ['trust.drugs'],
    description: 'The poster taking or being high on illegal drugs, much stronger with work context.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    if (!t.has(DRUGS) || t.has(PROFESSIONAL)) return [];
    const found: Array<{ h: Hit; verb?: Hit; hard: boolean }> = [];
    const winking = /asking for a (?:\w+ )?(?:friend|mate)|😉|😏|🤫/i.test(t.text);
    for (const h of outermost(t.hits(DRUGS))) {
      const kind = h.entry.tag;
      // "Anyone know a decent dealer? Asking for a friend 😉": the wink makes the question an admission.
      if ((t.negated(h.t0) && !nothingLike(t, h.t0)) || (asking(t, h) && !winking)) continue;
      // "Been offered ket at every festival, never touched it": offered to the poster and refused.
      if (t.findKey(t.sentenceOf(h.t0).t0, h.t0, OFFERED) >= 0 && REFUSED.test(t.norm)) continue;
      // "got stoned at work today. kidney stones.": a pun on stones the post names, not a high.
      // "stoned fruit", "stoned olives", "stoned to death": other senses of the word.
      if (kind === 'state' && t.key(h.t0) === 'stoned' && (t.findKey(0, t.tokens.length, STONES) >= 0 || STONED_NEXT.has(t.key(h.t1)) || (t.key(h.t1) === 'to' && t.key(h.t1 + 1) === 'death'))) continue;
      // "sucked on the gas and air all through labour": the medical gas given to the poster as a patient (sixth pass).
      if (kind === 'use' && t.findKey(h.t0, h.t1, GAS) >= 0 && AS_PATIENT.test(t.norm)) continue;
      const subject = subjectOf(t, h, kind === 'rx' || kind === 'substance' || kind === 'slang');
      if (subject === 'other' && !(winking && t.sentenceOf(h.t0).question)) continue;
      if (kind === 'high' && subject !== 'self') continue;
      // "a good dealer" is a car or card dealer unless drugs are in the post or the question winks.
      // "my dealer" is the poster's own, unless a car, card or art dealer.
      const mine = t.key(h.t0) === 'my' && !TRADES.has(t.key(h.t1));
      if (kind === 'dealer' && !winking && !mine && !DRUG_TALK.test(t.norm)) continue;
      let verb: Hit | undefined;
      if (kind === 'rx') {
        // A medicine is misused when it is someone else's or left over, or casually taken ("popped", "necked") at work.
        verb = t.hitsIn(USE_VERBS, Math.max(t.clauseStart(h.t0), h.t0 - 6), h.t0)[0];
        if (subject === 'other') continue;
        // No verb: "a couple of diazepam from the ward stock make nights fly by" needs a source at work or the effect sought.
        if (!verb) {
          // "a couple of my flatmate's Adderall before my shift": someone else's medicine, named just before it.
          // Only taken on duty, and not their prescription or its supply ("my son's Ritalin prescription is late").
          const theirs = t.findKey(Math.max(t.clauseStart(h.t0), h.t0 - 3), h.t0, OWNERS) >= 0 && !SUPPLY.has(t.key(h.t1)) && onDuty(t) !== undefined && t.findKey(t.clauseStart(h.t0), h.t0, HANDLING) < 0;
          if (RX_SOURCE.test(t.norm) || RX_EFFECT.test(t.norm) || theirs) found.push({ h, hard: true });
          continue;
        }
        // "picked up my mum's diazepam from the pharmacy": collecting a prescription, not taking it.
        if (/^pick/.test(t.key(verb.t0)) && t.findKey(t.sentenceOf(h.t0).t0, t.sentenceOf(h.t0).t1, PHARMACY) >= 0) continue;
        const casual = CASUAL.has(t.key(verb.t0));
        // "my mum's diazepam", "a patient's oramorph": someone else's medicine, named just before it.
        const theirs = t.findKey(Math.max(verb.t1, h.t0 - 3), h.t0, OWNERS) >= 0;
        if (!theirs && !RX_MISUSE.test(t.norm) && !(casual && onDuty(t))) continue;
        found.push({ h, verb, hard: true });
        continue;
      }
      if (kind === 'substance') {
        verb = used(t, h);
        // "benzos from the ward help me sleep": taken from work stock needs no verb.
        if (!verb && !RX_SOURCE.test(t.norm)) continue;
      }
      // Street names with no medical sense ("ket", "pingers") need no verb, only a party or work setting or the poster
      // in the sentence ("Ket in the car park at the staff do"); "ket bladder" and harm-reduction talk are not use.
      if (kind === 'slang') {
        const sent = t.sentenceOf(h.t0);
        if (CONSEQUENCE.has(t.key(h.t1))) continue;
        // The poster in the sentence ("I", "my"), not "our", which is a service speaking ("our chemsex support clinic").
        const setting = t.findKey(sent.t0, sent.t1, PARTY) >= 0 || t.findKey(sent.t0, sent.t1, SELF) >= 0 || onDuty(t) !== undefined;
        if (!setting && !used(t, h)) continue;
      }
      // "Read a few lines before my shift", "learnt my lines": lines of text, not of a drug.
      if ((kind === 'use' || kind === 'dose') && LINES.has(t.key(h.t0)) && (t.findKey(Math.max(0, h.t0 - 3), h.t0, TEXT_VERBS) >= 0 || LINE_BEFORE.has(t.key(h.t0 - 1)))) continue;
      // "a massive line for the toilets": a queue.
      if ((kind === 'use' || kind === 'dose') && LINES.has(t.key(h.t1 - 1)) && QUEUE_NEXT.has(t.key(h.t1))) continue;
      // A bare dose ("couple of lines in the staff toilet ❄️", "bit of a bump before the meeting 👃"): a drug only with a
      // toilet or cistern in its sentence, a nose emoji, or a snow emoji with work or a party setting in the post.
      if (kind === 'dose' && !bareDose(t, h)) continue;
      found.push({ h, verb, hard: h.entry.fields[0] === 'hard' });
    }
    if (found.length === 0) return [];
    // At work, or with patients in the same post ("patients seemed less annoying this afternoon").
    const duty = onDuty(t) ?? patientRefs(t)[0];
    const hard = found.some((f) => f.hard);
    const evidence = tidy([...found.flatMap((f) => (f.verb ? [t.hitSpan(f.verb), t.hitSpan(f.h)] : [t.hitSpan(f.h)])), ...(duty ? [t.hitSpan(duty)] : [])]);
    // The poster's own illegal drug use is delete level whether or not work is named; work raises confidence.
    const severity = duty || hard || found.length > 0 ? 'high' : 'medium';
    return [
      {
        topic: 'trust.drugs',
        severity,
        confidence: duty ? 0.85 : 0.8,
        message: duty
          ? `Describes using drugs in connection with work (${q(evidence[0]!)} … ${q(t.hitSpan(duty))}). Being under the influence at work puts service users at risk.`
          : `Describes taking illegal drugs (${q(evidence[0]!)}${evidence.length > 1 ? ` … ${q(evidence[evidence.length - 1]!)}` : ''}). Posts about illegal drug use undermine public trust in your profession.`,
        evidence,
      },
    ];
  },
};
