/**
 * Word lists and the shared phrase matcher. Every list registers its phrases in ONE token trie at
 * module load; each post is matched once against all lists together (one map lookup per token and
 * key), and rules then read their own list's hits. Nothing is compiled per post.
 *
 * List syntax, one entry per line ("#" starts a comment line):
 *   word             a token
 *   two words        consecutive tokens (punctuation between them is ignored, sentence breaks are not)
 *   word*            any token starting with "word" (at least 3 characters before the "*")
 *   a/b/c            alternatives for one word; "_" joins words inside an alternative (a_joke/vermin)
 *   [a/b]            an optional word, with alternatives
 *   entry | tag | x  fields after "|" are data for the rule (a category, a severity, ...)
 */
import { readFileSync } from 'node:fs';
import { normalise } from './normalise.js';
import { BREAK, MASKED, type Token, tokenise } from './tokens.js';

export interface LexEntry {
  /** The entry as written (one expansion of its line). */
  readonly term: string;
  /** First field after "|", or "". */
  readonly tag: string;
  /** Further fields after the tag. */
  readonly fields: readonly string[];
  readonly lexicon: Lexicon;
}

export interface Hit {
  readonly entry: LexEntry;
  /** Token range, end exclusive. */
  readonly t0: number;
  readonly t1: number;
}

export interface LexiconOptions {
  /** Also match masked spellings ("f**k", "c*nt") of its single-word entries. */
  masked?: boolean;
}

/**
 * One expansion of a list line. Its text (`term`) is made again from the line, and kept, only when
 * a rule reads it, which few entries ever are: the joined strings of some 370,000 expansions would
 * otherwise take about 18 MB in every thread that loads the rules.
 */
class Entry implements LexEntry {
  private joined: string | undefined = undefined;
  constructor(
    /** The line's term part ("a/b [c] d"), shared by all its expansions. */
    private readonly source: string,
    /** Which of the line's expansions this is. */
    private readonly index: number,
    readonly tag: string,
    readonly fields: readonly string[],
    readonly lexicon: Lexicon,
  ) {}

  get term(): string {
    return (this.joined ??= expand(this.source)[this.index]!.join(' '));
  }
}

export class Lexicon {
  readonly entries: LexEntry[] = [];
  constructor(
    readonly id: number,
    readonly name: string,
  ) {}
}

interface Edge {
  p: string;
  node: Node;
}
interface Node {
  /** The entries ending here: most nodes end one entry, stored bare to spare an array each. */
  ends: LexEntry | LexEntry[] | null;
  /** A node with one child keeps it here (most do), sparing a Map; with more, all are in `next`. */
  key: string | null;
  only: Node | null;
  next: Map<string, Node> | null;
  pre: Edge[] | null;
}

const newNode = (): Node => ({ ends: null, key: null, only: null, next: null, pre: null });

function childOf(node: Node, key: string): Node | undefined {
  return node.key === key ? node.only! : node.next?.get(key);
}

function addChild(node: Node, key: string, child: Node): void {
  if (node.next === null && node.only === null) {
    node.key = key;
    node.only = child;
    return;
  }
  if (node.next === null) {
    node.next = new Map([[node.key!, node.only!]]);
    node.key = null;
    node.only = null;
  }
  node.next.set(key, child);
}
const root: Node = newNode();
/** Prefix edges from the root, indexed by their first three characters (packed into a number, so no substring is made per token). */
const rootPre = new Map<number, Edge[]>();
const key3 = (s: string): number => (s.charCodeAt(0) * 65536 + s.charCodeAt(1)) * 65536 + s.charCodeAt(2);
/** Single words (and word prefixes) of masked-enabled lists, for "f**k"-style tokens. */
const maskWords: Word[] = [];
/** maskWords as "key" / "*key", to keep it free of duplicates without a scan per entry. */
const maskSeen = new Set<string>();
const lexicons: Lexicon[] = [];

export function lexiconCount(): number {
  return lexicons.length;
}

interface Word {
  key: string;
  prefix: boolean;
}

/** Expand "a/b [c/d] e*" into its word sequences. */
function expand(term: string): string[][] {
  let acc: string[][] = [[]];
  for (const raw of term.split(/\s+/)) {
    if (!raw) continue;
    const optional = raw.startsWith('[') && raw.endsWith(']');
    const body = optional ? raw.slice(1, -1) : raw;
    const alts = body.split('/').filter((a) => a.length > 0);
    const next: string[][] = [];
    for (const seq of acc) {
      if (optional) next.push(seq);
      for (const a of alts) next.push([...seq, ...a.split('_').filter((w) => w.length > 0)]);
    }
    acc = next;
    if (acc.length > 5000) throw new Error(`word list entry expands too far: ${term}`);
  }
  return acc;
}

/**
 * The keys of one written word ("word", "word*", "o'clock"), memoised: the lists repeat words
 * across lines and across the expansions of alternatives and optional words, and normalising and
 * tokenising each occurrence again was most of the start-up time. The result is never mutated.
 */
const wordKeys = new Map<string, readonly Word[]>();

function keysOf(w: string): readonly Word[] {
  let keys = wordKeys.get(w);
  if (keys) return keys;
  const prefix = w.length > 3 && w.endsWith('*');
  const body = prefix ? w.slice(0, -1) : w;
  const nm = normalise(body);
  const { tokens } = tokenise(nm.norm, nm.urls, []);
  keys = tokens.map((t, idx) => ({ key: t.k, prefix: prefix && idx === tokens.length - 1 }));
  wordKeys.set(w, keys);
  return keys;
}

function toWords(seq: string[]): Word[] {
  const out: Word[] = [];
  for (const w of seq) for (const k of keysOf(w)) out.push(k);
  return out;
}

function insert(words: Word[], entry: LexEntry): void {
  let node = root;
  words.forEach((w, idx) => {
    if (w.prefix) {
      if (w.key.length < 3) throw new Error(`prefix too short in word list entry: ${entry.term}`);
      let edges: Edge[];
      if (idx === 0) {
        const k3 = key3(w.key);
        edges = rootPre.get(k3) ?? [];
        rootPre.set(k3, edges);
      } else {
        edges = node.pre ??= [];
      }
      let edge = edges.find((e) => e.p === w.key);
      if (!edge) {
        edge = { p: w.key, node: newNode() };
        edges.push(edge);
      }
      node = edge.node;
    } else {
      let child = childOf(node, w.key);
      if (!child) {
        child = newNode();
        addChild(node, w.key, child);
      }
      node = child;
    }
  });
  if (node.ends === null) node.ends = entry;
  else if (Array.isArray(node.ends)) node.ends.push(entry);
  else node.ends = [node.ends, entry];
}

/** Register a word list from its text. */
export function defineLexicon(name: string, source: string, options: LexiconOptions = {}): Lexicon {
  const lex = new Lexicon(lexicons.length, name);
  lexicons.push(lex);
  for (const rawLine of source.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const [termPart, ...rest] = line.split('|').map((p) => p.trim());
    if (!termPart) continue;
    const tag = rest[0] ?? '';
    const fields = rest.slice(1);
    const expansions = expand(termPart);
    for (let index = 0; index < expansions.length; index++) {
      const words = toWords(expansions[index]!);
      if (words.length === 0) continue;
      const entry: LexEntry = new Entry(termPart, index, tag, fields, lex);
      lex.entries.push(entry);
      insert(words, entry);
      if (options.masked && words.length === 1) {
        const w = words[0]!;
        const id = `${w.prefix ? '*' : ''}${w.key}`;
        if (!maskSeen.has(id)) {
          maskSeen.add(id);
          maskWords.push(w);
        }
      }
    }
  }
  return lex;
}

/** Register a word list stored beside a module, e.g. loadLexicon(new URL('./slurs.txt', import.meta.url)). */
export function loadLexicon(url: URL, options: LexiconOptions = {}): Lexicon {
  const name = url.pathname.split('/').slice(-2).join('/');
  return defineLexicon(name, readFileSync(url, 'utf8'), options);
}

// ---------------------------------------------------------------------------------------------
// Matching

type HitTable = Array<Hit[] | undefined>;

function add(out: HitTable, ends: LexEntry | LexEntry[], t0: number, t1: number): void {
  if (Array.isArray(ends)) for (const entry of ends) addOne(out, entry, t0, t1);
  else addOne(out, ends, t0, t1);
}

function addOne(out: HitTable, entry: LexEntry, t0: number, t1: number): void {
  const id = entry.lexicon.id;
  let list = out[id];
  if (!list) {
    list = [];
    out[id] = list;
  } else {
    // The same entry can be reached through two keys of one token (e.g. "fucker's" and "fucker").
    const last = list[list.length - 1]!;
    if (last.entry === entry && last.t0 === t0 && last.t1 === t1) return;
  }
  list.push({ entry, t0, t1 });
}

function visit(node: Node, tokens: readonly Token[], start: number, i: number, out: HitTable): void {
  if (node.ends) add(out, node.ends, start, i + 1);
  if ((node.only || node.next || node.pre) && i + 1 < tokens.length && !(tokens[i + 1]!.flags & BREAK)) step(node, tokens, start, i + 1, out);
}

function tryKey(node: Node, key: string, tokens: readonly Token[], start: number, i: number, out: HitTable): void {
  const child = childOf(node, key);
  if (child) visit(child, tokens, start, i, out);
  const edges = node === root ? (key.length >= 3 && rootPre.size > 0 ? rootPre.get(key3(key)) : undefined) : node.pre;
  if (edges) for (const e of edges) if (key.startsWith(e.p)) visit(e.node, tokens, start, i, out);
}

/** Unmasked readings of a "*"-masked token that some masked-enabled word or prefix fits ("f*cking" -> "fucking"). */
function maskCandidates(masked: string): string[] {
  const out: string[] = [];
  for (const { key, prefix } of maskWords) {
    if (prefix ? masked.length < key.length : masked.length !== key.length) continue;
    let ok = true;
    for (let i = 0; i < key.length && ok; i++) {
      const m = masked[i];
      if (m !== '*' && m !== key[i]) ok = false;
    }
    if (!ok) continue;
    const rest = masked.slice(key.length);
    if (rest.includes('*')) continue;
    const cand = key + rest;
    if (!out.includes(cand)) out.push(cand);
  }
  return out;
}

function step(node: Node, tokens: readonly Token[], start: number, i: number, out: HitTable): void {
  const t = tokens[i]!;
  const k = t.k;
  tryKey(node, k, tokens, start, i, out);
  if (t.f1 !== undefined) {
    if (t.flags & MASKED) {
      for (const w of maskCandidates(t.f1)) tryKey(node, w, tokens, start, i, out);
    } else tryKey(node, t.f1, tokens, start, i, out);
  }
  if (t.f2 !== undefined) tryKey(node, t.f2, tokens, start, i, out);
  // Possessives: "patient's" also looks up "patient".
  const len = k.length;
  if (len > 3 && k.charCodeAt(len - 1) === 115 && k.charCodeAt(len - 2) === 39) tryKey(node, k.slice(0, -2), tokens, start, i, out);
}

/** All list hits for a token sequence, grouped by list id. */
export function matchTokens(tokens: readonly Token[]): HitTable {
  const out: HitTable = [];
  for (let i = 0; i < tokens.length; i++) {
    step(root, tokens, i, i, out);
    const t = tokens[i]!;
    if (t.alt !== undefined) {
      // Joined forms stand for one word: only single-word entries (exact or prefix) can match them.
      const node = childOf(root, t.alt);
      if (node?.ends) add(out, node.ends, i, t.altEnd);
      const edges = t.alt.length >= 3 ? rootPre.get(key3(t.alt)) : undefined;
      if (edges) for (const e of edges) if (e.node.ends && t.alt.startsWith(e.p)) add(out, e.node.ends, i, t.altEnd);
    }
  }
  return out;
}

/** Drop hits lying inside a longer hit of the same list ("piss" inside "piss-take"). */
export function outermost(hits: readonly Hit[]): Hit[] {
  if (hits.length < 2) return hits.slice();
  return hits.filter((h) => !hits.some((o) => o !== h && o.t0 <= h.t0 && o.t1 >= h.t1 && o.t1 - o.t0 > h.t1 - h.t0));
}
