/**
 * Normalisation: one pass over the post text producing a lower-cased, compatibility-folded copy in
 * which URLs are reduced to their host and hashtags are split into words, plus, for every
 * normalised character, the range of the ORIGINAL string it came from. Rules match on the
 * normalised text and report evidence through that map, so evidence always indexes `post.text`.
 */

export interface UrlSpan {
  /** Host without "www.", lower case. */
  host: string;
  /** Range of the host inside the normalised text. */
  s: number;
  e: number;
  /** Range of the whole URL in the original text. */
  oStart: number;
  oEnd: number;
}

/**
 * Map from normalised offsets to original ones, stored as segments rather than per character:
 * a run copied one-for-one is one segment, and so is each inserted or folded piece. Lookups (only
 * needed for evidence) binary-search the segments.
 */
export class OffsetMap {
  /** Segment starts in the normalised text. */
  private readonly n: number[] = [];
  /** Original start of each segment. */
  private readonly o: number[] = [];
  /** Original end for a folded piece (all its characters map to [o, oe)), or -1 for a one-for-one run. */
  private readonly oe: number[] = [];
  length = 0;

  /** Normalised characters [length, length + len) copy original [from, from + len) one for one. */
  run(from: number, len: number): void {
    if (len <= 0) return;
    const last = this.n.length - 1;
    if (last >= 0 && this.oe[last] === -1 && this.o[last]! + (this.length - this.n[last]!) === from) {
      this.length += len; // extends the previous run
      return;
    }
    this.n.push(this.length);
    this.o.push(from);
    this.oe.push(-1);
    this.length += len;
  }

  /** Normalised characters [length, length + len) all come from original [from, to). */
  piece(len: number, from: number, to: number): void {
    if (len <= 0) return;
    this.n.push(this.length);
    this.o.push(from);
    this.oe.push(to);
    this.length += len;
  }

  private seg(i: number): number {
    let lo = 0;
    let hi = this.n.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.n[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Original start of normalised character i. */
  start(i: number): number {
    const k = this.seg(i);
    return this.oe[k] === -1 ? this.o[k]! + (i - this.n[k]!) : this.o[k]!;
  }

  /** Original end (exclusive) of normalised character i. */
  end(i: number): number {
    const k = this.seg(i);
    return this.oe[k] === -1 ? this.o[k]! + (i - this.n[k]!) + 1 : this.oe[k]!;
  }
}

export interface Normalised {
  norm: string;
  /** Where each normalised character came from in the original. */
  map: OffsetMap;
  /** Normalised ranges of hashtag bodies (after the "#", split into words). */
  hashtags: Array<[number, number]>;
  urls: UrlSpan[];
  /** ASCII digits in the original, a cheap prefilter for identifier rules. */
  digits: number;
}

// Common link forms: with a scheme or "www.", or a bare host on a familiar top-level domain.
const URL_RE =
  /(?:https?:\/\/|www\.)[^\s<>"“”'’)\]]+|\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|info|io|tv|news|uk|ca|us|me|ly|eu|de|au|nz|ie)\b(?:\/[^\s<>"“”'’)\]]*)?/giu;

// Letters that look Latin but are not, as used to dodge word filters (Cyrillic and Greek).
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ο: 'o', ρ: 'p',
  τ: 't', υ: 'u', χ: 'x', ν: 'v', μ: 'u', ƒ: 'f', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i',
};

const charCache = new Map<string, string>();

/** Fold one non-ASCII character: apostrophes and quotes to ASCII, NFKD minus combining marks, lower case, homoglyphs. */
function foldChar(ch: string): string {
  const cached = charCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  switch (ch) {
    case '’': case '‘': case '‛': case '′': case 'ʼ':
      out = "'";
      break;
    case '“': case '”': case '„': case '‟': case '″': case '«': case '»':
      out = '"';
      break;
    case '–': case '—': case '―': case '‐': case '‑':
      out = '-';
      break;
    case '\u200b': case '\u200c': case '\u200d': case '\u2060': case '\ufeff': case '\u00ad': case '\ufe0f': case '\ufe0e':
      out = ''; // invisible characters, often used to break up a word
      break;
    case '\u00a0': case '\u2009': case '\u202f': case '\u2002': case '\u2003':
      out = ' ';
      break;
    default: {
      const folded = ch.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '');
      let h = '';
      for (const c of folded) h += HOMOGLYPHS[c] ?? c;
      // A lone combining mark folds to nothing; keep anything else that folded to nothing as is.
      out = h === '' && !/^\p{M}$/u.test(ch) ? ch : h;
    }
  }
  if (charCache.size < 5000) charCache.set(ch, out);
  return out;
}

const LETTER_RE = /[\p{L}\p{N}]/u;
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  // Surrogate halves (astral letters are rare here) count as word characters; other code units are tested.
  return (c >= 0xd800 && c <= 0xdfff) || LETTER_RE.test(String.fromCharCode(c));
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function findUrls(text: string): Array<{ start: number; end: number; hostStart: number; hostEnd: number }> {
  const out: Array<{ start: number; end: number; hostStart: number; hostEnd: number }> = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    let raw = m[0];
    while (/[.,;:!?]$/.test(raw)) raw = raw.slice(0, -1);
    const start = m.index;
    let h = 0;
    const scheme = /^https?:\/\//i.exec(raw);
    if (scheme) h = scheme[0].length;
    if (/^www\./i.test(raw.slice(h))) h += 4;
    let he = h;
    while (he < raw.length && !'/?#:'.includes(raw[he]!)) he++;
    if (he > h) out.push({ start, end: start + raw.length, hostStart: start + h, hostEnd: start + he });
  }
  return out;
}

/** Cheap test for anything link-like before running the full link pattern. */
const MAYBE_URL = /:\/\/|www\.|\.(?:com|org|net|info|io|tv|news|uk|ca|us|me|ly|eu|de|au|nz|ie)\b/i;

export function normalise(text: string): Normalised {
  const n = text.length;
  const found = text.indexOf('.') >= 0 && MAYBE_URL.test(text) ? findUrls(text) : [];
  let digits = 0;
  // Fast path: plain ASCII with no hashtag or link is just lower-cased, one for one.
  let plain = found.length === 0;
  for (let i = 0; plain && i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || c === 35) plain = false;
    else if (c >= 48 && c <= 57) digits++;
  }
  const map = new OffsetMap();
  if (plain) {
    map.run(0, n);
    return { norm: text.toLowerCase(), map, hashtags: [], urls: [], digits };
  }
  digits = 0;
  const parts: string[] = [];
  const hashtags: Array<[number, number]> = [];
  const urls: UrlSpan[] = [];
  let nextUrl = 0;
  let hashStart = -1;
  let run = 0; // start of the pending plain ASCII run

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Plain ASCII outside hashtags and links: extend the run.
    if (c < 128 && c !== 35 && hashStart < 0 && (nextUrl >= found.length || i !== found[nextUrl]!.start)) {
      if (c >= 48 && c <= 57) digits++;
      i++;
      continue;
    }
    if (i > run) {
      parts.push(text.slice(run, i).toLowerCase());
      map.run(run, i - run);
    }
    const u = found[nextUrl];
    if (u && i === u.start) {
      if (hashStart >= 0) {
        hashtags.push([hashStart, map.length]);
        hashStart = -1;
      }
      parts.push(' ');
      map.piece(1, u.start, u.hostStart);
      const s = map.length;
      const host = text.slice(u.hostStart, u.hostEnd).toLowerCase();
      parts.push(host);
      map.run(u.hostStart, host.length);
      urls.push({ host, s, e: map.length, oStart: u.start, oEnd: u.end });
      parts.push(' ');
      map.piece(1, u.hostEnd, u.end);
      for (let k = u.start; k < u.end; k++) {
        const d = text.charCodeAt(k);
        if (d >= 48 && d <= 57) digits++;
      }
      i = u.end;
      run = i;
      nextUrl++;
      continue;
    }
    if (hashStart >= 0 && !isWordCode(c)) {
      hashtags.push([hashStart, map.length]);
      hashStart = -1;
      run = i;
      continue; // look at this character again, outside the hashtag
    }
    if (c < 128) {
      if (c >= 48 && c <= 57) digits++;
      if (c === 35 /* # */ && hashStart < 0 && (i === 0 || !isWordCode(text.charCodeAt(i - 1))) && i + 1 < n && isWordCode(text.charCodeAt(i + 1)) && text.charCodeAt(i + 1) !== 95) {
        parts.push(' ');
        map.piece(1, i, i + 1);
        hashStart = map.length;
      } else if (hashStart >= 0) {
        // Split CamelCase inside a hashtag: "#BlackHistoryMonth" -> "black history month", "#NHSHeroes" -> "nhs heroes".
        const prev = text.charCodeAt(i - 1);
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c === 95) {
          parts.push(' ');
          map.piece(1, i, i + 1);
        } else {
          if (map.length > hashStart && isUpper(c) && (isLower(prev) || (isUpper(prev) && isLower(next)))) {
            parts.push(' ');
            map.piece(1, i, i);
          }
          parts.push(isUpper(c) ? String.fromCharCode(c + 32) : text[i]!);
          map.run(i, 1);
        }
      } else {
        parts.push(text[i]!);
        map.run(i, 1);
      }
      i++;
      run = i;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 2 ? text.slice(i, i + 2) : text[i]!;
    const folded = foldChar(ch);
    if (folded !== '') {
      parts.push(folded);
      if (folded.length === 1 && width === 1) map.run(i, 1);
      else map.piece(folded.length, i, i + width);
    }
    i += width;
    run = i;
  }
  if (n > run) {
    parts.push(text.slice(run, n).toLowerCase());
    map.run(run, n - run);
  }
  if (hashStart >= 0) hashtags.push([hashStart, map.length]);
  return { norm: parts.join(''), map, hashtags, urls, digits };
}
