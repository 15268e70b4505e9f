/**
 * Reading the Markdown report back in tests: cutting out sections and post blocks, decoding a post's
 * quote to plain text with the marks shown as [[...]], and checking CommonMark's flanking rules for
 * every `**` (written independently of the renderer, from the spec, so the two check each other).
 */

/** The lines from the heading that starts with `start` up to the next heading of that level or higher. */
export function sectionOf(md: string, start: string): string {
  const lines = md.split('\n');
  const from = lines.findIndex((l) => l.startsWith(start));
  if (from === -1) throw new Error(`no heading starting "${start}"`);
  const level = /^#+/.exec(start)?.[0].length ?? 1;
  const out = [lines[from] as string];
  for (const line of lines.slice(from + 1)) {
    const h = /^(#+) /.exec(line);
    if (h && (h[1] as string).length <= level) break;
    out.push(line);
  }
  return out.join('\n');
}

/** The quote block of the post block given (the lines starting with ">"). */
export function quoteLines(block: string): string[] {
  const lines = block.split('\n');
  const from = lines.findIndex((l) => l.startsWith('>'));
  if (from === -1) throw new Error('no quote in block');
  const out: string[] = [];
  for (const line of lines.slice(from)) {
    if (!line.startsWith('>')) break;
    out.push(line);
  }
  return out;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', nbsp: ' ', quot: '"' };

/** Inline Markdown as produced by the renderer back to text, marks shown as [[...]]. */
export function decodeInline(src: string): string {
  let out = '';
  let open = false;
  for (let i = 0; i < src.length; ) {
    const c = src[i] as string;
    if (c === '\\' && i + 1 < src.length) {
      out += src[i + 1];
      i += 2;
    } else if (src.startsWith('**', i)) {
      out += open ? ']]' : '[[';
      open = !open;
      i += 2;
    } else if (c === '&') {
      const m = /^&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/i.exec(src.slice(i));
      if (!m) throw new Error(`bare & at ${i} in ${src}`);
      if (m[1]) out += String.fromCodePoint(parseInt(m[1], 16));
      else if (m[2]) out += String.fromCodePoint(Number(m[2]));
      else out += NAMED[m[3] as string] ?? m[0];
      i += m[0].length;
    } else if (c === '\u2060') {
      i++; // the renderer's own word joiner after an e-mail "@"
    } else {
      out += c;
      i++;
    }
  }
  if (open) throw new Error(`unclosed ** in ${src}`);
  return out;
}

/** A post's quote back to its text: hard breaks and blank quote lines become newlines. */
export function decodeQuote(lines: string[]): string {
  return lines
    .map((line) => {
      if (line === '>') return '';
      if (!line.startsWith('> ')) throw new Error(`bad quote line: ${line}`);
      let body = line.slice(2);
      const trailing = /\\*$/.exec(body)?.[0].length ?? 0;
      if (trailing % 2 === 1) body = body.slice(0, -1); // a hard break
      return decodeInline(body);
    })
    .join('\n');
}

const WS = /[\p{Zs}\t\n\f\r]/u;
// CommonMark 0.31 counts Unicode punctuation and symbols; 0.30 and earlier only punctuation (and ASCII).
const PUNCT_031 = /[\p{P}\p{S}]/u;
const PUNCT_030 = /[!-/:-@[-`{-~\p{P}]/u;

function flanking(before: string | undefined, after: string | undefined, punct: RegExp): { left: boolean; right: boolean } {
  const bWs = before === undefined || WS.test(before);
  const aWs = after === undefined || WS.test(after);
  const bP = before !== undefined && punct.test(before);
  const aP = after !== undefined && punct.test(after);
  return {
    left: !aWs && (!aP || bWs || bP),
    right: !bWs && (!bP || aWs || aP),
  };
}

/**
 * Every unescaped `**` in a line, alternately opening and closing, can do so under both spec
 * versions. Returns the problems found (empty when all is well).
 */
export function flankingProblems(line: string): string[] {
  const problems: string[] = [];
  const cps = Array.from(line);
  let opening = true;
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] === '\\') {
      i++;
      continue;
    }
    if (cps[i] !== '*') continue;
    let j = i;
    while (cps[j] === '*') j++;
    if (j - i !== 2) problems.push(`run of ${j - i} * at ${i}`);
    const before = cps[i - 1];
    const after = cps[j];
    for (const punct of [PUNCT_031, PUNCT_030]) {
      const f = flanking(before, after, punct);
      if (opening ? !f.left : !f.right) problems.push(`${opening ? 'opener' : 'closer'} at ${i} not flanking in: ${line}`);
    }
    opening = !opening;
    i = j - 1;
  }
  return problems;
}
