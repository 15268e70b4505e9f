import { columnKey } from '../common/csv.js';

/*
 * TikTok's TXT download (the other choice beside JSON): a folder per section with one text file
 * each, `Comments.txt`, `Posts.txt` … (Dutch `Reacties.txt`, `Berichten.txt` …), holding records
 * as blocks of `Key: value` lines separated by blank lines, or one line saying the section is
 * empty. The keys are those of the JSON items (Date, Comment, Photo, Url; Date, Link, Likes,
 * WhoCanView, Title …), some written as words ("Who can view"); Dutch files write Datum, Reactie.
 * Layout as read by d3i-infra/data-donation-task (packages/python/port/platforms/tiktok.py).
 */

/** Which section a TXT file holds, by its name (lower case); content decides whether it is TikTok's. */
export const TXT_SECTIONS: ReadonlyMap<string, 'comments' | 'posts'> = new Map([
  ['comments.txt', 'comments'],
  ['comment.txt', 'comments'],
  ['reacties.txt', 'comments'],
  ['posts.txt', 'posts'],
  ['post.txt', 'posts'],
  ['videos.txt', 'posts'],
  ['berichten.txt', 'posts'],
]);

/** The first record line of a TikTok TXT file: its date key and a `YYYY-MM-DD hh:mm:ss` time. */
const DATE_LINE = /^\s*(?:date|datum)\s*:\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/i;
/** What an empty section says instead of records (English and Dutch, as TikTok writes them). */
const EMPTY_SECTION = /^\s*(?:you have no data in this section|dit gedeelte bevat geen gegevens|er staan geen gegevens in dit gedeelte)\.?\s*$/i;

/** Whether a TXT file's opening is TikTok's: a dated first record, or the empty-section line. */
export function looksLikeTikTokTxt(head: string): boolean {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '');
  return first !== undefined && (DATE_LINE.test(first) || EMPTY_SECTION.test(first));
}

/** Keys a record line may start with (compared loosely); any other line continues the last value. */
const KNOWN_KEYS = new Set(
  [
    'Date', 'Datum', 'Comment', 'Reactie', 'Photo', 'Foto', 'Url', 'Link', 'Video Link', 'Likes', 'Like(s)',
    'Who can view', 'Allow comments', 'Allow stitches', 'Allow duets', 'Allow stickers', 'Allow sharing to story',
    'Content disclosure', 'AI generated content', 'AIGC', 'Sound', 'Location', 'Title', 'Description', 'Caption',
    'Video description', 'Add yours text', 'Original post link', 'Original Post URL',
  ].map(columnKey),
);
const KEY_LINE = /^\s*([^:\n]{1,40}?)\s*:[ \t]?(.*)$/;
const DATE_KEYS = new Set(['date', 'datum']);

/** The records of a TikTok TXT file, each a map of loosely compared keys (see columnKey) to values. */
export function parseTikTokTxt(text: string): Record<string, string>[] {
  const records: Record<string, string>[] = [];
  let record: Record<string, string> | null = null;
  let lastKey: string | null = null;
  let blankLines = 0;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === '') {
      blankLines++;
      continue;
    }
    const m = KEY_LINE.exec(line);
    const key = m ? columnKey(m[1]!) : '';
    if (m && KNOWN_KEYS.has(key)) {
      // A date where the record already has one starts the next record, as does, after a blank
      // line, any key the record already has.
      const repeated = record !== null && (key in record || (DATE_KEYS.has(key) && Object.keys(record).some((k) => DATE_KEYS.has(k))));
      if (!record || (repeated && (blankLines > 0 || DATE_KEYS.has(key)))) {
        record = {};
        records.push(record);
      }
      record[key] = m[2]!.trim();
      lastKey = key;
    } else if (record && lastKey !== null) {
      // A value that ran over several lines (a comment or caption with line breaks, even blank ones).
      record[lastKey] += (blankLines > 0 ? '\n\n' : '\n') + line.trimEnd();
    }
    blankLines = 0;
  }
  return records;
}
