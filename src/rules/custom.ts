/**
 * The user's own terms (hindsight.config.json `terms`) as a rule: words or regular expressions
 * they want flagged, each with the concern, severity and message they chose. The pipeline adds
 * these rules only when the configuration lists terms; the built-in RULES never include them.
 *
 * A `term` is matched on the shared text analysis, word by word, the way the built-in word lists
 * are: case, accents, curly quotes and apostrophes, spacing and disguised spellings ("sh1t") do not
 * matter, and it never matches inside a longer word. A `pattern` is a JavaScript regular expression
 * run, case-insensitively, on the post's text as written.
 */
import type { Concern, Evidence, Severity } from '../model/finding.js';
import type { Rule, RuleFinding } from './types.js';
import type { TextAnalysis } from './text/index.js';
import { normalise, tokenise, q } from './text/index.js';

/** One entry of the configuration's `terms`: exactly one of `term` and `pattern`. */
export interface CustomTerm {
  term?: string;
  pattern?: string;
  concern: Concern;
  /** Finer topic for the standards pack; defaults to `<concern>.custom` (the concern's clauses). */
  topic?: string;
  severity?: Severity;
  /** What the report says; `{match}` is replaced by the quoted words, else they are quoted after it. */
  message?: string;
}

/** Every custom finding carries this rule id, whatever its concern. */
export const CUSTOM_RULE_ID = 'custom/terms';

const DEFAULT_SEVERITY: Severity = 'medium';
/** The user named these words themselves: a match is what they asked for. */
const CONFIDENCE = 0.9;
/** Spans quoted per finding; further matches in the same post add nothing. */
const MAX_EVIDENCE = 5;

/** Flags a pattern runs with; the configuration is checked with the same. */
export const PATTERN_FLAGS = 'giu';

/** Token keys compare without apostrophes, so "St Marys" matches "St Mary's". */
function bare(key: string): string {
  return key.replace(/'/g, '');
}

/** The term as the keys of the tokens it is made of, or null when it has no words. */
export function termKeys(term: string): string[] | null {
  const n = normalise(term);
  const keys = tokenise(n.norm, n.urls, n.hashtags).tokens.map((t) => bare(t.k)).filter(Boolean);
  return keys.length ? keys : null;
}

interface Matcher {
  entry: CustomTerm;
  find(t: TextAnalysis): Evidence[];
}

/** A token's key matches a term's word as written, or with a possessive "'s" ("pharma's" for "pharma"). */
function same(key: string | undefined, want: string): boolean {
  if (key === undefined) return false;
  if (bare(key) === want) return true;
  return /'s$/.test(key) && bare(key.slice(0, -2)) === want;
}

function tokenMatcher(entry: CustomTerm, keys: string[]): Matcher {
  const matchesAt = (t: TextAnalysis, i: number): number => {
    // A one-word term also matches a joined hashtag ("#GreggsLovers" for "greggslovers").
    const first = t.tokens[i]!;
    if (keys.length === 1 && first.alt !== undefined && bare(first.alt) === keys[0]) return first.altEnd;
    for (let j = 0; j < keys.length; j++) {
      const tok = t.tokens[i + j];
      if (!tok) return -1;
      const want = keys[j]!;
      if (!same(tok.k, want) && !same(tok.f1, want) && !same(tok.f2, want)) return -1;
    }
    return i + keys.length;
  };
  return {
    entry,
    find(t) {
      const out: Evidence[] = [];
      for (let i = 0; i < t.tokens.length && out.length < MAX_EVIDENCE; i++) {
        const end = matchesAt(t, i);
        if (end < 0) continue;
        out.push(t.span(i, end));
        i = end - 1;
      }
      return out;
    },
  };
}

function patternMatcher(entry: CustomTerm, pattern: string): Matcher {
  const re = new RegExp(pattern, PATTERN_FLAGS);
  return {
    entry,
    find(t) {
      const out: Evidence[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(t.text); m !== null && out.length < MAX_EVIDENCE; m = re.exec(t.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        out.push(t.rawSpan(m.index, m.index + m[0].length));
      }
      return out;
    },
  };
}

function message(entry: CustomTerm, evidence: Evidence[]): string {
  const quoted = q(evidence[0]!);
  const more = evidence.length > 1 ? ` (${evidence.length} times)` : '';
  if (!entry.message) return `Uses ${quoted}${more}, one of the terms you asked hindsight to flag.`;
  if (entry.message.includes('{match}')) return entry.message.replaceAll('{match}', quoted);
  return `${entry.message} (${quoted}${evidence.length > 1 ? `, ${evidence.length} times` : ''})`;
}

/**
 * The rules for these terms: one per concern among them (a rule has one concern), all with the id
 * `custom/terms`. Empty when there are no terms. Terms that cannot match (no words, or a pattern
 * that does not compile) are skipped: the configuration loader rejects them first.
 */
export function customTermRules(terms: readonly CustomTerm[]): Rule[] {
  const byConcern = new Map<Concern, Matcher[]>();
  for (const entry of terms) {
    let matcher: Matcher | null = null;
    if (entry.pattern !== undefined) {
      try {
        matcher = patternMatcher(entry, entry.pattern);
      } catch {
        matcher = null;
      }
    } else if (entry.term !== undefined) {
      const keys = termKeys(entry.term);
      matcher = keys ? tokenMatcher(entry, keys) : null;
    }
    if (!matcher) continue;
    const list = byConcern.get(entry.concern) ?? [];
    list.push(matcher);
    byConcern.set(entry.concern, list);
  }
  return [...byConcern].map(
    ([concern, matchers]): Rule => ({
      meta: {
        id: CUSTOM_RULE_ID,
        concern,
        topics: [...new Set(matchers.map((m) => m.entry.topic ?? `${concern}.custom`))],
        description: 'Terms you listed in hindsight.config.json.',
        severity: DEFAULT_SEVERITY,
      },
      check(_post, { text }) {
        const findings: RuleFinding[] = [];
        for (const m of matchers) {
          const evidence = m.find(text);
          if (evidence.length === 0) continue;
          findings.push({
            topic: m.entry.topic ?? `${concern}.custom`,
            severity: m.entry.severity ?? DEFAULT_SEVERITY,
            confidence: CONFIDENCE,
            message: message(m.entry, evidence),
            evidence,
          });
        }
        return findings;
      },
    }),
  );
}
