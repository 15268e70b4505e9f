import type { Evidence } from '../../model/finding.js';
import type { Rule, RuleFinding } from '../types.js';
import type { TextAnalysis } from '../text/index.js';
import { DEBUNK, META, REPORT, defineLexicon, loadLexicon, outermost, q } from '../text/index.js';

export const COLLEAGUES = loadLexicon(new URL('./colleagues.txt', import.meta.url));
const DISPARAGE = loadLexicon(new URL('./disparage.txt', import.meta.url));

/** Words allowed between a colleague and what is said of them ("my manager is an absolute joke"). */
const LINK = new Set([
  'is', 'are', 'was', 'were', "is'", 'r', 'iz', 'so', 'such', 'a', 'an', 'absolutely', 'absolute', 'proper', 'bloody', 'fucking', 'utterly', 'utter', 'complete', 'completely', 'total', 'totally',
  'really', 'being', 'the', 'most', 'just', 'all', 'too', 'literally', 'actually', 'extremely', 'very', 'right', 'actual', 'biggest', 'such', 'bunch', 'of', 'lot', 'load', 'pack',
  "he's", "she's", "they're", 'hes', 'shes', 'theyre', 'always', 'still', 'genuinely', 'honestly', 'seriously', 'sooo', 'soooo',
  'tonight', 'today', 'yesterday', 'again', 'here', 'lately', 'recently', 'this', 'week', 'morning', 'on', 'nights', 'shift', 'has', 'have', 'got', 'these', 'days',
  'our', 'unit', 'ward', 'team', 'department', 'in', 'at',
  // Time and group words after the colleague ("the paramedic crew last night were", "our leadership lately are")
  'last', 'night', 'earlier', 'crew', 'crews', 'lot', 'round', 'here', 'there', 'now', 'nowadays', 'currently', 'officially', 'basically',
  // Where they are met and words that pile onto the insult ("my mentor on placement is a bitter old cow")
  'placement', 'rotation', 'old', 'bitter', 'miserable', 'nasty', 'smug', 'arrogant', 'little', 'jumped-up', 'stuck-up',
  // "Every radiographer I've worked with has been lazy"
  'been', 'ever', 'without', 'exception', 'year', 'years', 'month', 'months', 'so', 'far',
]);
/** A contact clause after the colleague ("the agency OTs we get are clueless"): a pronoun and one of these verbs. */
const CONTACT_SUBJ = new Set(['we', 'i', 'you', 'they', "i've", 'ive', "we've", 'weve', "you've", "i'd", "we'd"]);
const CONTACT_VERB = new Set(['get', 'got', 'have', 'had', 'hire', 'hired', 'use', 'used', 'employ', 'employed', 'send', 'sent', 'work', 'worked', 'keep', 'seem', 'end', 'met', 'meet', 'known', 'know', 'trained', 'train', 'mentored', 'supervised', 'seen', 'see', 'come', 'came']);
/** Opens a relative clause the link may skip up to its verb ("radiographers who can't cannulate are ..."). */
const RELATIVE = new Set(['who', 'that', 'which']);
const VERB_BE = new Set(['is', 'are', 'was', 'were']);
const LEAD = new Set(['my', 'the', 'our', 'this', 'that', 'these', 'those', 'of', 'a', 'an', 'all', 'bloody', 'fucking']);

/** A beginner met kindly, or the poster owning the same ("bless her", "first day", "neither did I", "we all were once"). */
const KINDLY = /\b(?:bless (?:her|him|them)|first (?:day|week|shift|placement)|neither did i|nor did i|so did i|we all (?:were|did|have)|we'?ve all been there|same as me)\b/;
/** Words that end a place phrase: a new subject or a verb of saying ("my manager on Monday said it was ..."). */
const NOT_PLACE = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', "it's", 'said', 'says', 'told', 'think', 'thinks', 'thought', 'reckon', 'reckons', 'called', 'calls', 'and', 'but', 'because', 'cos']);
/** Prepositions that open a phrase the link may skip ("the ODPs in our theatres are lazy"). */
const PREP = new Set(['in', 'at', 'on', 'from', 'across', 'round', 'around', 'up', 'down', 'by']);

/**
 * Only link words between a colleague and what is said of them, allowing one place phrase ("in our theatres",
 * "run by") and at most five words in all besides it.
 */
function linkedAfter(t: TextAnalysis, a: number, b: number): boolean {
  let plain = 0;
  // "radiographers who can't cannulate are a waste of a uniform": skip the relative clause to its "are".
  if (RELATIVE.has(t.key(a))) {
    let v = a + 1;
    while (v < b && v <= a + 6 && !VERB_BE.has(t.key(v))) v++;
    if (v < b && VERB_BE.has(t.key(v))) a = v;
  }
  if (CONTACT_SUBJ.has(t.key(a)) && CONTACT_VERB.has(t.key(a + 1))) a += t.key(a + 2) === 'with' || t.key(a + 2) === 'up' ? 3 : 2;
  let place = 0;
  for (let i = a; i < b; i++) {
    const k = t.key(i);
    // One place phrase of up to three words after its preposition ("on my radiography placement", "in theatre 2", "on TikTok").
    if (PREP.has(k) && place === 0) {
      place = 1;
      let j = i + 1;
      while (j < b && j <= i + 3 && !VERB_BE.has(t.key(j)) && !RELATIVE.has(t.key(j)) && !NOT_PLACE.has(t.key(j))) j++;
      i = j - 1;
      continue;
    }
    if (PREP.has(k) || k === 'run' || k === 'led' || k === 'staffed' || k === 'managed' || k === 'full') continue;
    // The noun of a place phrase: "in our theatres", "on the ward".
    if (PREP.has(t.key(i - 2)) && LEAD.has(t.key(i - 1))) continue;
    if (!LINK.has(k)) return false;
    plain++;
  }
  return plain <= 5;
}

const PRAISE = new Set(['best', 'brilliant', 'lovely', 'great', 'kind', 'kindest', 'amazing', 'legend', 'fantastic', 'excellent', 'love', 'loved', 'miss', 'favourite', 'wonderful', 'inspiring']);
/** The poster as the one put down ("I'm the worst physio ever at birthdays"). */
const SELF_DOWN = new Set(['i', "i'm", 'im', 'me', 'myself', "i've", 'ive', 'my']);

function shortSentence(t: TextAnalysis, sn: number): boolean {
  const s = t.sentences[sn];
  return s !== undefined && s.t1 - s.t0 <= 6;
}

function negationIn(t: TextAnalysis, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (t.isNegationCue(i)) return true;
  return false;
}

function allIn(t: TextAnalysis, a: number, b: number, set: ReadonlySet<string>): boolean {
  for (let i = a; i < b; i++) if (!set.has(t.key(i))) return false;
  return true;
}

export const disparagingColleaguesRule: Rule = {
  meta: {
    id: 'trust/disparaging-colleagues',
    concern: 'trust',
    topics: ['trust.disparaging-colleagues'],
    description: 'Insulting or disparaging colleagues or the employer, as opposed to measured criticism of policy.',
    severity: 'medium',
  },
  check(_post, { text: t }) {
    if (!t.has(DISPARAGE)) return t.has(REDUCE) && t.has(COLLEAGUES) ? reductive(t) : [];
    // A superlative put-down that names its own colleague ("Worst consultant in the country. Avoid."), not asked,
    // negated, quoted or reported ("not the worst consultant I've had", "voted 'worst manager' by a tabloid").
    for (const d of t.hits(DISPARAGE)) {
      if (d.entry.tag !== 'named' || t.sentenceOf(d.t0).question || t.negated(d.t0)) continue;
      if ((t.mayQuote && t.quotedSpan(d.t0, d.t1)) || t.frameOver(d.t0, d.t1) & (REPORT | META | DEBUNK)) continue;
      // "the worst nurse I could be" / "I'm the worst physio": the poster running themselves down.
      if (t.findKey(t.sentenceOf(d.t0).t0, t.sentenceOf(d.t0).t1, SELF_DOWN) >= 0) continue;
      // "The worst consultant I ever had turned out to be the best teacher": the put-down taken back in its sentence.
      if (t.findKey(d.t1, t.sentenceOf(d.t0).t1, PRAISE) >= 0) continue;
      return [found(t.hitSpan(d), 0.65)];
    }
    if (!t.has(COLLEAGUES)) return [];
    // "IT" the department is written in capitals; "it" is a pronoun.
    // So is "it's" ("That's theft, it's dangerous"), which the list reaches through its possessive-free key.
    const people = outermost(t.hits(COLLEAGUES)).filter((p) => !(p.t1 - p.t0 === 1 && /^it(?:'s|s)?$/.test(t.key(p.t0)) && !t.original(p.t0).startsWith('IT')));
    const said = outermost(t.hits(DISPARAGE));
    for (const d of said) {
      if (d.entry.tag === 'dismiss') continue;
      // Idioms of contempt ("as much use as a chocolate teapot", "the IQ of a potato") count anywhere in a sentence naming colleagues.
      if (d.entry.tag === 'idiom') {
        const sn = t.tokens[d.t0]!.sn;
        const c = people.find((p) => t.tokens[p.t0]!.sn === sn && (p.t1 <= d.t0 || p.t0 >= d.t1));
        // "can't cannulate to save their lives", "couldn't triage their way out of a paper bag": the idiom carries its own negation.
        const ownNegation = /^to save|way out of/.test(d.entry.term);
        // "had no idea what she was doing on her first day, bless her, neither did I": a beginner met kindly.
        const sentText = t.norm.slice(t.tokens[t.sentenceOf(d.t0).t0]!.s, t.tokens[t.sentenceOf(d.t0).t1 - 1]!.e);
        if (c && KINDLY.test(sentText)) continue;
        if (c && (ownNegation || !t.negated(d.t0)) && !(t.frameOver(d.t0, d.t1) & (REPORT | META | DEBUNK))) return [found(t.span(Math.min(c.t0, d.t0), Math.max(c.t1, d.t1)), 0.65)];
        continue;
      }
      // A question asks, unless it opens with "why" and holds the insult ("Why are paramedics so full of themselves?").
      if (t.sentenceOf(d.t0).question && t.key(t.sentenceOf(d.t0).t0) !== 'why') continue;
      const negated = t.negated(d.t0);
      // An insult in quotation marks is held up, usually to condemn it ("calling a colleague a 'stupid cow' is bullying").
      if (t.mayQuote && t.quotedSpan(d.t0, d.t1)) continue;
      for (const c of people) {
        // One member of a profession ("a physio, useless at birthdays") may be the poster; only idioms count for it.
        if (c.entry.tag === 'one') continue;
        const after = d.t0 >= c.t1 && d.t0 - c.t1 <= 8 && linkedAfter(t, c.t1, d.t0);
        // "my useless manager", "I hate my manager"
        const before = d.t1 <= c.t0 && c.t0 - d.t1 <= 2 && allIn(t, d.t1, c.t0, LEAD) && t.tokens[c.t0]!.sn === t.tokens[d.t0]!.sn;
        if (!after && !before) continue;
        // A negation inside the skipped relative clause ("who can't cannulate") does not reach the insult.
        if (negated && !(after && RELATIVE.has(t.key(c.t1)) && negationIn(t, c.t1, d.t0))) continue;
        // A profession named as a group ("OTs", "physios") needs a plain insult, not "hate" ("I hate paperwork" is fine; "hate physios" is not clear enough).
        if (c.entry.tag === 'group' && d.entry.tag === 'hate') continue;
        const a = Math.min(c.t0, d.t0);
        const b = Math.max(c.t1, d.t1);
        if (t.frameOver(a, b) & (REPORT | META | DEBUNK)) continue;
        return [found(t.span(a, b), d.entry.tag === 'hate' ? 0.6 : 0.7)];
      }
    }
    // "OTs just make cups of tea. Why do we even pay them?": a dismissal of colleagues named just before.
    for (const d of said) {
      if (d.entry.tag !== 'dismiss') continue;
      const sn = t.tokens[d.t0]!.sn;
      const c = people.find((p) => {
        const psn = t.tokens[p.t0]!.sn;
        // Two sentences back only when the one between is short ("Social workers? More like social shirkers. ... lazy lot").
        return (psn === sn || psn === sn - 1 || (psn === sn - 2 && shortSentence(t, psn + 1))) && p.t0 < d.t0;
      });
      if (!c || t.frameOver(d.t0, d.t1) & (REPORT | META | DEBUNK)) continue;
      return [found(t.span(c.t0, d.t1), 0.6)];
    }
    // "Student social workers these days can't ... a 'wellbeing day'. Snowflakes.": a put-down standing as a sentence of its
    // own (three words at most) right after a sentence naming colleagues as a group.
    for (const d of said) {
      if (d.entry.tag !== 'insult') continue;
      const s = t.sentenceOf(d.t0);
      const sn = t.tokens[d.t0]!.sn;
      if (sn === 0 || s.t1 - s.t0 > 3 || s.question || t.negated(d.t0) || (t.mayQuote && t.quotedSpan(d.t0, d.t1))) continue;
      // Nothing else in it but link words ("Utter snowflakes."), not "It's lazy policy." (said of something else).
      if (!allIn(t, s.t0, d.t0, LINK) || !allIn(t, d.t1, s.t1, LINK)) continue;
      const c = people.find((p) => p.entry.tag === 'group' && t.tokens[p.t0]!.sn === sn - 1);
      if (!c || t.frameOver(c.t0, d.t1) & (REPORT | META | DEBUNK)) continue;
      return [found(t.span(c.t0, d.t1), 0.6)];
    }
    return t.has(REDUCE) ? reductive(t) : [];
  },
};

/**
 * A profession reduced to a lesser trade: a group of colleagues, then "are just / basically / nothing but / glorified"
 * and a plural person noun ("physios are just PE teachers with a posh degree", "Chiropractors are just physios who
 * didn't get the grades", "physios who only do sports massage are basically beauticians"). Not "just people", "just
 * as tired", praise, a negation, a question, quotation or a reported or debunked view. Fifth pass, issue 6.
 */
const REDUCE = defineLexicon(
  'trust/reductive',
  ['are/were just/basically/only/merely/essentially/simply/glorified/literally', 'are/were nothing_but/little_more_than/no_more_than/no_better_than', 'are/were just/basically/literally glorified'].join('\n'),
);
/** Plural person nouns by their endings ("teachers", "beauticians", "therapists", "assistants", "trainees"). */
const PERSON_END = /(?:[^e]ers|eurs|euses|ors|ists|ians|ants|ents|ees|ies|boys|men|kids|babies|toddlers|children|sheep|robots|monkeys|parrots|clowns|muppets)$/;
/** Plurals that are not people, or not a lesser trade ("just people", "just others", "just humans"). */
const NOT_REDUCED = new Set(['people', 'humans', 'others', 'numbers', 'members', 'workers', 'employees', 'parents', 'patients', 'students', 'adults', 'colleagues', 'friends', 'papers', 'matters', 'letters', 'orders', 'errors', 'components', 'agents', 'parts', 'series', 'studies', 'stories', 'duties', 'supplies', 'policies', 'qualities', 'skills', 'priorities', 'opportunities', 'difficulties', 'heroes', 'legends', 'superheroes', 'angels', 'lifesavers', 'professionals', 'experts', 'specialists', 'clinicians', 'practitioners']);
function reductive(t: TextAnalysis): RuleFinding[] {
  const people = outermost(t.hits(COLLEAGUES)).filter((p) => p.entry.tag === 'group');
  for (const r of t.hits(REDUCE)) {
    const s = t.sentenceOf(r.t0);
    if (s.question || t.negated(r.t0) || (t.mayQuote && t.inQuotes(r.t0))) continue;
    const c = people.find((p) => p.t1 <= r.t0 && t.tokens[p.t0]!.sn === t.tokens[r.t0]!.sn && r.t0 - p.t1 <= 8 && linkedAfter(t, p.t1, r.t0 + 1));
    if (!c) continue;
    // The lesser trade: a plural person noun after at most an article and two describing words.
    let y = -1;
    for (let i = r.t1; i < Math.min(s.t1, r.t1 + 4); i++) {
      const k = t.key(i);
      if (PRAISE.has(k) || k === 'as' || k === 'so' || k === 'like' || k === 'too' || k === 'doing' || k === 'trying') break;
      if (NOT_REDUCED.has(k)) break;
      const colleague = people.some((p) => p.t0 === i && p !== c);
      if (colleague || (/^\p{L}{4,}$/u.test(k) && PERSON_END.test(k))) { y = i; break; }
    }
    if (y < 0) continue;
    if (t.frameOver(c.t0, y + 1) & (REPORT | META | DEBUNK)) continue;
    return [found(t.span(c.t0, y + 1), 0.65)];
  }
  return [];
}

function found(ev: Evidence, confidence: number): RuleFinding {
  return {
    topic: 'trust.disparaging-colleagues',
    severity: 'medium',
    confidence,
    message: `Disparages colleagues, another profession or the employer (${q(ev)}). Criticism is fine when measured; insults in public undermine trust in you and your team.`,
    evidence: [ev],
  };
}
