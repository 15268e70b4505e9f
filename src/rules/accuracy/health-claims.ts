import type { Severity } from '../../model/finding.js';
import type { Rule, RuleFinding } from '../types.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { BREAK, CLAUSE, DEBUNK, EMOJI, META, REPORT, defineLexicon, loadLexicon, outermost, q } from '../text/index.js';

const CLAIMS = loadLexicon(new URL('./claims.txt', import.meta.url));
const SUBJECTS = loadLexicon(new URL('./vaccine-subjects.txt', import.meta.url));
const HARMS = loadLexicon(new URL('./vaccine-harms.txt', import.meta.url));
const REMEDIES = loadLexicon(new URL('./remedies.txt', import.meta.url));
/** Health topics by class, and what misinformation says about each class (topic × predicate, with stance). */
export const TOPICS = loadLexicon(new URL('./topics.txt', import.meta.url));
const PREDICATES = loadLexicon(new URL('./predicates.txt', import.meta.url));
/** Signs that the post corrects misinformation ("evidence shows", "please don't share"). */
const STANCE = loadLexicon(new URL('./stance.txt', import.meta.url));
/** The anti-vaccine and COVID-denial register ("experimental", "poison", "big pharma", "sheep"). */
const ANTI = loadLexicon(new URL('./stance-anti.txt', import.meta.url));
/** Object classes for predicates that name one: harms, organs, people, states (objects.txt). */
const OBJECTS = loadLexicon(new URL('./objects.txt', import.meta.url));
/** What a topic is said to be, after a copula and filler words (nominals.txt). */
const NOMINALS = loadLexicon(new URL('./nominals.txt', import.meta.url));
/** Cues of doubt and insinuation about a health topic (insinuation.txt). */
const INSINUATION = loadLexicon(new URL('./insinuation.txt', import.meta.url));
/** "better than", "beats": a comparison whose far side may be a medicine or a vaccine. */
const BETTER = defineLexicon(
  'accuracy/better',
  'better/safer/stronger/more_effective/more_powerful than\nsuperior to\nbeat/beats/beating/outperform/outperforms/outperformed/trump/trumps/outdo/outdoes/outlast/outlasts\nas good/effective as\nknocks/knock spots off\nwork/works/worked/working [just] as well as',
);

const KIND: Record<string, string> = {
  antivax: 'an anti-vaccine claim',
  covid: 'a COVID-19 claim that contradicts public health advice',
  cure: 'a miracle-cure claim',
  advice: 'dangerous health advice',
  conspiracy: 'a health conspiracy theory',
  framing: 'misinformation framing ("do your own research", "they are hiding the truth")',
  questioning: 'doubt about established health advice, framed as a question or hunch',
  sudden: 'an insinuation that vaccines are behind sudden deaths or collapses',
  detox: 'an unevidenced "detox" claim',
  overclaim: 'an unevidenced health benefit',
  insinuation: 'doubt about established health advice, insinuated rather than stated',
};

/**
 * Rhetorical and "just asking questions" cues: a question with one of these insinuates rather
 * than asks ("Anyone else notice more shingles since the jabs started?").
 */
const INSINUATE = new Set(['surely', 'anyone', 'noticed', 'notice', 'noticing', 'coincidence', 'funny', 'wonder', 'hiding', 'nobody', 'noone', 'just', 'really', 'honestly', 'seriously']);
/** After a claim, words that make it a qualified, true statement ("doesn't work for everyone", "don't give it if ..."). */
const QUALIFIERS = new Set([
  'if', 'unless', 'until', 'when', 'before', 'without', 'while', 'whilst', 'during', 'everyone', 'everybody', 'always', 'all', 'completely', 'perfectly',
  'immediately', 'straight', 'alone', 'pregnant', 'pregnancy', 'allergic', 'allergy', 'immunosuppressed', 'contraindicated', 'ask', 'speak', 'talk', 'check',
  'discuss', 'prescribed', 'prescriber', 'gp', 'pharmacist', 'doctor', 'oncologist', 'consultant', 'nurse', 'midwife', 'advised', 'suddenly', 'abruptly',
  'overnight', 'yet',
  // Added for issue 6: "doesn't stop every infection", supervision and tapering ("come off it gradually with your team").
  'every', 'each', 'fully', '100%', 'gradually', 'slowly', 'safely', 'supervision', 'supervised', 'team', 'taper', 'tapering', 'because', 'due',
]);

interface Claim {
  t0: number;
  t1: number;
  /** Where negation between the parts of a claim is looked for ("vaccines do NOT cause autism"). */
  gapFrom: number;
  gapTo: number;
  kind: string;
  severity: Severity;
  confidence: number;
  /** A noun phrase, negated only by a cue right before it. */
  np?: boolean;
  /** Where the claim's verb part starts: in quotation marks from there on ("a bracelet that 'cures arthritis'"), the claim is mentioned. */
  core?: number;
  /** Words in scare quotes: the quotation marks are the sneer, so being quoted does not make them mentioned. */
  scare?: boolean;
}

const WITH = new Set(['with', 'using', 'by', 'on', 'taking', 'through', 'from']);

/** Within `max` tokens after `after`, in the same sentence. */
function follows(t: TextAnalysis, a: { t0: number; t1: number }, b: { t0: number }, max: number): boolean {
  return b.t0 >= a.t1 && b.t0 - a.t1 <= max && t.tokens[a.t0]!.sn === t.tokens[b.t0]!.sn;
}

/** A question that insinuates: rhetorical cues ("surely", "anyone else notice", "coincidence?"). */
function insinuating(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  if (t.findKey(s.t0, s.t1, INSINUATE) >= 0) return true;
  // "Why are so many young people getting turbo cancers? Just a coincidence I'm sure 🙄": framing or an eye-roll elsewhere answers the question.
  if (t.text.includes('🙄')) return true;
  // "Genuine question", "asking for a friend", "if it's so safe": a hedge that marks the question as rhetorical.
  if (t.has(ANTI) && t.hits(ANTI).some((h) => h.entry.tag === 'hedge')) return true;
  return t.hits(CLAIMS).some((h) => h.entry.tag === 'framing' && t.tokens[h.t0]!.sn !== t.tokens[i]!.sn && !t.sentenceOf(h.t0).question && !t.negated(h.t0));
}

function affirmed(t: TextAnalysis, c: Claim): boolean {
  const frame = t.frameOver(c.t0, c.t1);
  if (frame & (DEBUNK | META) || (frame & REPORT && !emojiCut(t, c.t0))) return false;
  // 'Seeing the "ivermectin cures Covid" stuff again. Trials found no benefit.'
  if (t.quotedSpan(c.t0, c.t1) && t.anyFrame(DEBUNK | REPORT | META)) return false;
  // '"Masks cause CO2 poisoning" is simply wrong', "the 'chemo is poison' crowd": a claim in quotation marks in the
  // poster's own post is mentioned, not made, unless the post endorses it elsewhere ("wake up", "do your research").
  if (mentioned(t, c)) return false;
  // A noun-phrase claim ("experimental jab") is negated only by a cue right before it ("not an experimental jab").
  if (negatedClaim(t, c)) {
    // "Not saying the booster caused my dad's stroke, but ...": a hedge that insinuates, not a denial.
    if (!hedgedNot(t, c.t0)) return false;
    c.kind = 'questioning';
    c.severity = 'medium';
    c.confidence = Math.min(c.confidence, 0.65);
  }
  if (c.gapTo > c.gapFrom && t.negationIn(c.gapFrom, c.gapTo)) return false;
  // An insinuation's own rhetoric ("They told us it would stop transmission. It didn't.") is no rebuttal of it.
  if (c.kind !== 'insinuation' && rebutted(t, c.t0, c.kind)) return false;
  if (reportedSpeech(t, c.t0)) return false;
  if (corrected(t, c)) return false;
  // "Starting to wonder if SPF does more harm than good": the poster's own doubt, review level.
  if (c.severity === 'high' && wonderedAbout(t, c.t0)) {
    c.kind = 'questioning';
    c.severity = 'medium';
    c.confidence = Math.min(c.confidence, 0.65);
  }
  // "Do vaccines cause autism?" asks; it does not claim. "Surely worse than a bit of sun?" insinuates.
  if (t.sentenceOf(c.t0).question) {
    // Framing is rhetorical by nature ("why are they so desperate to jab babies?", "what are they hiding?").
    if (c.kind !== 'framing' && c.kind !== 'insinuation' && !insinuating(t, c.t0)) return false;
    if (c.kind !== 'framing' && c.kind !== 'questioning' && c.kind !== 'sudden') {
      c.kind = 'questioning';
      c.severity = 'medium';
      c.confidence = Math.min(c.confidence, 0.65);
    }
  }
  return true;
}

const RHETORICAL = new Set(['odd', 'strange', 'funny', 'weird', 'interesting', 'curious', 'telling', 'convenient', 'suspicious', 'bizarre', 'mad', 'crazy']);

/**
 * A report frame whose reach crosses an emoji before the claim: "... Murder She Wrote 🧶 Little man's got an ear
 * infection 😔 few drops of tea tree oil ...": the emoji closes what went before, as it does for negation.
 */
function emojiCut(t: TextAnalysis, i: number): boolean {
  const s0 = t.sentenceOf(i).t0;
  for (let j = i - 1; j >= s0 && t.frameAt(j) & REPORT; j--) if (t.tokens[j]!.flags & EMOJI) return true;
  return false;
}

/** Negated modals right before a claim: "you cannot stop insulin" (the shared exceptions keep "can't stop laughing" un-negated). */
const MODAL_NOT = new Set(['cannot', "can't", 'cant', "mustn't", 'mustnt', "shouldn't", 'shouldnt']);

/**
 * The claim is negated: a cue before it whose reach is not cut by an emoji or a line of its own
 * ("no questions asked 😂 masks are pointless anyway" still calls masks pointless). A noun-phrase
 * claim ("experimental jab") is negated only by a cue right before it ("not an experimental jab").
 */
function negatedClaim(t: TextAnalysis, c: Claim): boolean {
  if (c.np) return t.negationIn(c.t0 - 2, c.t0) || deniedAfter(t, c.t1);
  if (MODAL_NOT.has(t.key(c.t0 - 1))) return true;
  // "Not because the vaccine doesn't work (it does)", "not that masks are useless": a reason or claim denied.
  for (let j = Math.max(t.sentenceOf(c.t0).t0 + 1, c.t0 - 3); j < c.t0; j++) if ((t.key(j) === 'because' || t.key(j) === 'that' || t.key(j) === 'cos') && (t.key(j - 1) === 'not' || t.key(j - 1) === 'never')) return true;
  if (!t.negated(c.t0)) return false;
  for (let j = c.t0 - 1; j >= Math.max(0, c.t0 - 9); j--) {
    // "Isn't it odd how many ...?": a rhetorical question asserts.
    if (t.isNegationCue(j) && (t.key(j + 1) === 'it' || t.key(j + 1) === 'that') && RHETORICAL.has(t.key(j + 2))) return false;
    // "Nobody is talking about the young athletes collapsing", "your doctor won't tell you the jab ...": the
    // negation belongs to framing of suppression, which asserts what follows (sixth pass).
    if (t.isNegationCue(j)) return !inFraming(t, j);
    if (t.tokens[j]!.flags & EMOJI) return false;
  }
  return true;
}

/** Token j lies inside a framing phrase of claims.txt ("nobody is talking about", "they won't tell you"). */
function inFraming(t: TextAnalysis, j: number): boolean {
  return t.has(CLAIMS) && t.hits(CLAIMS).some((h) => h.entry.tag === 'framing' && h.t0 <= j && j < h.t1);
}

/** A negation cue in [a, b) that is not part of framing of suppression. */
function deniedIn(t: TextAnalysis, a: number, b: number): boolean {
  for (let j = Math.max(0, a); j < b && j < t.tokens.length; j++) if (t.isNegationCue(j) && !inFraming(t, j)) return true;
  return false;
}

/** A noun phrase denied by what follows it: "turbo cancer isn't a thing", "clot shots are not real", "... doesn't exist". */
function deniedAfter(t: TextAnalysis, i: number): boolean {
  if (i >= t.tokens.length || t.tokens[i]!.sn !== t.tokens[i - 1]!.sn) return false;
  const j = t.isNegationCue(i) ? i + 1 : (COPULA.has(t.key(i)) || t.key(i) === 'does' || t.key(i) === 'do') && t.isNegationCue(i + 1) ? i + 2 : -1;
  return j > 0 && DENIED_AS.has(t.key(j));
}
const DENIED_AS = new Set(['a', 'real', 'exist', 'exists', 'true', 'happening', 'thing']);

/** "Not saying", "I'm not suggesting" just before the claim, in its clause: the negation is a hedge. */
function hedgedNot(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  for (let j = i - 1; j >= Math.max(s.t0, i - 4); j--) if (HEDGE_VERBS.has(t.key(j)) && t.isNegationCue(j - 1)) return true;
  return false;
}
const HEDGE_VERBS = new Set(['saying', 'suggesting', 'claiming', 'implying']);

/** The claim lies in quotation marks in an original post, with no framing or denial register outside them. */
function mentioned(t: TextAnalysis, c: Claim): boolean {
  if (c.scare) return false;
  if (!t.mayQuote || t.post.kind === 'repost' || t.post.kind === 'like' || t.norm.startsWith('rt @')) return false;
  if (!t.quotedSpan(c.t0, c.t1) && !(c.core !== undefined && c.core < c.t1 && t.quotedSpan(c.core, c.t1))) return false;
  const outside = (h: Hit): boolean => !t.inQuotes(h.t0);
  return !t.hits(CLAIMS).some(outside) && !t.hits(ANTI).some(outside);
}

/** The claim is debunked, reported, rebutted or corrected (not merely negated or asked about). */
function distanced(t: TextAnalysis, c: Claim): boolean {
  if (t.frameOver(c.t0, c.t1) & (DEBUNK | REPORT | META)) return true;
  if (t.quotedSpan(c.t0, c.t1) && t.anyFrame(DEBUNK | REPORT | META)) return true;
  return rebutted(t, c.t0, c.kind) || reportedSpeech(t, c.t0) || corrected(t, c) || mentioned(t, c);
}

/**
 * The post corrects the claim: a sign of correction ("evidence shows", "please don't share") in
 * another sentence, or after the claim in its own sentence. "The evidence shows vaccines cause
 * autism" (the sign before the claim, in one sentence) still affirms it.
 */
function corrected(t: TextAnalysis, c: Claim): boolean {
  if (!t.has(STANCE)) return false;
  const sn = t.tokens[c.t0]!.sn;
  // "Nobody will convince me the booster is safe for my kids": a sign of correction that is what the poster refuses to believe.
  return t.hits(STANCE).some((h) => (t.tokens[h.t0]!.sn !== sn || h.t0 >= c.t1) && t.findKey(Math.max(t.sentenceOf(h.t0).t0, h.t0 - 6), h.t0, PERSUADE) < 0);
}

/** Institutions that name no health topic on their own ("wake up to the fact that the NHS needs funding"). */
const INSTITUTIONS = new Set(['the nhs', 'government', 'media', 'msm', 'bbc']);
const PERSUADE = new Set(['convince', 'persuade', 'convinced', 'persuaded']);

/** Verbs that report someone else's claim ("the study claimed", "he says"). */
const SAYING = new Set([
  'claimed', 'claims', 'claiming', 'alleged', 'alleges', 'suggested', 'suggests', 'says', 'said', 'argued', 'argues', 'insisted', 'insists', 'reckons', 'reckoned',
  'thinks', 'believes', 'believed', 'asked', 'asks', 'asking', 'ask', 'wonder', 'worry', 'say', 'tells', 'tell', 'wondered', 'wonders', 'worried', 'worries',
  // Belief and conviction, and passing a claim on (added for issue 6): "a mum convinced the MMR caused ...", "posts claiming ...".
  'convinced', 'adamant', 'certain', 'swears', 'swore', 'reckon', 'thought', 'posting', 'posted', 'sharing', 'shared', 'wrote', 'tweeted', 'saying', 'telling', 'told',
  // Fifth pass: passing it on ("my aunt keeps forwarding 'turbo cancer' videos").
  'forwarding', 'forwards', 'forwarded', 'reposting', 'reposts', 'reposted', 'retweeting', 'retweets', 'retweeted',
  // Sixth pass: belief in the plain form, said of others ("back home many people think vaccines cause ..."); the
  // poster's own "I think" is kept by the speaker check below.
  'think', 'believe',
]);
const READING = new Set(['read', 'heard', 'seen', 'saw', 'watched', 'learnt', 'learned']);
/** Others as the subject of a plain "think"/"believe". */
const BELIEVERS = new Set(['people', 'folk', 'folks', 'they', 'parents', 'mums', 'dads', 'families', 'patients', 'clients', 'others', 'many', 'some', 'lots', 'colleagues', 'relatives', 'aunties', 'uncles', 'elders', 'grandparents', 'friends', 'neighbours', 'neighbors', 'women', 'men', 'communities']);
const SPEAKER_SELF = new Set(['let\'s', 'lets', 'i', 'we', "i've", 'ive', "i'm", 'im', 'me', "we're", "we've", "i'll", 'ill', "i'd", 'id', "we'll", "we'd"]);
/** Between a speaker and the verb: "I am totally convinced", "I'm 100% sure". */
const SPEAKER_GAP = new Set(['am', 'was', 'were', 'are', 'is', 'really', 'totally', 'absolutely', 'so', 'still', 'fully', 'completely', 'now', 'honestly', 'pretty', 'just', 'genuinely', 'always', 'have', 'had', 'been', 'do', 'did', '100%', '100', 'be', 'will', 'would', 'going', 'gonna', 'keep', 'kept', 'always', 'forever', 'never', 'not',
  // "As a resp physio I can tell you ...": a modal between the speaker and the verb.
  'can', 'could', 'must', 'should', 'may', 'might', 'keeps']);

/** Verbs of belief a poster uses of themselves, often without "I" ("Starting to wonder if ...", "Reckon the jab ..."). */
const SELF_VERBS = new Set(['wonder', 'wondering', 'wondered', 'reckon', 'think', 'thinking', 'believe', 'worry', 'worried', 'convinced', 'certain', 'suspect', 'thought']);
/** Words that may open a sentence before a verb of belief whose subject is left out. */
const SUBJECTLESS = new Set(['starting', 'started', 'beginning', 'began', 'to', 'kinda', 'kind', 'of', 'sort', 'now', 'slowly', 'increasingly', 'genuinely', 'honestly', 'really', 'still', 'just', 'also', 'and', 'but', 'tbh']);
function subjectless(t: TextAnalysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!SUBJECTLESS.has(t.key(k)) && !SPEAKER_GAP.has(t.key(k))) return false;
  return true;
}
const HUNCH = new Set(['gut', 'instinct', 'instincts', 'intuition', 'heart', 'head']);
/** "(I) wonder if", "wondering whether", "my gut tells me" just before a claim: the poster's own hunch, asked of themselves. */
function wonderedAbout(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  for (let j = i - 1; j >= Math.max(s.t0, i - 5); j--) {
    const k = t.key(j);
    if ((k === 'if' || k === 'whether') && (t.key(j - 1) === 'wonder' || t.key(j - 1) === 'wondering' || t.key(j - 1) === 'wondered')) return true;
    if (HUNCH.has(k) && t.key(j - 1) === 'my') return true;
  }
  return false;
}

/** The claim follows a verb of saying whose speaker is someone else: "Wakefield's study claimed the MMR caused autism". */
function reportedSpeech(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  for (let j = i - 1; j >= Math.max(s.t0, i - 6); j--) {
    // "no questions asked 😂 masks are pointless": an emoji closes what went before.
    if (t.tokens[j]!.flags & EMOJI) break;
    // "I used to think the MMR caused autism": a belief given up.
    if ((t.key(j) === 'think' || t.key(j) === 'believe') && t.key(j - 1) === 'to' && t.key(j - 2) === 'used') return true;
    // "a parent who'd read that vaccines contain microchips", "heard that ...".
    const heard = READING.has(t.key(j)) && t.key(j + 1) === 'that';
    if (!SAYING.has(t.key(j)) && !heard) continue;
    // "Just asking questions: ..." is the poster's own framing, not someone else's words.
    if (t.hits(CLAIMS).some((h) => h.entry.tag === 'framing' && h.t0 <= j && j < h.t1) || t.hits(ANTI).some((h) => h.t0 <= j && j < h.t1)) continue;
    // "I used to think the MMR caused autism": a belief given up.
    if (t.key(j - 1) === 'to' && t.key(j - 2) === 'used') return true;
    let k = j - 1;
    while (k > s.t0 && SPEAKER_GAP.has(t.key(k))) k--;
    // "Starting to wonder if ...", "Honestly reckon ...": the poster's own belief, with the "I" left out.
    if (SELF_VERBS.has(t.key(j)) && subjectless(t, s.t0, j)) return false;
    // "My gut tells me ...", "my instinct says ...": the poster's own hunch.
    if (HUNCH.has(t.key(k)) && t.key(k - 1) === 'my') return false;
    // The plain "think"/"believe" reports only with others as its subject ("many people think ..."); "anyone else
    // think it's odd ...?" asks the reader to share the poster's doubt.
    if (t.key(j) === 'think' || t.key(j) === 'believe') return BELIEVERS.has(t.key(k));
    return !SPEAKER_SELF.has(t.key(k));
  }
  return false;
}

/** A true, qualified statement: "doesn't work for everyone", "don't give it if she's allergic". */
function qualified(t: TextAnalysis, from: number, urged = false): boolean {
  if (from <= 0) return false;
  const sentEnd = t.sentenceOf(from - 1).t1;
  if (from >= sentEnd) return false;
  const end = t.tokens[from]!.flags & (CLAUSE | BREAK) ? from : t.clauseEnd(from);
  // Past the claim's clause only a condition qualifies it ("stop the statins, unless your GP says so"): "Chuck your
  // inhalers, breathing exercises are all you need" is not made true by "all".
  // The condition opens the next clause ("..., unless your GP says so", "..., only if ..."); one inside it qualifies
  // something else ("don't need vaccines, their immune systems are perfect until you mess with them").
  for (let i = from; i < Math.min(sentEnd, Math.max(end, from + 6)); i++) {
    // "Come off insulin completely", "ditch it all": urging an act, words of totality intensify it (sixth pass).
    if (urged && TOTALITY.has(t.key(i))) continue;
    if (QUALIFIERS.has(t.key(i)) && (i < end || (CONDITIONS.has(t.key(i)) && i <= end + 1))) return true;
  }
  return false;
}
/** Words that qualify a denial ("doesn't work for everyone") but intensify an urged act ("stop them completely"). */
const TOTALITY = new Set(['completely', 'fully', 'totally', 'entirely', 'all', 'always', 'every', 'each', 'everyone', 'everybody', '100%', 'perfectly', 'immediately', 'straight', 'overnight']);
const CONDITIONS = new Set(['if', 'unless', 'until', 'when', 'before', 'without', 'while', 'whilst', 'during', 'because', 'due', 'ask', 'speak', 'talk', 'check', 'discuss', 'prescribed', 'advised', 'supervision', 'supervised', 'gradually', 'slowly', 'safely', 'taper', 'tapering']);

/** Words that open a short rebuttal right after a claim: "People ask if X causes Y. It doesn't." */
const NOTHING = new Set(['nothing', 'nowt', 'zilch']);
const ANSWER = new Set(['answer', 'answer:']);
const NO_WORDS = new Set(['no', 'nope', 'never', 'not']);
const REBUT_HEAD = new Set(['it', 'they', 'no', 'nope', 'wrong', 'false', 'untrue', 'nonsense', 'rubbish', 'myth', 'not', 'absolutely', 'spoiler']);

/** The next sentence rebuts the claim ("It doesn't.", "They don't.", "No.", "Not true."). */
function rebutted(t: TextAnalysis, i: number, kind = ''): boolean {
  const sn = t.tokens[i]!.sn;
  const next = t.sentences[sn + 1];
  if (!next) return false;
  const first = t.key(next.t0);
  // "The answer is no.", "Short answer: no."
  // "Made in a lab? There's no evidence for that.": a short sentence that debunks.
  if (next.t1 - next.t0 <= 8 && !next.question && t.frameAt(next.t1 - 1) & DEBUNK) return true;
  const answer = t.findKey(next.t0, Math.min(next.t1, next.t0 + 3), ANSWER);
  if (answer >= 0 && t.findKey(answer + 1, Math.min(next.t1, answer + 4), NO_WORDS) >= 0) return true;
  if (!REBUT_HEAD.has(first)) return false;
  // "Not a coincidence." and "Not saying ..." insinuate; they do not rebut.
  // "They won't tell you.": framing in the answer's first words keeps the claim going.
  if (t.hits(CLAIMS).some((h) => h.entry.tag === 'framing' && h.t0 >= next.t0 && h.t0 <= next.t0 + 2) || t.hits(ANTI).some((h) => h.t0 === next.t0)) return false;
  // "Stopped recommending the flu jab. It does nothing": agreeing with a claim against a medicine, not rebutting it.
  if ((first === 'it' || first === 'they') && kind !== 'cure' && t.findKey(next.t0 + 1, next.t0 + 3, NOTHING) >= 0) return false;
  if (first === 'it' || first === 'they') return t.isNegationCue(next.t0 + 1) || (t.key(next.t0 + 1) === 'is' || t.key(next.t0 + 1) === 'does' || t.key(next.t0 + 1) === 'do') && t.isNegationCue(next.t0 + 2);
  // "No." and "No, it doesn't." answer; "No need for antibiotics.", "No more excuses." go on with the claim.
  // "No evidence? Wake up." mocks the rebuttal.
  if (first === 'no' || first === 'nope') return !next.question && (next.t1 - next.t0 === 1 || !!(t.tokens[next.t0 + 1]!.flags & (CLAUSE | BREAK)) || NO_ANSWER_NEXT.has(t.key(next.t0 + 1)));
  // "Not true.", "Not at all." answer; "Not once.", "Not rocket science.", "Not a chance they'd admit it." insist.
  if (first === 'not') return NOT_ANSWER_NEXT.has(t.key(next.t0 + 1)) && next.t1 - next.t0 <= 4;
  return true;
}
/** After a sentence-opening "no": words that make it an answer ("No it doesn't", "No they don't"). */
const NO_ANSWER_NEXT = new Set(['it', 'they', 'that', 'this', "it's", 'its', "they're", 'theyre', "that's", 'thats', 'evidence', 'proof', 'link', 'studies']);
/** After a sentence-opening "not": words that make it an answer ("Not true.", "Not really.", "Not so."). */
const NOT_ANSWER_NEXT = new Set(['true', 'so', 'really', 'correct', 'right', 'accurate', 'quite', 'exactly', 'remotely', 'at', 'how', 'the', 'proven', 'supported', 'backed', 'evidence', 'factual', 'real']);

/** High claims at 0.9: a repost of one (sharing is endorsing, weighed 0.85) still reaches delete. */
const CONFIDENCE: Record<Severity, number> = { high: 0.9, medium: 0.7, low: 0.5 };

/** First-person words: doubt predicates ("wary of the jab") count only when the poster is the doubter. */
const SELF = new Set(['i', "i'm", 'im', "i've", 'ive', "i'd", 'id', "i'll", 'me', 'my', 'myself', 'we', "we're", 'us', 'our', 'personally']);
/** Before a topic: it is not the agent ("lack of vaccines killed", "without masks", "anti-vax"). */
const NOT_AGENT_BEFORE = new Set(['homeopathic', 'homoeopathic', 'fake', 'so-called', 'lack', 'without', 'no', 'absence', 'refusing', 'refusal', 'anti', 'fewer', 'low', 'missed', 'missing', 'delayed', 'skipping', 'skipped', 'avoiding', 'ditching', 'forgetting', 'pro', 'than', 'unlike']);
/** After a topic: the topic is a modifier of something else ("vaccine hesitancy killed", "vaccine uptake"). */
const NOT_AGENT_AFTER = new Set(['uptake', 'hesitancy', 'refusal', 'coverage', 'rates', 'rate', 'scepticism', 'skepticism', 'misinformation', 'myths', 'myth', 'denial', 'deniers', 'sceptics', 'skeptics', 'conspiracy', 'conspiracies', 'programme', 'trial', 'trials', 'research', 'team', 'clinic', 'clinics', 'centre', 'center']);
/** After a topic: it names a place or an arrangement for it ("the flu jab clinic", "the jab queue"), not the thing itself. */
const ARRANGEMENT_AFTER = new Set(['clinic', 'clinics', 'centre', 'center', 'team', 'queue', 'queues', 'appointment', 'appointments', 'session', 'sessions', 'slot', 'slots', 'hub', 'bus', 'rota', 'training', 'stock', 'fridge', 'delivery', 'invite', 'invites', 'invitation', 'letter', 'letters', 'drive', 'season', 'seasons']);
/** Between a topic and its verb, words that make the topic protect rather than harm ("masks stop you spreading covid"). */
const PROTECTIVE = new Set(['stop', 'stops', 'stopped', 'prevent', 'prevents', 'prevented', 'reduce', 'reduces', 'reduced', 'protect', 'protects', 'protected', 'help', 'helps', 'helped', 'against', 'from', 'cut', 'cuts', 'lower', 'lowers', 'avoid', 'avoids', 'fewer', 'less', 'without', 'instead', 'but', 'however', 'although', 'though', 'whereas', 'yet', 'because', 'cos', 'unlike', 'than']);
/** Between a verb and its object, words that turn the object into something else ("gives you immunity to covid", "led to fewer deaths"). */
const OBJECT_BLOCK = new Set(['to', 'against', 'from', 'for', 'of', 'than', 'immunity', 'protection', 'protected', 'chance', 'chances', 'risk', 'risks', 'rate', 'rates', 'odds', 'less', 'fewer', 'lower', 'reduced', 'without', 'instead', 'in', 'drop', 'fall', 'decline', 'reduction', 'cut', 'no', 'not', 'never', 'fewer', 'any']);
/** After a paired link, verbs that make it protection ("... are linked: the jab prevents it"). */
const PROTECTS = new Set(['stop', 'stops', 'prevent', 'prevents', 'prevented', 'protect', 'protects', 'protected', 'reduce', 'reduces', 'reduced', 'cut', 'cuts', 'lower', 'lowers', 'help', 'helps']);
const RARELY = new Set(['rarely', 'seldom', 'occasionally', 'hardly', 'barely', 'infrequently']);
const RISE = new Set(['rise', 'rises', 'increase', 'increases', 'surge', 'spike', 'spikes', 'explosion', 'epidemic', 'wave', 'waves']);
/** Words of a measured statement about doses and amounts ("tiny amounts of aluminium", "trace", "safe"). */
const DOSE = new Set(['less', 'tiny', 'trace', 'traces', 'small', 'safe', 'safely', 'amount', 'amounts', 'dose', 'doses', 'adjuvant', 'quantities', 'naturally']);

/** One of the two words before the topic, in its sentence, makes it an absence or a modifier ("lack of vaccines", "anti-vax"). */
function notAgentBefore(t: TextAnalysis, topic: { t0: number }): boolean {
  const s0 = t.sentenceOf(topic.t0).t0;
  for (let j = Math.max(s0, topic.t0 - 2); j < topic.t0; j++) if (NOT_AGENT_BEFORE.has(t.key(j))) return true;
  return false;
}

/** The poster is the one who doubts: a first-person word just before, or the predicate opens its sentence. */
function bySelf(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  if (i - s.t0 <= 1) return true;
  for (let j = i - 1; j >= Math.max(s.t0, i - 4); j--) if (SELF.has(t.key(j))) return true;
  return false;
}

/** Measured wording anywhere in the sentence ("rare", "usually", "risk", "tiny amounts"). */
function measured(t: TextAnalysis, i: number, doses = false, skip?: { t0: number; t1: number }): boolean {
  const s = t.sentenceOf(i);
  for (let j = s.t0; j < s.t1; j++) {
    if (skip && j >= skip.t0 && j < skip.t1) continue;
    if (MEASURED.has(t.key(j)) || (doses && DOSE.has(t.key(j)))) return true;
  }
  return false;
}

/** The topic is the agent of a verb at `p`: nothing before or after it makes it a modifier or an absence, nothing protective between. */
function agentOf(t: TextAnalysis, topic: Hit, p: number, topics: readonly Hit[]): boolean {
  if (notAgentBefore(t, topic)) return false;
  if (NOT_AGENT_AFTER.has(t.key(topic.t1))) return false;
  if (p - topic.t1 > 6) return false;
  for (let j = topic.t1; j < p; j++) if (PROTECTIVE.has(t.key(j))) return false;
  // The nearest topic before the verb is its subject: "the jab didn't stop covid killing him" names covid last.
  return !topics.some((x) => x !== topic && x.t0 >= topic.t1 && x.t1 <= p);
}

/** The topic is plausibly the subject: not an absence or a modifier, nothing protective between it and the verb. */
function agentLite(t: TextAnalysis, topic: Hit, p: number): boolean {
  // "My covid was basically a bad cold": a personal account of an illness, not a claim about it.
  if (topic.entry.tag === 'disease' && PERSONAL.has(t.key(topic.t0 - 1))) return false;
  if (notAgentBefore(t, topic)) return false;
  if (NOT_AGENT_AFTER.has(t.key(topic.t1))) return false;
  for (let j = topic.t1; j < p; j++) if (PROTECTIVE.has(t.key(j))) return false;
  return true;
}

const CONJUNCTIONS = new Set(['and', 'but', 'so', 'because', 'cos', 'coz']);
const ANAPHORS = new Set(['it', "it's", 'its', 'they', "they're", 'theyre', 'these', 'those', 'this', 'that', "that's", 'thats']);

/** A pronoun opening the predicate's sentence, within two tokens of the verb, and a topic of the right class in the sentence before. */
function antecedent(t: TextAnalysis, p: { t0: number }, classes: readonly string[], topics: readonly Hit[]): Hit | undefined {
  // The pronoun opens the sentence or a clause, at most three tokens before the verb.
  let a = -1;
  for (let j = p.t0 - 1; j >= Math.max(0, p.t0 - 3); j--) {
    // "... and it's basically slow poisoning": a conjunction opens a clause too.
    if (ANAPHORS.has(t.key(j)) && (j === t.sentenceOf(j).t0 || t.tokens[j]!.flags & CLAUSE || (j > t.sentenceOf(j).t0 && CONJUNCTIONS.has(t.key(j - 1))))) {
      a = j;
      break;
    }
  }
  if (a < 0) return undefined;
  const sn = t.tokens[a]!.sn;
  let found: Hit | undefined;
  for (const x of topics) {
    const xs = t.tokens[x.t0]!.sn;
    if ((xs === sn - 1 || (xs === sn && x.t1 <= a)) && classes.includes(x.entry.tag) && !notAgentBefore(t, x)) found = x;
  }
  return found ? { entry: found.entry, t0: a, t1: a + 1 } : undefined;
}

/**
 * A predicate opening its sentence with its subject left out stands for the last topic of the right
 * class in the sentence before: "Had her booster on Friday. Shedding.", "Vitamin K jab? Loaded with
 * preservatives." The claim's evidence is the predicate.
 */
function elided(t: TextAnalysis, p: Hit, classes: readonly string[], topics: readonly Hit[], hasObject: boolean): Hit | undefined {
  const s = t.sentenceOf(p.t0);
  if (p.t0 - s.t0 > 1 || (p.t0 > s.t0 && !OPENERS.has(t.key(s.t0)))) return undefined;
  // "Shedding isn't a thing": the predicate word is the subject of a new clause, not a verdict.
  const after = t.key(p.t1);
  if (COPULA.has(after) || t.isNegationCue(p.t1) || after.endsWith("n't")) return undefined;
  // "Shedding my winter layers": a verb with an object of its own, where the claim names none, is another sense.
  if (!hasObject && (PERSONAL.has(after) || DETERMINERS.has(after)) && !((t.tokens[p.t1]?.flags ?? 0) & (CLAUSE | BREAK))) return undefined;
  const sn = t.tokens[p.t0]!.sn;
  let found: Hit | undefined;
  for (const x of topics) if (t.tokens[x.t0]!.sn === sn - 1 && classes.includes(x.entry.tag) && !NOT_AGENT_AFTER.has(t.key(x.t1)) && !PRONOUN_TOPIC.has(x.entry.term)) found = x;
  return found ? { entry: found.entry, t0: p.t0, t1: p.t0 } : undefined;
}
/**
 * A pronoun right after a predicate that comes first stands for a topic of the right class in its
 * sentence or the three before: "Pushing the flu jab on staff again. Not convinced it's worth it",
 * "the vit K jab is optional so we're thinking of skipping it". The evidence is the pronoun.
 */
function pronounAfter(t: TextAnalysis, p: Hit, classes: readonly string[], topics: readonly Hit[]): Hit | undefined {
  const j = p.t1;
  if (j >= t.tokens.length || !OBJECT_PRONOUNS.has(t.key(j)) || t.tokens[j]!.sn !== t.tokens[p.t0]!.sn) return undefined;
  // "Stop it.", "Quit it!": the idiom, not a medicine.
  if (j + 1 === t.sentenceOf(j).t1 && (t.key(p.t0) === 'stop' || t.key(p.t0) === 'quit')) return undefined;
  const sn = t.tokens[p.t0]!.sn;
  let found: Hit | undefined;
  for (const x of topics) {
    const xs = t.tokens[x.t0]!.sn;
    if (xs < sn - 3 || x.t1 > p.t0 || !classes.includes(x.entry.tag) || PRONOUN_TOPIC.has(x.entry.term) || NOT_AGENT_AFTER.has(t.key(x.t1))) continue;
    // "There is NO evidence that vaccines cause autism. ... Stop it.": a topic in a denied claim is not what "it" stands for.
    if (t.negated(x.t0) || t.frameOver(x.t0, x.t1) & DEBUNK) continue;
    found = x;
  }
  return found ? { entry: found.entry, t0: j, t1: j + 1 } : undefined;
}
const OBJECT_PRONOUNS = new Set(['it', "it's", 'its', 'them', 'those', 'these', 'that', 'one']);
const OPENERS = new Set(['and', 'just', 'also', 'probably', 'literally', 'basically', 'all', 'definitely', 'clearly', 'obviously']);

/** A harm between the topic and the predicate, joined to the topic by "and" ("the jab and these strokes are linked"). */
function pairedHarm(t: TextAnalysis, topic: { t0: number; t1: number }, p: { t0: number }): boolean {
  if (!t.has(OBJECTS)) return false;
  return t.hits(OBJECTS).some((o) => o.entry.tag === 'harm' && o.t0 >= topic.t1 && o.t1 <= p.t0 && t.findKey(topic.t1, o.t0, AND) >= 0 && !ARRANGEMENT_AFTER.has(t.key(o.t1)));
}

/** An object of one of `classes` within four tokens after the verb (or three before it, for a passive), in the sentence. */
function objectOf(t: TextAnalysis, p: Hit, classes: readonly string[], before: boolean): Hit | undefined {
  if (!t.has(OBJECTS)) return undefined;
  const sn = t.tokens[p.t0]!.sn;
  let found: Hit | undefined;
  for (const o of t.hits(OBJECTS)) {
    if (!classes.includes(o.entry.tag) || t.tokens[o.t0]!.sn !== sn) continue;
    if (before) {
      if (o.t1 <= p.t0 && p.t0 - o.t1 <= 3) return o;
      continue;
    }
    // "The jab is why so many of the young mums on my caseload keep miscarrying": after "why" the object is a clause.
    const reach = WHY.has(t.key(p.t1 - 1)) ? 10 : 4;
    if (o.t0 < p.t1 || o.t0 - p.t1 > reach) continue;
    let blocked = false;
    // "behind the rise in thyroid problems": a rise in a harm is still the harm.
    // "starve kids' brains of oxygen": "of" is the verb's own preposition for an oxygen object.
    for (let j = p.t1; j < o.t0; j++) if (((reach > 4 ? WHY_BLOCK : OBJECT_BLOCK).has(t.key(j)) && !RISE.has(t.key(j - 1)) && !(t.key(j) === 'of' && o.entry.tag === 'oxygen')) || t.tokens[j]!.flags & BREAK) blocked = true;
    for (let j = p.t1 + 1; j <= o.t0; j++) if (t.tokens[j]!.flags & CLAUSE) blocked = true;
    // "flu-like symptoms" is not flu.
    if (t.key(o.t1) === 'like') blocked = true;
    // "Vaccination is why measles deaths fell": a harm said to have declined is protection, not harm.
    if (!blocked && WHY.has(t.key(p.t1 - 1)) && t.findKey(o.t1, t.clauseEnd(o.t0), DECLINED) >= 0) blocked = true;
    // The head of the noun phrase is its last word: "my best friend's daughter".
    if (!blocked && (!found || o.t1 > found.t1)) found = o;
  }
  return found;
}

const WHY = new Set(['why', 'reason']);
const DECLINED = new Set(['fell', 'fallen', 'falling', 'fall', 'dropped', 'drop', 'dropping', 'declined', 'declining', 'decline', 'down', 'plummeted', 'halved', 'disappeared', 'vanished', 'eradicated', 'eliminated', 'gone', 'rare', 'rarer', 'lower', 'fewer', 'reduced', 'prevented', 'stopped', 'dropped', 'history']);
/** In the clause after "why", only words that turn the harm away block it ("why fewer people die"). */
const WHY_BLOCK = new Set(['no', 'not', 'never', 'fewer', 'less', 'lower', 'reduced', 'reduction', 'drop', 'fall', 'decline', 'protected', 'protection', 'immunity']);

function topicPredicates(t: TextAnalysis, claims: Claim[]): void {
  if (!t.has(TOPICS) || !t.has(PREDICATES)) return;
  const topics = t.hits(TOPICS);
  // Outermost predicates, and every predicate with an object class ("is linked to" holds "linked to ...").
  const outer = outermost(t.hits(PREDICATES));
  const preds = [...outer, ...t.hits(PREDICATES).filter((h) => !outer.includes(h) && (h.entry.fields[3] ?? '') !== '')];
  for (const p of preds) {
    const [sev = 'medium', classList = '', order = '', spec = ''] = p.entry.fields;
    const classes = classList.split(/\s+/);
    const pre = order === 'pre';
    const objClasses = spec && spec !== 'self' && spec !== 'measured' && spec !== 'pair' ? spec.replace('<', '').split(/\s+/) : null;
    // "Honestly I blame the booster for my sore arm": doubt the poster owns, in measured words, is an account.
    if (spec === 'self' && (!bySelf(t, p.t0) || t.findKey(t.clauseStart(p.t0), t.clauseEnd(p.t0), MEASURED) >= 0)) continue;
    let topic: Hit | undefined;
    if (pre) {
      // "stop taking your statins", "not convinced about sunscreen": the topic right after.
      // "Skipping the flu jab clinic today": a topic naming something else (clinic, queue, slot) is no topic.
      topic = topics.find((x) => classes.includes(x.entry.tag) && follows(t, p, x, 3) && !NOT_AGENT_AFTER.has(t.key(x.t1)) && !ARRANGEMENT_AFTER.has(t.key(x.t1))) ?? pronounAfter(t, p, classes, topics);
    } else {
      // "the jab alters your DNA", "covid is a hoax": the topic before, in the same sentence.
      let best = -1;
      for (const x of topics) {
        if (!classes.includes(x.entry.tag) || !follows(t, x, p, 8)) continue;
        if (x.t1 > best) {
          best = x.t1;
          topic = x;
        }
      }
      // "... had the Pfizer booster. It's destroying immune systems", "shouldn't be having the jab, it's killing babies":
      // "it" or "they" opening the sentence or clause stands for the topic before it, and starts the claim.
      const ana = antecedent(t, p, classes, topics) ?? (topic ? undefined : elided(t, p, classes, topics, !!objClasses));
      if (ana && (!topic || ana.t0 >= topic.t1)) topic = ana;
      // "The lack of vaccines killed millions", "masks stop you spreading covid": the topic is not what does it.
      if (topic && topic !== ana && !agentLite(t, topic, p.t0)) continue;
    }
    if (!topic) continue;
    // "rather than just binning them", "instead of stopping it": the act is what the poster advises against;
    // "avoid unnecessary scans", "stop repeat antibiotics": limiting overuse is good advice.
    if (pre && (contrastedOut(t, p.t0) || t.findKey(p.t1, topic.t0, JUSTIFIED) >= 0)) continue;
    // "Talk to your GP before stopping them", "patients who'd stopped their meds after a video": a condition on the
    // act, or someone else's act told as what happened, is no advice (sixth pass).
    if (pre && p.entry.tag === 'advice' && (conditionedAct(t, p.t0) || othersAct(t, p.t0))) continue;
    if (topic.entry.tag === 'imaging' && !imagingClaim(t, p, topic, pre)) continue;
    // "Live vaccines very rarely shed": a frequency in the sentence makes it a measured statement.
    if (!pre && t.findKey(t.sentenceOf(p.t0).t0, t.sentenceOf(p.t0).t1, RARELY) >= 0) continue;
    const kind = p.entry.tag;
    // Advice and "doesn't work" claims are often true with a qualifier: "don't give the MMR if immunosuppressed".
    if ((kind === 'advice' || kind === 'covid' || kind === 'questioning') && qualified(t, pre ? topic.t1 : p.t1, kind === 'advice' && pre && !t.negationIn(Math.max(t.sentenceOf(p.t0).t0, p.t0 - 2), p.t1))) continue;
    let [t0, t1] = pre ? [p.t0, topic.t1] : [topic.t0, p.t1];
    if (spec === 'measured' && measured(t, p.t0, true)) continue;
    // "the jab and all these young strokes are connected": a harm joined to the topic, then said to be linked to it.
    if (spec === 'pair' && (pre || !pairedHarm(t, topic, p) || measured(t, p.t0) || t.findKey(p.t1, t.sentenceOf(p.t0).t1, PROTECTS) >= 0)) continue;
    if (objClasses) {
      // Who does what to whom: "the HPV jab paralysed my friend's daughter", "autism is caused by vaccines".
      if (!pre && !agentOf(t, topic, p.t0, topics)) continue;
      if (measured(t, p.t0)) continue;
      const o = objectOf(t, p, objClasses, spec.startsWith('<'));
      if (!o) continue;
      if (spec.startsWith('<')) t0 = o.t0;
      else t1 = o.t1;
    }
    const severity = sev as Severity;
    claims.push({ t0, t1, gapFrom: pre ? p.t1 : topic.t1, gapTo: pre ? topic.t0 : p.t0, kind, severity, confidence: CONFIDENCE[severity], core: pre ? undefined : p.t0 });
  }
}

/**
 * Imaging is claimed about only as the subject right before its verb ("Chest x-rays give you cancer", not "the scan
 * showed the tumour had destroyed his liver"), or refused in an order of the poster's own ("..., refuse them"; not
 * "patients can decline an x-ray"), and not in the measured words radiographers use of a real, small risk ("CT
 * scans can slightly increase lifetime cancer risk, so we justify every one").
 */
function imagingClaim(t: TextAnalysis, p: Hit, topic: Hit, pre: boolean): boolean {
  const s = t.sentenceOf(p.t0);
  if (t.findKey(s.t0, s.t1, IMAGING_MEASURED) >= 0 || measured(t, p.t0)) return false;
  if (!pre) return p.t0 >= topic.t1 && p.t0 - topic.t1 <= 2;
  const prev = t.key(p.t0 - 1);
  return p.t0 === s.t0 || !!(t.tokens[p.t0]!.flags & CLAUSE) || IMPERATIVE_BEFORE.has(prev) || SELF.has(prev) || t.key(p.t0).startsWith('wouldn') || t.key(p.t0).startsWith('won') || t.key(p.t0).startsWith('would') || t.key(p.t0).startsWith('will');
}
const IMAGING_MEASURED = new Set(['can', 'may', 'might', 'could', 'small', 'tiny', 'slightly', 'slight', 'increase', 'increases', 'increased', 'dose', 'doses', 'dosage', 'justify', 'justified', 'justification', 'alara', 'lifetime', 'minimal', 'minimise', 'minimize', 'low', 'lowest', 'benefit', 'benefits', 'outweigh', 'outweighs']);
const IMPERATIVE_BEFORE = new Set(['and', 'just', 'always', 'so', 'then', 'please', 'should', 'must', 'gotta', 'to']);

/** "rather than (just) ...", "instead of ...", "than ..." within three tokens before the act, in its sentence. */
/** "before stopping them", "without you stopping it", "until you stop": the act as a condition of something else. */
function conditionedAct(t: TextAnalysis, i: number): boolean {
  const s0 = t.sentenceOf(i).t0;
  if (i - 1 >= s0 && ACT_CONDITIONS.has(t.key(i - 1))) return true;
  return i - 2 >= s0 && ACT_CONDITIONS.has(t.key(i - 2)) && (t.key(i - 1) === 'you' || t.key(i - 1) === 'u' || t.key(i - 1) === 'they' || t.key(i - 1) === 'anyone');
}
const ACT_CONDITIONS = new Set(['before', 'without', 'until', 'unless', 'til', 'till']);

/**
 * A past act whose subject is someone else ("two patients who'd stopped their meds", "she stopped her statins"):
 * an account of what happened, not advice. The poster's own past act ("I ditched my inhaler") still counts.
 */
function othersAct(t: TextAnalysis, i: number): boolean {
  const v = t.key(i);
  if (!(v.endsWith('ed') || PAST_IRREGULAR.has(v))) return false;
  const s0 = t.sentenceOf(i).t0;
  let k = i - 1;
  while (k >= s0 && k >= i - 3 && PAST_AUX.has(t.key(k))) k--;
  return k >= s0 && OTHER_SUBJECT.has(t.key(k));
}
const PAST_IRREGULAR = new Set(['quit', 'threw', 'thrown', 'binned', 'chucked', 'ditched', 'dumped', 'stopped', 'dropped', 'skipped']);
const PAST_AUX = new Set(['had', 'has', 'have', "'d", 'd', 'just', 'already', 'all', 'then', 'suddenly', 'both']);
const OTHER_SUBJECT = new Set(['who', "who'd", 'whod', "who've", 'whove', "who's", 'he', 'she', "he'd", "she'd", "they'd", 'theyd', "he's", "she's", 'patient', 'patients', 'client', 'clients', 'people', 'someone', 'somebody']);

function contrastedOut(t: TextAnalysis, i: number): boolean {
  const s0 = t.sentenceOf(i).t0;
  for (let j = i - 1; j >= Math.max(s0, i - 3); j--) if (t.key(j) === 'than' || (t.key(j) === 'of' && t.key(j - 1) === 'instead')) return true;
  return false;
}
const JUSTIFIED = new Set(['unnecessary', 'unneeded', 'needless', 'excessive', 'repeat', 'repeated', 'inappropriate', 'unjustified', 'extra']);

/** Copulas, and words between a topic and its copula that keep the topic the subject ("the vaccine rollout was"). */
const COPULA = new Set(['is', 'are', 'was', 'were', "'s", 'be', 'being', 'been']);
const SUBJECT_TAIL = new Set(['rollout', 'roll-out', 'programme', 'program', 'campaign', 'itself', 'themselves', 'mandate', 'mandates', 'push', 'drive', 'agenda', 'scheme', 'thing', 'stuff', 'really', 'honestly', 'literally', 'basically', 'just', 'always', 'still']);
/** Words that may stand between a copula and what the topic is said to be ("is literally just a bad flu", "is the biggest medical experiment"). */
const FILLER = new Set([
  'just', 'only', 'basically', 'literally', 'really', 'actually', 'simply', 'honestly', 'essentially', 'merely', 'effectively', 'clearly', 'obviously', 'totally',
  'a', 'an', 'the', 'one', 'glorified', 'little', 'bit', 'of', 'big', 'bigger', 'biggest', 'giant', 'huge', 'massive', 'largest', 'greatest', 'medical', 'mass',
  'global', 'government', 'total', 'complete', 'utter', 'pure', 'another', 'new', 'uncontrolled', 'unethical', 'slow', 'silent', 'legal', 'planned', 'deliberate',
  'state-sponsored', 'genetic', 'human', 'far', 'way', 'much', 'history', "history's", 'world', "world's", 'all', 'nothing', 'but', 'more', 'than', 'nowt', 'like',
  // "The jab is their depopulation tool"
  'their', 'its', 'real', 'true', 'ultimate', 'perfect',
  // Fifth pass: "a pharma scam", "an industry con", "slow poisoning", "literally heavy metal poisoning".
  'pharma', 'industry', 'corporate', 'slow', 'heavy', 'metal',
]);
/** Kinds of nominal that may stand alone as a verdict ("Total scam.", "Poison."). */
const ELLIPTIC = new Set(['conspiracy', 'antivax', 'questioning']);
const PERSONAL = new Set(['my', 'his', 'her', 'our', 'their', 'your']);
const CONTRACTED = new Set(["that's", 'thats', "it's", "they're", 'theyre']);
const QUALIFY_AFTER = new Set(['for', 'in', 'among', 'amongst', 'to', 'if', 'unless', 'when', 'compared']);
const EVERYONE = new Set(['everyone', 'everybody', 'anyone', 'anybody', 'all', 'humans']);

/**
 * What a topic is said to be: topic, copula, filler words, nominal ("covid is literally just a bad flu",
 * "making kids wear masks is child abuse", "the whole point of the vaccine rollout was depopulation").
 */
function nominals(t: TextAnalysis, claims: Claim[]): void {
  const topics = t.hits(TOPICS);
  for (const n of outermost(t.hits(NOMINALS))) {
    const [kind = 'antivax', sev = 'high'] = n.entry.fields;
    const classes = n.entry.tag.split(/\s+/);
    const sn = t.tokens[n.t0]!.sn;
    // Walk back over filler words to the copula.
    let j = n.t0 - 1;
    let fillers = 0;
    while (j >= 0 && t.tokens[j]!.sn === sn && FILLER.has(t.key(j)) && fillers < 5) {
      j--;
      fillers++;
    }
    // "Covid jab = gene therapy = experiment": an equals sign or arrow is a copula too.
    if (j >= 0 && t.tokens[j]!.sn === sn && !COPULA.has(t.key(j)) && /[=→➡]|->/.test(t.text.slice(t.span(j, j + 1).end, t.span(j + 1, j + 2).start))) {
      const topic = topics.find((x) => x.t1 === j + 1 && classes.includes(x.entry.tag));
      const sev = (n.entry.fields[1] ?? 'high') as Severity;
      if (topic) claims.push({ t0: topic.t0, t1: n.t1, gapFrom: topic.t1, gapTo: n.t0, kind: n.entry.fields[0] ?? 'antivax', severity: sev, confidence: CONFIDENCE[sev] });
      continue;
    }
    // "That's child abuse", "it's poison": a pronoun and its copula in one token.
    const contracted = j >= 0 && t.tokens[j]!.sn === sn && CONTRACTED.has(t.key(j));
    if (j < 0 || t.tokens[j]!.sn !== sn || (!COPULA.has(t.key(j)) && !contracted)) {
      // "If the jab worked why do the vaxxed keep catching covid? Total scam.": a verdict on its own, about the sentence before.
      const s = t.sentences[sn]!;
      if (j + 1 !== s.t0 || n.t1 !== s.t1 || !ELLIPTIC.has(n.entry.fields[0] ?? '')) continue;
      const topic = sn > 0 ? [...topics].reverse().find((x) => t.tokens[x.t0]!.sn === sn - 1 && classes.includes(x.entry.tag) && !NOT_SUBJECT.has(t.key(x.t0 - 1))) : undefined;
      if (topic) claims.push({ t0: n.t0, t1: n.t1, gapFrom: 0, gapTo: 0, kind: n.entry.fields[0] ?? 'antivax', severity: 'medium', confidence: 0.7 });
      continue;
    }
    // "more than a cold", "worse than a cold", "nothing like a cold" say the opposite; "nothing more than a cold" and "nothing but a cold" do not.
    const span = [] as string[];
    for (let k = j + 1; k < n.t0; k++) span.push(t.key(k));
    const joined = span.join(' ');
    if (/\b(?:more|than|like|but)\b/.test(joined) && !/\bnothing (?:more than|but)\b/.test(joined)) continue;
    if (/\bnothing\b/.test(joined) && !/\bnothing (?:more than|but)\b/.test(joined)) continue;
    const cop = j;
    let k = cop - 1;
    if (SUBJECT_TAIL.has(t.key(k))) k--;
    // "... it was a glorified flu": a pronoun subject stands for a topic just before.
    const topic = contracted
      ? antecedent(t, { t0: cop + 1 }, classes, topics)
      : (topics.find((x) => x.t1 === k + 1 && classes.includes(x.entry.tag) && t.tokens[x.t0]!.sn === sn) ??
        (ANAPHORS.has(t.key(k)) || COPULA.has(t.key(k + 1)) && ANAPHORS.has(t.key(k)) ? antecedent(t, { t0: k + 1 }, classes, topics) : undefined));
    if (!topic) continue;
    if (notAgentBefore(t, topic) || NOT_AGENT_AFTER.has(t.key(topic.t1))) continue;
    // "That sunscreen smells awful. It's basically poison to my nose": a qualified, personal description.
    if (contracted && t.findKey(n.t1, Math.min(n.t1 + 2, t.sentences[sn]!.t1), QUALIFY_AFTER) >= 0) continue;
    // "Gluten is poison for coeliacs" is a figure of speech about one group; "poison for EVERYONE" is the claim.
    if (topic.entry.tag === 'food') {
      const qa = t.findKey(n.t1, Math.min(n.t1 + 2, t.sentences[sn]!.t1), QUALIFY_AFTER);
      if (qa >= 0 && !EVERYONE.has(t.key(qa + 1))) continue;
    }
    if (topic.entry.tag === 'disease') {
      // "My covid was basically a bad cold", "covid is a mild illness in most children": a personal or qualified account.
      if (PERSONAL.has(t.key(topic.t0 - 1))) continue;
      if (t.findKey(n.t1, Math.min(n.t1 + 3, t.sentences[sn]!.t1), QUALIFY_AFTER) >= 0) continue;
    }
    if (measured(t, n.t0, false, n)) continue;
    const severity = sev as Severity;
    claims.push({ t0: topic.t0, t1: n.t1, gapFrom: topic.t1, gapTo: n.t0, kind, severity, confidence: CONFIDENCE[severity] });
  }
}

/** Before a vaccine word, words that make it something other than the vaccine ("anti-vax posts", "pro-vaccine"). */
const NOT_SUBJECT = new Set(['anti', 'pro', 'non']);
/** Words for the body doing its own cleaning ("your liver and kidneys remove toxins"). */
const BODY_AGENT = new Set(['liver', 'livers', 'kidneys', 'kidney', 'lungs', 'body', 'bodies', 'gut', 'lymphatic', 'immune', 'cells', 'sweat', 'sweating', 'urine']);
/** Subjects whose benefit over a medicine is evidence-based or a fair comparison ("exercise works as well as painkillers for back pain"). */
const EVIDENCED = new Set(['exercise', 'exercises', 'physio', 'physiotherapy', 'therapy', 'cbt', 'walking', 'sleep', 'rehab', 'rehabilitation', 'surgery', 'counselling', 'talking', 'activity', 'movement', 'strength', 'training', 'pacing', 'education', 'mindfulness', 'quitting', 'stopping', 'weight', 'nasal', 'spray', 'tablet', 'injection', 'generic', 'new', 'newer', 'updated']);
const VET = new Set(['dog', "dog's", 'dogs', 'cat', "cat's", 'cats', 'horse', 'horses', 'pony', 'cattle', 'sheep', 'cow', 'cows', 'pet', 'pets', 'vet', 'vets', 'puppy', 'kitten', 'livestock']);
const PRONOUN_OBJECT = new Set(['it', 'them', 'this', 'that']);
/** "They" names no health topic on its own ("It'll be fun, they said"). */
const PRONOUN_TOPIC = new Set(['they', "they're", 'theyre']);
const CURE_VERBS = new Set(['cure', 'cures', 'cured', 'curing', 'heal', 'heals', 'healed', 'healing', 'reverse', 'reverses', 'reversed', 'reversing', 'eradicate', 'eradicates', 'eradicated']);
/** Adjectives of cure after a copula ("is reversible with ..."), and verbs of clearing an illness away. */
const CURABLE = new Set(['reversible', 'curable']);
const OWN = new Set(['my', 'our']);
const PARTIAL = new Set(['some', 'much', 'lot', 'bit', 'part', 'most', 'many', 'symptoms']);
const SELLING = new Set(['book', 'booking', 'bookings', 'slots', 'shop', 'stock', 'proven', 'guaranteed', 'guarantee', 'pair', 'price', 'prices', 'discount', 'offer', 'limited', 'dm', 'appointments', '£', 'sale', 'code']);
const CLEAR_VERBS = new Set(['clear', 'clears', 'cleared', 'clearing', 'eliminate', 'eliminates', 'eliminated', 'fix', 'fixes', 'fixed', 'sorted', 'remove', 'removes']);
const AND = new Set(['and', '&', 'plus']);
const OF = new Set(['of']);
const FIX_VERBS = new Set(['sorted', 'sorts', 'fixed', 'fixes', 'cleared', 'clears', 'got', 'gets', 'banished', 'zapped', 'knocked', 'knocks']);
const HOW = new Set(['how', 'what']);
/** Between an illness that went and the remedy after it: "vanished after six months on cannabis oil". */
const CAUSE_LINKS = new Set(['after', 'on', 'with', 'from', 'using', 'taking', 'thanks', 'since', 'by']);
/** Between an illness and a cure verb, the words of a passive ("can be reversed", "was cured", "got healed"). */
const PASSIVE = new Set(['be', 'been', 'is', 'was', 'were', 'are', 'got', 'get', 'gets', 'being']);
const MILD_AGENTS = new Set(['vitamin d', 'vitamins', 'zinc', 'vitamin c', 'ginger', 'honey', 'manuka honey', 'garlic', 'lemon', 'lemons', 'lemon juice']);

/** The illness a cure verb acts on: a listed illness within five tokens, or "it"/"them" for an illness named earlier in the sentence or the one before. */
function illnessAfter(t: TextAnalysis, parts: readonly Hit[], v: Hit, a: Hit): Hit | { t0: number; t1: number } | undefined {
  const d = parts.find((x) => x.entry.tag === 'disease' && follows(t, v, x, 5));
  if (d) {
    // "healed my eczema and my asthma": the evidence runs over every illness named.
    let end = d.t1;
    for (;;) {
      let j = end;
      if (!AND.has(t.key(j)) && t.key(j) !== 'or') break;
      j++;
      if (PERSONAL.has(t.key(j))) j++;
      const next = parts.find((x) => x.entry.tag === 'disease' && x.t0 === j);
      if (!next) break;
      end = next.t1;
    }
    return { t0: d.t0, t1: end };
  }
  for (let j = v.t1; j < Math.min(v.t1 + 2, t.tokens.length); j++) {
    if (!PRONOUN_OBJECT.has(t.key(j)) || t.tokens[j]!.sn !== t.tokens[v.t0]!.sn) continue;
    const sn = t.tokens[a.t0]!.sn;
    if (parts.some((x) => x.entry.tag === 'disease' && x.t1 <= a.t0 && t.tokens[x.t0]!.sn >= sn - 1)) return { t0: j, t1: j + 1 };
  }
  return undefined;
}

function remedies(t: TextAnalysis, claims: Claim[]): void {
  const parts = t.hits(REMEDIES);
  for (const a of parts) {
    if (a.entry.tag !== 'agent') continue;
    const danger = a.entry.fields[0] === 'danger';
    // The verb within six tokens; a dangerous agent anywhere before it in the sentence; a second verb joined to a first
    // ("neutralises the acid in your blood and prevents cancer").
    const near = (v: Hit): boolean => follows(t, a, v, 6);
    const reach = (v: Hit): boolean =>
      near(v) || (danger && follows(t, a, v, 14)) ||
      // "essential oils rubbed on the soles of the feet clear ear infections": a strong verb a little further on, with a listed illness.
      (follows(t, a, v, 9) && v.entry.fields[0] !== 'soft' && (CURE_VERBS.has(t.key(v.t0)) || CLEAR_VERBS.has(t.key(v.t0))) && parts.some((x) => x.entry.tag === 'disease' && follows(t, v, x, 3))) ||
      // "Coffee enemas twice a day is how my auntie beat breast cancer": the remedy named as the way.
      (follows(t, a, v, 12) && t.findKey(a.t1, v.t0, HOW) >= 0) ||
      (follows(t, a, v, 12) && parts.some((v0) => v0.entry.tag === 'verb' && v0 !== v && near(v0) && v0.t1 <= v.t0 && t.findKey(v0.t1, v.t0, AND) >= 0));
    // "Art therapy cured my client's schizophrenia": a therapy counts with a verb of cure only ("music therapy helps people with dementia" is true).
    const therapy = a.entry.fields[0] === 'therapy';
    // "Our shockwave therapy REVERSES arthritis", "Art therapy cures PTSD ... Book a block of 8": the poster's own
    // therapy or product, or one on sale, is a promotional claim (promotion/misleading-claims), not this rule's.
    if (therapy && (OWN.has(t.key(a.t0 - 1)) || OWN.has(t.key(a.t0 - 2)) || t.findKey(0, t.tokens.length, SELLING) >= 0)) continue;
    for (const v of parts) {
      if (v.entry.tag !== 'verb' || v === a || !reach(v)) continue;
      if (therapy && !CURE_VERBS.has(t.key(v.t0)) && !CLEAR_VERBS.has(t.key(v.t0))) continue;
      // "Play therapy cleared up so much of his anxiety": part of an illness eased is no cure.
      if (therapy && t.findKey(v.t1, Math.min(v.t1 + 4, t.sentenceOf(v.t0).t1), PARTIAL) >= 0) continue;
      const d = illnessAfter(t, parts, v, a);
      // A therapy or product said to clear an illness (not to cure it) is an overclaim, review level.
      if (d && therapy && !CURE_VERBS.has(t.key(v.t0))) {
        claims.push({ t0: a.t0, t1: d.t1, gapFrom: a.t1, gapTo: v.t0, kind: 'overclaim', severity: 'medium', confidence: 0.7, core: v.t0 });
        continue;
      }
      // "Copper insoles help with nerve pain": a softer benefit is review-level, unless the remedy is itself dangerous.
      const soft = v.entry.fields[0] === 'soft' && !danger;
      if (d) claims.push({ t0: a.t0, t1: d.t1, gapFrom: a.t1, gapTo: v.t0, kind: soft ? 'overclaim' : 'cure', severity: soft ? 'medium' : 'high', confidence: soft ? 0.7 : 0.8, core: v.t0 });
      // "Chlorine dioxide detoxes ...", "sungazing heals your eyes": harmful whatever it is said to do.
      else if (danger) claims.push({ t0: a.t0, t1: v.t1, gapFrom: a.t1, gapTo: v.t0, kind: 'advice', severity: 'high', confidence: 0.8 });
      // "Reiki healed my client's frozen shoulder", "chiropractic can cure colic": a remedy said to cure anything at all
      // is a cure claim, whatever the illness (review-level when the illness is not a listed one).
      // "Reiki sorted my fibro": a verb of fixing with the poster's (or someone's) own complaint after it.
      else if ((CURE_VERBS.has(t.key(v.t0)) || (FIX_VERBS.has(t.key(v.t0)) && PERSONAL.has(t.key(v.t1)) && !MILD_AGENTS.has(a.entry.term) && !MILD_AGENTS.has(a.entry.term.replace(/ /g, '_')))) && near(v) && v.t1 < t.sentenceOf(v.t0).t1 && !OBJECT_BLOCK.has(t.key(v.t1)) && !(t.tokens[v.t1]!.flags & (BREAK | CLAUSE))) {
        let end = Math.min(v.t1 + 3, t.clauseEnd(v.t1));
        // "This 'turmeric reverses knee OA' study": the evidence stops where the quotation does.
        if (t.mayQuote && t.inQuotes(v.t0)) while (end > v.t1 && !t.inQuotes(end - 1)) end--;
        claims.push({ t0: a.t0, t1: end, gapFrom: a.t1, gapTo: v.t0, kind: 'cure', severity: 'medium', confidence: 0.7, core: v.t0 });
      }
    }
  }
  // "cured her diabetes with cinnamon", "beat stage 4 cancer with a raw vegan diet": the remedy after the disease.
  for (const v of parts) {
    if (v.entry.tag !== 'verb') continue;
    const d = parts.find((x) => x.entry.tag === 'disease' && follows(t, v, x, 3));
    if (!d) continue;
    let a: Hit | undefined;
    for (const x of parts) {
      // "cured his type 2 diabetes with a spoonful of cinnamon": "with" anywhere between the illness and the remedy.
      if (x.entry.tag !== 'agent' || !follows(t, d, x, 5) || t.findKey(d.t1, x.t0, WITH) < 0) continue;
      if (!a || x.t1 > a.t1) a = x;
    }
    if (a) claims.push({ t0: v.t0, t1: a.t1, gapFrom: 0, gapTo: 0, kind: 'cure', severity: 'high', confidence: 0.8 });
  }
  // "Ivermectin 12mg day 1 and day 3, done. Cured my whole family of covid.": a cure verb, someone cured "of" an illness,
  // and a remedy earlier in the sentence or in the one before.
  for (const v of parts) {
    if (v.entry.tag !== 'verb' || !CURE_VERBS.has(t.key(v.t0))) continue;
    const sn = t.tokens[v.t0]!.sn;
    const of = t.findKey(v.t1, Math.min(t.sentenceOf(v.t0).t1, v.t1 + 5), OF);
    const d = of >= 0 ? parts.find((x) => x.entry.tag === 'disease' && x.t0 === of + 1) : undefined;
    if (!d) continue;
    const a = [...parts].reverse().find((x) => x.entry.tag === 'agent' && x.t1 <= v.t0 && t.tokens[x.t0]!.sn >= sn - 1 && x.entry.fields[0] !== 'therapy');
    if (a) claims.push({ t0: t.tokens[a.t0]!.sn === sn ? a.t0 : v.t0, t1: d.t1, gapFrom: 0, gapTo: 0, kind: 'cure', severity: 'high', confidence: 0.8, core: v.t0 });
  }
  // "Soak your feet in apple cider vinegar and the fungal infection will be gone": the illness after the remedy, then gone.
  for (const g of parts) {
    if (g.entry.tag !== 'vanish') continue;
    const d = parts.find((x) => x.entry.tag === 'disease' && x.t1 <= g.t0 && g.t0 - x.t1 <= 2 && t.tokens[x.t0]!.sn === t.tokens[g.t0]!.sn);
    if (!d) continue;
    const a = parts.find((x) => x.entry.tag === 'agent' && x.t1 <= d.t0 && d.t0 - x.t1 <= 8 && t.tokens[x.t0]!.sn === t.tokens[d.t0]!.sn);
    if (a) claims.push({ t0: a.t0, t1: g.t1, gapFrom: a.t1, gapTo: g.t0, kind: 'cure', severity: 'high', confidence: 0.8 });
    // "her cancer just vanished after six months on cannabis oil": the remedy after, as the cause.
    else {
      const after = parts.find((x) => x.entry.tag === 'agent' && x.t0 >= g.t1 && x.t0 - g.t1 <= 8 && t.tokens[x.t0]!.sn === t.tokens[g.t0]!.sn && t.findKey(g.t1, x.t0, CAUSE_LINKS) >= 0);
      // An everyday food or vitamin ("hay fever disappeared after a month on local honey") is an overclaim, review level.
      const mild = after && MILD_AGENTS.has(after.entry.term);
      if (after) claims.push({ t0: d.t0, t1: after.t1, gapFrom: d.t1, gapTo: g.t0, kind: mild ? 'overclaim' : 'cure', severity: mild ? 'medium' : 'high', confidence: mild ? 0.7 : 0.8 });
      else {
        // "... since their parents switched them to raw milk. Asthma, eczema, hayfever, all gone.": a short verdict after
        // a sentence naming the remedy.
        const s = t.sentenceOf(g.t0);
        const sn = t.tokens[g.t0]!.sn;
        const prev = s.t1 - s.t0 <= 10 && sn > 0 ? parts.find((x) => x.entry.tag === 'agent' && t.tokens[x.t0]!.sn === sn - 1 && !MILD_AGENTS.has(x.entry.term)) : undefined;
        if (prev) claims.push({ t0: d.t0, t1: g.t1, gapFrom: d.t1, gapTo: g.t0, kind: 'cure', severity: 'high', confidence: 0.75 });
      }
    }
  }
  // "Ivermectin for cancer is showing incredible results": remedy for illness, then a word of success.
  for (const w of parts) {
    if (w.entry.tag !== 'works') continue;
    const d = parts.find((x) => x.entry.tag === 'disease' && x.t1 <= w.t0 && w.t0 - x.t1 <= 1 && t.key(x.t0 - 1) === 'for');
    const a = d && parts.find((x) => x.entry.tag === 'agent' && x.t1 === d.t0 - 1);
    if (a && d && t.tokens[a.t0]!.sn === t.tokens[w.t0]!.sn) claims.push({ t0: a.t0, t1: w.t1, gapFrom: a.t1, gapTo: w.t0, kind: 'cure', severity: 'high', confidence: 0.8, core: w.t0 });
  }
  // "Type 1 can be reversed with fasting", "his arthritis was cured by magnets": a passive cure, the remedy after "with/by".
  // "Hearing loss is reversible with the right supplements" (an adjective of cure), "Trauma can be cleared in one session
  // with tapping" (a verb of clearing: review level).
  for (const v of parts) {
    const cure = CURE_VERBS.has(t.key(v.t0)) || CURABLE.has(t.key(v.t0));
    if (v.entry.tag !== 'verb' || (!cure && !CLEAR_VERBS.has(t.key(v.t0)))) continue;
    const d = parts.find((x) => x.entry.tag === 'disease' && x.t1 <= v.t0 && v.t0 - x.t1 <= 3 && t.tokens[x.t0]!.sn === t.tokens[v.t0]!.sn && t.findKey(x.t1, v.t0, PASSIVE) >= 0);
    if (!d) continue;
    const a = parts.find((x) => x.entry.tag === 'agent' && x.t0 > v.t1 && x.t0 - v.t1 <= 5 && t.tokens[x.t0]!.sn === t.tokens[v.t0]!.sn && t.findKey(v.t1, x.t0, WITH) >= 0);
    if (a) claims.push({ t0: d.t0, t1: a.t1, gapFrom: d.t1, gapTo: v.t0, kind: 'cure', severity: cure ? 'high' : 'medium', confidence: cure ? 0.8 : 0.7, core: v.t0 });
  }
  // "Cupping ... boosts your immune system": a remedy said to boost immunity (review-level).
  for (const b of parts) {
    if (b.entry.tag !== 'boost') continue;
    const sn = t.tokens[b.t0]!.sn;
    const a = parts.find((x) => x.entry.tag === 'agent' && x.t1 <= b.t0 && b.t0 - x.t1 <= 8 && t.tokens[x.t0]!.sn === sn && !MILD_AGENTS.has(x.entry.term));
    if (!a) continue;
    let j = b.t1;
    while (j < b.t1 + 2 && (t.key(j) === 'your' || t.key(j) === 'the' || t.key(j) === 'our' || t.key(j) === 'their' || t.key(j) === 'my')) j++;
    if (t.key(j) !== 'immune' && t.key(j) !== 'immunity') continue;
    claims.push({ t0: a.t0, t1: j + (t.key(j) === 'immune' ? 2 : 1), gapFrom: a.t1, gapTo: b.t0, kind: 'overclaim', severity: 'medium', confidence: 0.7 });
  }
  // "draws out heavy metals", "pulls the toxins out": a "detox" claim, unless the body does it.
  for (const e of parts) {
    if (e.entry.tag !== 'extract') continue;
    const x = parts.find((h) => h.entry.tag === 'toxin' && follows(t, e, h, 3));
    if (!x) continue;
    const s = t.sentenceOf(e.t0);
    if (t.findKey(Math.max(s.t0, e.t0 - 6), e.t0, BODY_AGENT) >= 0) continue;
    claims.push({ t0: e.t0, t1: x.t1, gapFrom: 0, gapTo: 0, kind: 'detox', severity: 'medium', confidence: 0.7 });
  }
}

/**
 * "X beats the vaccine", "protects your heart better than any statin": something said to outdo a
 * vaccine or a medicine. High for vaccines and for listed remedies, review-level otherwise; not when
 * the subject is evidence-based (exercise, physio) or itself a medicine, nor in measured wording.
 */
function betterThan(t: TextAnalysis, claims: Claim[]): void {
  const topics = t.hits(TOPICS);
  for (const b of t.hits(BETTER)) {
    const sn = t.tokens[b.t0]!.sn;
    const target = topics.find((x) => ['vaccine', 'advisable', 'medicine'].includes(x.entry.tag) && x.t0 >= b.t1 && x.t0 - b.t1 <= 2 && t.tokens[x.t0]!.sn === sn);
    if (!target) continue;
    const s = t.sentences[sn]!;
    if (t.isNegationCue(b.t0 - 1) || t.key(b.t0 - 1) === 'nothing' || t.key(b.t0 - 1) === 'no') continue;
    if (t.findKey(s.t0, b.t0, EVIDENCED) >= 0 || measured(t, b.t0)) continue;
    // "The nasal spray is better than the jab", "Pfizer beats AZ": one medicine against another.
    // (Only a medicine or a vaccine is a rival: "when they are burning up, beats Nurofen" names no other medicine.)
    const rival = topics.find((x) => x.t1 <= b.t0 && t.tokens[x.t0]!.sn === sn && !/natural/.test(x.entry.term) && RIVALS.has(x.entry.tag));
    if (rival) continue;
    const natural = topics.some((x) => x.t1 <= b.t0 && t.tokens[x.t0]!.sn === sn);
    const remedy = t.hits(REMEDIES).some((x) => x.entry.tag === 'agent' && x.t1 <= b.t0 && t.tokens[x.t0]!.sn === sn);
    const vaccine = target.entry.tag === 'vaccine';
    const high = vaccine || remedy || natural;
    claims.push({
      t0: b.t0,
      t1: target.t1,
      gapFrom: 0,
      gapTo: 0,
      kind: vaccine ? 'antivax' : remedy ? 'cure' : 'overclaim',
      severity: high ? 'high' : 'medium',
      confidence: high ? 0.8 : 0.7,
    });
  }
}

const RIVALS = new Set(['vaccine', 'advisable', 'medicine']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'their', 'massive', 'huge', 'biggest', 'total', 'mass', 'medical', 'whole', 'another', 'big']);

function collect(t: TextAnalysis): Claim[] {
  const claims: Claim[] = [];
  for (const h of outermost(t.hits(CLAIMS))) {
    // "cover up when the sun is strong": written as two words, "cover-up" is a noun only after a determiner.
    if (h.entry.term === 'cover-up' && !t.span(h.t0, h.t1).text.includes('-') && !DETERMINERS.has(t.key(h.t0 - 1))) continue;
    const severity = (h.entry.fields[0] ?? 'medium') as Severity;
    claims.push({ t0: h.t0, t1: h.t1, gapFrom: 0, gapTo: 0, kind: h.entry.tag, severity, confidence: CONFIDENCE[severity], np: h.entry.fields[1] === 'np' });
  }
  if (t.has(SUBJECTS) && t.has(HARMS)) {
    const subjects = outermost(t.hits(SUBJECTS)).filter((x) => !NOT_SUBJECT.has(t.key(x.t0 - 1)));
    for (const harm of t.hits(HARMS)) {
      // The nearest vaccine word before the harm is its subject.
      let s: Hit | undefined;
      for (const x of subjects) if (follows(t, x, harm, 6) && (!s || x.t0 > s.t0)) s = x;
      if (s && !agentLite(t, s, harm.t0)) continue;
      if (s) claims.push({ t0: s.t0, t1: harm.t1, gapFrom: s.t1, gapTo: harm.t0, kind: 'antivax', severity: 'high', confidence: 0.9 });
    }
  }
  if (t.has(REMEDIES)) remedies(t, claims);
  topicPredicates(t, claims);
  if (t.has(NOMINALS) && t.has(TOPICS)) nominals(t, claims);
  if (t.has(BETTER) && t.has(TOPICS)) betterThan(t, claims);
  if (t.has(TOPICS) && /=|→|->|➡/.test(t.text)) equals(t, claims);
  if (t.has(TOPICS) && t.text.includes('>')) greaterThan(t, claims);
  if (claims.length === 0 && t.has(ANTI)) register(t, claims);
  if (t.has(TOPICS) || t.has(SINCE_CUES)) afterTheJab(t, claims);
  if (t.has(INSTALLED) && t.has(TOPICS)) mastsWentUp(t, claims);
  if (t.has(SUDDEN_WHAT) && t.has(SUDDEN_WHO)) suddenHarms(t, claims);
  if ((t.has(DISMISS_CARE) || t.has(DISMISS_VERB)) && t.has(REMEDIES)) remedyOverCare(t, claims);
  if (t.has(NOT_CAUGHT) && t.has(REMEDIES)) wardedOff(t, claims);
  if (t.has(SLOGANS) && t.mayQuote) scareQuoted(t, claims);
  if (t.has(INSINUATION) && t.has(TOPICS)) insinuations(t, claims);
  if (t.has(ANTI) && t.has(TOPICS)) askingOnly(t, claims);
  framingStrength(t, claims);
  return claims;
}

/** Sources a health-promotion post points to. */
const TRUSTED = new Set(['nhs', 'nhs.uk', 'leaflet', 'leaflets', 'gp', 'pharmacist', 'midwife', 'nurse', 'evidence', 'ukhsa', 'nice', 'guidance', 'guidelines']);

/** The question is answered in the next sentence ("Is the flu jab really safe for my baby? Yes, and here's why."). */
function answered(t: TextAnalysis, sn: number): boolean {
  const next = t.sentences[sn + 1];
  return !!next && ANSWERS.has(t.key(next.t0));
}
const ANSWERS = new Set(['yes', 'yep', 'yeah', 'absolutely', 'definitely', 'totally', 'because', 'short', 'answer', 'answer:', 'the', 'evidence', 'studies', 'research']);

/** Topic classes doubt can be about, and signs that the doubt was resolved ("felt reassured", "had it done"). */
const DOUBT_CLASSES = new Set(['vaccine', 'mask', 'lockdown', 'test', 'fluoride', 'sunscreen', 'radiation', 'advisable', 'disease', 'authority', 'food']);
const RESOLVED = new Set(['reassured', 'reassuring', 'glad', 'regrets', 'regret', 'booked', 'relieved', 'grateful', 'thankful', 'protected', 'recommend', 'recommended', 'evidence', 'trials', 'nhs.uk']);

/**
 * A cue of doubt or insinuation with a health topic in its sentence or the one before or after:
 * "Something about the HPV jab just doesn't sit right with me", "Are we sure sunscreen is safe?",
 * "They told us the vaccine would stop transmission ... what else did they get wrong?". Review-level.
 */
/** The poster is the subject right before i: "I'm not", "I am honestly not", "we're not". */
function selfSubject(t: TextAnalysis, i: number): boolean {
  const s0 = t.sentenceOf(i).t0;
  // "Not anti-vax AT ALL, but ...", "Not anti-vax, pro-questions.": opening its sentence, the "I'm" is left out.
  if (i === s0) return true;
  for (let k = i - 1; k >= Math.max(s0, i - 3); k--) {
    const w = t.key(k);
    if (SPEAKER_SELF.has(w)) return true;
    if (!SPEAKER_GAP.has(w) && w !== 'definitely' && w !== 'certainly') return false;
  }
  return false;
}

function insinuations(t: TextAnalysis, claims: Claim[]): void {
  // "I wonder if the flu jab clinic will run late": a topic naming a clinic, queue or slot is no topic of doubt.
  const topics = outermost(t.hits(TOPICS)).filter((x) => DOUBT_CLASSES.has(x.entry.tag) && !PRONOUN_TOPIC.has(x.entry.term) && !ARRANGEMENT_AFTER.has(t.key(x.t1)));
  if (topics.length === 0) return;
  for (let j = 0; j < t.tokens.length; j++) if (RESOLVED.has(t.key(j))) return;
  for (const h of outermost(t.hits(INSINUATION))) {
    // "I'm not sceptical about the jab": a negation before the cue (its own "doesn't" is part of it).
    if (t.negated(h.t0) && !t.isNegationCue(h.t0)) continue;
    // "Is fluoride in water actually safe??", "is the vaccine really needed?": cues marked "q" doubt only in a question.
    if (h.entry.tag === 'q' && (!t.sentenceOf(h.t0).question || answered(t, t.tokens[h.t0]!.sn))) continue;
    // "I'm not anti-vax, I just ..." disclaims the poster; "That's not anti-vax, it's ...", "policy criticism, not
    // anti-vax" describes a view as measured. Cues marked "self" need the poster as their subject (sixth pass).
    if (h.entry.tag === 'self' && !selfSubject(t, h.t0)) continue;
    if (insinuationNear(t, h, topics, claims)) return;
  }
}

/**
 * An insinuation claim from a cue and a topic in its sentence or the one before or after; false
 * when there is none. Evidence: the cue and the topic when they are close, else the cue alone.
 */
function insinuationNear(t: TextAnalysis, h: Hit, topics: readonly Hit[], claims: Claim[]): boolean {
  const sn = t.tokens[h.t0]!.sn;
  const topic = topics.find((x) => Math.abs(t.tokens[x.t0]!.sn - sn) <= 1);
  if (!topic) return false;
  const [t0, t1] = topic.t0 < h.t0 ? [topic.t0, h.t1] : [h.t0, topic.t1];
  const near = t1 - t0 <= 14 && t.tokens[topic.t0]!.sn === sn;
  claims.push({ t0: near ? t0 : h.t0, t1: near ? t1 : h.t1, gapFrom: 0, gapTo: 0, kind: 'insinuation', severity: 'medium', confidence: 0.65 });
  return true;
}

/**
 * The disclaimer of "just asking questions" (stance-anti.txt, marked "jaq": "just asking", "asking for a friend",
 * "call me paranoid") with a health topic in its sentence or the one before or after: "Why do kids need so many
 * jabs these days? Just asking", "Interesting how sudden adult deaths are up since the booster. Just askin".
 * The disclaimer says the question is not a question. Review level, like the other insinuations; not when the
 * doubt is resolved ("booked", "reassured"), and only once per post (sixth pass, issue 6).
 */
function askingOnly(t: TextAnalysis, claims: Claim[]): void {
  if (!t.hits(ANTI).some((h) => h.entry.fields[0] === 'jaq') || claims.some((c) => c.kind === 'insinuation')) return;
  const hedges = t.hits(ANTI).filter((h) => h.entry.fields[0] === 'jaq' && !t.negated(h.t0));
  const topics = outermost(t.hits(TOPICS)).filter((x) => DOUBT_CLASSES.has(x.entry.tag) && x.entry.tag !== 'authority' && !PRONOUN_TOPIC.has(x.entry.term) && !ARRANGEMENT_AFTER.has(t.key(x.t1)));
  if (topics.length === 0) return;
  for (let j = 0; j < t.tokens.length; j++) if (RESOLVED.has(t.key(j))) return;
  for (const h of hedges) {
    if (insinuationNear(t, h, topics, claims)) return;
  }
}

/**
 * Framing ("do your own research", "coincidence?") next to a health topic in its own sentence, or two
 * different framing cues in a post about a health topic, insinuate more than either alone: review-level.
 */
function framingStrength(t: TextAnalysis, claims: Claim[]): void {
  const framing = claims.filter((c) => c.kind === 'framing');
  if (framing.length === 0) return;
  // "They said" is no health topic.
  // Imaging is everyday work for radiographers ("is it just me or is the MRI extra loud today"): no topic for framing.
  const topical = [...t.hits(TOPICS).filter((x) => !PRONOUN_TOPIC.has(x.entry.term) && x.entry.tag !== 'imaging'), ...t.hits(SUBJECTS), ...t.hits(REMEDIES).filter((x) => (x.entry.tag === 'agent' || x.entry.tag === 'disease') && x.entry.fields[0] !== 'minor')];
  if (topical.length === 0) return;
  const several = new Set(framing.map((c) => t.span(c.t0, c.t1).text.toLowerCase())).size >= 2;
  // "Make up your own mind about the flu jab after reading the NHS leaflet": a weak cue beside a trusted source informs.
  if (!several && t.findKey(0, t.tokens.length, TRUSTED) >= 0) return;
  for (const c of framing) {
    if (c.severity !== 'low') continue;
    const sn = t.tokens[c.t0]!.sn;
    // The topic in its own sentence, or in the one before (framing usually comments on what was just said).
    if (several || topical.some((x) => t.tokens[x.t0]!.sn === sn || t.tokens[x.t0]!.sn === sn - 1)) {
      c.severity = 'medium';
      c.confidence = 0.6;
    }
  }
}

/**
 * The register of vaccine and COVID denial: two or more kinds of its words ("experimental",
 * "poison", "hiding", "sheep") with a vaccine, COVID or mask topic, not negated. Review-level: a
 * stance, not a specific claim; the usual correction and report checks still apply.
 */
function register(t: TextAnalysis, claims: Claim[]): void {
  const topics = t.hits(TOPICS).filter((x) => ['vaccine', 'disease', 'mask', 'lockdown', 'test', 'fluoride'].includes(x.entry.tag));
  if (topics.length === 0) return;
  const kinds = new Set<string>();
  let first: Hit | undefined;
  let last: Hit | undefined;
  for (const h of t.hits(ANTI)) {
    if (t.negated(h.t0) && !t.isNegationCue(h.t0)) continue;
    kinds.add(h.entry.tag);
    if (!first || h.t0 < first.t0) first = h;
    if (!last || h.t1 > last.t1) last = h;
  }
  if (kinds.size < 2 || !first || !last) return;
  const topic = topics[0]!;
  const t0 = Math.min(first.t0, topic.t0);
  const t1 = Math.max(last.t1, topic.t1);
  // Evidence: the topic and the register word nearest it, when the span would be long.
  const near = t.hits(ANTI).reduce((a, b) => (Math.abs(b.t0 - topic.t0) < Math.abs(a.t0 - topic.t0) ? b : a));
  const [e0, e1] = t1 - t0 > 14 ? [Math.min(near.t0, topic.t0), Math.max(near.t1, topic.t1)] : [t0, t1];
  claims.push({ t0: e0, t1: e1, gapFrom: 0, gapTo: 0, kind: 'questioning', severity: 'medium', confidence: kinds.size >= 3 ? 0.7 : 0.6 });
}

/** "Natural immunity > vaccine immunity", "turmeric > chemo": natural immunity or a remedy ranked above a vaccine or medicine. */
function greaterThan(t: TextAnalysis, claims: Claim[]): void {
  const topics = t.hits(TOPICS);
  const lefts = [...topics.filter((x) => /natural/.test(x.entry.term)), ...t.hits(REMEDIES).filter((x) => x.entry.tag === 'agent')];
  for (const x of lefts) {
    if (x.t1 >= t.tokens.length) continue;
    const between = t.text.slice(t.span(x.t0, x.t1).end, t.span(x.t1, x.t1 + 1).start);
    if (!/>|≫/.test(between) || /->/.test(between)) continue;
    const y = topics.find((h) => ['vaccine', 'advisable'].includes(h.entry.tag) && h.t0 >= x.t1 && h.t0 - x.t1 <= 1 && !/natural/.test(h.entry.term));
    if (y) claims.push({ t0: x.t0, t1: y.t1, gapFrom: 0, gapTo: 0, kind: y.entry.tag === 'vaccine' ? 'antivax' : 'cure', severity: 'high', confidence: 0.8 });
  }
}

/** "HPV jab = early menopause", "mRNA → infertility": a vaccine topic set equal to a harm. */
function equals(t: TextAnalysis, claims: Claim[]): void {
  for (const x of t.hits(TOPICS)) {
    if (x.entry.tag !== 'vaccine' && x.entry.tag !== 'advisable' && x.entry.tag !== 'fluoride') continue;
    let next = x.t1;
    if (next >= t.tokens.length || t.tokens[next]!.sn !== t.tokens[x.t0]!.sn) continue;
    let between = t.text.slice(t.span(x.t0, x.t1).end, t.span(next, next + 1).start);
    // "MMR ➡️ autism": an arrow emoji is a token of its own.
    if (ARROWS.has(t.key(next)) && next + 1 < t.tokens.length && t.tokens[next + 1]!.sn === t.tokens[x.t0]!.sn) {
      between = '→';
      next++;
    }
    if (!/=|→|->|➡/.test(between)) continue;
    // "aluminium adjuvants → brain inflammation → autism": a chain of arrows carries on to the harm.
    const chain = /→|->|➡/.test(between) ? t.sentenceOf(x.t0).t1 : next + 3;
    for (let j = next; j < Math.min(t.tokens.length, chain, next + 8); j++) {
      if (HARM_WORDS.has(t.key(j)) || EQUAL_HARMS.has(t.key(j))) {
        claims.push({ t0: x.t0, t1: j + 1, gapFrom: 0, gapTo: 0, kind: 'antivax', severity: 'high', confidence: 0.8 });
        break;
      }
    }
  }
}
const ARROWS = new Set(['➡', '➡️', '→', '⇒', '⟶', '=']);
const EQUAL_HARMS = new Set(['menopause', 'infertility', 'sterility', 'poison', 'death', 'murder', 'genocide', 'stillbirths', 'stillbirth', 'sids', 'cancer', 'autism', 'palsy']);

/** Harms people blame on vaccines, and the states they say someone was in before ("perfectly healthy until ..."). */
const HARM_WORDS = new Set([
  'heart', 'attacks', 'attack', 'strokes', 'stroke', 'cancer', 'cancers', 'died', 'dying', 'dead', 'deaths', 'autistic', 'autism', 'seizures', 'fits', 'collapsed',
  'collapsing', 'clots', 'clot', 'myocarditis', 'turbo', 'miscarriage', 'miscarriages', 'infertile', 'infertility', 'paralysed', 'palsy', 'shingles', 'tinnitus',
  'disabled', 'injured', 'sick', 'ill', 'changed', 'regressed', 'arrests', 'dementia', 'diabetes', 'tumours', 'tumour', 'bleeds', 'sudden', 'suddenly',
  'stillbirths', 'stillbirth', 'stillborn', 'menopause', 'sids', 'cot',
  // Fourth pass: harms and losses told of someone after a jab ("cycle's been wrecked since the booster", "gone in his sleep").
  'wrecked', 'ruined', 'destroyed', 'cycle', 'cycles', 'periods', 'bleeding', 'miscarried', 'fitting', 'gone', 'passed', 'sleep', 'funeral', 'regression',
  // Fifth pass: "vaxxed patients clotting like mad since 2021".
  'clotting', 'miscarrying', 'collapses', 'regress', 'regressing',
]);
/** Words of measured, evidence-based statements about side effects. */
const MEASURED = new Set(['rare', 'rarely', 'uncommon', 'mild', 'risk', 'risks', 'evidence', 'study', 'studies', 'reported', 'reports', 'monitored', 'monitoring', 'recognised', 'known', 'yellow', 'mhra', 'likely', 'unlikely', 'compared', 'chance', 'percent', 'usually', 'expected', 'common', 'sore', 'arm']);
const HEALTHY = new Set(['fine', 'healthy', 'normal', 'well', 'fit', 'perfect']);
const SINCE = new Set(['since', 'after', 'until', 'following', 'post', 'till', 'til']);
/** "since 2021", "since the rollout": the vaccine named by its date. */
const SINCE_YEARS = new Set(['2021', 'rollout', 'roll-out', '2022']);
const SINCE_CUES = defineLexicon('accuracy/since-cues', 'since 2021\nsince the rollout\nsince 2022\nafter 2021\nsince the roll-out');
const GRAVE = new Set(['autistic', 'autism', 'died', 'dead', 'dying', 'deaths', 'seizures', 'fits', 'collapsed', 'collapsing', 'stroke', 'strokes', 'cancer', 'cancers', 'turbo', 'paralysed', 'palsy', 'miscarriage', 'miscarriages', 'miscarried', 'regressed', 'regression', 'regress', 'regressing', 'stillborn', 'stillbirth', 'sids', 'disabled', 'clots', 'dementia', 'tumours', 'tumour', 'arrests', 'infertile', 'infertility']);
const SINCE_PRONOUNS = new Set(['theirs', 'it', 'them', 'his', 'hers', 'mine', 'yours', 'ours', 'that', 'one']);

/**
 * Insinuation by timing: a harm (or "perfectly healthy") and then "since / after / until" the jab
 * or 2021, in one sentence: "heart attacks since their boosters", "fine until his booster",
 * "more young people having strokes since 2021". Review-level: it insinuates more than it claims.
 */
function afterTheJab(t: TextAnalysis, claims: Claim[]): void {
  const topics = t.hits(TOPICS).filter((x) => x.entry.tag === 'vaccine');
  if (topics.length === 0 && !t.has(SINCE_CUES)) return;
  for (let i = 0; i < t.tokens.length; i++) {
    if (!SINCE.has(t.key(i))) continue;
    const s = t.sentenceOf(i);
    const topic = topics.find((x) => x.t0 > i && x.t0 - i <= 7 && t.tokens[x.t0]!.sn === t.tokens[i]!.sn);
    const year = SINCE_YEARS.has(t.key(i + 1)) || (t.key(i + 1) === 'the' && SINCE_YEARS.has(t.key(i + 2)));
    // "We've decided not to do her MMR. I see far too many kids who went autistic right after theirs": a pronoun for a
    // vaccine named earlier in the sentence or in the one before.
    const anaphor = !topic && !year && SINCE_PRONOUNS.has(t.key(i + 1)) && topics.some((x) => x.t1 <= i && t.tokens[x.t0]!.sn >= t.tokens[i]!.sn - 1 && !NOT_AGENT_AFTER.has(t.key(x.t1)) && !ARRANGEMENT_AFTER.has(t.key(x.t1)));
    if (!topic && !year && !anaphor) continue;
    // "fine until", "healthy until": the state before; otherwise a harm before "since/after".
    const until = t.key(i) === 'until' || t.key(i) === 'till' || t.key(i) === 'til';
    const before = until ? t.findKey(Math.max(s.t0, i - 3), i, HEALTHY) : t.findKey(Math.max(s.t0, i - 8), i, HARM_WORDS);
    if (before < 0) continue;
    // "Myocarditis after mRNA vaccines is rare and usually mild": a measured statement of a known side effect.
    if (t.findKey(s.t0, s.t1, MEASURED) >= 0) continue;
    const end = topic ? topic.t1 : i + (t.key(i + 1) === 'the' ? 3 : 2);
    // Through a pronoun only a grave harm ("felt rough after it" is the expected reaction), not denied.
    if (anaphor && (!GRAVE.has(t.key(before)) || t.isNegationCue(before - 1))) continue;
    claims.push({ t0: before, t1: Math.min(end, s.t1), gapFrom: before + 1, gapTo: i, kind: 'questioning', severity: 'medium', confidence: 0.7 });
  }
}

/**
 * Medical care or a medicine waved away (fifth pass, issue 6; written by the project, MIT): "no need for the GP",
 * "you don't need antibiotics", "ditch the physio", "why pay for ...", "... instead".
 */
const DISMISS_CARE = defineLexicon(
  'accuracy/dismiss-care',
  'no need for/to_see [the/a/your/any] gp/doctor/doctors/hospital/a&e/antibiotics/meds/medication/medicine/pills/chemo/insulin/inhaler/inhalers/physio/calpol/steroids\n' +
    "don't/dont/do_not/never need [the/a/your/any] gp/doctor/doctors/hospital/a&e/antibiotics/meds/medication/medicine/pills/chemo/insulin/inhaler/inhalers/physio/calpol/steroids\n" +
    'skip/ditch/bin/forget/swerve the/your gp/doctor/doctors/physio/meds/antibiotics/medication/chemo/pills/inhaler/inhalers/calpol/steroids\n' +
    'why pay for\ninstead',
);

/**
 * Verbs that wave care away when a medicine, a device or a service follows them (sixth pass, issue 6; written by
 * the project, MIT): "skip the aids", "forget the clinic", "stop giving your kids Calpol", "don't bother with the
 * anti-inflams", "skip the sugar and the glucose tablets". What is waved away is a class (careAfter), not a list.
 */
const DISMISS_VERB = defineLexicon(
  'accuracy/dismiss-verb',
  'skip/skipped/skipping/ditch/ditched/ditching/bin/binned/forget/swerve/ignore/drop/dropped/stop/stopped/stopping/quit/quitting/chuck/chucked/avoid/refuse/bypass [giving/taking/using/wearing/putting_in/doing/with]\n' +
    "don't/dont/do_not/never bother with\nno need for\ndon't/dont/do_not/never need\ndon't/dont/do_not/never take/give/use/wear",
);
/**
 * An illness not caught, said of the poster or the reader (sixth pass, issue 6; written by the project, MIT):
 * "you won't catch covid", "never caught covid once", "not had a single cold", "haven't had a sniffle".
 */
const NOT_CAUGHT = defineLexicon(
  'accuracy/not-caught',
  "won't/wont/will_not/will_never/never/didn't/didnt/haven't/havent/hasn't/hasnt/not/never_once/not_once catch/caught/get/got/had/picked_up\nhaven't/havent/hasn't/hasnt/not/never been ill/sick/poorly",
);
const CAUGHT_ILLS = new Set(['covid', 'covid-19', 'coronavirus', 'omicron', 'cold', 'colds', 'flu', 'sniffle', 'sniffles', 'bug', 'bugs', 'virus', 'viruses', 'infection', 'infections', 'lurgy', 'cough', 'coughs', 'ill', 'sick', 'poorly', 'thing']);

/**
 * A remedy credited with keeping an illness away, by the illness's absence: "50,000 IU vitamin D a day and you won't
 * catch covid", "colloidal silver every morning and not had a single cold", "High-dose vit D = never caught covid".
 * The remedy in the sentence or the one before or after; not when a vaccine is in the sentence (the jab may be
 * what is credited), nor under a negation before it ("doesn't mean you won't catch it"). Review level; high for a
 * dangerous remedy.
 */
function wardedOff(t: TextAnalysis, claims: Claim[]): void {
  const agents = t.hits(REMEDIES).filter((x) => x.entry.tag === 'agent');
  if (agents.length === 0) return;
  for (const h of t.hits(NOT_CAUGHT)) {
    const s = t.sentenceOf(h.t0);
    let ill = -1;
    for (let j = h.t1; j < Math.min(s.t1, h.t1 + 4); j++) if (CAUGHT_ILLS.has(t.key(j))) { ill = j; break; }
    if (ill < 0 && !(t.key(h.t1 - 1) === 'ill' || t.key(h.t1 - 1) === 'sick' || t.key(h.t1 - 1) === 'poorly')) continue;
    if (deniedIn(t, Math.max(s.t0, h.t0 - 4), h.t0)) continue;
    if (t.has(TOPICS) && t.hits(TOPICS).some((x) => x.entry.tag === 'vaccine' && t.tokens[x.t0]!.sn === t.tokens[h.t0]!.sn)) continue;
    const sn = t.tokens[h.t0]!.sn;
    const a = agents.find((x) => x.entry.fields[0] === 'danger' && Math.abs(t.tokens[x.t0]!.sn - sn) <= 1) ?? agents.find((x) => Math.abs(t.tokens[x.t0]!.sn - sn) <= 1);
    if (!a) continue;
    const end = ill >= 0 ? ill + 1 : h.t1;
    const [t0, t1] = t.tokens[a.t0]!.sn === sn ? [Math.min(a.t0, h.t0), Math.max(a.t1, end)] : [h.t0, end];
    const danger = a.entry.fields[0] === 'danger';
    claims.push({ t0, t1, gapFrom: 0, gapTo: 0, kind: danger ? 'cure' : 'overclaim', severity: danger ? 'high' : 'medium', confidence: 0.7 });
    return;
  }
}

/**
 * The words of public health messaging (sixth pass, issue 6; written by the project, MIT), which in scare quotes of
 * their own are sneered at: "Mhm, 'safe and effective'. We'll see", "The 'pandemic' was a planned exercise".
 */
const SLOGANS = defineLexicon(
  'accuracy/slogans',
  'safe and/& effective\nsafe_and_effective\nfollow/trust the science\nthe science\npandemic\nthe pandemic\nrare side effects/effect\nvery/extremely rare\nexperts\nfact checkers/checks\nmisinformation\nconspiracy theory/theories/theorist/theorists\noverwhelmed',
);

/**
 * A slogan of public health messaging alone in quotation marks, nothing else inside them: scare quotes that mock it.
 * Review level; the usual report, debunk and meta frames still apply ('the word "pandemic" comes from Greek').
 */
const NAMING = new Set(['calls', 'called', 'call', 'calling', 'describes', 'described', 'describe', 'labelled', 'labeled', 'labels', 'termed', 'terms', 'dubbed', 'branded', 'states', 'stated', 'quote', 'quoting', 'slogan', 'headline', 'titled', 'entitled']);
function scareQuoted(t: TextAnalysis, claims: Claim[]): void {
  // Every hit, not the outermost: in "The 'pandemic' was ..." only "pandemic" is quoted.
  for (const h of t.hits(SLOGANS)) {
    if (!t.quotedSpan(h.t0, h.t1) || (h.t0 > 0 && t.inQuotes(h.t0 - 1) && t.tokens[h.t0 - 1]!.sn === t.tokens[h.t0]!.sn) || (h.t1 < t.tokens.length && t.inQuotes(h.t1) && t.tokens[h.t1]!.sn === t.tokens[h.t0]!.sn)) continue;
    // 'The leaflet calls it "safe and effective"': quotation marks that attribute the words to their source.
    let named = false;
    for (let j = h.t0 - 1; j >= Math.max(t.sentenceOf(h.t0).t0, h.t0 - 4); j--) if (SAYING.has(t.key(j)) || NAMING.has(t.key(j))) named = true;
    if (named) continue;
    claims.push({ t0: h.t0, t1: h.t1, gapFrom: 0, gapTo: 0, kind: 'insinuation', severity: 'medium', confidence: 0.65, scare: true });
    return;
  }
}

/** Care named by the kind of thing it is: services, devices and their people (with CARE_WORDS and medicine topics). */
const CARE_MORE = new Set(['clinic', 'clinics', 'aids', 'glasses', 'patching', 'patch', 'dressings', 'dressing', 'glucose', 'neurologist', 'specialist', 'consultant', 'dentist', 'optician', 'audiologist', 'podiatrist', 'rheumatologist', 'oncologist', '999', '111', 'ambulance', 'dmts', 'dmt', 'anti-inflams', 'anti-inflammatories', 'antiinflammatories', 'nurofen', 'calpol', 'cream', 'creams', 'drops', 'spray', 'sprays', 'splint', 'brace']);

/** A medicine, device or service within six tokens after a dismissal verb, in its clause. */
function careAfter(t: TextAnalysis, h: Hit): boolean {
  const end = Math.min(t.clauseEnd(h.t0), h.t1 + 6);
  for (let j = h.t1; j < end; j++) if (CARE_WORDS.has(t.key(j)) || CARE_MORE.has(t.key(j))) return true;
  return t.has(TOPICS) && t.hits(TOPICS).some((x) => x.t0 >= h.t1 && x.t0 < end && (x.entry.tag === 'advisable' || x.entry.tag === 'medicine' || x.entry.tag === 'vaccine'));
}

/**
 * A remedy offered in place of care or a medicine waved away in its sentence or the next: "You don't need antibiotics
 * for sepsis, you need high-dose vitamin C", "Ditch the physio and go carnivore", "why pay for Ozempic? do a 21 day
 * water fast instead". Not an everyday food or vitamin ("no need for antibiotics for a cold, honey and rest"), nor a
 * therapy or product (their claims need a verb of cure). "Instead" needs a medicine or care named in the post.
 */
function remedyOverCare(t: TextAnalysis, claims: Claim[]): void {
  const agents = t.hits(REMEDIES).filter((x) => x.entry.tag === 'agent' && x.entry.fields[0] !== 'therapy' && !MILD_AGENTS.has(x.entry.term) && !MILD_AGENTS.has(x.entry.term.replace(/ /g, '_')));
  if (agents.length === 0) return;
  const care = t.hits(TOPICS).some((x) => x.entry.tag === 'advisable' || x.entry.tag === 'medicine') || t.findKey(0, t.tokens.length, CARE_WORDS) >= 0;
  // A dismissal verb counts with care after it, not negated before it ("I'd never skip my meds"), not someone
  // else's past act ("she'd stopped her meds") nor a condition ("before stopping the tablets").
  const verbs = t.has(DISMISS_VERB) ? t.hits(DISMISS_VERB).filter((h) => careAfter(t, h) && !(t.negated(h.t0) && !t.isNegationCue(h.t0)) && !othersAct(t, h.t0) && !conditionedAct(t, h.t0)) : [];
  for (const h of verbs.length > 0 ? [...t.hits(DISMISS_CARE), ...verbs] : t.hits(DISMISS_CARE)) {
    const instead = t.key(h.t0) === 'instead';
    if (instead && (!care || t.key(h.t1) === 'of')) continue;
    const sn = t.tokens[h.t0]!.sn;
    // "Instead" follows its remedy closely ("do a water fast instead"); a dismissal has one in its sentence or the next.
    // Of several remedies offered, a dangerous one speaks for the post ("garlic oil and a drop of hydrogen peroxide").
    const a = instead ? agents.find((x) => x.t1 <= h.t0 && h.t0 - x.t1 <= 4 && t.tokens[x.t0]!.sn === sn) : agents.find((x) => x.entry.fields[0] === 'danger' && Math.abs(t.tokens[x.t0]!.sn - sn) <= 1) ?? agents.find((x) => Math.abs(t.tokens[x.t0]!.sn - sn) <= 1);
    if (!a) continue;
    const same = t.tokens[a.t0]!.sn === sn;
    const [t0, t1] = same ? [Math.min(a.t0, h.t0), Math.max(a.t1, h.t1)] : [a.t0, a.t1];
    const danger = a.entry.fields[0] === 'danger';
    claims.push({ t0, t1, gapFrom: 0, gapTo: 0, kind: 'advice', severity: danger ? 'high' : 'medium', confidence: 0.7 });
    return;
  }
}
const CARE_WORDS = new Set(['gp', 'doctor', 'doctors', 'hospital', 'a&e', 'physio', 'antibiotics', 'prescription', 'pharmacy', 'medication', 'meds', 'medicine', 'pills', 'tablets', 'injections', 'surgery']);

/** Masts and networks put up or switched on (fifth pass, issue 6; written by the project, MIT). */
const INSTALLED = defineLexicon(
  'accuracy/installed',
  'went/go/goes/going/gone/put/popped/sprang/sprung/springing/springs/pop/pops/popping up\ninstalled\nswitched/turned on\nrolled/rolling out\nerected\narrived\nwas/were/got/been/being built/installed/erected/put_up/switched_on/turned_on',
);
/** After the masts went up: an illness or symptom named later, or a wink ("Coincidence?", "Exactly.", "then what happened?"). */
const MAST_HARMS = new Set([
  'ill', 'sick', 'poorly', 'unwell', 'headaches', 'headache', 'migraines', 'nosebleeds', 'nosebleed', 'tinnitus', 'insomnia', 'rashes', 'dizzy', 'dizziness',
  'fatigue', 'symptoms', 'cancer', 'cancers', 'covid', 'flu', 'outbreak', 'virus', 'died', 'deaths', 'strokes', 'miscarriages', 'exactly', 'coincidence',
]);

/**
 * Timing that insinuates radio masts made people ill: a mast topic, then "went up / switched on", and later in
 * the post an illness or a wink ("5G masts went up in Wuhan in 2019. Then what happened? Exactly.", "5G mast went
 * up next to the station and half the crew have had headaches since"). Review level.
 */
function mastsWentUp(t: TextAnalysis, claims: Claim[]): void {
  const winked = /🤔|🙄|🧐/.test(t.text);
  for (const x of t.hits(TOPICS)) {
    if (x.entry.tag !== 'radiation') continue;
    const up = t.hits(INSTALLED).find((h) => follows(t, x, h, 3));
    if (!up) continue;
    const later = winked || t.findKey(up.t1, t.tokens.length, MAST_HARMS) >= 0 || t.hits(TOPICS).some((d) => d.entry.tag === 'disease' && d.t0 >= up.t1);
    if (!later) continue;
    claims.push({ t0: x.t0, t1: up.t1, gapFrom: x.t1, gapTo: up.t0, kind: 'questioning', severity: 'medium', confidence: 0.65 });
    return;
  }
}

/** Healthy people, and what is insinuated to be happening to them suddenly (fifth pass, issue 6; written by the project, MIT). */
const SUDDEN_WHO = defineLexicon(
  'accuracy/sudden-who',
  'athletes/footballers/sportsmen/sportswomen/sportspeople/players/runners/cyclists/pilots/teenagers/teens/youngsters/students\n' +
    'young/healthy/fit/previously_healthy [young/healthy/fit] people/men/women/lads/adults/athletes/footballers/players/folk/mums/dads/kids/children/runners/pilots/teenagers',
);
const SUDDEN_WHAT = defineLexicon(
  'accuracy/sudden-what',
  'collapsing/collapse/collapses/collapsed\ndropping/dropped/drop dead\ndying/died/dead suddenly\nhaving/had/suffering heart_attacks/strokes/cardiac_arrests/clots/blood_clots\nheart attacks\ncardiac arrests\nstrokes\ndying/died in their sleep',
);
/** Words that may stand between the people and what happens to them ("young athletes are suddenly collapsing"). */
const SUDDEN_GAP = new Set(['are', 'were', 'is', 'suddenly', 'all', 'just', 'now', 'keep', 'keeps', 'who', 'have', 'had', 'randomly', 'mysteriously', 'being', 'getting', 'seem', 'to', 'be', 'still', 'so', "'sudden'", 'sudden']);
const AMONG = new Set(['in', 'among', 'amongst', 'of']);

/**
 * "Why are so many young athletes suddenly collapsing?", "all these 'sudden' collapses in young athletes": healthy
 * people and a sudden harm, insinuated (kind "sudden": counted only with a vaccine topic, 2021, framing, a hedge or
 * an eye-roll in the post). Review level.
 */
function suddenHarms(t: TextAnalysis, claims: Claim[]): void {
  for (const w of t.hits(SUDDEN_WHAT)) {
    const sn = t.tokens[w.t0]!.sn;
    const who = t.hits(SUDDEN_WHO).find((p) => {
      if (t.tokens[p.t0]!.sn !== sn) return false;
      if (p.t1 <= w.t0 && w.t0 - p.t1 <= 3) {
        for (let j = p.t1; j < w.t0; j++) if (!SUDDEN_GAP.has(t.key(j))) return false;
        return true;
      }
      return p.t0 >= w.t1 && p.t0 - w.t1 <= 2 && AMONG.has(t.key(w.t1));
    });
    if (!who) continue;
    const [t0, t1] = who.t0 < w.t0 ? [who.t0, w.t1] : [w.t0, who.t1];
    if (deniedIn(t, Math.max(t.sentenceOf(t0).t0, t0 - 3), t1)) continue;
    // A claim already found over the same words ("strokes since 2021") says more.
    if (claims.some((c) => c.t0 < t1 && c.t1 > t0)) continue;
    claims.push({ t0, t1, gapFrom: 0, gapTo: 0, kind: 'sudden', severity: 'medium', confidence: 0.65 });
    return;
  }
}

export const healthClaimsRule: Rule = {
  meta: {
    id: 'accuracy/health-claims',
    concern: 'accuracy',
    topics: ['accuracy.misinformation'],
    description:
      'Affirmed health claims that contradict public health messaging: anti-vaccine claims, COVID-19 conspiracies, miracle cures, dangerous advice, and hedged "just asking questions" framing or insinuation about a health topic. Claims are matched as constructions (topic + verb + object, topic + copula + what it is said to be, remedy + benefit + illness) with stance: negated, debunked, reported, quoted, rebutted and asked claims are skipped.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    const remedyTopic = t.has(REMEDIES) && t.hits(REMEDIES).some((h) => h.entry.tag === 'agent' || h.entry.tag === 'disease');
    const topical = t.has(SUBJECTS) || remedyTopic || t.has(TOPICS);
    // Framing alone ("just saying", "funny how") needs a health topic; predicates need a topic to attach to.
    if (!topical && !(t.has(CLAIMS) && t.hits(CLAIMS).some((h) => h.entry.tag !== 'framing')) && !t.has(SINCE_CUES) && !(t.has(SUDDEN_WHAT) && t.has(SUDDEN_WHO)) && !(t.has(SLOGANS) && t.mayQuote)) return [];
    // "Ivermectin worked for my dog's mange": veterinary medicine is another matter.
    const collected = collect(t).filter((c) => !((c.kind === 'cure' || c.kind === 'advice') && t.findKey(t.sentenceOf(c.t0).t0, t.sentenceOf(c.t0).t1, VET) >= 0));
    let claims = collected.filter((c) => affirmed(t, c));
    if (claims.length === 0) return [];
    // A post that debunks or reports one claim is about misinformation: its weaker cues ("surgeons would be
    // dropping like flies", "coincidence?") belong to the debunking too.
    if (claims.length < collected.length && collected.some((c) => !claims.includes(c) && c.kind !== 'framing' && distanced(t, c))) {
      claims = claims.filter((c) => c.severity === 'high');
      if (claims.length === 0) return [];
    }
    // Framing ("do your own research") only counts alongside a health topic.
    // "moving the goalposts on the vaccine clinic rota": a topic naming an arrangement is no health topic.
    const topicHere = (h: Hit): boolean => !ARRANGEMENT_AFTER.has(t.key(h.t1));
    const healthTopic = outermost(t.hits(SUBJECTS)).some(topicHere) || outermost(t.hits(REMEDIES)).some((h) => (h.entry.tag === 'agent' || h.entry.tag === 'disease') && h.entry.fields[0] !== 'minor' && topicHere(h) && !t.hits(TOPICS).some((x) => x.t0 < h.t1 && x.t1 > h.t1)) || outermost(t.hits(TOPICS)).some((h) => !PRONOUN_TOPIC.has(h.entry.term) && topicHere(h) && !INSTITUTIONS.has(h.entry.term) && h.entry.tag !== 'imaging') || claims.some((c) => c.kind !== 'framing');
    const out: RuleFinding[] = [];
    const taken: Array<[number, number]> = [];
    // Of overlapping claims the strongest wins: "too many vaccines ... overloads their immune systems" is the harm claim.
    const rank: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
    claims.sort((a, b) => rank[a.severity] - rank[b.severity] || a.t0 - b.t0 || b.t1 - a.t1);
    // "Footballers collapsing on the pitch" is news or a CPR appeal unless the post ties it to vaccines or winks at it.
    const hinted = t.has(TOPICS) || /🙄|🤔|🧐|\b202[12]\b/.test(t.text) || claims.some((c) => c.kind === 'framing') || (t.has(ANTI) && t.hits(ANTI).some((h) => h.entry.tag === 'hedge'));
    for (const c of claims) {
      if (c.kind === 'framing' && !healthTopic) continue;
      if (c.kind === 'sudden' && !hinted) continue;
      if (taken.some(([a, b]) => c.t0 < b && c.t1 > a)) continue;
      taken.push([c.t0, c.t1]);
      const ev = t.span(c.t0, c.t1);
      out.push({
        topic: 'accuracy.misinformation',
        severity: c.severity,
        confidence: c.confidence,
        message: `States ${KIND[c.kind] ?? 'a misleading health claim'}: ${q(ev)}. Health information you share should be accurate and in line with public health messaging.`,
        evidence: [ev],
      });
    }
    // Several hedges and insinuations in one post are one insinuation: a single review-level finding, so that
    // three weak cues do not add up to a delete ("Not saying masks don't work but... read the studies? #DYOR").
    if (out.length > 1 && !out.some((f) => f.severity === 'high')) {
      const [first] = out as [RuleFinding, ...RuleFinding[]];
      const severity: Severity = out.some((f) => f.severity === 'medium') ? 'medium' : 'low';
      const confidence = Math.min(0.8, Math.max(...out.map((f) => f.confidence)) + 0.05);
      return [{ ...first, severity, confidence, evidence: out.flatMap((f) => f.evidence) }];
    }
    return out;
  },
};
