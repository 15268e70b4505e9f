import type { Evidence } from '../../model/finding.js';
import type { Rule, RuleFinding } from '../types.js';
import { BREAK, CLAUSE, DEBUNK, EMOJI, HASHTAG, MENTION, META, REPORT, q } from '../text/index.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { CHARACTERISTIC, EMOJI_PREDICATES, HOSTILE, MOCKING, STATEMENTS, WASTE, hasPredicates, predicateAt, predicateHits } from './lexicons.js';
import { approves, groupHits, groupStatements, negatedHere, quotedLabel, shares, yesNoQuestion } from './statements.js';
import { learnedDerogation } from './learned.js';

const WHAT: Record<string, string> = {
  dehumanise: 'compares a group of people to animals, disease or dirt',
  negative: 'makes a derogatory generalisation about a group of people',
  exclude: 'says a group of people should be excluded, or denied rights, work or care',
  dogwhistle: 'uses a coded term for hatred of a group of people',
  disclaimer: 'announces a prejudice ("I\'m not ... but")',
  mockery: 'puts a person\'s identity in scare quotes',
  hostile: 'says something contemptuous of a group of people',
  mocking: 'mocks how someone talks, moves or looks because of who they are',
};

/** Words of a disclaimer that name the characteristic ("not racist" = race). */
const DISCLAIMED: Record<string, string> = {
  racist: 'race', xenophobic: 'race', sexist: 'sex', misogynistic: 'sex', misogynist: 'sex', homophobic: 'sex_orientation', homophobe: 'sex_orientation',
  transphobic: 'gender', transphobe: 'gender', islamophobic: 'religion', antisemitic: 'religion', ableist: 'disability', ageist: 'age',
};

/** Identity words that are mocked by putting them in scare quotes ('a "non-binary" patient', 'her "wife"'). */
const SCARE = new Map<string, string>([
  ['non-binary', 'gender'], ['nonbinary', 'gender'], ['trans', 'gender'], ['transgender', 'gender'], ['gender-fluid', 'gender'], ['genderfluid', 'gender'],
  ['agender', 'gender'], ['woman', 'gender'], ['women', 'gender'], ['lady', 'gender'], ['girl', 'gender'], ['man', 'gender'], ['men', 'gender'], ['female', 'gender'],
  ['male', 'gender'], ['wife', 'sex_orientation'], ['husband', 'sex_orientation'], ['girlfriend', 'sex_orientation'], ['boyfriend', 'sex_orientation'],
  ['partner', 'sex_orientation'], ['gay', 'sex_orientation'], ['married', 'marriage'], ['disabled', 'disability'], ['disability', 'disability'],
  ['autistic', 'disability'], ['refugee', 'race'], ['refugees', 'race'], ['asylum', 'race'], ['british', 'race'], ['english', 'race'], ['she', 'gender'], ['he', 'gender'],
  ['her', 'gender'], ['him', 'gender'], ['pronouns', 'gender'], ['they-them', 'gender'], ['he-they', 'gender'], ['she-they', 'gender'], ['ze-zir', 'gender'],
  ['xe-xem', 'gender'], ['she-her', 'gender'], ['he-him', 'gender'], ['lesbian', 'sex_orientation'], ['bisexual', 'sex_orientation'], ['pansexual', 'sex_orientation'],
]);
const PERSON_NOUN = new Set(['patient', 'patients', 'colleague', 'colleagues', 'man', 'woman', 'lady', 'person', 'people', 'nurse', 'kid', 'child', 'student', 'bloke', 'guy', 'friend', 'teenager', 'doctor', 'boy', 'girl', 'worker', 'family', 'couple', 'parent', 'parents', 'mum', 'dad']);
const SCARE_LEAD = new Set(['her', 'his', 'their', 'a', 'an', 'the', 'this', 'that', 'another', 'these', 'those', 'so-called']);
const PRONOUN_WORDS = new Set(['she', 'he', 'her', 'him']);
const CALLING = new Set(['calling', 'call', 'called', 'calls']);

function characteristic(category: string): string {
  return CHARACTERISTIC[category] ?? category;
}

/** Words that may open a sentence before the poster's own "calling ..." ("Still calling my trans colleague 'he'"). */
const SELF_OPEN = new Set(['i', 'we', 'still', 'always', 'just', 'keep', 'kept', 'literally', 'actually', 'and', 'so', 'honestly', 'will', "i'll", 'ill', "i'm", 'im']);

/** The sentence is the poster calling someone something: "Still calling my colleague 'he'", "I called him ...". */
function ownNaming(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  for (let j = s.t0; j < i && j < s.t0 + 4; j++) {
    const k = t.key(j);
    if (k === 'calling' || k === 'called' || k === 'call') return true;
    if (!SELF_OPEN.has(k)) return false;
  }
  return false;
}

function screened(t: TextAnalysis, a: number, b: number): boolean {
  const bits = t.frameOver(a, b);
  if (bits & (META | DEBUNK)) return true;
  if (bits & REPORT && !ownNaming(t, a)) return true;
  // A frame elsewhere in a shared post is the shared author's words, not a report of them ("RT @x: X
  // are vermin ... too scared of being called racist"): a repost endorses what it shares (sixth pass).
  return t.quotedSpan(a, b) && t.anyFrame(REPORT | META | DEBUNK) && !shares(t);
}

/** The clause after the first "but" following token i, in its sentence or the next: [start, end) or null. */
function butClause(t: TextAnalysis, i: number): [number, number] | null {
  const sn = t.tokens[i]!.sn;
  for (let j = i + 1; j < t.tokens.length; j++) {
    const tok = t.tokens[j]!;
    if (tok.sn > sn + 1) break;
    if (tok.k === 'but' || tok.k === 'however') {
      let end = j + 1;
      while (end < t.tokens.length && t.tokens[end]!.sn === tok.sn && !(end > j + 1 && t.tokens[end]!.flags & BREAK)) end++;
      return end > j + 1 ? [j, end] : null;
    }
  }
  return null;
}

interface Found {
  kind: string;
  category: string;
  evidence: Evidence[];
  t0: number;
  /** A generalisation that vilifies rather than stereotypes (crime, predation, disease, parasitism, revulsion). */
  severe?: boolean;
}

/**
 * Words of a generalisation that vilify a whole group rather than stereotype it: crime ("X are
 * criminals / thieves / scammers"), sexual predation, disease or pathology ("inbred", "mentally
 * ill", "riddled"), living off others ("scroungers", "a drain on", "a waste of oxygen") and
 * revulsion ("disgusting", "an abomination"). Said of a protected group they are as grave as a
 * comparison with vermin; milder stereotypes ("lazy", "loud", "can't drive") stay at review.
 */
const SEVERE = new Set([
  'criminals', 'criminal', 'rapists', 'rapist', 'terrorists', 'terrorist', 'jihadis', 'thieves', 'thief', 'thieving', 'crooks', 'crook', 'scammers', 'scammer',
  'fraudsters', 'fraudster', 'paedophiles', 'paedophile', 'pedophiles', 'paedos', 'paedo', 'pedos', 'predators', 'predator', 'groomers', 'groomer', 'perverts',
  'perverted', 'pervert', 'deviants', 'dealers', 'traffickers', 'gangsters', 'gangster', 'scroungers', 'scrounger', 'spongers', 'sponger', 'leeches', 'leech',
  'leeching', 'parasitic', 'freeloaders', 'bludgers', 'inbred', 'diseased', 'riddled', 'disgusting', 'abomination', 'abominations', 'unnatural', 'degenerates',
  'degenerate', 'evil', 'vile', 'violent', 'drain', 'burden', 'oxygen', 'ill', 'illness', 'disorder', 'cult',
  // Conspiracy tropes of ownership and control (predicates-more.txt, fifth pass).
  'strings', 'own', 'owns', 'control', 'controls', 'run', 'runs', 'running', 'procurement', 'contracts',
]);

function severeWords(t: TextAnalysis, a: number, b: number): boolean {
  return t.findKey(a, b, SEVERE) >= 0;
}

const TYPICAL_NEXT = new Set(['behaviour', 'behavior', 'move', 'attitude', 'mentality', 'logic', 'nonsense', 'thing', 'stuff', 'innit', 'lol', 'lmao', 'tbh', 'again', 'though', 'tho', 'honestly', 'driver', 'drivers', 'driving', 'parking']);

/** The phrase ends its clause (or is followed by "behaviour", "again", "lol"). */
function closes(t: TextAnalysis, i: number): boolean {
  const next = t.tokens[i];
  if (!next || (next.flags & (BREAK | CLAUSE | EMOJI)) !== 0 || TYPICAL_NEXT.has(next.k)) return true;
  // The phrase is a whole hashtag and another hashtag follows ("#StopTheBoats #SendThemBack"; the
  // normalised text has the "#" as a second space between them).
  const prev = t.tokens[i - 1];
  return (next.flags & HASHTAG) !== 0 && prev !== undefined && (prev.flags & HASHTAG) !== 0 && next.s > prev.e + 1;
}

/** Intensifiers before a word in scare quotes that make it a sneer ("a bit too 'vibrant'"). */
const SNEER_LEAD = new Set(['very', 'too', 'so', 'bit', 'rather', 'quite', 'extremely', 'really', 'proper', 'well']);

/** The word stands alone in quotation marks, with an intensifier up to three words before it. */
function sneered(t: TextAnalysis, h: Hit): boolean {
  if (!t.mayQuote || !t.quotedSpan(h.t0, h.t1)) return false;
  const before = t.norm.charAt(t.tokens[h.t0]!.s - 1);
  const after = t.norm.charAt(t.tokens[h.t1 - 1]!.e);
  if (!(before === "'" || before === '"') || !(after === "'" || after === '"')) return false;
  // Not bounded by the sentence: a trailing "..." ends one ("a bit too... 'vibrant'").
  return t.findKey(Math.max(0, h.t0 - 3), h.t0, SNEER_LEAD) >= 0;
}

/** Prepositions that open a short phrase of place or occasion ("on blue lights", "in the car park"). */
const PLACE_PREP = new Set(['on', 'in', 'at', 'round', 'around', 'near', 'outside']);
/** A wince, an eye-roll or laughter: the reaction that makes the phrase before it the joke. */
const WINCE = new Set(['😬', '🙄', '🙈', '😂', '🤣', '💀', '😱', '😳', '🤦', 'lol', 'lmao', 'omg', 'smh']);

/**
 * A stereotype phrase that must close its clause may first take a short phrase of place, if a wince
 * or laughter then closes it (sixth pass): "Women drivers on blue lights 😬", "X drivers in the
 * hospital car park omg 🙈"; not "Women drivers in F1 up 20% this year".
 */
function placeThenStance(t: TextAnalysis, i: number): boolean {
  if (!PLACE_PREP.has(t.key(i))) return false;
  const end = Math.min(t.tokens.length, i + 7);
  for (let j = i + 1; j < end; j++) {
    if (WINCE.has(t.key(j))) return true;
    if (t.tokens[j]!.flags & (BREAK | CLAUSE | EMOJI)) return false;
  }
  return false;
}

/** Phrases that are derogatory on their own ("there are only two genders"), dog whistles and "I'm not racist but". */
function standalone(t: TextAnalysis, groups: readonly Hit[]): Found[] {
  const out: Found[] = [];
  for (const h of t.hits(STATEMENTS)) {
    if (out.some((f) => f.t0 === h.t0)) continue;
    if (h.entry.tag === 'euphemism') {
      if (sneered(t, h) && !screened(t, h.t0, h.t1)) out.push({ kind: 'dogwhistle', category: 'race', evidence: [t.hitSpan(h)], t0: h.t0 });
      continue;
    }
    if (negatedHere(t, h.t0) || screened(t, h.t0, h.t1)) continue;
    // Quoted words are someone else's unless the post shares or approves of them.
    if (t.quotedSpan(h.t0, h.t1) && !(shares(t) || approves(t))) continue;
    // "Typical woman." but not "a typical Hindu wedding".
    if (h.entry.fields[1] === 'end' && !closes(t, h.t1) && !placeThenStance(t, h.t1)) continue;
    // "two genders of holly", "only two sexes of fish": a claim about sexes goes on to be about something else.
    if (h.entry.fields[0] === 'gender' && t.key(h.t1) === 'of') continue;
    if (quotedLabel(t, h.t0, h.t1)) continue;
    let kind = h.entry.tag;
    let category = h.entry.fields[0] ?? 'person';
    let evidence = [t.hitSpan(h)];
    if (kind === 'disclaimer' || kind === 'disclaimer-group') {
      const but = butClause(t, h.t1 - 1);
      if (!but) continue;
      const group = groups.find((g) => g.t0 >= h.t0 && g.t0 < but[1]);
      if (kind === 'disclaimer-group' && !group) continue;
      for (let i = h.t0; i < h.t1; i++) category = DISCLAIMED[t.key(i)] ?? category;
      if (category === 'person' && group) category = group.entry.tag;
      evidence = [t.span(h.t0, h.t1), t.span(but[0], but[1])];
      if (t.tokens[but[0]]!.sn === t.tokens[h.t0]!.sn && !(t.tokens[but[0]]!.flags & BREAK)) evidence = [t.span(h.t0, but[1])];
      kind = 'disclaimer';
    } else if (kind !== 'dogwhistle' && yesNoQuestion(t, h.t0)) continue;
    out.push({ kind, category, evidence, t0: h.t0 });
  }
  return out;
}

/** Identity words in scare quotes that refer to a person: 'a "non-binary" patient', 'her "wife"'. */
function scareQuotes(t: TextAnalysis, groups: readonly Hit[]): Found[] {
  if (!t.mayQuote) return [];
  const out: Found[] = [];
  const n = t.tokens.length;
  for (let i = 0; i < n; i++) {
    // "non-binary", "gender-fluid", "they/them": two tokens joined by a hyphen or a slash.
    const joined = i + 1 < n && t.tokens[i + 1]!.s === t.tokens[i]!.e + 1 && (t.norm.charAt(t.tokens[i]!.e) === '-' || t.norm.charAt(t.tokens[i]!.e) === '/');
    const category = (joined ? SCARE.get(`${t.key(i)}-${t.key(i + 1)}`) : undefined) ?? SCARE.get(t.key(i));
    if (!category) continue;
    // The quotation holds just this word: it opens right before and closes right after.
    const j = joined && SCARE.has(`${t.key(i)}-${t.key(i + 1)}`) ? i + 2 : i + 1;
    // Double quotes open a clause; single ones ('lady') are checked by the characters around the word below.
    if (!t.inQuotes(i) || !(t.tokens[i]!.flags & CLAUSE || t.norm.charAt(t.tokens[i]!.s - 1) === "'")) continue;
    const before = t.norm.charAt(t.tokens[i]!.s - 1);
    const after = t.norm.charAt(t.tokens[j - 1]!.e);
    if (!(before === '"' || before === "'") || !(after === '"' || after === "'")) continue;
    const pronoun = PRONOUN_WORDS.has(t.key(i));
    const next = t.key(j);
    const prev = t.key(i - 1);
    // A quoted identity word standing alone as its own short sentence after a group is named ("Sorry, 'man'. Whatever.").
    const sent = t.sentenceOf(i);
    const alone = sent.t1 - sent.t0 <= 3 && groups.some((g) => g.t1 <= i);
    if (!alone && (pronoun ? !(prev === 'as' || prev === 'call' || prev === 'calls' || prev === 'called' || prev === 'calling' || t.findKey(i - 4, i, CALLING) >= 0) : !(PERSON_NOUN.has(next) || SCARE_LEAD.has(prev)))) continue;
    if (screened(t, i, j)) continue;
    const a = SCARE_LEAD.has(prev) ? i - 1 : i;
    const b = PERSON_NOUN.has(next) ? j + 1 : j;
    out.push({ kind: 'mockery', category, evidence: [t.span(a, b)], t0: i });
  }
  return out;
}

/** Words that may open a clause before the group it is about ("honestly all the ...", "why do ..."). */
const SUBJECT_LEAD = new Set([
  'the', 'these', 'those', 'all', 'some', 'most', 'many', 'honestly', 'typical', 'bloody', 'fucking', 'another', 'that', 'this', 'a', 'an', 'our', 'your', 'their',
  'why', 'do', 'does', 'so', 'and', 'but', 'lol', 'ngl', 'tbh', 'seriously', 'again', 'just', 'more', 'every', 'of', 'yet', 'then', 'sorry', 'oh', 'look', 'at', 'them',
  'half', 'two', 'three', 'few', 'load', 'lot', 'bunch', 'group', 'family', 'couple', 'dirty', 'filthy', 'another', 'even', 'now', 'today', 'always', 'like', 'literally',
]);

/** Words that show a sentence speaks for the group, or of how others treat it ("victims of", "barriers", "treated like criminals"). */
const SYMPATHY = new Set([
  'victim', 'victims', 'discrimination', 'discriminated', 'racism', 'prejudice', 'abuse', 'abused', 'bullied', 'bullying', 'harassed', 'harassment', 'attacked',
  'targeted', 'underestimated', 'disbelieved', 'dismissed', 'stigma', 'stigmatised', 'stigmatized', 'stereotype', 'stereotyped', 'stereotypes', 'treated', 'treat', 'called', 'labelled', 'labeled', 'portrayed',
  'branded', 'accused', 'assumed', 'seen', 'myth', 'support', 'supported', 'supporting', 'deserve', 'deserves', 'rights', 'equality', 'equal', 'inclusion',
  'inclusive', 'welcome', 'protect', 'protected', 'safe', 'safety', 'vulnerable', 'risk', 'likely', 'disproportionately', 'barriers', 'struggle', 'struggles',
  'struggling', 'suffer', 'suffers', 'suffering', 'face', 'faces', 'facing', 'need', 'needs', 'help', 'access', 'dignity', 'respect', 'understand', 'awareness',
  'campaign', 'fight', 'fighting', 'against', 'despite', 'unfairly', 'wrongly', 'falsely', 'worry', 'worried', 'fear', 'afraid', 'scared', 'by', 'hate',
]);
/** How many words after the group the contemptuous word may be. */
const HOSTILE_REACH = 8;

/**
 * A group as the subject of its clause with a contemptuous word a few words on ("Roma women steal
 * from the hospital shop", "fat patients clogging up the list"), where no template fits. Not when
 * the sentence speaks for the group or of how others treat it ("victims of violent crime").
 */
/**
 * Two stereotype formats with the group as the butt (fifth pass, review level):
 * - the equation meme opening its sentence ("Irish dads + family court = guaranteed shouting match",
 *   "Asian drivers + the car park = my daily nightmare"); not when the sum names a gap in care
 *   ("Deaf patients + no interpreter = unsafe care");
 * - a "why" question that generalises with always/never ("Why is it ALWAYS the Asian grandmas who know
 *   better", "why are the gay lads always my favourites"); not with words of sympathy or of what is
 *   done to the group ("Why are disabled people always left out of planning?").
 */
const CARE_GAP = new Set([
  'no', 'without', 'lack', 'missing', 'cuts', 'cut', 'delays', 'delay', 'waits', 'wait', 'waiting', 'unsafe', 'harm', 'harmed', 'risk', 'risks', 'missed', 'inequality',
  'inequalities', 'worse', 'outcomes', 'barrier', 'barriers', 'excluded', 'exclusion', 'isolation', 'isolated', 'discrimination', 'deaths', 'death', 'died', 'lonely',
  'loneliness', 'poverty', 'racism', 'stigma', 'underdiagnosed', 'misdiagnosed', 'ignored', 'dismissed', 'left', 'failed',
]);
const ALWAYS = new Set(['always', 'never', 'constantly', 'forever']);
const DONE_TO = new Set(['get', 'gets', 'got', 'getting', 'left', 'treated', 'ignored', 'forgotten', 'overlooked', 'excluded', 'blamed', 'targeted', 'missed', 'denied', 'refused', 'turned', 'stopped', 'searched', 'restrained', 'sectioned', 'waiting', 'kept', 'made', 'given', 'told']);

const WHY = new Set(['why', 'y']);
/** Laughter and eye-rolls that make a habit a joke at the group's expense. */
const STANCE = new Set(['😂', '🤣', '🙄', '🙈', '💀', '😅', '😆', 'lol', 'lmao', 'haha', 'typical', 'classic']);
/** Warm habits ("always bring the best food for Eid 😂") are left to the reader. */
const PRAISE = new Set(['best', 'lovely', 'amazing', 'brilliant', 'kind', 'kindest', 'generous', 'thank', 'thanks', 'grateful', 'love', 'favourite', 'sweet', 'fab', 'gorgeous']);
/** Hedges that own up to a generalisation ("bit of a generalisation I know but", "not being funny but"). */
const HEDGED = new Set(['generalisation', 'generalization', 'stereotype', 'stereotyping', 'funny', 'controversial', 'unpopular']);
/** "some", "most": not the whole group. */
const NOT_WHOLE = new Set(['some', 'most', 'many', 'often', 'sometimes', 'usually', 'tend']);
function everyTime(t: TextAnalysis, a: number, b: number): boolean {
  for (let i = a; i < b - 1; i++) if (t.key(i) === 'every' && (t.key(i + 1) === 'time' || t.key(i + 1) === 'single')) return true;
  for (let i = a; i < b - 1; i++) if (t.key(i) === 'without' && t.key(i + 1) === 'fail') return true;
  return false;
}

function formulaOrWhy(t: TextAnalysis, groups: readonly Hit[]): Found[] {
  // Cheap token tests first; quotation marks and frames only for a candidate.
  const held = (g: Hit): boolean => (t.frameOver(g.t0, g.t1) & (REPORT | META | DEBUNK)) !== 0 || t.quotedSpan(g.t0, g.t1);
  for (const g of groups) {
    const s = t.sentenceOf(g.t0);
    if (g.t0 - s.t0 <= 1 && g.t1 < s.t1) {
      // The sum sign right after the group and an equals sign later in its sentence.
      const after = t.norm.slice(t.tokens[g.t1 - 1]!.e, t.tokens[g.t1]!.s);
      if (after.includes('+')) {
        const eq = t.norm.indexOf('=', t.tokens[g.t1]!.s);
        if (eq >= 0 && eq < t.tokens[s.t1 - 1]!.e && t.findKey(g.t1, s.t1, CARE_GAP) < 0 && !held(g)) {
          return [{ kind: 'negative', category: g.entry.tag, evidence: [t.span(g.t0, s.t1)], t0: g.t0 }];
        }
      }
    }
    // "why" opening its sentence or a clause of it ("Observation of the week: why are ...").
    const w = t.findKey(Math.max(s.t0, g.t0 - 6), g.t0, WHY);
    const adv = t.key(g.t1) === 'just' || t.key(g.t1) === 'all' ? g.t1 + 1 : g.t1;
    const habit = ALWAYS.has(t.key(adv));
    if (w < 0 && !habit) continue;
    const plain = t.findKey(s.t0, s.t1, SYMPATHY) < 0 && t.findKey(s.t0, s.t1, DONE_TO) < 0 && t.findKey(s.t0, s.t1, CARE_GAP) < 0;
    if (!plain) continue;
    if (w >= 0 && (w === s.t0 || t.clauseStart(w) === w) && t.findKey(w, s.t1, ALWAYS) >= 0 && !held(g)) {
      return [{ kind: 'negative', category: g.entry.tag, evidence: [t.span(w, Math.max(g.t1, Math.min(s.t1, g.t1 + 6)))], t0: w }];
    }
    // "Asian families always bring the whole village 😂", "the Muslim lads never want a female crew, every
    // time": a habit said of the whole group, with laughter, an eye-roll or "every time" beside it.
    if (habit && t.findKey(s.t0, s.t1, NOT_WHOLE) < 0 && t.findKey(s.t0, s.t1, PRAISE) < 0 && (t.findKey(s.t0, s.t1, STANCE) >= 0 || (everyTime(t, adv, s.t1) && t.findKey(s.t0, s.t1, HEDGED) >= 0)) && !held(g)) {
      return [{ kind: 'negative', category: g.entry.tag, evidence: [t.span(g.t0, Math.min(s.t1, adv + 4))], t0: g.t0 }];
    }
  }
  return [];
}

function hostileClause(t: TextAnalysis, groups: readonly Hit[]): Found[] {
  if (!t.has(HOSTILE)) return [];
  const hostile = t.hits(HOSTILE);
  const out: Found[] = [];
  for (const g of groups) {
    const cs = t.clauseStart(g.t0);
    let subject = true;
    // A reply's opening @handle is not part of the clause ("@x gay men only come in because ...").
    for (let i = cs; i < g.t0 && subject; i++) if (!SUBJECT_LEAD.has(t.key(i)) && !(t.tokens[i]!.flags & MENTION)) subject = false;
    if (!subject || negatedHere(t, g.t0) || yesNoQuestion(t, g.t0)) continue;
    const ce = t.clauseEnd(Math.max(g.t0, g.t1 - 1));
    const h = hostile.find((x) => x.t0 >= g.t1 && x.t1 <= ce && x.t0 - g.t1 <= HOSTILE_REACH && (g.entry.tag !== 'other' || x.entry.tag === 'dehumanise'));
    if (!h || t.negated(h.t0) || t.negationIn(g.t1, h.t0)) continue;
    // "living like animals because of the government": the cause is someone else's doing.
    if ((t.key(h.t1) === 'because' && t.key(h.t1 + 1) === 'of') || (t.key(h.t1) === 'due' && t.key(h.t1 + 1) === 'to')) continue;
    const sent = t.sentenceOf(g.t0);
    // The hostile words themselves are not sympathy ("do not respect female clinicians").
    if (t.findKey(sent.t0, h.t0, SYMPATHY) >= 0 || t.findKey(h.t1, sent.t1, SYMPATHY) >= 0) continue;
    if (screened(t, g.t0, h.t1)) continue;
    if (t.quotedSpan(g.t0, h.t1) && !(shares(t) || approves(t))) continue;
    out.push({ kind: 'hostile', category: g.entry.tag, evidence: [t.span(g.t0, g.t1), t.hitSpan(h)], t0: g.t0 });
  }
  if (out.length > 0) return out;
  // "they all" / "they're all" standing for a group named just before, in this sentence or the
  // previous one ("the Eastern European lot ..., shame they all smell of cabbage").
  for (let i = 0; i + 1 < t.tokens.length; i++) {
    const k = t.key(i);
    if (!THEY_ALL.has(k)) continue;
    const j = t.key(i + 1) === 'all' ? i + 2 : t.key(i + 1) === 'are' && t.key(i + 2) === 'all' ? i + 3 : -1;
    if (j < 0) continue;
    const sn = t.tokens[i]!.sn;
    const g = groups.find((x) => x.t1 <= i && x.entry.tag !== 'other' && sn - t.tokens[x.t0]!.sn <= 1);
    if (!g || negatedHere(t, i) || yesNoQuestion(t, i)) continue;
    const ce = t.clauseEnd(j);
    const h = hostile.find((x) => x.t0 >= j && x.t1 <= ce && x.t0 - j <= 4);
    if (!h || t.negated(h.t0) || t.negationIn(i, h.t0)) continue;
    const sent = t.sentenceOf(i);
    if (t.findKey(sent.t0, sent.t1, SYMPATHY) >= 0 || screened(t, g.t0, h.t1)) continue;
    if (t.quotedSpan(i, h.t1) && !(shares(t) || approves(t))) continue;
    out.push({ kind: 'hostile', category: g.entry.tag, evidence: [t.span(g.t0, g.t1), t.span(i, h.t1)], t0: g.t0 });
    break;
  }
  return out;
}

const THEY_ALL = new Set(['they', "they're", 'theyre', 'theyve', "they've"]);

/** How many words after the mocking verb phrase its target may start. */
const MOCK_REACH = 5;
/** Words before a mocking verb that make it a rebuke or a question ("stop laughing at ...", "people who mock ..."). */
const MOCK_REBUKE = new Set(['stop', 'quit', 'who', "don't", 'dont', 'never', 'no', 'not', 'why', 'anyone', 'people', 'those']);
const TRY = new Set(['try', 'trying', 'tried', 'tries']);
const SELF = new Set(['my', 'our', 'me', 'us', 'mine']);
const INDEFINITE = new Set(['a', 'an', 'some']);

/** Words that make a quoted mimicry something the poster reports or condemns ("... Reported him."). */
const COUNTERED = new Set(['reported', 'reporting', 'report', 'challenged', 'racist', 'racism', 'unacceptable', 'datix', 'complaint', 'complained', 'abuse', 'abused']);

/** A religion named as a faith, not its people: mocking Christianity is criticism of ideas. */
const FAITH_NAME = new Set(['islam', 'judaism', 'sikhism', 'hinduism', 'christianity', 'catholicism']);
const THIRD_SUBJECT = new Set(['he', 'she', 'they', 'someone', 'somebody', 'people', 'everyone', 'kids', 'patients', 'colleagues', "he's", "she's", "they're", 'others', 'many', 'some']);

/** The clause before token i has a third-person subject: a pronoun, or a capitalised name after its first word. */
function thirdPartySubject(t: TextAnalysis, i: number): boolean {
  const cs = t.clauseStart(i);
  for (let j = Math.max(cs, i - 4); j < i; j++) {
    if (THIRD_SUBJECT.has(t.key(j))) return true;
    if (j > t.sentenceOf(j).t0 && t.capitalised(j) && t.key(j) !== 'i') return true;
  }
  return false;
}

/**
 * Mockery: a mocking verb phrase, then within five words a group or person named by a protected
 * characteristic, or a trait such as an accent or a limp ("doing the voice of our Pakistani
 * consultant", "trying not to laugh at the accent", "walk like the lad with CP"). Not when the
 * trait is the poster's own ("laughed at my accent": abuse received), the verb is rebuked or
 * negated ("stop mocking ..."; "trying not to laugh" still mocks), reported or talked about; a
 * comparison with an indefinite old person is self-deprecation ("I walk like an old man").
 */
function mockery(t: TextAnalysis, groups: readonly Hit[]): Found[] {
  if (!t.has(MOCKING)) return [];
  const hits = t.hits(MOCKING);
  const out: Found[] = [];
  for (const m of hits) {
    if (m.entry.tag !== 'mock') continue;
    // "trying not to laugh at ...": suppressed laughter still mocks.
    const tried = TRY.has(t.key(m.t0 - 3)) || TRY.has(t.key(m.t0 - 2));
    if (!tried && (MOCK_REBUKE.has(t.key(m.t0 - 1)) || t.negated(m.t0))) continue;
    if (screened(t, m.t0, m.t1) || yesNoQuestion(t, m.t0)) continue;
    // Someone else doing the mocking is reported, not done ("Wendy Davis mocks ...", "kids used to mimic ...").
    if (thirdPartySubject(t, m.t0)) continue;
    const end = Math.min(t.sentenceOf(m.t0).t1, m.t1 + MOCK_REACH);
    let target: { t0: number; t1: number; category: string } | undefined;
    // "doing the Chinese accent": the phrase names the identity itself.
    if (m.entry.fields[0]) target = { t0: m.t0, t1: m.t1, category: m.entry.fields[0] };
    const g = target ? undefined : groups.find((x) => x.t0 >= m.t1 && x.t0 < end && x.entry.tag !== 'other' && !FAITH_NAME.has(x.entry.term));
    // "laughing at the old ladies' jokes": their jokes, not them (unless it is their accent or limp).
    const possessive = g && t.norm.charAt(t.tokens[g.t1 - 1]!.e) === "'" && !hits.some((x) => x.entry.tag === 'trait' && x.t0 === g.t1);
    if (g && !possessive) {
      const det = t.key(g.t0 - 1);
      const like = t.key(m.t1 - 1) === 'like';
      if (!(like && g.entry.tag === 'age' && (INDEFINITE.has(det) || INDEFINITE.has(t.key(g.t0))))) target = { t0: g.t0, t1: g.t1, category: g.entry.tag };
    }
    if (!target) {
      const trait = hits.find((x) => x.entry.tag === 'trait' && x.t0 >= m.t1 && x.t0 < end);
      if (trait && !SELF.has(t.key(trait.t0 - 1)) && !SELF.has(t.key(trait.t0 - 2))) target = { t0: trait.t0, t1: trait.t1, category: 'person' };
    }
    if (!target || t.quotedSpan(m.t0, target.t1)) continue;
    out.push({ kind: 'mocking', category: target.category, evidence: [t.span(m.t0, target.t1)], t0: m.t0 });
  }
  // Eye dialect in quotation marks, with someone named by race or nationality in the same or the
  // previous sentence: "my Nigerian patient today: 'my back dey pain me o' 😂". Not reported or
  // talked about, and not when the quotation is what someone said to the poster.
  if (t.mayQuote && t.findKey(0, t.tokens.length, COUNTERED) < 0) {
    for (const d of hits) {
      if (d.entry.tag !== 'dialect' || !t.quotedSpan(d.t0, d.t1)) continue;
      const sn = t.tokens[d.t0]!.sn;
      const g = groups.find((x) => x.entry.tag === 'race' && x.t1 <= d.t0 && sn - t.tokens[x.t0]!.sn <= 1);
      if (!g || screened(t, g.t0, d.t1) || out.some((f) => f.t0 === g.t0)) continue;
      out.push({ kind: 'mocking', category: 'race', evidence: [t.span(g.t0, g.t1), t.hitSpan(d)], t0: g.t0 });
      break;
    }
  }
  return out;
}

/** Tokens [a, b) hold eye dialect or a doubled sound joined by a hyphen ("ahn-ahn", "ayy-ayy"). */
function mimicked(t: TextAnalysis, a: number, b: number): boolean {
  if (t.has(MOCKING) && t.hits(MOCKING).some((h) => h.entry.tag === 'dialect' && h.t0 >= a && h.t1 <= b)) return true;
  for (let i = a; i + 1 < b; i++) {
    if (t.key(i) === t.key(i + 1) && t.tokens[i + 1]!.s === t.tokens[i]!.e + 1 && t.norm.charAt(t.tokens[i]!.e) === '-') return true;
  }
  return false;
}

/** Crying-with-laughter and "I can't" reactions. */
const CRYING = new Set(['😭', '🙈', '🤭']);

/** Words that tell quoted words as someone's habit of speech. */
const HABIT = new Set(['says', 'goes', 'saying', 'going', 'whenever', 'always', 'every', 'keeps', 'constantly', 'everytime']);

/** "so I", "that's why we": the poster's own act following from what was said. */
const SO = new Set(['so', 'hence', 'thats', "that's", 'which']);
const ACT_SELF = new Set(['i', 'we', "i'll", "we'll", 'ill', 'i’ll']);
/** What a clinician does to a patient's care: give less, skip, refuse, delay. */
const ACT = new Set([
  'halve', 'halved', 'halving', 'half', 'cut', 'reduce', 'reduced', 'ignore', 'ignored', 'skip', 'skipped', 'refuse', 'refused', "don't", 'dont', "won't", 'wont', 'never',
  'withhold', 'withheld', 'stopped', 'stop', 'leave', 'left', 'book', 'booked', 'put', 'send', 'sent', 'give', 'gave', 'see', 'treat', 'discharge', 'discharged', 'downgrade',
  'downgraded', 'undertriage', 'under-triage', 'triage', 'always', 'just', 'only', 'deliberately',
]);

/**
 * In the sentence of token i or the next: "so I / so we / that's why I / which is why we" and then,
 * within two words, an act on someone's care ("so I halve what they ask for").
 */
function actsOn(t: TextAnalysis, i: number): boolean {
  const sn = t.tokens[i]!.sn;
  for (let j = i + 1; j < t.tokens.length && t.tokens[j]!.sn <= sn + 1; j++) {
    if (!SO.has(t.key(j))) continue;
    let k = j + 1;
    if (t.key(j) !== 'so' && t.key(k) === 'is') k++;
    if (t.key(j) !== 'so' && t.key(k) === 'why') k++;
    else if (t.key(j) !== 'so') continue;
    if (!ACT_SELF.has(t.key(k))) continue;
    if (ACT.has(t.key(k + 1)) || ACT.has(t.key(k + 2))) return true;
  }
  return false;
}

/** Laughter outside a quotation: what makes quoted words a joke at the speaker's expense. */
const LAUGH = new Set(['😂', '🤣', '💀', '😆', '😹', 'lol', 'lmao', 'lmfao', 'haha', 'hahaha', 'hahahaha', 'rofl', 'pmsl']);

function laughs(t: TextAnalysis): boolean {
  for (let i = 0; i < t.tokens.length; i++) if (LAUGH.has(t.key(i)) && !t.inQuotes(i)) return true;
  return false;
}

/** A national flag emoji (two regional indicator letters): it names a nationality as a word would. */
const FLAG_EMOJI = /[\u{1F1E6}-\u{1F1FF}]{2}/u;

function flagEmoji(t: TextAnalysis): boolean {
  // The tokeniser drops regional indicators; the original text still has them.
  return FLAG_EMOJI.test(t.text);
}

/**
 * Mimicry without a mocking verb: someone named by race or nationality and their words quoted,
 * with laughter outside the quotation ("Chinese student in my seminar: 'I rove physio' 😂",
 * "'Dis one is not paining?' every single Asian aunty"), or an accent spelt out in two or more
 * eye-dialect words beside a flag or a nationality ("Vee vill now take ze blood pressure 🇩🇪").
 * Not in a post that reports or condemns it, nor when the quotation is the poster's own.
 */
function mimicry(t: TextAnalysis, groups: readonly Hit[]): Found[] {
  // Cheap exits first: this runs on every post that nothing else flagged.
  if (groups.length === 0 && !t.has(MOCKING)) return [];
  const race = groups.filter((g) => g.entry.tag === 'race' && !FAITH_NAME.has(g.entry.term));
  if (race.length === 0 && !t.has(MOCKING)) return [];
  if (t.findKey(0, t.tokens.length, COUNTERED) >= 0) return [];
  if (t.has(MOCKING)) {
    const dialect = t.hits(MOCKING).filter((h) => h.entry.tag === 'dialect');
    const distinct = new Set(dialect.map((h) => h.entry.term));
    // Broken English quoted as a performance needs no nationality named ("a lady going 'me no understand, me wan see doctor' 😭").
    const performed = dialect.every((h) => t.quotedSpan(h.t0, h.t1)) && (laughs(t) || t.findKey(0, t.tokens.length, CRYING) >= 0);
    if (distinct.size >= 2 && (race.length > 0 || flagEmoji(t) || performed) && !screened(t, dialect[0]!.t0, dialect[dialect.length - 1]!.t1)) {
      return [{ kind: 'mocking', category: 'race', evidence: [t.span(dialect[0]!.t0, dialect[dialect.length - 1]!.t1)], t0: dialect[0]!.t0 }];
    }
  }
  if (race.length === 0 || !t.mayQuote || !laughs(t)) return [];
  for (const g of race) {
    if (t.inQuotes(g.t0) || screened(t, g.t0, g.t1)) continue;
    const sn = t.tokens[g.t0]!.sn;
    let q = -1;
    for (let i = 0; i < t.tokens.length && q < 0; i++) {
      const d = t.tokens[i]!.sn - sn;
      if (d >= -1 && d <= 1 && t.inQuotes(i) && !(t.tokens[i]!.flags & EMOJI)) q = i;
    }
    if (q < 0) continue;
    // Mimicry is of a way of talking, told as a habit ("says 'ahn-ahn' whenever she's annoyed",
    // "every time"), not one thing said once ("The Polish builder said 'VAT is extra' lol").
    const qs = t.sentenceOf(q);
    let habit = false;
    for (let i = Math.min(qs.t0, g.t0); i < Math.max(qs.t1, g.t1) && !habit; i++) if (HABIT.has(t.key(i)) && !t.inQuotes(i)) habit = true;
    if (!habit) continue;
    // "I said 'morning' to the Polish lads 😂": the poster's own words.
    if (t.key(q - 1) === 'said' && (t.key(q - 2) === 'i' || t.key(q - 2) === 'we')) continue;
    let q1 = q;
    while (q1 < t.tokens.length && t.inQuotes(q1)) q1++;
    // The quotation must itself be a way of talking: eye dialect or a doubled sound ("ahn-ahn"), not
    // ordinary words ("always says 'well done' after handover 😂").
    if (!mimicked(t, q, q1)) continue;
    return [{ kind: 'mocking', category: 'race', evidence: [t.span(g.t0, g.t1), t.span(q, q1)], t0: g.t0 }];
  }
  return [];
}

/**
 * Triple parentheses round a name or word, the antisemitic "echo" ("(((globalists)))"): a plain
 * substring test, and only on posts that have text at all.
 */
const ECHO_TARGET = new Set([
  'globalist', 'globalists', 'banker', 'bankers', 'the bankers', 'media', 'the media', 'elite', 'elites', 'the elites', 'soros', 'rothschild', 'rothschilds', 'them',
  'they', 'zionist', 'zionists', 'hollywood', 'jew', 'jews', 'jewish', 'cosmopolitan', 'cosmopolitans', 'neocon', 'neocons', 'financiers', 'the owners', 'who', 'the government',
]);

const ECHO_PEOPLE = new Set(['people', 'folk', 'crowd', 'elite', 'media', 'lot', 'tribe']);
const ECHO_DET = new Set(['same', 'certain', 'those', 'these', 'usual', 'some']);

function echo(t: TextAnalysis): Found[] {
  const i = t.text.indexOf('(((');
  if (i < 0) return [];
  const j = t.text.indexOf(')))', i + 3);
  if (j < 0 || j - i > 40) return [];
  // "(((hugs)))", "(((Sarah)))" are hugs; only the usual targets of the echo count.
  const inner = t.text.slice(i + 3, j).trim().toLowerCase();
  // A plural people-word after a determiner is a target too ("(((same people)))", "(((certain people)))",
  // "(((the usual suspects)))"); hugs and names stay one word or a name (fifth pass).
  const words = inner.split(/\s+/);
  const general = words.length >= 2 && words.length <= 3 && ECHO_DET.has(words[0] === 'the' ? words[1]! : words[0]!) && (words[words.length - 1]!.endsWith('s') || ECHO_PEOPLE.has(words[words.length - 1]!)) && !words.includes('hugs');
  if (!ECHO_TARGET.has(inner) && !general) return [];
  return [{ kind: 'dogwhistle', category: 'religion', evidence: [t.rawSpan(i, j + 3)], t0: t.tokenAt(i) }];
}

/**
 * Emoji as the predicate (fifth pass): monkeys, apes or rats said of people ("🐒🍌 new HCA from Lagos",
 * "surname sounds a bit 🐒🍌", "asylum hotel opposite 🐀🐀🐀", "999 call to the estate and it's all
 * 🐒🐒🐒"), and disgust after an identity flag or a group ("Next client is 🏳️‍🌈🤮"). A primate or
 * vermin emoji needs people named in the post and a sign that it is said of them: a banana with the
 * primate, the emoji repeated, or a group named in its sentence. Posts about real animals (the animal
 * named in words, a zoo) and posts that report or condemn the abuse are skipped.
 */
const EMOJI_PEOPLE = new Set([
  'hca', 'hcas', 'reg', 'regs', 'registrar', 'nurse', 'nurses', 'doctor', 'doctors', 'colleague', 'colleagues', 'locum', 'locums', 'consultant', 'student', 'students',
  'family', 'families', 'surname', 'surnames', 'name', 'client', 'clients', 'patient', 'patients', 'neighbours', 'neighbour', 'estate', 'estates', 'lot', 'asylum',
  'man', 'woman', 'bloke', 'lad', 'lads', 'girl', 'boy', 'staff', 'porter', 'cleaner', 'receptionist', 'mute', 'tenants', 'people', 'ppl',
  // New staff named by grade or intake (sixth pass: "the new band 5s 🐒🐒").
  'band', 'starters', 'newstarters', 'recruits', 'intake', 'newbies', 'caseload',
]);
const ANIMAL_CONTEXT = new Set([
  'zoo', 'zoos', 'monkey', 'monkeys', 'ape', 'apes', 'gorilla', 'gorillas', 'chimp', 'chimps', 'orangutan', 'safari', 'wildlife', 'rat', 'rats', 'mouse', 'mice',
  'rodent', 'rodents', 'cockroach', 'cockroaches', 'pest', 'pests', 'banana', 'bananas', 'pet', 'pets', 'cheeky', 'year', 'jungle', 'vomit', 'vomiting', 'sick',
  'nausea', 'nauseous', 'hungover', 'hangover', 'zodiac', 'infestation', 'droppings',
]);
const EMOJI_COUNTER = new Set(['reported', 'reporting', 'report', 'racist', 'racism', 'unacceptable', 'abuse', 'abused', 'disgusting', 'datix', 'police', 'hate', 'vile', 'bigots', 'bigot', 'homophobic', 'homophobia', 'transphobic']);

function emojiDehumanise(t: TextAnalysis, groups: readonly Hit[]): Found[] {
  if (!t.has(EMOJI_PREDICATES)) return [];
  const hits = t.hits(EMOJI_PREDICATES);
  const n = t.tokens.length;
  if (t.findKey(0, n, EMOJI_COUNTER) >= 0) return [];
  const out: Found[] = [];
  for (const h of hits) {
    const kind = h.entry.tag;
    if (t.frameOver(h.t0, h.t1) & (REPORT | META)) continue;
    if (kind === 'identity') {
      out.push({ kind: 'dehumanise', category: t.key(h.t0) === '⚧' || t.key(h.t0 + 1) === '⚧' ? 'gender' : 'sex_orientation', evidence: [t.hitSpan(h)], t0: h.t0 });
      return out;
    }
    if (kind === 'disgust') {
      // "Muslims 🤮": a group right before the face (the words are about them, not about feeling sick).
      const g = groups.find((x) => x.t1 === h.t0 || x.t1 === h.t0 - 1);
      if (g && t.findKey(0, n, ANIMAL_CONTEXT) < 0) {
        out.push({ kind: 'dehumanise', category: g.entry.tag, evidence: [t.span(g.t0, h.t1)], t0: g.t0 });
        return out;
      }
      continue;
    }
    if (kind !== 'primate' && kind !== 'vermin') continue;
    if (t.findKey(0, n, ANIMAL_CONTEXT) >= 0) return [];
    const sent = t.sentenceOf(h.t0);
    const banana = kind === 'primate' && hits.some((o) => o.entry.tag === 'banana');
    const repeated = hits.some((o) => o !== h && (o.t0 === h.t1 || o.t1 === h.t0) && o.entry.tag === kind);
    const group = groups.find((g) => g.t0 >= sent.t0 && g.t1 <= sent.t1) ?? groups[0];
    const inSentence = group !== undefined && group.t0 >= sent.t0 && group.t1 <= sent.t1;
    if (!banana && !repeated && !inSentence) continue;
    // People the emoji is said of: a group, or a person, family, surname or estate in the post.
    let who = group ? group.t0 : -1;
    if (who < 0) who = t.findKey(0, n, EMOJI_PEOPLE);
    if (who < 0) continue;
    const end = group && group.t0 === who ? group.t1 : who + 1;
    out.push({ kind: 'dehumanise', category: group?.entry.tag ?? 'race', evidence: [t.span(who, end), t.hitSpan(h)], t0: Math.min(who, h.t0) });
    return out;
  }
  return out;
}

/** Pronouns after "on" standing for a group named just before ("don't waste a bed on em"). */
const ON_PRONOUN = new Set(['them', 'em', "'em", 'those', 'these', 'that']);
/** Prepositions that make the words after "on" a phrase of their own ("on hold with deaf patients"). */
const ON_BREAK = new Set(['with', 'for', 'to', 'at', 'in', 'from', 'by', 'about', 'while', 'whilst', 'when']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's", 'its', "'s"]);

/**
 * "waste <anything> on <group>" (sixth pass): whatever is spent on the group is called wasted: "don't
 * waste a bed on em", "not wasting the detailed plans on the X families anymore", "why waste a penny
 * on X". A negated imperative still withholds care, so negation does not clear it; "never wasted on",
 * "isn't wasted on" (money well spent) and the passive saying ("youth is wasted on the young") do.
 */
function wastedOn(t: TextAnalysis, groups: readonly Hit[]): Found[] {
  if (!t.has(WASTE) || groups.length === 0) return [];
  for (const w of t.hits(WASTE)) {
    const i = w.t0;
    // "a waste of": the noun.
    if (t.key(i + 1) === 'of' || INDEFINITE.has(t.key(i - 1))) continue;
    const ce = t.clauseEnd(i);
    let on = -1;
    for (let j = i + 1; j < ce && j <= i + 6; j++) {
      if (t.key(j) === 'on') {
        on = j;
        break;
      }
    }
    if (on < 0) continue;
    let g: Hit | undefined;
    for (const x of groups) {
      if (x.t0 <= on || x.t0 > on + 3 || x.t0 >= ce + 1) continue;
      if (t.findKey(on + 1, x.t0, ON_BREAK) >= 0) continue;
      g = x;
      break;
    }
    if (!g && ON_PRONOUN.has(t.key(on + 1))) {
      const sn = t.tokens[on]!.sn;
      g = groups.find((x) => x.t1 <= on && sn - t.tokens[x.t0]!.sn <= 1);
    }
    if (!g) continue;
    if (t.key(i) === 'wasted' && (t.negated(i) || BE.has(t.key(i - 1)))) continue;
    if (screened(t, i, Math.max(g.t1, on + 1)) || yesNoQuestion(t, i)) continue;
    if (t.quotedSpan(i, on + 1) && !(shares(t) || approves(t))) continue;
    const end = g.t0 > on ? g.t1 : on + 2;
    return [{ kind: 'exclude', category: g.entry.tag, evidence: g.t0 > on ? [t.span(i, end)] : [t.span(g.t0, g.t1), t.span(i, end)], t0: Math.min(i, g.t0) }];
  }
  return [];
}

/** Collective nouns that name people as a mass, without a plural "s". */
const MASS = new Set(['cattle', 'vermin', 'scum', 'filth', 'livestock', 'swine', 'dregs', 'riffraff', 'riff-raff', 'trash']);
/** Intensifiers that may open a one-word verdict ("Absolute vermin."). */
const VERDICT_LEAD = new Set(['just', 'all', 'absolute', 'total', 'utter', 'bloody', 'fucking', 'proper', 'pure', 'complete', 'nothing', 'but']);

/**
 * A verdict standing as its own sentence after a sentence that names a group (sixth pass): "Eastern
 * Europeans make up most of the no-shows. Cattle.", "... the coachload of X turned up. Scroungers and
 * pickpockets, every single one of them". Only dehumanising or vilifying nouns (the words of SEVERE),
 * which cannot be a comment on the weather or the day; a plural or mass noun (people, not a thing).
 */
function verdictFragment(t: TextAnalysis, groups: readonly Hit[]): Found[] {
  if (groups.length === 0 || !hasPredicates(t)) return [];
  for (const h of predicateHits(t)) {
    if (h.entry.fields[0] !== 'after') continue;
    const kind = h.entry.tag;
    if (kind !== 'dehumanise' && kind !== 'negative') continue;
    const s = t.sentenceOf(h.t0);
    let a = s.t0;
    while (a < h.t0 && VERDICT_LEAD.has(t.key(a))) a++;
    if (a !== h.t0 || s.t0 === 0) continue;
    const head = t.key(h.t1 - 1);
    if (!(head.endsWith('s') || MASS.has(head))) continue;
    if (kind === 'negative' && !severeWords(t, h.t0, h.t1)) continue;
    // The verdict closes its clause, or is joined to another one ("Scroungers and pickpockets").
    const next = t.tokens[h.t1];
    const closed = h.t1 >= s.t1 || !next || (next.flags & (CLAUSE | EMOJI | BREAK)) !== 0 || ((next.k === 'and' || next.k === '&') && predicateAt(t, h.t1 + 1));
    if (!closed) continue;
    const sn = t.tokens[h.t0]!.sn;
    const g = groups.find((x) => t.tokens[x.t0]!.sn === sn - 1 && (x.entry.tag !== 'other' || kind === 'dehumanise'));
    if (!g || t.negated(h.t0) || screened(t, g.t0, g.t1) || screened(t, h.t0, h.t1)) continue;
    if (t.quotedSpan(h.t0, h.t1) && !(shares(t) || approves(t))) continue;
    return [{ kind: kind === 'dehumanise' ? 'dehumanise' : 'negative', category: g.entry.tag, evidence: [t.span(g.t0, g.t1), t.hitSpan(h)], t0: g.t0, severe: true }];
  }
  return [];
}

/** Warmth that makes a quoted habit affectionate rather than a jibe. */
const WARM = new Set([...PRAISE, '❤', '❤️', '🥰', '🥹', '💕', '😍', '🤗', 'bless', 'legends', 'legend']);

/**
 * The "<group>: '<what they say>' 😂" format (sixth pass): a group opening its sentence, a colon, and
 * words put in the group's mouth, with laughter, an eye-roll or an "=" decoding them ("X patients:
 * 'I've had a few' = 14 pints"). Review level. Not without the laughter ("Deaf patients: 'I couldn't
 * hear my name' - use the screens"), not with warmth, not when reported or quoted from someone else.
 */
function saysFormat(t: TextAnalysis, groups: readonly Hit[]): Found[] {
  if (!t.mayQuote) return [];
  for (const g of groups) {
    if (g.entry.tag === 'other') continue;
    const s = t.sentenceOf(g.t0);
    if (g.t0 - s.t0 > 1 || g.t1 >= t.tokens.length || t.inQuotes(g.t0)) continue;
    const gap = t.norm.slice(t.tokens[g.t1 - 1]!.e, t.tokens[g.t1]!.s);
    if (!gap.includes(':') || !t.inQuotes(g.t1)) continue;
    let q1 = g.t1;
    while (q1 < t.tokens.length && t.inQuotes(q1)) q1++;
    let stance = false;
    let warm = false;
    for (let i = 0; i < t.tokens.length; i++) {
      if (t.inQuotes(i)) continue;
      const k = t.key(i);
      if (STANCE.has(k) || LAUGH.has(k)) stance = true;
      if (WARM.has(k)) warm = true;
    }
    if (!stance && q1 < t.tokens.length) stance = t.norm.slice(t.tokens[q1 - 1]!.e, t.tokens[q1]!.s).includes('=');
    if (!stance || warm || held(t, g)) continue;
    return [{ kind: 'negative', category: g.entry.tag, evidence: [t.span(g.t0, q1)], t0: g.t0 }];
  }
  return [];
}

/** After "no <group>": a request or a place it is kept from ("no X patients on my list please"). */
const BAN_NEXT = new Set(['please', 'pls', 'plz', 'allowed', 'thanks', 'thx', 'ta']);
const BAN_PLACE = new Set(['list', 'ward', 'books', 'caseload', 'unit', 'team', 'rota', 'clinic', 'street', 'estate', 'course', 'shift']);
const BAN_CATEGORY = new Set(['race', 'religion', 'sex_orientation', 'gender', 'disability']);

/**
 * A ban on a group (sixth pass): "no <group>" opening its clause, asked for ("no X patients on my list
 * please") or in a list of bans ("no more mosques, no more halal", "no Asians, no fems"). Not pregnancy
 * or age ("no pregnant women past this point" is a radiology sign) nor the service-user groups; not a
 * report of who came ("no Polish patients today", "we had no deaf patients"). A request someone else made
 * is held at a distance by its frame ("a patient said 'no X nurses please'") or by words that report it.
 */
function banned(t: TextAnalysis, groups: readonly Hit[]): Found[] {
  for (const g of groups) {
    if (!BAN_CATEGORY.has(g.entry.tag)) continue;
    let n = g.t0 - 1;
    if (t.key(n) === 'more') n--;
    if (t.key(n) !== 'no' || t.clauseStart(g.t0) !== n) continue;
    const next = t.key(g.t1);
    const asked = BAN_NEXT.has(next) || (next === 'on' && BAN_PLACE.has(t.key(g.t1 + 2))) || (next === 'in' && BAN_PLACE.has(t.key(g.t1 + 2)));
    // Another "no ..." right after this clause, in the same sentence: a list of bans.
    const ce = t.clauseEnd(g.t1 - 1);
    const listed = ce === g.t1 && ce < t.sentenceOf(g.t0).t1 && t.key(ce) === 'no';
    const listedBefore = n > 0 && t.key(n - 2) === 'no' && (t.tokens[n]!.flags & CLAUSE) !== 0;
    if (!asked && !listed && !listedBefore) continue;
    if (held(t, g) || t.negated(n - 1)) continue;
    return [{ kind: 'exclude', category: g.entry.tag, evidence: [t.span(n, g.t1)], t0: n }];
  }
  return [];
}

function held(t: TextAnalysis, g: Hit): boolean {
  return (t.frameOver(g.t0, g.t1) & (REPORT | META | DEBUNK)) !== 0 || t.findKey(0, t.tokens.length, COUNTERED) >= 0;
}

export const derogationRule: Rule = {
  meta: {
    id: 'discrimination/derogation',
    concern: 'discrimination',
    topics: ['discrimination.derogation'],
    description: 'Derogatory, dehumanising or excluding generalisations about a protected group, without needing a slur.',
    severity: 'high',
  },
  check(post, context) {
    const t = context.text;
    const found: Found[] = [];
    const seen = new Set<number>();
    for (const s of groupStatements(t)) {
      if (s.kind === 'threat' || seen.has(s.group.t0)) continue;
      seen.add(s.group.t0);
      const a = Math.min(s.group.t0, s.predicate.t0);
      const b = Math.max(s.group.t1, s.predicate.t1);
      // A statement across two sentences, or a coded phrase away from the group, is shown as its two parts.
      const apart = t.tokens[s.group.t0]!.sn !== t.tokens[s.predicate.t0]!.sn || (s.predicate.entry.fields[0] === 'anywhere' && b - a > s.group.t1 - s.group.t0 + s.predicate.t1 - s.predicate.t0 + 2);
      const evidence = apart ? [t.span(s.group.t0, s.group.t1), t.hitSpan(s.predicate)] : [t.span(a, b)];
      found.push({ kind: s.kind, category: s.category, evidence, t0: a, severe: s.kind === 'negative' && severeWords(t, s.predicate.t0, s.predicate.t1) });
    }
    const groups = groupHits(t);
    const overlapping = (f: Found): boolean => found.some((o) => o.evidence.some((x) => f.evidence.some((e) => x.start < e.end && e.start < x.end)));
    // The echo first: "(((globalists))) own ..." is shown as the echo, not as the words after it.
    for (const f of echo(t)) if (!overlapping(f)) found.push(f);
    if (t.has(STATEMENTS)) for (const f of standalone(t, groups)) if (!overlapping(f)) found.push(f);
    for (const f of scareQuotes(t, groups)) if (!overlapping(f)) found.push(f);
    for (const f of mockery(t, groups)) if (!overlapping(f)) found.push(f);
    for (const f of emojiDehumanise(t, groups)) if (!overlapping(f)) found.push(f);
    // Worse treatment and dehumanising verdicts are shown even beside a milder finding (sixth pass).
    // Only a finding already at delete level hides them: a milder one on the same group does not.
    const overlappingHigh = (f: Found): boolean =>
      found.some((o) => (o.kind === 'dehumanise' || o.kind === 'exclude' || o.severe === true) && o.evidence.some((x) => f.evidence.some((e) => x.start < e.end && e.start < x.end)));
    for (const f of wastedOn(t, groups)) if (!overlappingHigh(f)) found.push(f);
    for (const f of verdictFragment(t, groups)) if (!overlappingHigh(f)) found.push(f);
    for (const f of banned(t, groups)) if (!overlappingHigh(f)) found.push(f);
    if (found.length === 0) found.push(...mimicry(t, groups));
    if (found.length === 0) found.push(...formulaOrWhy(t, groups));
    if (found.length === 0) found.push(...saysFormat(t, groups));
    if (found.length === 0) found.push(...hostileClause(t, groups));
    if (found.length === 0) return learnedDerogation(post, context, groups);
    const out: RuleFinding[] = [];
    for (const f of found) {
      // A stereotype the poster says they act on ("... exaggerate their pain so I halve what they ask for") is worse treatment.
      const actedOn = (f.kind === 'negative' || f.kind === 'hostile') && actsOn(t, f.t0);
      const high = f.kind === 'dehumanise' || f.kind === 'exclude' || f.kind === 'dogwhistle' || f.severe === true || actedOn;
      out.push({
        topic: 'discrimination.derogation',
        severity: high ? 'high' : 'medium',
        // A repost or quotation of a dehumanising claim is endorsed as written (labelling guide 1.4): confident enough to stay at delete.
        confidence: high ? 0.9 : 0.7,
        message: `This ${WHAT[f.kind] ?? WHAT.negative} (${characteristic(f.category)}): ${f.evidence.map(q).join(' … ')}. Posts like this suggest bias that could affect how you treat service users.`,
        evidence: f.evidence,
      });
    }
    return out;
  },
};
