/**
 * The shared text analysis of one post, built once and handed to every rule through the context.
 * The cheap parts (normalisation, tokens, sentences, all word-list hits) are computed up front;
 * negation scope, quotation and speech frames are computed on first use, so posts that no rule
 * looks at closely never pay for them.
 */
import type { Evidence } from '../../model/finding.js';
import type { Post } from '../../model/post.js';
import { type Hit, type Lexicon, loadLexicon, matchTokens } from './lexicon.js';
import { normalise, type OffsetMap } from './normalise.js';
import { BREAK, CLAUSE, type Sentence, type Token, tokenise } from './tokens.js';
import { NEGATION_CUES, NEGATION_EXCEPTIONS, SCOPE_ENDS } from './words.js';

/** Frame kinds (bit set) over a token. */
export const REPORT = 1;
export const DEBUNK = 2;
export const META = 4;

const FRAMES = loadLexicon(new URL('./frames.txt', import.meta.url));
const FRAME_BITS: Record<string, number> = { report: REPORT, debunk: DEBUNK, meta: META };

const NO_HITS: readonly Hit[] = Object.freeze([]);
/** How far a negation reaches forward, in tokens, when no clause break stops it first. */
const NEGATION_REACH = 8;

export class TextAnalysis {
  readonly text: string;
  readonly norm: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Link hosts, lower case without "www.": from the post's links and from URLs in its text. */
  readonly domains: readonly string[];
  /** ASCII digits in the text (a prefilter for identifier rules). */
  readonly digits: number;
  /** Union of all token flags (HASHTAG, MENTION, NUM, ...), a prefilter. */
  readonly flags: number;
  private readonly map: OffsetMap;
  private readonly table: Array<Hit[] | undefined>;
  private negMask: Uint8Array | undefined;
  private cueMask: Uint8Array | undefined;
  private quoteMask: Uint8Array | undefined;

  constructor(readonly post: Post) {
    this.text = post.text;
    const nm = normalise(post.text);
    this.norm = nm.norm;
    this.map = nm.map;
    this.digits = nm.digits;
    const { tokens, sentences, flags } = tokenise(nm.norm, nm.urls, nm.hashtags);
    this.tokens = tokens;
    this.flags = flags;
    this.sentences = sentences;
    this.table = matchTokens(tokens);
    const domains: string[] = [];
    for (const u of nm.urls) domains.push(u.host.replace(/^www\./, ''));
    for (const l of post.links) {
      const d = l.domain.toLowerCase().replace(/^www\./, '');
      if (d && !domains.includes(d)) domains.push(d);
    }
    this.domains = domains;
  }

  // --- word-list hits -------------------------------------------------------------------

  hits(lex: Lexicon): readonly Hit[] {
    return this.table[lex.id] ?? NO_HITS;
  }

  has(lex: Lexicon): boolean {
    return this.table[lex.id] !== undefined;
  }

  /** Hits of a list lying wholly inside tokens [a, b). */
  hitsIn(lex: Lexicon, a: number, b: number): Hit[] {
    const out: Hit[] = [];
    for (const h of this.hits(lex)) if (h.t0 >= a && h.t1 <= b) out.push(h);
    return out;
  }

  /** The nearest hit of a list within `before` tokens before and `after` tokens after [t0, t1), in the same sentence. */
  near(lex: Lexicon, t0: number, t1: number, before: number, after: number, sameSentence = true): Hit | undefined {
    const list = this.table[lex.id];
    if (!list) return undefined;
    const [a, b] = sameSentence ? this.window(t0, t1, before, after) : [Math.max(0, t0 - before), Math.min(this.tokens.length, t1 + after)];
    let best: Hit | undefined;
    let bestDist = Infinity;
    for (const h of list) {
      if (h.t0 < a || h.t1 > b) continue;
      if (h.t0 < t1 && h.t1 > t0) continue; // overlapping the anchor itself
      const d = h.t0 >= t1 ? h.t0 - t1 : t0 - h.t1;
      if (d < bestDist) {
        best = h;
        bestDist = d;
      }
    }
    return best;
  }

  // --- tokens and spans -----------------------------------------------------------------

  /** Tokens [a, b) around [t0, t1), clipped to the sentence holding t0. */
  window(t0: number, t1: number, before: number, after: number): [number, number] {
    const s = this.sentences[this.tokens[t0]!.sn]!;
    return [Math.max(s.t0, t0 - before), Math.min(s.t1, t1 + after)];
  }

  sentenceOf(i: number): Sentence {
    return this.sentences[this.tokens[i]!.sn]!;
  }

  /** First token of the clause holding token i. */
  clauseStart(i: number): number {
    let a = i;
    while (a > 0 && !(this.tokens[a]!.flags & (BREAK | CLAUSE))) a--;
    return a;
  }

  /** One past the last token of the clause holding token i. */
  clauseEnd(i: number): number {
    let b = i + 1;
    while (b < this.tokens.length && !(this.tokens[b]!.flags & (BREAK | CLAUSE))) b++;
    return b;
  }

  key(i: number): string {
    return this.tokens[i]?.k ?? '';
  }

  /** Index of the first token in [a, b) whose key is in the set, or -1. */
  findKey(a: number, b: number, set: ReadonlySet<string>): number {
    const end = Math.min(b, this.tokens.length);
    for (let i = Math.max(0, a); i < end; i++) if (set.has(this.tokens[i]!.k)) return i;
    return -1;
  }

  /** The token as written in the post. */
  original(i: number): string {
    const t = this.tokens[i]!;
    return this.text.slice(this.map.start(t.s), this.map.end(t.e - 1));
  }

  /** The token starts with a capital letter in the post. */
  capitalised(i: number): boolean {
    const t = this.tokens[i];
    // Past either end there is no token, and so no capital (rules look one word ahead or back).
    if (t === undefined) return false;
    const c = this.text.charCodeAt(this.map.start(t.s));
    return c >= 65 && c <= 90;
  }

  /** Evidence for tokens [t0, t1), indexing the original text. */
  span(t0: number, t1: number): Evidence {
    const a = this.tokens[t0]!;
    const b = this.tokens[t1 - 1]!;
    const start = this.map.start(a.s);
    const end = Math.max(start, this.map.end(b.e - 1));
    return { start, end, text: this.text.slice(start, end) };
  }

  hitSpan(h: Hit): Evidence {
    return this.span(h.t0, h.t1);
  }

  /** Evidence for a range of the original text (e.g. from a regular expression run on it). */
  rawSpan(start: number, end: number): Evidence {
    return { start, end, text: this.text.slice(start, end) };
  }

  /** Original range of tokens [t0, t1). */
  range(t0: number, t1: number): [number, number] {
    const e = this.span(t0, t1);
    return [e.start, e.end];
  }

  /** Token index containing original offset `pos`, or the next token after it; -1 past the end. */
  tokenAt(pos: number): number {
    for (let i = 0; i < this.tokens.length; i++) if (this.map.end(this.tokens[i]!.e - 1) > pos) return i;
    return -1;
  }

  // --- negation -------------------------------------------------------------------------

  private computeNegation(): void {
    const n = this.tokens.length;
    const neg = new Uint8Array(n);
    const cue = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const k = this.tokens[i]!.k;
      if (!NEGATION_CUES.has(k)) continue;
      const next = this.tokens[i + 1];
      if (next && !(next.flags & (BREAK | CLAUSE)) && NEGATION_EXCEPTIONS.get(k)?.has(next.k)) continue;
      cue[i] = 1;
      for (let j = i + 1; j < n && j <= i + NEGATION_REACH; j++) {
        const t = this.tokens[j]!;
        if (t.flags & (BREAK | CLAUSE) || SCOPE_ENDS.has(t.k)) break;
        neg[j] = 1;
      }
    }
    this.negMask = neg;
    this.cueMask = cue;
  }

  /** Token i lies in the scope of a negation ("vaccines do NOT cause autism"). */
  negated(i: number): boolean {
    if (!this.negMask) this.computeNegation();
    return this.negMask![i] === 1;
  }

  /** Token i is itself a negation cue. */
  isNegationCue(i: number): boolean {
    if (!this.cueMask) this.computeNegation();
    return this.cueMask![i] === 1;
  }

  /** A negation cue lies in [a, b), skipping tokens inside [skipA, skipB) (a pattern's own "don't"). */
  negationIn(a: number, b: number, skipA = -1, skipB = -1): boolean {
    if (!this.cueMask) this.computeNegation();
    for (let i = Math.max(0, a); i < b && i < this.tokens.length; i++) {
      if (i >= skipA && i < skipB) continue;
      if (this.cueMask![i] === 1) return true;
    }
    return false;
  }

  /**
   * The hit is negated: a cue in its clause before it whose scope reaches it, or a cue between
   * `from` (an earlier anchor in the same clause) and the hit. Cues inside the hit belong to it.
   */
  negatedHit(h: Hit, from = h.t0): boolean {
    if (this.negated(h.t0)) return true;
    return from < h.t0 && this.negationIn(from, h.t0);
  }

  // --- quotation and frames ---------------------------------------------------------------

  /** The text has a quotation mark (or an "RT @x:" prefix) at all; when false, nothing is quoted. */
  get mayQuote(): boolean {
    return this.norm.includes('"') || this.norm.includes("'") || this.norm.startsWith('rt @');
  }

  private computeQuotes(): Uint8Array {
    const n = this.tokens.length;
    const mask = new Uint8Array(n);
    const s = this.norm;
    const ranges: Array<[number, number]> = [];
    let open = -1;
    let openSingle = -1;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        if (open < 0) open = i;
        else {
          ranges.push([open, i]);
          open = -1;
        }
      } else if (c === 39) {
        const prev = i > 0 ? s[i - 1]! : ' ';
        const next = i + 1 < s.length ? s[i + 1]! : ' ';
        const prevWord = /[a-z0-9]/.test(prev);
        const nextWord = /[a-z0-9]/.test(next);
        if (openSingle < 0 && !prevWord && nextWord) openSingle = i;
        // A closing quote follows a word or the quoted sentence's own punctuation ('... the NHS.' No.).
        else if (openSingle >= 0 && (prevWord || /[.,!?…)]/.test(prev)) && !nextWord) {
          ranges.push([openSingle, i]);
          openSingle = -1;
        }
      }
    }
    // An unclosed double quote runs to the end of its sentence; treat it as quoting to the end.
    if (open >= 0) ranges.push([open, s.length]);
    // "RT @someone:" shares someone else's words.
    const rt = /^\s*rt @[a-z0-9_]+:?/.exec(s);
    if (rt) ranges.push([rt.index, s.length]);
    for (const [a, b] of ranges) for (let i = 0; i < n; i++) if (this.tokens[i]!.s > a && this.tokens[i]!.e <= b) mask[i] = 1;
    return mask;
  }

  /** Token i lies inside quotation marks (or after "RT @x:"). */
  inQuotes(i: number): boolean {
    this.quoteMask ??= this.computeQuotes();
    return this.quoteMask[i] === 1;
  }

  /** Every token in [t0, t1) lies inside quotation marks. */
  quotedSpan(t0: number, t1: number): boolean {
    for (let i = t0; i < t1; i++) if (!this.inQuotes(i)) return false;
    return t1 > t0;
  }

  /**
   * Frame bits (REPORT, DEBUNK, META) whose scope reaches any token in [t0, t1). Frame phrases that
   * overlap the span itself do not count, so a claim's own words ("... is a myth") cannot frame it.
   */
  frameOver(t0: number, t1: number): number {
    const frames = this.hits(FRAMES);
    if (frames.length === 0) return 0;
    let bits = 0;
    for (const h of frames) {
      if (h.t0 < t1 && h.t1 > t0) continue;
      const dir = h.entry.fields[0] ?? '>';
      const sent = this.sentenceOf(h.t0);
      const a = dir === '>' ? h.t1 : sent.t0;
      const b = dir === '<' ? h.t0 : sent.t1;
      if (a < t1 && b > t0) bits |= FRAME_BITS[h.entry.tag] ?? 0;
    }
    return bits;
  }

  /** Some frame of these kinds appears anywhere in the post ("... - actual words from a patient. Reported."). */
  anyFrame(bits: number): boolean {
    for (const h of this.hits(FRAMES)) if ((FRAME_BITS[h.entry.tag] ?? 0) & bits) return true;
    return false;
  }

  /** Frame bits covering token i. */
  frameAt(i: number): number {
    return this.frameOver(i, i + 1);
  }
}

/** Build the shared analysis for a post. */
export function analyse(post: Post): TextAnalysis {
  return new TextAnalysis(post);
}
