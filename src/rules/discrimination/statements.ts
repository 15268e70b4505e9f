/**
 * Group statements: a protected group named together with a derogatory, dehumanising, excluding or
 * threatening predicate ("immigrants are vermin", "deport all muslims", "trans women should not be
 * allowed to ...", "Travellers are on the field again. Send them all back."). Shared by the
 * derogation and threat rules.
 *
 * A group is a phrase from groups.txt, or a pronoun ("they", "them", "that lot") standing for a
 * group named earlier in the same or the previous sentence. Negated, reported, debunked and
 * talked-about statements are left out, and so are yes/no questions ("Are immigrants really taking
 * our jobs? Data says no.").
 */
import type { Hit, TextAnalysis } from '../text/index.js';
import { BREAK, CLAUSE, DEBUNK, META, REPORT, outermost } from '../text/index.js';
import { GROUPS, PREDICATES_MORE, SLURS, hasPredicates, predicateAt, predicateHits } from './lexicons.js';

export type StatementKind = 'dehumanise' | 'negative' | 'exclude' | 'threat';
type PredicateKind = StatementKind | 'insinuation';

/** A group named in the post: a phrase from the list, a slur used as a group name, or a pronoun standing for one. */
export interface GroupRef {
  t0: number;
  t1: number;
  category: string;
  /** A pronoun ("they", "that lot") standing for a group named before it. */
  pronoun: boolean;
  /** "she", "him": one person of a group named before; only newer exclusion or threat predicates apply. */
  singular?: boolean;
  /** A condition named as a thing ("ADHD"): only predicates flagged "condition" apply. */
  condition?: boolean;
}

export interface GroupStatement {
  group: GroupRef;
  predicate: Hit;
  kind: StatementKind;
  category: string;
}

/** Words that may sit between a group and what is said of it ("immigrants are nothing but vermin"). */
const LINK = new Set([
  'are', 'is', 'r', 'were', 'was', 'all', 'just', 'nothing', 'but', 'such', 'so', 'really', 'literally', 'basically', 'totally', 'fucking', 'bloody',
  'being', 'like', 'complete', 'absolute', 'utter', 'always', 'mostly', 'generally', 'truly', 'honestly', 'still', 'too', 'simply', 'becoming', 'become',
  'them', 'they', "they're", 'theyre', 'lot', 'of', 'bunch', 'pack', 'load', 'a', 'an', 'the', 'these', 'those', 'effing', 'frankly', 'clearly', 'obviously',
  'should', 'need', 'needs', 'to', 'be', 'must', 'ought', 'deserve', 'deserves', 'ever', 'even', 'seriously', 'now', 'here', 'in', 'britain', 'this', 'country', 'uk', 'england', 'nhs', 'who', 'that',
  'often', 'usually', 'typically', 'inherently', 'naturally', 'genuinely', 'actually', 'definitely', 'certainly', 'probably', 'mainly', 'largely', 'pretty', 'very',
  'absolutely', 'proper', 'right', 'can', 'could', 'fkn', 'fking', 'effin', 'bleeding', 'flipping', 'friggin', 'frigging', 'them', 'em', 'lol', 'tbh', 'imo', 'ngl', 'these', 'days', 'nowadays',
]);

/** Words that may sit between a preceding predicate and the group ("hate all the ..."). */
const LEAD_LINK = new Set(['big', 'young', 'lot', 'all', 'the', 'these', 'those', 'them', 'of', 'any', 'more', 'fucking', 'bloody', 'every', 'em', 'single', 'one', 'last', 'dirty', 'filthy', 'fkn', 'effing', 'stinking', 'smelly', 'bleeding', 'a', 'an', 'another', 'your', 'their', 'some']);

/** Demonstratives a threat may use before its target ("torch that mosque"). */
const POINT = new Set([...LEAD_LINK, 'that', 'this']);

/** Who may say "kill/shoot ..." for it to read as a threat rather than a description ("the heat will kill old people"). */
const THREAT_SUBJECT = new Set(['i', "i'd", "i'll", 'id', 'ill', 'we', "we'd", "we'll", "let's", 'lets', 'just', 'gonna', 'wanna', 'should', 'must', 'go', 'want', 'need', 'needs', 'someone', 'somebody', 'happily', 'would']);

/** After "won't let / no way I'm letting + group": what makes it keeping them away ("anywhere near my mum", "touch me"). */
const NEAR_NEXT = new Set([
  'near', 'anywhere', 'within', 'touch', 'treat', 'see', 'look', 'care', 'nurse', 'scan', 'examine', 'handle', 'into', 'in', 'on', 'onto', 'inside', 'work',
  'operate', 'deliver', 'teach', 'around', 'round', 'have', 'rent', 'move', 'live', 'join', 'adopt', 'foster', 'marry', 'date', 'babysit', 'mind', 'x-ray', 'xray',
]);
/** After "keep (the) + group": out of a place ("keep the Indians off the shortlist"). */
const AWAY_NEXT = new Set(['out', 'off', 'away', 'outta']);

/**
 * After "hate/sick of/won't treat + group", words that make the object a situation rather than the
 * people ("sick of old people being ignored", "won't treat pregnant women with isotretinoin").
 */
const SITUATION = new Set(['being', 'getting', 'having', 'not', 'struggling', 'waiting', 'dying', 'suffering', 'treated', 'left', 'going', 'missing', 'made', 'forced', 'turned', 'denied', 'refused', 'losing', 'paying', 'facing', 'stuck', 'sleeping', 'living', 'feeling', 'told', 'called', 'abused', 'attacked', 'targeted', 'excluded', 'ignored']);
/** After an exclusion: a clinical step the care waits on, not a group denied it (fifth pass). */
const CLINICAL_STEP = new Set(['without', 'until', 'till', 'before']);
const TREATMENT_PREP = new Set(['with', 'during', 'in', 'on', 'at', 'under', 'until', 'unless', 'before', 'after', 'without', 'using', 'for', 'if', 'when', 'while', 'whilst', 'who', 'under']);

/** What may follow a bare identity word or "the X" for it to name people ("gay is ...", "the Irish are ..."). */
const BARE_FOLLOW = new Set([
  ...LINK, 'should', "shouldn't", 'can', "can't", 'cant', 'cannot', 'will', "won't", 'wont', 'would', "wouldn't", 'must', 'do', "don't", 'dont', 'does', "doesn't",
  'did', "didn't", 'have', 'has', 'had', 'get', 'gets', 'got', 'never', 'and', 'or', 'out', 'off', 'lot', 'ones', 'scum', 'people',
]);

/** A copula before a bare identity word makes it describe someone ("if you're gay", "he is black"). */
const COPULA = new Set(["you're", 'youre', 'are', 'is', "he's", "she's", "i'm", 'im', 'being', 'was', 'were', 'be', "they're", 'theyre', 'am']);

/** Words ending a clause after an "end" predicate ("they are sick." but not "are sick of"). */
const END_OK = new Set([
  'and', 'or', 'but', 'lol', 'lmao', 'lmfao', 'tbh', 'tbf', 'though', 'tho', 'too', 'anyway', 'af', 'as', 'mate', 'haha', 'innit', 'ffs', 'honestly', 'frankly', 'imo', 'ngl', 'fr',
  'smh', 'icl', 'bruv', 'fam', 'love', 'pal', 'x', 'xx', 'ha', 'fact', 'facts', 'sadly', 'really', 'mind', 'eh',
]);

/** Pronouns and phrases that stand for a group named before them. */
const PRONOUN = new Set(['they', 'them', 'em', "'em", "they're", 'theyre', "they've", "they'll", "they'd"]);
const SINGULAR = new Set(['she', 'he', 'her', 'him', "she's", "he's", 'shes', 'hes', "she'll", "he'll", "she'd", "he'd"]);
const PRONOUN_HEAD = new Set(['these', 'those', 'that', 'this', 'them', 'their', 'such']);
const PRONOUN_NOUN = new Set(['people', 'lot', 'kind', 'ones', 'sort', 'type', 'types', 'lads', 'men', 'women', 'folk']);
/** "people like that", "their kind", "you people": phrases standing for a group named before them. */
const LIKE_THAT = new Set(['that', 'them', 'this', 'those', 'these', 'him', 'her', 'you', 'us']);
const KIND_OWNER = new Set(['their', 'his', 'her', 'your', 'that', 'those']);
const KIND_NOUN = new Set(['kind', 'sort', 'type', 'lot', 'ilk']);
/** Every word that may open a pronoun reference, for a one-lookup skip of all other words. */
const REF_START = new Set([...PRONOUN, ...SINGULAR, ...PRONOUN_HEAD, ...KIND_OWNER, 'the', 'people', 'folk', 'ppl', 'you']);

/** Words that approve of a quotation ("so true", "spot on", "👏"). */
const APPROVAL = new Set(['true', 'right', 'exactly', 'agree', 'agreed', 'facts', 'preach', 'truth', 'correct', 'yes', 'yep', 'this', '💯', '👏', '👍', '🙌', '✅']);

/** The post shares someone else's words as they are (a repost, a like, "RT @x:"): an endorsement. */
export function shares(t: TextAnalysis): boolean {
  const post = t.post;
  return post.kind === 'repost' || post.kind === 'like' || Boolean(post.sharedFrom) || /^\s*rt @/.test(t.norm);
}

/** The post approves of what it quotes: "so true", "she's right", "well said", "spot on", "💯". */
export function approves(t: TextAnalysis): boolean {
  for (let i = 0; i < t.tokens.length; i++) {
    if (t.inQuotes(i)) continue;
    const k = t.key(i);
    // "this" approves only standing alone ("This. 👏"), not "said something this time".
    if (k === 'this' && !(t.sentenceOf(i).t1 - t.sentenceOf(i).t0 <= 2)) continue;
    if (APPROVAL.has(k) && !t.negated(i)) return true;
    if ((k === 'well' && t.key(i + 1) === 'said') || (k === 'spot' && t.key(i + 1) === 'on') || (k === 'said' && t.key(i + 1) === 'it')) return true;
  }
  return false;
}

/** Words after "die" that make it a wish for a good death ("with dignity", "at home", "peacefully"). */
const GOOD_DEATH = new Set(['with', 'at', 'in', 'peacefully', 'comfortably', 'well', 'surrounded', 'without', 'pain-free', 'painlessly', 'where', 'how', 'on']);

/** Yes/no questions ask; wh-questions are often rhetorical ("why do they always ..."). */
const AUX = new Set(['are', 'is', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'have', 'has', 'was', 'were', 'shall', 'may', 'might', 'am', "aren't", "isn't", "don't", "doesn't", "didn't"]);

const MAX_GAP = 6;
/** A prepositional phrase between a group and its copula ("Pregnant women in the office are ..."): up to this many more words. */
const PP_MAX = 4;
const PP_START = new Set(['in', 'on', 'at', 'from', 'round', 'around', 'near', 'across', 'of', 'off', 'over', 'down', 'up', 'with']);
const COPULA_VERB = new Set(['are', 'is', 'r', "they're", 'theyre', 'all', 'always', 'never', 'just', 'should', "shouldn't", 'can', "can't", 'cant', 'will', "won't", 'wont', 'do', "don't", 'dont', 'need', 'must']);

/**
 * The words between a group and what is said of it are a short prepositional phrase and then only
 * linking words: "Pregnant women in the office are a nightmare", "Polish HCAs on our ward are lazy".
 */
function ppGap(t: TextAnalysis, a: number, b: number): boolean {
  if (b <= a || !(PP_START.has(t.key(a)) || REL_START.has(t.key(a)))) return false;
  for (let j = a + 1; j <= b && j <= a + PP_MAX + 1; j++) {
    if (t.tokens[j]!.flags & (BREAK | CLAUSE)) return false;
    // A past event ("women at the memorial were emotional") describes those people, not the group.
    if (PAST.has(t.key(j))) return false;
    // The predicate itself may open with the verb ("the muslim ones on my caseload never listen").
    if (j === b) return true;
    if (COPULA_VERB.has(t.key(j))) return allIn(t, j, b, LINK) || allIn(t, j + 1, b, LINK);
  }
  return false;
}
/** A relative clause between a group and its copula ("every Albanian I've met is a crook"). */
const PAST = new Set(['was', 'were', 'had', 'did', 'got']);
const MAYBE = new Set(['can', 'could', 'may', 'might', 'will', 'would']);
const REL_START = new Set(['i', "i've", 'ive', 'we', "we've", 'weve', 'that', 'who', 'you', "you've"]);

/** Verbs of giving a service whose object is the group ("see", "book ... in", "treat", "scan"). */
const SERVICE = new Set([
  'give', 'gives', 'gave', 'giving', 'given', 'offer', 'offers', 'offered', 'offering', 'send', 'sent', 'sending', 'prescribe', 'prescribed',
  'see', 'sees', 'saw', 'seeing', 'seen', 'treat', 'treats', 'treated', 'treating', 'book', 'books', 'booked', 'booking', 'put', 'puts', 'putting', 'leave', 'leaves',
  'left', 'leaving', 'call', 'calls', 'called', 'calling', 'take', 'takes', 'took', 'taking', 'scan', 'scans', 'scanned', 'scanning', 'triage', 'triaged', 'triaging',
  'do', 'does', 'did', 'doing', 'assess', 'assessed', 'assessing', 'serve', 'served', 'serving', 'x-ray', 'xray', 'bring', 'brought', 'fit', 'fitted', 'help',
  'helped', 'helping', 'visit', 'visited', 'visiting', 'ring', 'rang', 'answer', 'answered', 'prioritise', 'prioritize', 'prioritising', 'prioritizing',
]);
/** "in last night", "last week": a time, not an order. */
const LAST_TIME = new Set(['night', 'week', 'weekend', 'time', 'year', 'month', 'shift', 'summer', 'winter', 'spring', 'autumn', 'christmas', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'few', 'couple', 'two', 'three', 'orders', 'rites']);
const ORDER_END = new Set(['when', 'because', 'cos', 'coz', 'as', 'if', 'since', 'unless', 'while', 'whilst', 'so', 'then', 'now', 'always', 'every', 'anyway', 'obviously', 'mate']);
const NAMING = new Set(['called', 'calls', 'calling', 'labelled', 'labeled', 'branded', 'dubbed', 'described', 'describing', 'describes', 'likened', 'compared']);
const SELF = new Set(['i', 'we', "i've", "we've", 'ive']);
const SEE = new Set(['see', 'seeing', 'watch', 'watching', 'want', 'wants', 'wanna', 'like']);
/** Words that make a different slot or order an arrangement for the person ("because she works", "as requested"). */
const ACCOMMODATE = new Set(['asked', 'requested', 'request', 'prefers', 'preferred', 'prefer', 'wanted', 'wants', 'works', 'working', 'finishes', 'suits', 'suit', 'convenient', 'fasting', 'prayers', 'prayer', 'shabbat', 'sabbath', 'childcare', 'extra', 'quieter', 'hoist']);
const CAUSE = new Set(['because', 'due', 'thanks', 'owing']);
/** Verbs of noise that may come before a comparison ("screaming like ..."). */
const NOISE = new Set(['screaming', 'screamed', 'screams', 'scream', 'screeching', 'screeched', 'shrieking', 'howling', 'howled', 'yelling', 'yelled', 'shouting', 'shouted', 'wailing', 'squealing', 'squawking', 'grunting', 'barking', 'behaving', 'acting', 'carrying', 'running', 'fighting']);
const AIMED_AT = new Set(['at', 'to', 'towards', 'toward', 'with', 'against']);
const CAUSE_OF = new Set(['of', 'to']);
const AWAITED = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'an_interpreter', 'interpreter', 'interpreters', 'transport', 'results', 'consent', 'me']);
const TOO = new Set(['too', 'unacceptably', 'unfairly']);
const WAIT = new Set(['wait', 'waiting', 'waited', 'queue', 'queuing', 'queueing', 'sit']);

/** Index of a service verb governing the group at g0 (up to three determiners or adverbs before it), or -1. */
function serviceVerb(t: TextAnalysis, g0: number): number {
  const cs = t.clauseStart(g0);
  for (let j = g0 - 1; j >= cs && j >= g0 - 4; j--) {
    if (SERVICE.has(t.key(j))) return j;
    if (!LEAD_LINK.has(t.key(j)) && !ORDER_ADVERB.has(t.key(j))) return -1;
  }
  return -1;
}
const ORDER_ADVERB = new Set(['always', 'just', 'only', 'deliberately', 'purposely', 'happily', 'usually', 'still', 'then']);

/** Words that may sit between a preposition and the group ("in the older adults", "among young Black men"). */
const NP_LEAD = new Set(['the', 'a', 'an', 'these', 'those', 'our', 'my', 'their', 'his', 'her', 'your', 'some', 'many', 'young', 'elderly', 'older', 'local']);
/** Prepositions that make a group the object inside another noun's phrase ("rates among ...", "falls in ..."). */
const NP_PREP = new Set(['in', 'among', 'amongst', 'within', 'for', 'with', 'by', 'to', 'towards', 'toward', 'on', 'at', 'against', 'from', 'between', 'about', 'into', 'of']);
/** Heads before "of" or another preposition that pick out members of the group ("most of", "the trouble with"). */
const NP_PART = new Set([
  'most', 'all', 'some', 'half', 'many', 'none', 'few', 'lot', 'lots', 'majority', 'loads', 'load', 'one', 'each', 'any', 'both', 'plenty', 'bunch', 'number',
  'rest', 'several', 'two', 'three', 'four', 'five', 'group', 'gang', 'pack', 'couple', 'family', 'families', 'problem', 'trouble', 'thing', 'issue', 'worst',
  'full', 'sick', 'tired', 'like', 'than', 'as', 'even', 'rammed', 'packed', 'heaving', 'crawling', 'overrun', 'swarming', 'teeming', 'filled', 'stuffed',
  'infested', 'flooded', 'bursting', 'up', 'out', 'down', 'who', 'that', 'which',
]);
/** Words that show the phrase before the preposition is a clause of its own, not a noun's ("anyone who rocks up in a niqab"). */
const NP_CLAUSAL = new Set(['who', 'that', 'which', 'whose', 'where', 'when', 'if']);

/**
 * The group at g0 is the object of a preposition that belongs to a noun before it ("Malnutrition in
 * older adults is expensive", "Rates of smoking among ... are high"): the predicate is said of that
 * noun, not of the group. Not after a part word ("most of the ...", "the trouble with ...").
 */
function governedByNoun(t: TextAnalysis, g0: number): boolean {
  const cs = t.clauseStart(g0);
  let j = g0 - 1;
  while (j > cs && NP_LEAD.has(t.key(j))) j--;
  if (j <= cs || !NP_PREP.has(t.key(j))) return false;
  // The noun phrase opens its clause: at most three words before the preposition, none of them clausal.
  if (j - cs > 3 || t.findKey(cs, j, NP_CLAUSAL) >= 0) return false;
  const head = t.key(j - 1);
  return !NP_PART.has(head) && !LINK.has(head) && !NP_PREP.has(head);
}

const TARGET_DET = new Set(['that', 'this', 'the', 'those', 'these', 'every', 'their']);

/** "torch that new mosque", "burn the big Polish shop": a determiner, then up to two describing words, then the target. */
function describedTarget(t: TextAnalysis, a: number, g0: number): boolean {
  if (g0 - a < 2 || g0 - a > 3 || !TARGET_DET.has(t.key(a))) return false;
  for (let j = a + 1; j <= g0; j++) if (t.tokens[j]!.flags & (BREAK | CLAUSE)) return false;
  return true;
}

function kindOf(h: Hit): StatementKind {
  const tag = h.entry.tag as PredicateKind;
  return tag === 'insinuation' ? 'negative' : tag;
}

function allIn(t: TextAnalysis, a: number, b: number, set: ReadonlySet<string>): boolean {
  for (let i = a; i < b; i++) if (!set.has(t.key(i))) return false;
  return true;
}

/** Each entry's flags, split once (entries are fixed at load; no per-post allocation). */
const FLAGS = new Map<Hit['entry'], ReadonlySet<string>>();

function flagged(p: Hit, flag: string): boolean {
  let f = FLAGS.get(p.entry);
  if (!f) {
    f = new Set((p.entry.fields[1] ?? '').split(' ').filter(Boolean));
    FLAGS.set(p.entry, f);
  }
  return f.has(flag);
}

/** The predicate's flags allow this group ("end", "race religion", "!pregnancy"). */
function allowed(t: TextAnalysis, p: Hit, category: string): boolean {
  const flags = p.entry.fields[1];
  if (!flags) return true;
  let only = false;
  let match = false;
  for (const f of flags.split(' ')) {
    if (!f) continue;
    if (f === 'alone') {
      // "Typical." on its own, after a sentence naming a group.
      const sent = t.sentenceOf(p.t0);
      if (sent.t0 !== p.t0 || sent.t1 !== p.t1) return false;
    } else if (f === 'end') {
      const next = t.tokens[p.t1];
      if (next && !(next.flags & (BREAK | CLAUSE)) && !END_OK.has(next.k) && !predicateAt(t, p.t1)) {
        // "not treating them first when ...", "book them in last because ...": an order may take a clause after it.
        if (!(ORDER_END.has(next.k) && (flagged(p, 'order') || flagged(p, 'first')))) return false;
      }
    } else if (f === 'prep' || f === 'near' || f === 'away' || f === 'condition' || f === 'order' || f === 'first' || f === 'wait' || f === 'over' || f === 'same' || f === 'see' || f === 'adjacent') {
      continue;
    } else if (f.startsWith('!')) {
      if (f.slice(1) === category) return false;
    } else {
      only = true;
      if (f === category) match = true;
    }
  }
  return !only || match;
}

/** Nouns that make a quoted phrase a label for the people who say it ("the 'send them back' crowd"). */
const LABEL_NOUN = new Set(['crowd', 'brigade', 'mob', 'lot', 'types', 'brigades', 'gang', 'merchants', 'people', 'folk', 'lobby', 'army', 'squad', 'bros', 'club']);

/** Words [a, b) are inside a quotation that names the people who say it: "the 'send them back' crowd". */
export function quotedLabel(t: TextAnalysis, a: number, b: number): boolean {
  if (!t.mayQuote || !t.quotedSpan(a, b)) return false;
  let j = b;
  while (j < t.tokens.length && j < b + 8 && t.inQuotes(j)) j++;
  return LABEL_NOUN.has(t.key(j));
}

/** Words after a negation that start a new assertion it does not reach ("it's not hate to SAY ..."). */
const HEDGE_BUT = new Set(['but']);
const ASSERT_VERB = new Set(['say', 'saying', 'said', 'state', 'stating', 'admit', 'admitting', 'point', 'pointing', 'notice', 'noticing', 'think', 'believe', 'know']);

/**
 * Token i is negated, unless a speech or thought verb after a non-negated head lies between the cue
 * and i: "it's not hate to say there are only two genders", "not racist to point out X are ...".
 * "I'm not saying ..." keeps its negation (the cue is right before the verb).
 */
export function negatedHere(t: TextAnalysis, i: number): boolean {
  if (!t.negated(i)) return false;
  const cs = t.clauseStart(i);
  // "Not saying all Nigerians are scammers but ...": a hedge that asserts what follows it.
  const sent = t.sentenceOf(i);
  for (let j = Math.max(sent.t0, i - 8); j < i; j++) {
    if (t.isNegationCue(j) && (t.key(j + 1) === 'saying' || t.key(j + 1) === 'say') && t.findKey(i, sent.t1, HEDGE_BUT) >= 0) return false;
  }
  for (let j = i - 1; j >= cs && j >= i - 9; j--) {
    // "why can't they just ...", "why don't they ...": a rhetorical question asserts.
    if (t.isNegationCue(j)) return t.key(j - 1) !== 'why';
    if (ASSERT_VERB.has(t.key(j)) && j - 1 >= 0 && !t.isNegationCue(j - 1) && (t.key(j - 1) === 'to' || t.key(j - 1) === 'by' || t.key(j - 1) === 'just')) return false;
  }
  return true;
}

/** A yes/no question: "Are immigrants really taking our jobs?" */
export function yesNoQuestion(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  if (!s.question || !AUX.has(t.key(s.t0))) return false;
  // "Is it just me or do X never ...?", "Am I the only one who thinks X ...?": the question asserts (fifth pass).
  return !rhetoricalOpening(t, s.t0);
}

/** "is it just me or", "is it only me or", "am i the only one who/that": an opening that asserts what follows. */
function rhetoricalOpening(t: TextAnalysis, a: number): boolean {
  const k0 = t.key(a);
  if (k0 === 'is' && t.key(a + 1) === 'it' && (t.key(a + 2) === 'just' || t.key(a + 2) === 'only') && t.key(a + 3) === 'me') return true;
  return k0 === 'am' && t.key(a + 1) === 'i' && t.key(a + 2) === 'the' && t.key(a + 3) === 'only' && (t.key(a + 4) === 'one' || t.key(a + 4) === 'person');
}

/** A condition named as a thing ("ADHD is made up"), not people. */
export function isCondition(g: Hit): boolean {
  return g.entry.fields[0] === 'condition';
}

/**
 * Real group phrases, with bare identity words ("gay", "the Irish") kept only where they name
 * people; conditions named as things ("ADHD") only when asked for.
 */
export function groupHits(t: TextAnalysis, withConditions = false): Hit[] {
  if (!t.has(GROUPS)) return [];
  const out: Hit[] = [];
  // Bare words are checked before the longest phrases are kept, so that a dropped "the gypsies
  // camped ..." still leaves "gypsies".
  for (const g of t.hits(GROUPS)) {
    if (!withConditions && isCondition(g)) continue;
    if (g.entry.fields[0] === 'bare') {
      // "gay is ...", "the Irish are ...", "if you're gay ...": a word that names people there.
      const next = t.tokens[g.t1];
      const named = !next || next.flags & (BREAK | CLAUSE) || BARE_FOLLOW.has(next.k) || predicateAt(t, g.t1) || COPULA.has(t.key(g.t0 - 1));
      if (!named) continue;
    }
    out.push(g);
  }
  return outermost(out);
}

/** Groups named in the post, and pronouns standing for them. */
export function groupRefs(t: TextAnalysis, withSlurs = false): GroupRef[] {
  const real = groupHits(t, true);
  const refs: GroupRef[] = real.map((g) => ({ t0: g.t0, t1: g.t1, category: g.entry.tag, pronoun: false, condition: isCondition(g) }));
  if (withSlurs) {
    for (const s of t.hits(SLURS)) {
      if (!refs.some((g) => g.t0 <= s.t0 && g.t1 >= s.t1)) refs.push({ t0: s.t0, t1: s.t1, category: s.entry.tag, pronoun: false });
    }
  }
  if (refs.length === 0) return refs;
  refs.sort((a, b) => a.t0 - b.t0);
  const firstSentence = t.tokens[refs[0]!.t0]!.sn;
  const pronouns: GroupRef[] = [];
  for (let i = refs[0]!.t1; i < t.tokens.length; i++) {
    const k = t.key(i);
    if (!REF_START.has(k)) continue;
    let end = 0;
    let singular = false;
    if (PRONOUN.has(k)) end = i + 1;
    else if (SINGULAR.has(k)) {
      end = i + 1;
      singular = true;
    }
    else if (PRONOUN_HEAD.has(k) && PRONOUN_NOUN.has(t.key(i + 1))) end = i + 2;
    else if (k === 'the' && t.key(i + 1) === 'lot' && t.key(i + 2) === 'of' && PRONOUN.has(t.key(i + 3))) end = i + 4;
    else if ((k === 'people' || k === 'folk' || k === 'ppl') && t.key(i + 1) === 'like' && LIKE_THAT.has(t.key(i + 2))) end = i + 3;
    else if (KIND_OWNER.has(k) && KIND_NOUN.has(t.key(i + 1))) end = i + 2;
    else if (k === 'you' && t.key(i + 1) === 'people') end = i + 2;
    if (!end) continue;
    const sn = t.tokens[i]!.sn;
    if (sn < firstSentence) continue;
    // The nearest group before it, in this sentence or the two before ("Muslim nurse refused ... Typical. They ...").
    let antecedent: GroupRef | undefined;
    for (const g of refs) {
      if (g.t1 > i) break;
      const gs = t.tokens[g.t0]!.sn;
      if (gs >= sn - 2 && gs <= sn) antecedent = g;
    }
    if (!antecedent || refs.some((g) => g.t0 <= i && g.t1 > i)) continue;
    // "shouted 'gypsy scum' at ... Security walked him out": a group inside quoted words is what someone
    // said, not a person "he"/"she" can stand for (fifth pass).
    if (singular && t.quotedSpan(antecedent.t0, antecedent.t1)) continue;
    // A condition stands for the people who have it ("Autism is overdiagnosed, half of them are ...").
    pronouns.push({ t0: i, t1: end, category: antecedent.category, pronoun: true, singular });
    i = end - 1;
  }
  return refs.concat(pronouns);
}

/** Statements about groups in this post, with those negated, reported or debunked left out. */
export function groupStatements(t: TextAnalysis, withSlurs = false): GroupStatement[] {
  if (!hasPredicates(t) || !(t.has(GROUPS) || (withSlurs && t.has(SLURS)))) return [];
  const groups = groupRefs(t, withSlurs);
  if (groups.length === 0) return [];
  // A phrase inside a longer one of another position still counts: in "someone should burn the
  // synagogue" the "should burn" that follows a group cannot apply, the "burn" before one can.
  const all = predicateHits(t);
  const preds = all.filter((h) => !all.some((o) => o !== h && o.t0 <= h.t0 && o.t1 >= h.t1 && o.t1 - o.t0 > h.t1 - h.t0 && o.entry.fields[0] === h.entry.fields[0]));
  const out: GroupStatement[] = [];
  for (const g of groups) {
    const category = g.category;
    const sent = t.sentenceOf(g.t0);
    for (const p of preds) {
      const kind = kindOf(p);
      if (category === 'other' && kind === 'negative') continue;
      // "screaming like a feral animal": a noise verb before a comparison describes how, it does not
      // report words, so the shared "screaming" report frame does not distance it; not when the group
      // is who the noise was aimed at ("screaming like a wild animal at the Polish nurse").
      const noisy = kind === 'dehumanise' && t.key(p.t0) === 'like' && NOISE.has(t.key(p.t0 - 1));
      if (noisy && (AIMED_AT.has(t.key(g.t0 - 1)) || AIMED_AT.has(t.key(g.t0 - 2)) || AIMED_AT.has(t.key(g.t0 - 3)))) continue;
      const distant = noisy ? META | DEBUNK : REPORT | META | DEBUNK;
      if (Boolean(g.condition) !== flagged(p, 'condition')) continue;
      // "... the last appointment because she works till 5": an arrangement the person asked for.
      if (kind === 'exclude' && p.entry.lexicon === PREDICATES_MORE && t.findKey(sent.t0, sent.t1, ACCOMMODATE) >= 0) continue;
      // One person ("she's getting the last appointment"): only the newer worse-treatment and threat phrases.
      if (g.singular && ((kind !== 'exclude' && kind !== 'threat') || p.entry.lexicon !== PREDICATES_MORE)) continue;
      if (!allowed(t, p, category)) continue;
      const position = p.entry.fields[0];
      if (position === 'anywhere' && flagged(p, 'same') && (t.tokens[p.t0]!.sn !== t.tokens[g.t0]!.sn || p.t0 < g.t1)) continue;
      if (position === 'anywhere') {
        // "Travellers are on the field again. Lock your cars, you know what that lot are like."
        if (g.pronoun) continue;
        const ps = t.tokens[p.t0]!.sn;
        const gs = t.tokens[g.t0]!.sn;
        // The group may also follow as a short afterthought ("Burn the lot of them. Gypsies, the lot.").
        // So may a longer sentence after a verdict standing alone as a fragment ("Parasites, the lot of
        // them. Not one Traveller family on my caseload has ever paid ...").
        const after = gs === ps + 1 && (t.sentences[gs]!.t1 - t.sentences[gs]!.t0 <= 8 || t.sentences[ps]!.t1 - t.sentences[ps]!.t0 <= 7);
        // Fragments between them do not separate them ("... her pronouns on her badge. Her. What a joke.").
        let gap = ps - gs - 1;
        while (gap > 0 && t.sentences[gs + gap]!.t1 - t.sentences[gs + gap]!.t0 <= 2) gap--;
        if (ps !== gs && ps !== gs + 1 && !after && !(ps > gs && gap === 0 && ps - gs <= 3)) continue;
        // A negation inside the group's own words ("if you can't speak English, you can wait ...") does not reach the phrase.
        const ownCue = !g.pronoun && g.t1 <= p.t0 && t.negationIn(g.t0, g.t1);
        if (ownCue ? t.negationIn(g.t1, p.t0) : t.negated(p.t0) || t.negationIn(t.clauseStart(p.t0), p.t0)) continue;
        if (t.frameOver(p.t0, p.t1) & distant) continue;
        if (t.frameOver(g.t0, g.t1) & distant) continue;
        // In a repost a frame elsewhere is the shared author's own words, not a report of these (sixth pass).
        if (t.quotedSpan(p.t0, p.t1) && ((t.anyFrame(REPORT | META | DEBUNK) && !shares(t)) || quotedLabel(t, p.t0, p.t1))) continue;
        // A coded phrase in quotation marks away from its group is held up, not said ("if your first thought is 'lock the car', that's on you").
        if (p.entry.tag === 'insinuation' && t.quotedSpan(p.t0, p.t1)) continue;
        if (kind !== 'threat' && yesNoQuestion(t, p.t0)) continue;
        out.push({ group: g, predicate: p, kind, category });
        continue;
      }
      if (p.t0 < sent.t0 || p.t1 > sent.t1) continue;
      if (position !== 'before' && g.pronoun && flagged(p, 'order')) {
        // "I see them last" is covered by its own anywhere phrases; a pronoun here is too loose.
        continue;
      }
      if (position !== 'before') {
        if (p.t0 < g.t1) continue;
        if (flagged(p, 'adjacent') && p.t0 !== g.t1) continue;
        const pp = ppGap(t, g.t1, p.t0);
        // "old people can die off in a heatwave": a possibility, not a wish.
        if (kind === 'threat' && t.findKey(g.t1, p.t0, MAYBE) >= 0) continue;
        if (p.t0 - g.t1 > MAX_GAP + (pp ? PP_MAX : 0)) continue;
        if (!pp && !allIn(t, g.t1, p.t0, LINK)) continue;
        // "Malnutrition in older adults is expensive": the group is inside another noun's phrase, not the subject.
        if (!g.pronoun && governedByNoun(t, g.t0)) continue;
        // "should not be getting surgery without a frailty assessment": care made to wait on a clinical step, not denied.
        if (kind === 'exclude' && CLINICAL_STEP.has(t.key(p.t1))) continue;
        // "I'd happily see every mosque bulldozed": the wish, not a news report ("mosques bulldozed in ...").
        if (flagged(p, 'see') && t.findKey(Math.max(t.clauseStart(g.t0), g.t0 - 4), g.t0, SEE) < 0) continue;
        if (flagged(p, 'order') || flagged(p, 'first')) {
          // "I always book the gypsy families in last", "not treating the trans lot first": a service
          // verb with the group as its object; "first" only when that verb is negated.
          const v = serviceVerb(t, g.t0);
          if (v < 0) continue;
          if (flagged(p, 'first') !== t.negationIn(Math.max(t.clauseStart(v), v - 3), v + 1)) continue;
          if (LAST_TIME.has(t.key(p.t1))) continue;
        } else if (t.negationIn(g.t1, p.t0) || negatedHere(t, g.t0)) {
          // "are NOT vermin", "not all men are ...": negation outside the predicate's own words.
          continue;
        }
      } else {
        if (g.pronoun && kind !== 'threat' && kind !== 'exclude') continue;
        if (p.t1 > g.t0 || g.t0 - p.t1 > 5) continue;
        // "torch that mosque": a threat may point at one place or group.
        if (!allIn(t, p.t1, g.t0, LEAD_LINK) && !(kind === 'threat' && (allIn(t, p.t1, g.t0, POINT) || describedTarget(t, p.t1, g.t0)))) continue;
        if (t.negated(p.t0)) continue;
        const next = t.key(g.t1);
        if (kind !== 'threat' && SITUATION.has(next)) continue;
        if (kind === 'exclude' && TREATMENT_PREP.has(next) && !flagged(p, 'prep') && !flagged(p, 'near')) continue;
        // "won't let X anywhere near ...", "keep the X off the list": the construction needs its second half.
        if (flagged(p, 'near') && !NEAR_NEXT.has(next)) continue;
        if (flagged(p, 'away') && (g.pronoun || !(AWAY_NEXT.has(next) || AWAY_NEXT.has(t.key(g.t1 + 1))))) continue;
        if (flagged(p, 'over') && !(next === 'over' || next === 'down')) continue;
        if (flagged(p, 'wait')) {
          // "made the deaf patient wait for the interpreter": waiting for something is not being made to wait.
          const w = t.findKey(g.t1, g.t1 + 3, WAIT);
          if (w < 0 || (t.key(w + 1) === 'for' && AWAITED.has(t.key(w + 2)))) continue;
          // "we make elderly patients wait far too long": a complaint about the service, not a choice.
          if (t.findKey(w + 1, w + 4, TOO) >= 0) continue;
        }
        if (kind === 'threat') {
          const cs = t.clauseStart(p.t0);
          const subjectOk = p.t0 === cs || t.findKey(Math.max(cs, p.t0 - 3), p.t0, THREAT_SUBJECT) >= 0;
          if (!subjectOk) continue;
        }
      }
      // "X are living like animals because of the government": the cause is someone else's doing.
      if (kind !== 'threat' && kind !== 'exclude' && CAUSE.has(t.key(p.t1)) && CAUSE_OF.has(t.key(p.t1 + 1))) continue;
      // "deserve to die with dignity, at home": a good death, not a threat.
      if (kind === 'threat' && t.key(p.t1 - 1) === 'die' && GOOD_DEATH.has(t.key(p.t1))) continue;
      const a = Math.min(g.t0, p.t0);
      const b = Math.max(g.t1, p.t1);
      if (t.frameOver(a, b) & distant) continue;
      // "a columnist called refugees cockroaches": someone else's naming, reported.
      if (NAMING.has(t.key(g.t0 - 1)) && p.t0 >= g.t1 && !SELF.has(t.key(g.t0 - 2))) continue;
      // Quoted words are someone else's, reported ('"X are vermin" - words from a patient. Reported.'),
      // unless the post approves of them ('"X are vermin" - my nan, and she's right').
      if (t.quotedSpan(a, b) && ((t.anyFrame(REPORT | META | DEBUNK) && !shares(t)) || quotedLabel(t, a, b) || !(shares(t) || approves(t)))) continue;
      // The predicate alone in quotation marks ("calling gypsies 'thieves'"): the poster holds the word at a distance.
      if (kind !== 'threat' && t.mayQuote && t.quotedSpan(p.t0, p.t1) && !t.quotedSpan(g.t0, g.t1) && !(shares(t) || approves(t))) continue;
      if (kind !== 'threat' && yesNoQuestion(t, a)) continue;
      out.push({ group: g, predicate: p, kind, category });
    }
  }
  return out;
}
