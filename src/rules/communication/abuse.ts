import type { Severity } from '../../model/finding.js';
import type { Rule, RuleFinding } from '../types.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { BREAK, CLAUSE, EMOJI, MENTION, META, REPORT, SECOND_PERSON, THIRD_PERSON, outermost, q, qList, tidy } from '../text/index.js';
import { INSULTS, LEADS, PROFANITY } from './lexicons.js';
import { PERSON_NOUN, WHO, clinical, isReply, ofA, praise, targetOf, type Target } from './target.js';
import { learnedAbuse } from './learned.js';
import { secondary } from './combine.js';


/** A copula or intensifier linking "you" (or "he"/"she") to an insulting adjective. */
const ADJ_SUBJECT = new Set(["you're", 'youre', 'ur', 'are', 'r', 'so', 'such', 'look', 'sound', 'really', 'proper', 'absolutely', 'is', "he's", "she's", 'hes', 'shes', 'was', 'totally', 'completely', 'utterly', 'fucking', 'bloody', 'a', 'an']);
const THIRD_SUBJECT = new Set(['he', 'she', "he's", "she's", 'hes', 'shes']);

/** Words right before an ambiguous noun ("tool", "joke", "cow") that make it a name called. */
const AMBIG_LEAD = new Set([
  'you', 'ya', 'u', 'yer', 'what', 'such', 'absolute', 'total', 'complete', 'utter', 'proper', 'massive', 'right', 'fucking', 'fuckin', 'bloody', 'stupid',
  'little', 'fat', 'silly', 'old', 'lazy', 'miserable', 'moody', 'thick', 'ugly', 'useless', 'dirty', 'filthy', 'lying', 'greedy', 'evil', 'vile', 'nasty',
  'pathetic', 'daft', 'dozy', 'smug', 'arrogant', 'spineless', 'disgusting', 'horrible', 'sneaky', 'two-faced', 'dumb', 'brainless', 'clueless', 'snidey', 'sly',
]);

/** Words that may open an imperative after an address ("@x just shut up", "oh do one"). */
const IMPERATIVE_LEAD = new Set(['just', 'please', 'pls', 'now', 'so', 'and', 'oh', 'mate', 'love', 'then', 'why', "don't", 'dont', 'go', 'lol']);

/** Words that may stand beside a one-word verdict ("@x utterly pathetic"). */
const ALONE_OK = new Set(['so', 'just', 'utterly', 'absolutely', 'totally', 'completely', 'how', 'truly', 'fucking', 'bloody', 'simply', 'really', 'lol', 'wow', 'mate', 'as', 'usual', 'again', 'honestly']);

/** First-person intent before a violent verb ("I'll", "I'm going to", "gonna"). */
const INTENT = new Set(["i'll", 'ill', "we'll", 'gonna', 'will', "i'd", "we'd", 'wanna', 'shall', 'to', "i'ma", 'ima']);
const FIRST = new Set(['i', "i'll", 'ill', "i'm", 'im', "i'd", 'we', "we'll", "we're", "we'd", "i'ma", 'ima']);
/** Who a violent verb must land on for a threat ("you", "him", "your face"). */
const OBJECT = new Set([...SECOND_PERSON, 'him', 'her', 'them', 'his', 'ya', 'yer', 'u']);
/** Violent verbs that are also idioms: threats of review level only ("I'll kill you if you're late"). */
const SOFT_VIOLENCE = new Set(['kill', 'murder', 'end', 'destroy', 'bury', 'hurt']);

function imperative(t: TextAnalysis, h: Hit): boolean {
  const start = t.clauseStart(h.t0);
  for (let i = start; i < h.t0; i++) {
    const tok = t.tokens[i]!;
    if (tok.flags & MENTION || IMPERATIVE_LEAD.has(tok.k) || SECOND_PERSON.has(tok.k)) continue;
    return false;
  }
  return true;
}

/** The hit is all its sentence says, apart from mentions and an intensifier ("@x @y utterly pathetic"). */
function alone(t: TextAnalysis, sent: { t0: number; t1: number }, h: Hit): boolean {
  for (let i = sent.t0; i < sent.t1; i++) {
    if (i >= h.t0 && i < h.t1) continue;
    const tok = t.tokens[i]!;
    if (tok.flags & (MENTION | EMOJI) || ALONE_OK.has(tok.k)) continue;
    return false;
  }
  return true;
}

/** "I am"/"I was" before or after the name makes it the poster's own ("I'm such an idiot", "what a muppet I am"). */
const SELF_IS = new Set(["i'm", 'im']);
const SELF_VERB = new Set(['am', 'was', 'feel', 'felt']);

/** The poster calls themself the name ("I'm such an idiot", "I feel like a total muppet", "what a div I was"). */
function selfDirected(t: TextAnalysis, h: Hit): boolean {
  const a = Math.max(t.clauseStart(h.t0), h.t0 - 6);
  for (let i = h.t0 - 1; i >= a; i--) {
    const k = t.key(i);
    if (SELF_IS.has(k) || (k === 'i' && SELF_VERB.has(t.key(i + 1)))) return true;
    if (THIRD_PERSON.has(k) || SECOND_PERSON.has(k)) return false;
  }
  // "what an idiot I am", "am I a muppet or what"
  const k = t.key(h.t1);
  return (k === 'i' && SELF_VERB.has(t.key(h.t1 + 1))) || (k === 'am' && t.key(h.t1 + 1) === 'i');
}

/** A listed insulting description (or a lead: "entitled", "condescending") ends right before token i. */
function describedBefore(t: TextAnalysis, i: number): boolean {
  for (const d of t.hits(INSULTS)) if (d.t1 === i && d.entry.tag === 'adj') return true;
  for (const d of t.hits(LEADS)) if (d.t1 === i) return true;
  return false;
}


function ambigAimed(t: TextAnalysis, h: Hit): boolean {
  const prev = t.key(h.t0 - 1);
  if (AMBIG_LEAD.has(prev) || describedBefore(t, h.t0)) return true;
  // "you're a tool", "ur such a joke", "he's a pig"
  if ((prev === 'a' || prev === 'an') && (SECOND_PERSON.has(t.key(h.t0 - 2)) || ["you're", 'youre', "he's", "she's", 'such', 'what'].includes(t.key(h.t0 - 2)) || AMBIG_LEAD.has(t.key(h.t0 - 2)))) return true;
  return false;
}

/**
 * Descriptions that insult whoever they are put in front of ("stupid people", "useless students");
 * the other listed ones also describe conditions or conduct ("delusional patients", "incompetent
 * patients cannot consent", "ignorant people") and count only as said of "you", "he" or "she".
 */
const ATTRIBUTIVE = new Set([
  'stupid', 'thick', 'dumb', 'useless', 'worthless', 'pathetic', 'brainless', 'clueless', 'gormless', 'moronic', 'idiotic', 'braindead', 'brain-dead',
  'spineless', 'gutless', 'ugly', 'minging', 'manky', 'vile', 'repulsive', 'hideous', 'two-faced', 'two faced', 'backstabbing', 'spiteful', 'gobby', 'mouthy',
]);

/** Words before "see what happens" that make it a shrug, not a threat ("let's see what happens", "wait and see"). */
const SHRUG = new Set(["let's", 'lets', 'wait', "we'll", 'well', 'to', 'just', 'can', 'will', 'gonna', 'shall', 'll']);

/** A threat phrase that needs someone addressed in its sentence ("keep talking and see what happens"). */
function aimedThreat(t: TextAnalysis, h: Hit): boolean {
  const sent = t.sentenceOf(h.t0);
  for (let i = Math.max(sent.t0, h.t0 - 3); i < h.t0; i++) if (SHRUG.has(t.key(i))) return false;
  return t.findKey(sent.t0, sent.t1, SECOND_PERSON) >= 0 || t.findKey(sent.t0, h.t0, FIRST) >= 0 && (t.flags & MENTION) !== 0;
}

/** Words that may follow a threat that ends its clause ("you'll be sorry if ...", "you'll be sorry mate"). */
const AFTER_FINAL = new Set(['if', 'when', 'because', 'cos', 'coz', 'mate', 'pal', 'love', 'trust', 'believe', 'i', 'lol']);

/** Nothing but punctuation, an emoji, a mention or a condition follows the phrase in its clause. */
function endsClause(t: TextAnalysis, h: Hit): boolean {
  const next = t.tokens[h.t1];
  if (!next || next.flags & (BREAK | CLAUSE | EMOJI | MENTION) || next.sn !== t.tokens[h.t0]!.sn) return true;
  return AFTER_FINAL.has(next.k);
}

/** "I'll batter you", "gonna smash his face in": intent, a violent verb, a person. */
function violentThreat(t: TextAnalysis, h: Hit): boolean {
  const cs = t.clauseStart(h.t0);
  let intent = false;
  let first = false;
  for (let i = Math.max(cs, h.t0 - 4); i < h.t0; i++) {
    const k = t.key(i);
    if (INTENT.has(k) || (k === 'going' && t.key(i + 1) === 'to')) intent = true;
    if (FIRST.has(k)) first = true;
  }
  if (!intent || !first) return false;
  for (let i = h.t1; i < Math.min(h.t1 + 2, t.tokens.length); i++) {
    const tok = t.tokens[i]!;
    if (i > h.t1 && tok.flags & (BREAK | CLAUSE)) break;
    if (OBJECT.has(tok.k) || tok.flags & MENTION) return true;
  }
  return false;
}

export const abuseRule: Rule = {
  meta: {
    id: 'communication/abuse',
    concern: 'communication',
    topics: ['communication.abuse'],
    description: 'Insults, name-calling, swearing at people, threats and abusive commands aimed at someone; a learned signal for hostility the lists do not know.',
    severity: 'medium',
  },
  check(post, { text: t, ownAccounts }) {
    if (!t.has(INSULTS) && !t.has(PROFANITY)) return learnedAbuse(post, t, ownAccounts);
    const insults = outermost(t.hits(INSULTS));
    const prof = outermost(t.hits(PROFANITY));
    const out: Array<RuleFinding & { what: string; target: Target }> = [];
    const used = new Set<number>();
    /** Target of each insult found, by its first token, so an expletive just before it shares it. */
    const aimedAt = new Map<number, Target>();
    const rank = { high: 3, medium: 2, low: 1 } as const;
    const push = (h: Hit, severity: Severity, confidence: number, what: string, target: Target): void => {
      if (used.has(h.t0)) {
        // Two readings of one word ("sl*g": slag or slug): keep the more serious.
        const same = out.findIndex((f) => f.evidence[0]!.start === t.hitSpan(h).start);
        if (same < 0 || rank[severity] <= rank[out[same]!.severity ?? 'low']) return;
        out.splice(same, 1);
      }
      // "called me a stupid cow": someone else's words, reported.
      if (t.frameOver(h.t0, h.t1) & REPORT) return;
      // "stop calling people idiots", "calling a colleague a stupid cow is bullying": counter-speech
      // talks about the words; only a threat, or words aimed right at "you", still count.
      if (what !== 'Threatens someone' && target !== 'you' && t.frameOver(h.t0, h.t1) & META) return;
      // "I'm such an idiot", "what a muppet I am": the poster calls themself names.
      if (target === 'third' && what !== 'Threatens someone' && selfDirected(t, h)) return;
      aimedAt.set(h.t0, target);
      for (let i = h.t0; i < h.t1; i++) used.add(i);
      const ev = t.hitSpan(h);
      out.push({ topic: 'communication.abuse', severity, confidence, message: '', evidence: [ev], what, target });
    };

    for (const h of insults) {
      if (clinical(t, h)) continue;
      const kind = h.entry.tag;
      const harsh = h.entry.fields.includes('harsh');
      const quoted = t.quotedSpan(h.t0, h.t1);
      if (kind === 'threat' || kind === 'violence') {
        if (kind === 'violence' && !violentThreat(t, h)) continue;
        if (h.entry.fields.includes('aimed') && !aimedThreat(t, h)) continue;
        if (h.entry.fields.includes('final') && !endsClause(t, h)) continue;
        if (t.negated(h.t0) || t.sentenceOf(h.t0).question || t.frameOver(h.t0, h.t1) & REPORT || quoted) continue;
        const soft = kind === 'violence' && SOFT_VIOLENCE.has(t.key(h.t0));
        push(h, soft ? 'medium' : 'high', soft ? 0.6 : 0.85, 'Threatens someone', targetOf(t, post, ownAccounts, h, true) ?? 'you');
        continue;
      }
      if (kind === 'severe' || kind === 'command') {
        // "nobody likes you", "you disgust me": the phrase names its own target.
        const addressed = /\b(you|ur|u|yourself|urself|yourselves)\b/.test(h.entry.term);
        if (!addressed && !imperative(t, h)) continue;
        const target: Target | null = addressed ? 'you' : (targetOf(t, post, ownAccounts, h, true) ?? (kind === 'severe' ? 'you' : null));
        if (!target || (quoted && target !== 'mention' && target !== 'reply')) continue;
        if (t.negated(h.t0) || t.sentenceOf(h.t0).question) continue;
        const strong = kind === 'severe' || /\bfuck/.test(h.entry.term);
        push(h, strong ? 'high' : 'medium', kind === 'severe' ? 0.9 : 0.75, kind === 'severe' ? 'Urges someone to harm themselves or wishes them dead' : 'Tells someone off abusively', target);
        continue;
      }
      if (kind === 'adj') {
        // Said of the person addressed or described: "you're so stupid", "ur ugly", "he is pathetic".
        const sent = t.sentenceOf(h.t0);
        const a = Math.max(sent.t0, h.t0 - 3);
        if (t.negationIn(a, h.t0) || t.negated(h.t0) || quoted || sent.question) continue;
        const you = t.findKey(a, h.t0, SECOND_PERSON) >= 0;
        const third = !you && t.findKey(a, h.t0, THIRD_SUBJECT) >= 0;
        if ((you || third) && t.findKey(a, h.t0, ADJ_SUBJECT) >= 0) {
          push(h, harsh ? 'high' : 'medium', third ? 0.55 : 0.65, 'Insults someone', third ? 'third' : 'you');
          continue;
        }
        // "thick as sh1t patients", "useless lazy students": said of the people the noun names.
        let n = h.t1;
        while (n < Math.min(h.t1 + 3, sent.t1) && (t.hits(INSULTS).some((d) => d.t0 === n && d.entry.tag === 'adj') || t.hits(LEADS).some((d) => d.t0 === n))) n++;
        if ((h.t1 - h.t0 > 1 || ATTRIBUTIVE.has(h.entry.term)) && PERSON_NOUN.has(t.key(n)) && !ofA(t, h)) {
          push(h, harsh ? 'high' : 'medium', 0.55, 'Insults someone', 'third');
          continue;
        }
        // "@x pathetic.", or "Pathetic." in a reply: the word is the whole answer to someone.
        if (alone(t, sent, h)) {
          const target = targetOf(t, post, ownAccounts, h, true);
          if (target === 'mention' || target === 'reply') push(h, 'medium', 0.6, 'Insults someone', target);
        }
        continue;
      }
      if (kind === 'ambig' && !ambigAimed(t, h)) continue;
      // "a nightmare of a shift", "what a joke of a rota": said of a thing, not a person.
      if (ofA(t, h)) continue;
      const target = targetOf(t, post, ownAccounts, h, true);
      if (!target || (quoted && target === 'you')) continue;
      if (t.negationIn(Math.max(0, h.t0 - 3), h.t0)) continue;
      const high = harsh && target !== 'third';
      push(h, high ? 'high' : 'medium', high ? 0.8 : target === 'third' ? 0.55 : 0.75, 'Calls someone names', target);
    }

    for (const h of prof) {
      // A word an insult reading already claimed is judged again: the more serious reading wins (push).
      if (clinical(t, h) || praise(t, h)) continue;
      const strength = h.entry.tag;
      if (strength === 'mild') continue;
      const fields = h.entry.fields;
      // "ffs", "wtf": said of the situation; the profanity rule reports them.
      if (fields.includes('interj')) continue;
      const noun = (fields.includes('noun') || prof.some((o) => o !== h && o.t0 === h.t0 && o.entry.fields.includes('noun'))) && !ofA(t, h);
      if (fields.includes('ambig') && !ambigAimed(t, h)) continue;
      const target = targetOf(t, post, ownAccounts, h, noun) ?? aimedAt.get(h.t1) ?? null;
      if (!target) continue;
      if (t.quotedSpan(h.t0, h.t1) && !(target === 'mention' || (target === 'reply' && isReply(post)))) continue;
      if (t.negationIn(Math.max(0, h.t0 - 2), h.t0) && target === 'third') continue;
      const harsh = fields.includes('harsh') && noun;
      const severity: Severity = (strength === 'strong' || harsh) && target !== 'third' ? 'high' : 'medium';
      push(h, severity, target === 'third' ? 0.55 : 0.8, 'Swears', target);
    }
    if (out.length === 0) return learnedAbuse(post, t, ownAccounts);
    // One finding per post: the most serious, with every piece of evidence.
    const top = out.reduce((a, b) => (rank[b.severity ?? 'low'] > rank[a.severity ?? 'low'] || (b.severity === a.severity && b.confidence > a.confidence) ? b : a));
    const evidence = tidy(out.flatMap((f) => f.evidence));
    const quoted = evidence.length === 1 ? q(evidence[0]!) : qList(evidence);
    const finding: RuleFinding = {
      topic: 'communication.abuse',
      severity: top.severity,
      confidence: top.confidence,
      message: `${top.what} ${WHO[top.target]}: ${quoted}. Abusive or insulting language towards others falls short of communicating respectfully.`,
      evidence,
    };
    // Name-calling of someone described in the third person, nothing aimed at anyone and no threat:
    // another concern's finding on the same words explains the post (combine.ts).
    // Swear words used as names ("that twat in the band 7 office") stay: the swearing is the problem.
    const swears = prof.some((p) => p.entry.tag !== 'mild' && !p.entry.fields.includes('interj') && used.has(p.t0));
    const third = !swears && top.severity !== 'high' && out.every((f) => f.target === 'third' && f.what !== 'Threatens someone');
    return [third ? secondary(finding, 'third') : finding];
  },
};
