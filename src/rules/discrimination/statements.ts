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
import { GROUPS, PREDICATES, SLURS } from './lexicons.js';

export type StatementKind = 'dehumanise' | 'negative' | 'exclude' | 'threat';
type PredicateKind = StatementKind | 'insinuation';

/** A group named in the post: a phrase from the list, a slur used as a group name, or a pronoun standing for one. */
export interface GroupRef {
  t0: number;
  t1: number;
  category: string;
  /** A pronoun ("they", "that lot") standing for a group named before it. */
  pronoun: boolean;
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
  'absolutely', 'proper', 'right', 'fkn', 'fking', 'effin', 'bleeding', 'flipping', 'friggin', 'frigging', 'them', 'em', 'lol', 'tbh', 'imo', 'ngl', 'these', 'days', 'nowadays',
]);

/** Words that may sit between a preceding predicate and the group ("hate all the ..."). */
const LEAD_LINK = new Set(['all', 'the', 'these', 'those', 'them', 'of', 'any', 'more', 'fucking', 'bloody', 'every', 'em', 'single', 'one', 'last', 'dirty', 'filthy', 'fkn', 'effing', 'stinking', 'smelly', 'bleeding', 'a', 'an', 'another', 'your', 'their']);

/** Who may say "kill/shoot ..." for it to read as a threat rather than a description ("the heat will kill old people"). */
const THREAT_SUBJECT = new Set(['i', "i'd", "i'll", 'id', 'ill', 'we', "we'd", "we'll", "let's", 'lets', 'just', 'gonna', 'wanna', 'should', 'must', 'go', 'want', 'need', 'happily', 'would']);

/**
 * After "hate/sick of/won't treat + group", words that make the object a situation rather than the
 * people ("sick of old people being ignored", "won't treat pregnant women with isotretinoin").
 */
const SITUATION = new Set(['being', 'getting', 'having', 'not', 'struggling', 'waiting', 'dying', 'suffering', 'treated', 'left', 'going', 'missing', 'made', 'forced', 'turned', 'denied', 'refused', 'losing', 'paying', 'facing', 'stuck', 'sleeping', 'living', 'feeling', 'told', 'called', 'abused', 'attacked', 'targeted', 'excluded', 'ignored']);
const TREATMENT_PREP = new Set(['with', 'during', 'in', 'on', 'at', 'under', 'until', 'unless', 'before', 'after', 'without', 'using', 'for', 'if', 'when', 'while', 'whilst', 'who', 'under']);

/** What may follow a bare identity word or "the X" for it to name people ("gay is ...", "the Irish are ..."). */
const BARE_FOLLOW = new Set([
  ...LINK, 'should', "shouldn't", 'can', "can't", 'cant', 'cannot', 'will', "won't", 'wont', 'would', "wouldn't", 'must', 'do', "don't", 'dont', 'does', "doesn't",
  'did', "didn't", 'have', 'has', 'had', 'get', 'gets', 'got', 'never', 'and', 'or', 'out', 'off', 'lot', 'ones', 'scum', 'people',
]);

/** A copula before a bare identity word makes it describe someone ("if you're gay", "he is black"). */
const COPULA = new Set(["you're", 'youre', 'are', 'is', "he's", "she's", "i'm", 'im', 'being', 'was', 'were', 'be', "they're", 'theyre', 'am']);

/** Words ending a clause after an "end" predicate ("they are sick." but not "are sick of"). */
const END_OK = new Set(['and', 'or', 'but', 'lol', 'lmao', 'tbh', 'though', 'too', 'anyway', 'af', 'as', 'mate', 'haha', 'innit', 'ffs', 'honestly', 'frankly', 'imo', 'ngl', 'fr', 'smh']);

/** Pronouns and phrases that stand for a group named before them. */
const PRONOUN = new Set(['they', 'them', 'em', "'em", "they're", 'theyre', "they've", "they'll", "they'd"]);
const PRONOUN_HEAD = new Set(['these', 'those', 'that', 'this', 'them', 'their', 'such']);
const PRONOUN_NOUN = new Set(['people', 'lot', 'kind', 'ones', 'sort', 'type', 'types', 'lads', 'men', 'women', 'folk']);

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

function kindOf(h: Hit): StatementKind {
  const tag = h.entry.tag as PredicateKind;
  return tag === 'insinuation' ? 'negative' : tag;
}

function allIn(t: TextAnalysis, a: number, b: number, set: ReadonlySet<string>): boolean {
  for (let i = a; i < b; i++) if (!set.has(t.key(i))) return false;
  return true;
}

function flagged(p: Hit, flag: string): boolean {
  return (p.entry.fields[1] ?? '').split(' ').includes(flag);
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
      if (next && !(next.flags & (BREAK | CLAUSE)) && !END_OK.has(next.k) && !(t.hits(PREDICATES).some((o) => o.t0 === p.t1))) return false;
    } else if (f === 'prep') {
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

/** A yes/no question: "Are immigrants really taking our jobs?" */
export function yesNoQuestion(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  return s.question && AUX.has(t.key(s.t0));
}

/** Real group phrases, with bare identity words ("gay", "the Irish") kept only where they name people. */
export function groupHits(t: TextAnalysis): Hit[] {
  if (!t.has(GROUPS)) return [];
  const out: Hit[] = [];
  for (const g of outermost(t.hits(GROUPS))) {
    if (g.entry.fields[0] === 'bare') {
      // "gay is ...", "the Irish are ...", "if you're gay ...": a word that names people there.
      const next = t.tokens[g.t1];
      const named = !next || next.flags & (BREAK | CLAUSE) || BARE_FOLLOW.has(next.k) || t.hits(PREDICATES).some((p) => p.t0 === g.t1) || COPULA.has(t.key(g.t0 - 1));
      if (!named) continue;
    }
    out.push(g);
  }
  return out;
}

/** Groups named in the post, and pronouns standing for them. */
export function groupRefs(t: TextAnalysis, withSlurs = false): GroupRef[] {
  const real = groupHits(t);
  const refs: GroupRef[] = real.map((g) => ({ t0: g.t0, t1: g.t1, category: g.entry.tag, pronoun: false }));
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
    let end = 0;
    if (PRONOUN.has(k)) end = i + 1;
    else if (PRONOUN_HEAD.has(k) && PRONOUN_NOUN.has(t.key(i + 1))) end = i + 2;
    else if (k === 'the' && t.key(i + 1) === 'lot' && t.key(i + 2) === 'of' && PRONOUN.has(t.key(i + 3))) end = i + 4;
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
    pronouns.push({ t0: i, t1: end, category: antecedent.category, pronoun: true });
    i = end - 1;
  }
  return refs.concat(pronouns);
}

/** Statements about groups in this post, with those negated, reported or debunked left out. */
export function groupStatements(t: TextAnalysis, withSlurs = false): GroupStatement[] {
  if (!t.has(PREDICATES)) return [];
  const preds = outermost(t.hits(PREDICATES));
  const groups = groupRefs(t, withSlurs);
  if (groups.length === 0) return [];
  const out: GroupStatement[] = [];
  for (const g of groups) {
    const category = g.category;
    const sent = t.sentenceOf(g.t0);
    for (const p of preds) {
      const kind = kindOf(p);
      if (category === 'other' && kind === 'negative') continue;
      if (!allowed(t, p, category)) continue;
      const position = p.entry.fields[0];
      if (position === 'anywhere') {
        // "Travellers are on the field again. Lock your cars, you know what that lot are like."
        if (g.pronoun) continue;
        const ps = t.tokens[p.t0]!.sn;
        const gs = t.tokens[g.t0]!.sn;
        if (ps !== gs && ps !== gs + 1) continue;
        if (t.negated(p.t0) || t.negationIn(t.clauseStart(p.t0), p.t0) || t.frameOver(p.t0, p.t1) & (REPORT | META | DEBUNK)) continue;
        if (t.frameOver(g.t0, g.t1) & (REPORT | META | DEBUNK)) continue;
        if (t.quotedSpan(p.t0, p.t1) && t.anyFrame(REPORT | META | DEBUNK)) continue;
        if (kind !== 'threat' && yesNoQuestion(t, p.t0)) continue;
        out.push({ group: g, predicate: p, kind, category });
        continue;
      }
      if (p.t0 < sent.t0 || p.t1 > sent.t1) continue;
      if (position !== 'before') {
        if (p.t0 < g.t1 || p.t0 - g.t1 > MAX_GAP) continue;
        if (!allIn(t, g.t1, p.t0, LINK)) continue;
        // "are NOT vermin", "not all men are ...": negation outside the predicate's own words.
        if (t.negationIn(g.t1, p.t0) || t.negated(g.t0)) continue;
      } else {
        if (g.pronoun && kind !== 'threat' && kind !== 'exclude') continue;
        if (p.t1 > g.t0 || g.t0 - p.t1 > 5) continue;
        if (!allIn(t, p.t1, g.t0, LEAD_LINK)) continue;
        if (t.negated(p.t0)) continue;
        const next = t.key(g.t1);
        if (kind !== 'threat' && SITUATION.has(next)) continue;
        if (kind === 'exclude' && TREATMENT_PREP.has(next) && !flagged(p, 'prep')) continue;
        if (kind === 'threat') {
          const cs = t.clauseStart(p.t0);
          const subjectOk = p.t0 === cs || t.findKey(Math.max(cs, p.t0 - 3), p.t0, THREAT_SUBJECT) >= 0;
          if (!subjectOk) continue;
        }
      }
      // "deserve to die with dignity, at home": a good death, not a threat.
      if (kind === 'threat' && t.key(p.t1 - 1) === 'die' && GOOD_DEATH.has(t.key(p.t1))) continue;
      const a = Math.min(g.t0, p.t0);
      const b = Math.max(g.t1, p.t1);
      if (t.frameOver(a, b) & (REPORT | META | DEBUNK)) continue;
      // Quoted words are someone else's, reported ('"X are vermin" - words from a patient. Reported.'),
      // unless the post approves of them ('"X are vermin" - my nan, and she's right').
      if (t.quotedSpan(a, b) && (t.anyFrame(REPORT | META | DEBUNK) || !(shares(t) || approves(t)))) continue;
      if (kind !== 'threat' && yesNoQuestion(t, a)) continue;
      out.push({ group: g, predicate: p, kind, category });
    }
  }
  return out;
}
