/**
 * Tokeniser over normalised text. Tokens keep their normalised range (mapped back to the original
 * by the analysis), a lookup key, and up to two folded keys for obfuscated spellings ("sh1t",
 * "fuuuuck", "f**k"). Sentence and clause breaks are recorded on the token that follows them, so
 * phrase matching and scopes can stop at them without a second pass.
 */
import type { UrlSpan } from './normalise.js';

/** Token flags (bit set). */
export const HASHTAG = 1;
export const MENTION = 2;
export const DOMAIN = 4;
export const NUM = 8;
/** A sentence break (. ! ? newline) lies between this token and the previous one. */
export const BREAK = 16;
/** A clause break (, ; : brackets, quotes, a spaced dash) lies between this token and the previous one. */
export const CLAUSE = 32;
export const EMOJI = 64;
/** The token was spelt with look-alike digits, symbols, masks or stretched letters. */
export const OBFUSCATED = 128;
/** The token contains a "*" mask ("f**k"). */
export const MASKED = 256;

export interface Token {
  /** Normalised range. */
  s: number;
  e: number;
  /** Lookup key: the normalised token text. */
  k: string;
  /** Folded alternatives for obfuscated spellings, when they differ from k. */
  f1: string | undefined;
  f2: string | undefined;
  /** A joined form starting here and ending before token altEnd (split hashtags, "f u c k"). */
  alt: string | undefined;
  altEnd: number;
  flags: number;
  /** Sentence index. */
  sn: number;
}

export interface Sentence {
  t0: number;
  t1: number;
  question: boolean;
}

const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'i',
};

// A full stop after these is not a sentence end.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'prof', 'vs', 'etc', 'eg', 'ie', 'approx', 'dept', 'sr', 'jr', 'rev', 'lt', 'col', 'gen', 'fig', 'vol',
]);

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const PICTO = /\p{Extended_Pictographic}/u;

/** Character classes for ASCII: 1 letter, 2 digit, 0 other. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 2;

function cls(norm: string, i: number): number {
  // 1 letter, 2 digit, 3 emoji, 0 other
  const c = norm.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c]!;
  const cp = norm.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  if (NON_ASCII_WORD.test(ch)) return 1;
  if (PICTO.test(ch)) return 3;
  return 0;
}

function squeeze(s: string, keep: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = i > 0 && s[i] === s[i - 1] ? run + 1 : 1;
    if (run <= keep) out += s[i];
  }
  return out;
}

function hasTripleRun(s: string): boolean {
  for (let i = 2; i < s.length; i++) if (s[i] === s[i - 1] && s[i] === s[i - 2] && s[i] !== '*') return true;
  return false;
}

export function tokenise(norm: string, urls: readonly UrlSpan[] = [], hashtags: ReadonlyArray<readonly [number, number]> = []): { tokens: Token[]; sentences: Sentence[]; flags: number } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const n = norm.length;
  let gap = 0; // flags accumulated since the previous token
  let question = false;
  let nextUrl = 0;
  let sentStart = 0;

  const push = (s: number, e: number, flags: number, k: string, f1?: string, f2?: string): void => {
    if (tokens.length === 0) {
      gap &= ~BREAK;
    } else if (gap & BREAK) {
      sentences.push({ t0: sentStart, t1: tokens.length, question });
      sentStart = tokens.length;
      question = false;
    }
    tokens.push({ s, e, k, f1, f2, alt: undefined, altEnd: 0, flags: flags | gap, sn: sentences.length });
    gap = 0;
  };

  let i = 0;
  while (i < n) {
    const url = urls[nextUrl];
    if (url && i === url.s) {
      push(url.s, url.e, DOMAIN, url.host);
      i = url.e;
      nextUrl++;
      continue;
    }
    const c = norm.charCodeAt(i);
    const k = cls(norm, i);
    if (k === 1 || k === 2) {
      const s = i;
      let letters = 0;
      let nums = 0;
      let syms = 0;
      let masks = 0;
      while (i < n) {
        const ck = cls(norm, i);
        const ch = norm.charCodeAt(i);
        if (ck === 1) {
          letters++;
          i += ch >= 0xd800 && ch <= 0xdbff ? 2 : 1;
        } else if (ck === 2) {
          nums++;
          i++;
        } else if (ch === 39 /* ' */ && i > s && i + 1 < n && cls(norm, i + 1) === 1) {
          i++;
        } else if (ch === 46 /* . */ && nums > 0 && letters === 0 && i + 1 < n && cls(norm, i + 1) === 2) {
          i++; // decimal or time: 3.5, 10.30
        } else if (ch === 42 /* * */ && (letters > 0 || (i + 1 < n && (cls(norm, i + 1) === 1 || norm.charCodeAt(i + 1) === 42)))) {
          masks++;
          i++;
        } else if ((ch === 36 || ch === 64 || ch === 33 || ch === 124) && letters > 0 && i + 1 < n && cls(norm, i + 1) !== 0 && cls(norm, i + 1) !== 3) {
          syms++;
          i++;
        } else if (ch === 36 && letters > 0 && i + 1 < n && norm.charCodeAt(i + 1) === 36) {
          syms++; // "a$$hole"
          i++;
        } else if (ch === 64 && letters >= 3 && (i + 1 >= n || cls(norm, i + 1) === 0)) {
          syms++; // "nigg@"
          i++;
        } else break;
      }
      // A trailing mask with no letters after it ("f***") belongs to the token; a bare "***" does not start one.
      const text = norm.slice(s, i);
      let flags = letters === 0 ? NUM : 0;
      let f1: string | undefined;
      let f2: string | undefined;
      // One letter and three or more masks is a masked word too ("f***", "c***"), but not a grade ("A**").
      if ((letters >= 2 && (nums > 0 || syms > 0 || masks > 0)) || (letters === 1 && masks >= 3)) {
        let f = '';
        for (const ch of text) f += LEET[ch] ?? ch;
        f1 = f;
        flags |= OBFUSCATED;
        if (masks > 0) flags |= MASKED;
      }
      const base = f1 ?? text;
      if (letters >= 3 && hasTripleRun(base)) {
        const one = squeeze(base, 1);
        const two = squeeze(base, 2);
        f1 = one;
        f2 = two !== one ? two : undefined;
        flags |= OBFUSCATED;
      }
      push(s, i, flags, text, f1, f2);
      continue;
    }
    if (k === 3) {
      const w = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      push(i, i + w, EMOJI, norm.slice(i, i + w));
      i += w;
      continue;
    }
    if (c === 163 /* £ */ || c === 8364 /* € */) {
      push(i, i + 1, 0, norm[i]!); // currency: word lists can say "gave me £"
      i++;
      continue;
    }
    if (c === 36 /* $ */ && i + 1 < n && cls(norm, i + 1) === 1 && (i === 0 || cls(norm, i - 1) === 0)) {
      // "$hit": a leading dollar standing for "s". Fold it by re-reading the word with the "$" inside it.
      const s = i;
      let j = i + 1;
      while (j < n && (cls(norm, j) === 1 || norm.charCodeAt(j) === 36)) j++;
      const text = norm.slice(s, j);
      if (j - s >= 3) {
        push(s, j, OBFUSCATED, text, text.replace(/\$/g, 's'));
        i = j;
        continue;
      }
    }
    if (c === 64 /* @ */ && i + 1 < n && /[a-z0-9_]/.test(norm[i + 1]!) && (i === 0 || cls(norm, i - 1) === 0)) {
      const s = i;
      i++;
      while (i < n && /[a-z0-9_]/.test(norm[i]!)) i++;
      push(s, i, MENTION, norm.slice(s, i));
      continue;
    }
    // Punctuation and space: record breaks for the next token.
    if (c === 46 /* . */) {
      const last = tokens[tokens.length - 1];
      const abbrev = last !== undefined && last.e === i && (ABBREVIATIONS.has(last.k) || (last.k.length === 1 && cls(norm, last.s) === 1));
      if (!abbrev) gap |= BREAK;
    } else if (c === 33 || c === 63 || c === 10 || c === 13 || c === 8230 /* … */) {
      gap |= BREAK;
      if (c === 63) question = true;
    } else if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 91 || c === 93) {
      gap |= CLAUSE;
    } else if (c === 45 && i > 0 && norm.charCodeAt(i - 1) === 32) {
      gap |= CLAUSE;
    }
    i++;
  }
  if (tokens.length > 0) sentences.push({ t0: sentStart, t1: tokens.length, question });

  // Hashtags: flag their tokens, and offer the joined form ("#VaccinesKill" also looks up "vaccineskill").
  if (hashtags.length > 0) {
    let t = 0;
    for (const [hs, he] of hashtags) {
      while (t < tokens.length && tokens[t]!.s < hs) t++;
      const first = t;
      let joined = '';
      while (t < tokens.length && tokens[t]!.e <= he) {
        tokens[t]!.flags |= HASHTAG;
        joined += tokens[t]!.k;
        t++;
      }
      if (t - first > 1) {
        tokens[first]!.alt = joined;
        tokens[first]!.altEnd = t;
      }
    }
  }

  // Spaced-out letters ("f u c k", "n.i.g.g.e.r"): offer the joined form on the first letter.
  for (let a = 0; a < tokens.length; ) {
    let b = a;
    while (b < tokens.length && tokens[b]!.k.length === 1 && cls(norm, tokens[b]!.s) === 1 && (b === a || (tokens[b]!.s - tokens[b - 1]!.e === 1 && !(tokens[b]!.flags & (BREAK | HASHTAG))))) b++;
    if (b - a >= 4 && !tokens[a]!.alt) {
      let joined = '';
      for (let x = a; x < b; x++) joined += tokens[x]!.k;
      tokens[a]!.alt = joined;
      tokens[a]!.altEnd = b;
      tokens[a]!.flags |= OBFUSCATED;
    }
    a = b > a ? b : a + 1;
  }
  let flags = 0;
  for (const t of tokens) flags |= t.flags;
  return { tokens, sentences, flags };
}
