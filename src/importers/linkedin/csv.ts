import { isoFromIsoLike, toIsoUtc } from '../util.js';

// 2018 exports: "2017/06/08 08:15:44 UTC".
const SLASH_DATE = /^\s*(\d{4})\/(\d{2})\/(\d{2})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(?:UTC|GMT|Z)?\s*$/i;

/**
 * ISO UTC from a LinkedIn date: `2021-06-23 14:14:05` (current exports, no zone: LinkedIn writes
 * UTC), `2023-05-01 14:22:10 UTC`, or the 2018 `2017/06/08 08:15:44 UTC`. Null when unreadable.
 */
export function linkedInDate(value: string): string | null {
  const iso = isoFromIsoLike(value);
  if (iso) return iso;
  const m = SLASH_DATE.exec(value);
  if (!m) return null;
  return toIsoUtc(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}

/**
 * Undoes LinkedIn's doubled-quote line breaks in ShareCommentary. LinkedIn quotes each line of a
 * multi-line share on its own before quoting the whole field, so a CSV parser returns
 * `line one"\n""\n"line three`: every line but the first starts with `"`, every line but the last
 * ends with one, and blank lines read `""`. Only a field that has that shape on every line break is
 * changed, so a genuine quotation at the end of a line is left alone.
 */
export function undoQuotedLines(value: string): string {
  // Files saved with Windows line ends carry "\r\n" inside the field; the shape is the same.
  const eol = value.includes('"\r\n"') ? '\r\n' : '\n';
  if (!value.includes(`"${eol}"`)) return value;
  const lines = value.split(eol);
  const last = lines.length - 1;
  for (let i = 0; i <= last; i++) {
    const line = lines[i]!;
    if (i > 0 && !line.startsWith('"')) return value;
    if (i < last && !line.endsWith('"')) return value;
    if (i > 0 && i < last && line.length < 2) return value;
  }
  // Some rows also keep the quote LinkedIn put before the first line and after the last one.
  const wrapped = lines[0]!.startsWith('"') && lines[last]!.endsWith('"') && lines[last]!.length >= 2;
  // Quoting a line also doubled the quotation marks inside it: undo that too.
  return lines
    .map((line, i) => {
      const start = i > 0 || wrapped ? 1 : 0;
      const end = i < last || wrapped ? line.length - 1 : line.length;
      return line.slice(start, end).replace(/""/g, '"');
    })
    .join(eol);
}

const FEED_UPDATE = /\/feed\/update\/([^/?#]+)/;

/** The URN a LinkedIn feed URL names (`urn:li:share:6813…`, `urn:li:activity:…`), or null. */
export function urnFromUrl(url: string): string | null {
  const m = FEED_UPDATE.exec(url);
  if (!m) return null;
  let urn = m[1]!;
  try {
    urn = decodeURIComponent(urn);
  } catch {
    return null;
  }
  return urn.startsWith('urn:li:') ? urn : null;
}

/** Who could see a share, in the words the report uses. */
export function audienceFrom(visibility: string): string | null {
  const key = visibility.trim().toLowerCase();
  if (key === '') return null;
  if (key === 'member_network' || key === 'connections' || key === 'connections_only') return 'connections';
  if (key === 'public' || key === 'anyone') return 'public';
  return key.replace(/_/g, ' ');
}
