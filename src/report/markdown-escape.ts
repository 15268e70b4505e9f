/**
 * Escaping untrusted text (post text, messages, paths, anything from an export) for Markdown, so
 * that it is shown exactly as written and can neither format, link, embed HTML nor restructure the
 * document. Checked against CommonMark 0.31 and GitHub Flavored Markdown (cmark-gfm).
 */
import { LINE_BREAK, revealHidden, segmentText, type Span } from './model.js';

/**
 * Backslash-escaped everywhere: emphasis, code, links and images, headings, tables, strikethrough,
 * GitHub math ($) and the escape character itself. `<`, `>` and `&` become entities instead, so no
 * raw HTML, autolink or entity survives in any renderer. GFM's bare-URL autolinks are defeated by
 * escaping `:` in `scheme://` and `.` in `www.`. Its e-mail autolinks (mailto:) ignore escapes, as
 * cmark-gfm joins text before looking, so a WORD JOINER (U+2060, invisible, zero-width, and no
 * disguise: it reorders nothing) goes after the `@` of anything shaped like an address.
 */
const INLINE_SPECIAL = /www\.|:(?=\/\/)|(?<=[\w.+-])@(?=[\w-])|[\\`*_[\]()#|!~$<>&]/gi;

const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

const showHidden = (label: string): string => `\\[${label}\\]`;

/** Escapes text for use inside a line (not at its start), with hidden characters made visible. */
export function escapeInline(text: string): string {
  const escaped = text.replace(INLINE_SPECIAL, (m) => {
    if (m.length > 1) return `${m.slice(0, -1)}\\.`; // www.
    if (m === '@') return '@\u2060';
    return ENTITIES[m] ?? `\\${m}`;
  });
  // After escaping, so the visible label's own brackets are not escaped twice.
  return revealHidden(escaped, showHidden);
}

/** One line of free text for a table cell or list item: line breaks become spaces. */
export function escapeOneLine(text: string): string {
  return escapeInline(text.split(LINE_BREAK).join(' ').trim());
}

/**
 * Escapes the start of a block line, where `-`, `+`, `=` and `1.` would begin lists and setext
 * headings and leading spaces would begin a code block. Takes already-escaped text.
 */
function escapeLineStart(escaped: string): string {
  const lead = /^[ \t]+/.exec(escaped)?.[0] ?? '';
  if (lead) {
    // Leading spaces are kept (they may be the post's layout) but as no-break spaces, which no
    // Markdown parser counts as indentation.
    return lead.replace(/\t/g, '    ').replace(/ /g, '&nbsp;') + escaped.slice(lead.length);
  }
  if (/^[-+=]/.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d{1,9})\./, '$1\\.');
}

// ---------------------------------------------------------------------------------------------
// Marking evidence

const WS = /[\p{Zs}\t\n\f\r]/u;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const UNICODE_PUNCT = /\p{P}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

const firstCodePoint = (s: string): string => String.fromCodePoint(s.codePointAt(0) ?? 0);
function lastCodePoint(s: string): string {
  const c = s.charCodeAt(s.length - 1);
  return c >= 0xdc00 && c <= 0xdfff && s.length > 1 ? s.slice(-2) : s.slice(-1);
}
const entity = (ch: string): string => `&#x${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;

/**
 * Whether `**` placed next to `outside` can open or close emphasis in every CommonMark version,
 * given the character `inside` the mark. Trouble only arises when the inside character is not a
 * letter or digit (spec 0.31 counts symbols such as emoji as punctuation, earlier ones did not) and
 * the outside one is not whitespace or punctuation: then `**` is not flanking and shows literally.
 */
function flankingSafe(outside: string | undefined, inside: string): boolean {
  if (WORDLIKE.test(inside)) return true;
  return outside === undefined || WS.test(outside) || ASCII_PUNCT.test(outside) || UNICODE_PUNCT.test(outside);
}

interface Piece {
  out: string;
  marked: boolean;
  /** Re-encode the first / last character of `out` as a numeric character reference. */
  encodeFirst?: boolean;
  encodeLast?: boolean;
}

/** Splits leading and trailing whitespace out of marked pieces: `** x **` would not be emphasis. */
function trimMarks(pieces: Array<{ text: string; marked: boolean }>): Array<{ text: string; marked: boolean }> {
  const out: Array<{ text: string; marked: boolean }> = [];
  const push = (text: string, marked: boolean): void => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.marked === marked && !marked) last.text += text;
    else out.push({ text, marked });
  };
  for (const p of pieces) {
    if (!p.marked) {
      push(p.text, false);
      continue;
    }
    const m = /^([\p{Zs}\t\f]*)([\s\S]*?)([\p{Zs}\t\f]*)$/u.exec(p.text);
    push(m?.[1] ?? '', false);
    push(m?.[2] ?? p.text, true);
    push(m?.[3] ?? '', false);
  }
  return out;
}

/**
 * One line of a post as Markdown: escaped segment by segment, evidence in `**bold**`. Where a mark
 * meets a word character from outside on one side and punctuation inside on the other, the outside
 * character is written as a numeric character reference (it renders the same, but its `;` lets the
 * `**` count as a delimiter), so marks always render.
 */
function renderLine(line: Array<{ text: string; marked: boolean }>): string {
  const pieces: Piece[] = trimMarks(line).map((p) => ({ out: escapeInline(p.text), marked: p.marked }));
  const first = pieces[0];
  if (first) first.out = escapeLineStart(first.out);
  pieces.forEach((p, i) => {
    if (!p.marked) return;
    const prev = pieces[i - 1];
    const next = pieces[i + 1];
    if (prev && !flankingSafe(lastCodePoint(prev.out), firstCodePoint(p.out))) prev.encodeLast = true;
    if (next && !flankingSafe(firstCodePoint(next.out), lastCodePoint(p.out))) next.encodeFirst = true;
  });
  return pieces
    .map((p) => {
      if (p.marked) return `**${p.out}**`;
      // Only raw characters get here: escaped ones begin with \ or & and end in ; or punctuation.
      const s = p.out;
      const f = firstCodePoint(s);
      const l = lastCodePoint(s);
      if (p.encodeFirst && p.encodeLast && s === f) return entity(f);
      let r = s;
      if (p.encodeFirst) r = entity(f) + r.slice(f.length);
      if (p.encodeLast) r = r.slice(0, r.length - l.length) + entity(l);
      return r;
    })
    .join('');
}

/**
 * Post text as the lines of a block quote, every line prefixed with `>` so nothing in the text can
 * end the quote early. Line breaks inside a paragraph are hard breaks (a trailing backslash);
 * blank lines separate paragraphs inside the quote. `spans` are evidence spans on `text`.
 */
export function quoteBlock(text: string, spans: readonly Span[]): string[] {
  // Cut at span edges first, on the original text, then split each segment at line breaks.
  const lines: Array<Array<{ text: string; marked: boolean }>> = [[]];
  for (const seg of segmentText(text, spans)) {
    seg.text.split(LINE_BREAK).forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) (lines[lines.length - 1] as Array<{ text: string; marked: boolean }>).push({ text: part, marked: seg.marked });
    });
  }
  // Blank lines end a paragraph; several in a row look the same as one, so keep one.
  const rendered = lines
    .map((l) => (l.every((p) => /^[\p{Zs}\t\f]*$/u.test(p.text)) ? '' : renderLine(l)))
    .filter((line, i, all) => line !== '' || all[i - 1] !== '');
  // Blank lines at either end carry nothing and would leave an empty quote paragraph.
  while (rendered.length > 1 && rendered[0] === '') rendered.shift();
  while (rendered.length > 1 && rendered[rendered.length - 1] === '') rendered.pop();
  return rendered.map((line, i) => {
    if (line === '') return '>';
    const next = rendered[i + 1];
    return next !== undefined && next !== '' ? `> ${line}\\` : `> ${line}`;
  });
}

/**
 * A link target for `[text](<target>)`: the URL's normalised href, with the few characters that
 * could still end or escape the angle-bracket form percent-encoded.
 */
export function linkTarget(url: URL): string {
  return url.href.replace(/[\\<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
