/**
 * Group statements: a protected group named together with a derogatory, dehumanising, excluding or
 * threatening predicate ("immigrants are vermin", "deport all muslims", "trans women should not be
 * allowed to ..."). Shared by the derogation and threat rules.
 */
import type { Hit, TextAnalysis } from '../text/index.js';
import { DEBUNK, META, REPORT, outermost } from '../text/index.js';
import { GROUPS, PREDICATES, SLURS } from './lexicons.js';

export type StatementKind = 'dehumanise' | 'negative' | 'exclude' | 'threat';
type PredicateKind = StatementKind | 'insinuation';

export interface GroupStatement {
  group: Hit;
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
]);

/** Words that may sit between a preceding predicate and the group ("hate all the ..."). */
const LEAD_LINK = new Set(['all', 'the', 'these', 'those', 'them', 'of', 'any', 'more', 'fucking', 'bloody', 'every', 'em', 'single', 'one', 'last', 'those', 'dirty', 'filthy']);

/** Who may say "kill/shoot ..." for it to read as a threat rather than a description ("the heat will kill old people"). */
const THREAT_SUBJECT = new Set(['i', "i'd", "i'll", 'id', 'ill', 'we', "we'd", "we'll", "let's", 'lets', 'just', 'gonna', 'wanna', 'should', 'must', 'go', 'want', 'need', 'happily', 'would']);

const MAX_GAP = 6;

function kindOf(h: Hit): StatementKind {
  const tag = h.entry.tag as PredicateKind;
  return tag === 'insinuation' ? 'negative' : tag;
}


function allIn(t: TextAnalysis, a: number, b: number, set: ReadonlySet<string>): boolean {
  for (let i = a; i < b; i++) if (!set.has(t.key(i))) return false;
  return true;
}

/** Statements about groups in this post, with those negated, reported or debunked left out. */
export function groupStatements(t: TextAnalysis, withSlurs = false): GroupStatement[] {
  const preds = t.hits(PREDICATES);
  if (preds.length === 0) return [];
  let groups = outermost(t.hits(GROUPS));
  if (withSlurs) groups = groups.concat(t.hits(SLURS).filter((s) => !groups.some((g) => g.t0 <= s.t0 && g.t1 >= s.t1)));
  if (groups.length === 0) return [];
  const out: GroupStatement[] = [];
  for (const g of groups) {
    const category = g.entry.tag;
    const sent = t.sentenceOf(g.t0);
    for (const p of preds) {
      if (p.entry.fields[0] === 'anywhere') {
        // "Travellers are on the field again. Lock your cars, you know what that lot are like."
        const ps = t.tokens[p.t0]!.sn;
        const gs = t.tokens[g.t0]!.sn;
        if (ps !== gs && ps !== gs + 1) continue;
        if (t.negated(p.t0) || t.frameOver(p.t0, p.t1) & (REPORT | META | DEBUNK)) continue;
        out.push({ group: g, predicate: p, kind: 'negative', category });
        continue;
      }
      if (p.t0 < sent.t0 || p.t1 > sent.t1) continue;
      const after = p.entry.fields[0] !== 'before';
      if (after) {
        if (p.t0 < g.t1 || p.t0 - g.t1 > MAX_GAP) continue;
        if (!allIn(t, g.t1, p.t0, LINK)) continue;
        // "are NOT vermin", "not all men are ...": negation outside the predicate's own words.
        if (t.negationIn(g.t1, p.t0) || t.negated(g.t0)) continue;
      } else {
        if (p.t1 > g.t0 || g.t0 - p.t1 > 5) continue;
        if (!allIn(t, p.t1, g.t0, LEAD_LINK)) continue;
        if (t.negated(p.t0)) continue;
        if (kindOf(p) === 'threat') {
          const cs = t.clauseStart(p.t0);
          const subjectOk = p.t0 === cs || t.findKey(Math.max(cs, p.t0 - 3), p.t0, THREAT_SUBJECT) >= 0;
          if (!subjectOk) continue;
        }
      }
      const a = Math.min(g.t0, p.t0);
      const b = Math.max(g.t1, p.t1);
      if (t.frameOver(a, b) & (REPORT | META | DEBUNK)) continue;
      // Quoted words in a post that reports or challenges them: '"X are vermin" - words from a patient. Reported.'
      if (t.quotedSpan(a, b) && t.anyFrame(REPORT | META | DEBUNK)) continue;
      if (t.sentenceOf(a).question && kindOf(p) !== 'threat') continue;
      out.push({ group: g, predicate: p, kind: kindOf(p), category });
    }
  }
  return out;
}
