import type { Severity } from '../../model/finding.js';
import type { Rule, RuleFinding } from '../types.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { DEBUNK, META, REPORT, defineLexicon, loadLexicon, outermost, q } from '../text/index.js';

const CLAIMS = loadLexicon(new URL('./claims.txt', import.meta.url));
const SUBJECTS = loadLexicon(new URL('./vaccine-subjects.txt', import.meta.url));
const HARMS = loadLexicon(new URL('./vaccine-harms.txt', import.meta.url));
const REMEDIES = loadLexicon(new URL('./remedies.txt', import.meta.url));
/** Health topics by class, and what misinformation says about each class (topic × predicate, with stance). */
const TOPICS = loadLexicon(new URL('./topics.txt', import.meta.url));
const PREDICATES = loadLexicon(new URL('./predicates.txt', import.meta.url));
/** Signs that the post corrects misinformation ("evidence shows", "please don't share"). */
const STANCE = loadLexicon(new URL('./stance.txt', import.meta.url));
/** The anti-vaccine and COVID-denial register ("experimental", "poison", "big pharma", "sheep"). */
const ANTI = loadLexicon(new URL('./stance-anti.txt', import.meta.url));

const KIND: Record<string, string> = {
  antivax: 'an anti-vaccine claim',
  covid: 'a COVID-19 claim that contradicts public health advice',
  cure: 'a miracle-cure claim',
  advice: 'dangerous health advice',
  conspiracy: 'a health conspiracy theory',
  framing: 'misinformation framing ("do your own research", "they are hiding the truth")',
  questioning: 'doubt about established health advice, framed as a question or hunch',
  sudden: 'an insinuation that vaccines are behind sudden deaths or collapses',
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
  if (t.frameOver(c.t0, c.t1) & (DEBUNK | REPORT | META)) return false;
  // 'Seeing the "ivermectin cures Covid" stuff again. Trials found no benefit.'
  if (t.quotedSpan(c.t0, c.t1) && t.anyFrame(DEBUNK | REPORT | META)) return false;
  // A noun-phrase claim ("experimental jab") is negated only by a cue right before it ("not an experimental jab").
  if (c.np ? t.negationIn(c.t0 - 2, c.t0) : t.negated(c.t0)) return false;
  if (c.gapTo > c.gapFrom && t.negationIn(c.gapFrom, c.gapTo)) return false;
  if (rebutted(t, c.t0)) return false;
  if (reportedSpeech(t, c.t0)) return false;
  if (corrected(t, c)) return false;
  // "Do vaccines cause autism?" asks; it does not claim. "Surely worse than a bit of sun?" insinuates.
  if (t.sentenceOf(c.t0).question) {
    if (!insinuating(t, c.t0)) return false;
    if (c.kind !== 'framing' && c.kind !== 'questioning' && c.kind !== 'sudden') {
      c.kind = 'questioning';
      c.severity = 'medium';
      c.confidence = Math.min(c.confidence, 0.65);
    }
  }
  return true;
}

/**
 * The post corrects the claim: a sign of correction ("evidence shows", "please don't share") in
 * another sentence, or after the claim in its own sentence. "The evidence shows vaccines cause
 * autism" (the sign before the claim, in one sentence) still affirms it.
 */
function corrected(t: TextAnalysis, c: Claim): boolean {
  if (!t.has(STANCE)) return false;
  const sn = t.tokens[c.t0]!.sn;
  return t.hits(STANCE).some((h) => t.tokens[h.t0]!.sn !== sn || h.t0 >= c.t1);
}

/** Verbs that report someone else's claim ("the study claimed", "he says"). */
const SAYING = new Set(['claimed', 'claims', 'claiming', 'alleged', 'alleges', 'suggested', 'suggests', 'says', 'said', 'argued', 'argues', 'insisted', 'insists', 'reckons', 'reckoned', 'thinks', 'believes', 'believed', 'asked', 'asks', 'asking', 'wondered', 'wonders', 'worried', 'worries']);
const SPEAKER_SELF = new Set(['i', 'we', "i've", 'ive', "i'm", 'im']);

/** The claim follows a verb of saying whose speaker is someone else: "Wakefield's study claimed the MMR caused autism". */
function reportedSpeech(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  for (let j = i - 1; j >= Math.max(s.t0, i - 6); j--) {
    if (!SAYING.has(t.key(j))) continue;
    return !SPEAKER_SELF.has(t.key(j - 1));
  }
  return false;
}

/** A true, qualified statement: "doesn't work for everyone", "don't give it if she's allergic". */
function qualified(t: TextAnalysis, from: number): boolean {
  if (from <= 0) return false;
  const sentEnd = t.sentenceOf(from - 1).t1;
  if (from >= sentEnd) return false;
  const end = t.clauseEnd(from);
  for (let i = from; i < Math.min(sentEnd, Math.max(end, from + 6)); i++) if (QUALIFIERS.has(t.key(i))) return true;
  return false;
}

/** Words that open a short rebuttal right after a claim: "People ask if X causes Y. It doesn't." */
const REBUT_HEAD = new Set(['it', 'they', 'no', 'nope', 'wrong', 'false', 'untrue', 'nonsense', 'rubbish', 'myth', 'not', 'absolutely', 'spoiler']);

/** The next sentence rebuts the claim ("It doesn't.", "They don't.", "No.", "Not true."). */
function rebutted(t: TextAnalysis, i: number): boolean {
  const sn = t.tokens[i]!.sn;
  const next = t.sentences[sn + 1];
  if (!next) return false;
  const first = t.key(next.t0);
  if (!REBUT_HEAD.has(first)) return false;
  if (first === 'it' || first === 'they') return t.isNegationCue(next.t0 + 1) || (t.key(next.t0 + 1) === 'is' || t.key(next.t0 + 1) === 'does' || t.key(next.t0 + 1) === 'do') && t.isNegationCue(next.t0 + 2);
  return next.t1 - next.t0 <= 4 || first !== 'not';
}

const CONFIDENCE: Record<Severity, number> = { high: 0.85, medium: 0.7, low: 0.5 };

function topicPredicates(t: TextAnalysis, claims: Claim[]): void {
  if (!t.has(TOPICS) || !t.has(PREDICATES)) return;
  const topics = t.hits(TOPICS);
  for (const p of outermost(t.hits(PREDICATES))) {
    const [sev = 'medium', classList = '', order = ''] = p.entry.fields;
    const classes = classList.split(/\s+/);
    const pre = order === 'pre';
    let topic: Hit | undefined;
    if (pre) {
      // "stop taking your statins", "not convinced about sunscreen": the topic right after.
      topic = topics.find((x) => classes.includes(x.entry.tag) && follows(t, p, x, 3));
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
    }
    if (!topic) continue;
    const kind = p.entry.tag;
    // Advice and "doesn't work" claims are often true with a qualifier: "don't give the MMR if immunosuppressed".
    if ((kind === 'advice' || kind === 'covid' || kind === 'questioning') && qualified(t, pre ? topic.t1 : p.t1)) continue;
    const [t0, t1] = pre ? [p.t0, topic.t1] : [topic.t0, p.t1];
    const severity = sev as Severity;
    claims.push({ t0, t1, gapFrom: pre ? p.t1 : topic.t1, gapTo: pre ? topic.t0 : p.t0, kind, severity, confidence: CONFIDENCE[severity] });
  }
}

function collect(t: TextAnalysis): Claim[] {
  const claims: Claim[] = [];
  for (const h of outermost(t.hits(CLAIMS))) {
    const severity = (h.entry.fields[0] ?? 'medium') as Severity;
    claims.push({ t0: h.t0, t1: h.t1, gapFrom: 0, gapTo: 0, kind: h.entry.tag, severity, confidence: CONFIDENCE[severity], np: h.entry.fields[1] === 'np' });
  }
  if (t.has(SUBJECTS) && t.has(HARMS)) {
    const subjects = outermost(t.hits(SUBJECTS));
    for (const harm of t.hits(HARMS)) {
      const s = subjects.find((x) => follows(t, x, harm, 6));
      if (s) claims.push({ t0: s.t0, t1: harm.t1, gapFrom: s.t1, gapTo: harm.t0, kind: 'antivax', severity: 'high', confidence: 0.85 });
    }
  }
  if (t.has(REMEDIES)) {
    const parts = t.hits(REMEDIES);
    for (const a of parts) {
      if (a.entry.tag !== 'agent') continue;
      for (const v of parts) {
        if (v.entry.tag !== 'verb' || !follows(t, a, v, 4)) continue;
        const d = parts.find((x) => x.entry.tag === 'disease' && follows(t, v, x, 4));
        if (d) claims.push({ t0: a.t0, t1: d.t1, gapFrom: a.t1, gapTo: v.t0, kind: 'cure', severity: 'high', confidence: 0.8 });
      }
    }
    // "cured her diabetes with cinnamon": the remedy after the disease.
    for (const v of parts) {
      if (v.entry.tag !== 'verb') continue;
      const d = parts.find((x) => x.entry.tag === 'disease' && follows(t, v, x, 3));
      if (!d) continue;
      const a = parts.find((x) => x.entry.tag === 'agent' && follows(t, d, x, 3) && WITH.has(t.key(x.t0 - 1)));
      if (a) claims.push({ t0: v.t0, t1: a.t1, gapFrom: 0, gapTo: 0, kind: 'cure', severity: 'high', confidence: 0.8 });
    }
  }
  topicPredicates(t, claims);
  if (t.has(TOPICS) && /=|→|->/.test(t.text)) equals(t, claims);
  if (claims.length === 0 && t.has(ANTI)) register(t, claims);
  if (t.has(TOPICS) || t.has(SINCE_CUES)) afterTheJab(t, claims);
  return claims;
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

/** "HPV jab = early menopause", "mRNA → infertility": a vaccine topic set equal to a harm. */
function equals(t: TextAnalysis, claims: Claim[]): void {
  for (const x of t.hits(TOPICS)) {
    if (x.entry.tag !== 'vaccine' && x.entry.tag !== 'advisable' && x.entry.tag !== 'fluoride') continue;
    const next = x.t1;
    if (next >= t.tokens.length || t.tokens[next]!.sn !== t.tokens[x.t0]!.sn) continue;
    const between = t.text.slice(t.span(x.t0, x.t1).end, t.span(next, next + 1).start);
    if (!/=|→|->/.test(between)) continue;
    for (let j = next; j < Math.min(t.tokens.length, next + 3); j++) {
      if (HARM_WORDS.has(t.key(j)) || EQUAL_HARMS.has(t.key(j))) {
        claims.push({ t0: x.t0, t1: j + 1, gapFrom: 0, gapTo: 0, kind: 'antivax', severity: 'high', confidence: 0.8 });
        break;
      }
    }
  }
}
const EQUAL_HARMS = new Set(['menopause', 'infertility', 'sterility', 'poison', 'death', 'murder', 'genocide', 'stillbirths', 'stillbirth', 'sids', 'cancer', 'autism', 'palsy']);

/** Harms people blame on vaccines, and the states they say someone was in before ("perfectly healthy until ..."). */
const HARM_WORDS = new Set([
  'heart', 'attacks', 'attack', 'strokes', 'stroke', 'cancer', 'cancers', 'died', 'dying', 'dead', 'deaths', 'autistic', 'autism', 'seizures', 'fits', 'collapsed',
  'collapsing', 'clots', 'clot', 'myocarditis', 'turbo', 'miscarriage', 'miscarriages', 'infertile', 'infertility', 'paralysed', 'palsy', 'shingles', 'tinnitus',
  'disabled', 'injured', 'sick', 'ill', 'changed', 'regressed', 'arrests', 'dementia', 'diabetes', 'tumours', 'tumour', 'bleeds', 'sudden', 'suddenly',
  'stillbirths', 'stillbirth', 'stillborn', 'menopause', 'sids', 'cot',
]);
/** Words of measured, evidence-based statements about side effects. */
const MEASURED = new Set(['rare', 'rarely', 'uncommon', 'mild', 'risk', 'risks', 'evidence', 'study', 'studies', 'reported', 'reports', 'monitored', 'monitoring', 'recognised', 'known', 'yellow', 'mhra', 'likely', 'unlikely', 'compared', 'chance', 'percent', 'usually', 'expected', 'common', 'sore', 'arm']);
const HEALTHY = new Set(['fine', 'healthy', 'normal', 'well', 'fit', 'perfect']);
const SINCE = new Set(['since', 'after', 'until', 'following', 'post', 'till', 'til']);
/** "since 2021", "since the rollout": the vaccine named by its date. */
const SINCE_YEARS = new Set(['2021', 'rollout', 'roll-out', '2022']);
const SINCE_CUES = defineLexicon('accuracy/since-cues', 'since 2021\nsince the rollout\nsince 2022\nafter 2021\nsince the roll-out');

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
    if (!topic && !year) continue;
    // "fine until", "healthy until": the state before; otherwise a harm before "since/after".
    const until = t.key(i) === 'until' || t.key(i) === 'till' || t.key(i) === 'til';
    const before = until ? t.findKey(Math.max(s.t0, i - 3), i, HEALTHY) : t.findKey(Math.max(s.t0, i - 8), i, HARM_WORDS);
    if (before < 0) continue;
    // "Myocarditis after mRNA vaccines is rare and usually mild": a measured statement of a known side effect.
    if (t.findKey(s.t0, s.t1, MEASURED) >= 0) continue;
    const end = topic ? topic.t1 : i + (t.key(i + 1) === 'the' ? 3 : 2);
    claims.push({ t0: before, t1: Math.min(end, s.t1), gapFrom: before + 1, gapTo: i, kind: 'questioning', severity: 'medium', confidence: 0.7 });
  }
}

export const healthClaimsRule: Rule = {
  meta: {
    id: 'accuracy/health-claims',
    concern: 'accuracy',
    topics: ['accuracy.misinformation'],
    description:
      'Affirmed health claims that contradict public health messaging: anti-vaccine claims, COVID-19 conspiracies, miracle cures, dangerous advice, and hedged "just asking questions" framing about a health topic.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    const topical = t.has(SUBJECTS) || t.has(REMEDIES) || t.has(TOPICS);
    // Framing alone ("just saying", "funny how") needs a health topic; predicates need a topic to attach to.
    if (!topical && !(t.has(CLAIMS) && t.hits(CLAIMS).some((h) => h.entry.tag !== 'framing')) && !t.has(SINCE_CUES)) return [];
    const claims = collect(t).filter((c) => affirmed(t, c));
    if (claims.length === 0) return [];
    // Framing ("do your own research") only counts alongside a health topic.
    const healthTopic = t.has(SUBJECTS) || t.has(REMEDIES) || t.has(TOPICS) || claims.some((c) => c.kind !== 'framing');
    const out: RuleFinding[] = [];
    const taken: Array<[number, number]> = [];
    claims.sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
    // "Footballers collapsing on the pitch" is news or a CPR appeal unless the post ties it to vaccines or winks at it.
    const hinted = t.has(TOPICS) || /🙄|🤔|🧐|\b202[12]\b/.test(t.text) || claims.some((c) => c.kind === 'framing');
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
    return out;
  },
};
