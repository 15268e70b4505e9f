/**
 * The importers' parsers over arbitrary input: the X wrapper parser (window.YTD... = [...]), the
 * salvage of a damaged list, the tweets.csv and LinkedIn/Reddit/YouTube CSV parsers, the Takeout
 * comment-text parser, the record readers and the date parsers. Each either returns or throws its
 * own one-line problem (which the importer turns into a warning), never anything else; what is
 * returned is valid.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFileProblem, parseAssignedArray, parseAssignedObject, salvageRecords } from '../../src/importers/x/ytd.js';
import { parseTweetsCsv, readCsvRow } from '../../src/importers/x/legacy.js';
import { forEachRecord } from '../../src/importers/x/records.js';
import { readTweet, type XContext } from '../../src/importers/x/tweet.js';
import { readLike } from '../../src/importers/x/likes.js';
import { conversationMessages, readMessage } from '../../src/importers/x/messages.js';
import { NoteIndex } from '../../src/importers/x/notes.js';
import { parseXDate } from '../../src/importers/x/tweet.js';
import { FileProblem } from '../../src/importers/common/files.js';
import { parseCsv, csvHeader } from '../../src/importers/common/csv.js';
import { commentText } from '../../src/importers/youtube/segments.js';
import { linkedInDate, undoQuotedLines, urnFromUrl } from '../../src/importers/linkedin/csv.js';
import { StableIds, isoFromCtime, isoFromIsoLike, isoFromUnixMillis, isoFromUnixSeconds, linkFrom } from '../../src/importers/util.js';
import { PostSchema } from '../../src/model/post.js';
import { RUNS, awkwardString, postText } from './support.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const PREFIXES = ['window.YTD.tweets.part0 = ', 'window.YTD.tweets.part12 =', '', '  \n', 'var tweets = ', 'window["YTD"]["tweets"]["part0"] = ', '\ufeffwindow.YTD.like.part0 = ', 'Grailbird.data.tweets_2013_01 =\n '];
const SOURCE = { input: 'in', file: 'data/tweets.js', index: 0 };
const context = (): XContext => ({ handle: 'someone', mediaFiles: new Map([['1-a.jpg', 'data/tweets_media/1-a.jpg']]), notes: null });

/** Only `Problem` may be thrown; anything else fails the property. */
function onlyThrows<T>(Problem: new (...args: never[]) => Error, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(Problem);
    expect((error as Error).message).not.toMatch(/\n/);
    return undefined;
  }
}

/** Tweet-like records: the fields the reader looks at, each of any JSON type. */
const anyField = fc.oneof(fc.jsonValue({ maxDepth: 2 }), postText, fc.constantFrom('Fri Mar 06 13:02:05 +0000 2020', '2018-11-30 13:12:58 +0000', '18446744073709551615', 2 ** 53 + 2));
const tweetRecord = fc
  .record(
    {
      id_str: anyField,
      id: anyField,
      created_at: anyField,
      full_text: anyField,
      text: anyField,
      entities: fc.oneof(anyField, fc.record({ urls: fc.array(fc.record({ url: anyField, expanded_url: anyField }, { requiredKeys: [] }), { maxLength: 3 }), user_mentions: anyField, hashtags: anyField, media: anyField }, { requiredKeys: [] })),
      extended_entities: fc.oneof(anyField, fc.record({ media: fc.array(fc.record({ type: anyField, media_url_https: anyField, url: anyField, video_info: anyField, ext_alt_text: anyField }, { requiredKeys: [] }), { maxLength: 3 }) })),
      retweeted_status: fc.oneof(anyField, fc.record({ full_text: anyField, user: anyField, id_str: anyField }, { requiredKeys: [] })),
      edit_info: fc.oneof(anyField, fc.record({ initial: fc.record({ editTweetIds: anyField }), edit: fc.record({ initialTweetId: anyField, editControlInitial: anyField }) }, { requiredKeys: [] })),
      in_reply_to_status_id_str: anyField,
      in_reply_to_screen_name: anyField,
      lang: anyField,
    },
    { requiredKeys: [] },
  )
  .chain((tweet) => fc.constantFrom<unknown>(tweet, { tweet }, { tweet: [tweet] }, null, [tweet]));

describe('the X wrapper parser', () => {
  it('parses any text or throws a one-line DataFileProblem', () => {
    fc.assert(
      fc.property(fc.oneof(awkwardString, fc.tuple(fc.constantFrom(...PREFIXES), fc.json()).map(([p, j]) => p + j), fc.tuple(fc.constantFrom(...PREFIXES), fc.json(), fc.nat()).map(([p, j, n]) => (p + j).slice(0, n % (p.length + j.length + 1)))), (text) => {
        const array = onlyThrows(DataFileProblem, () => parseAssignedArray(text));
        if (array !== undefined) expect(Array.isArray(array)).toBe(true);
        const object = onlyThrows(DataFileProblem, () => parseAssignedObject(text));
        if (object !== undefined) expect(typeof object).toBe('object');
        const salvaged = salvageRecords(text);
        expect(salvaged.damaged).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads back any list after any prefix the archives (or a user) put before it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PREFIXES), fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }), fc.constantFrom('', ';', ';\n', '\n\n'), (prefix, list, tail) => {
        const expected = JSON.parse(JSON.stringify(list)) as unknown;
        expect(parseAssignedArray(prefix + JSON.stringify(list, null, 1) + tail)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('recovers from a list cut anywhere exactly the whole records before the cut', () => {
    const record = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
    fc.assert(
      fc.property(fc.constantFrom(...PREFIXES), fc.array(record, { minLength: 1, maxLength: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), (prefix, records, f) => {
        const body = JSON.stringify(records, null, 2);
        const whole = prefix + body;
        const cut = whole.slice(0, prefix.length + Math.floor(f * body.length));
        const { records: got, damaged } = salvageRecords(cut);
        expect(damaged).toBe(0);
        // Whole records only, in order, and a prefix of the list.
        expect(got).toEqual(JSON.parse(JSON.stringify(records.slice(0, got.length))));
        // Every record that ends before the cut is recovered.
        const ends = records.map((_, i) => (prefix + JSON.stringify(records.slice(0, i + 1), null, 2)).length - 2);
        expect(got.length).toBeGreaterThanOrEqual(ends.filter((end) => end <= cut.length - 1).length);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the streaming record reader (x/records.ts)', () => {
  const record = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.jsonValue({ maxDepth: 2 }), awkwardString), { maxKeys: 4 });
  /** A data file as X writes it (pretty-printed), or squeezed, cut, or with a byte flipped. */
  const file = fc
    .tuple(fc.constantFrom(...PREFIXES), fc.array(fc.oneof(record, record.map((r) => ({ tweet: r }))), { maxLength: 5 }), fc.constantFrom<number | null>(2, 2, 0, null), fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), { nil: undefined }), fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }))
    .map(([prefix, records, indent, flip, cut]) => {
      let bytes = Buffer.from(prefix + (indent === null ? JSON.stringify(records) : JSON.stringify(records, null, indent)), 'utf8');
      if (flip) {
        bytes = Buffer.from(bytes);
        const at = Math.min(bytes.length - 1, Math.floor(flip[0] * bytes.length));
        if (at >= 0) bytes[at]! ^= flip[1];
      }
      if (cut !== undefined) bytes = bytes.subarray(0, Math.floor(cut * bytes.length));
      return bytes;
    });

  it('never throws, and reads exactly what parsing the whole file reads (or hands the file back)', () => {
    fc.assert(
      fc.property(file, (bytes) => {
        const streamed: unknown[] = [];
        const count = forEachRecord(bytes, (r, i) => {
          expect(i).toBe(streamed.length);
          streamed.push(r);
        });
        if (count === null) return; // the whole-file parse takes over
        expect(count).toBe(streamed.length);
        const whole = onlyThrows(DataFileProblem, () => parseAssignedArray(bytes.toString('utf8')));
        expect(whole, 'a file the whole-file parser refuses must not be streamed').toBeDefined();
        expect(streamed).toEqual(whole);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the X record readers', () => {
  it('turn any tweet-like record into a valid post, or skip it', () => {
    fc.assert(
      fc.property(tweetRecord, fc.constantFrom<string | null>(null, 'community'), (record, audience) => {
        const version = readTweet(record, context(), SOURCE, audience);
        if (version) {
          PostSchema.parse(version.post);
          expect(version.post.createdAt).toMatch(ISO);
          expect(version.post.id).toMatch(/^\d+$|./);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('turn any like, message or note record into a valid post, or skip it', () => {
    const record = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ like: fc.record({ tweetId: anyField, fullText: anyField, expandedUrl: anyField }, { requiredKeys: [] }) }), fc.record({ dmConversation: fc.record({ messages: fc.array(fc.record({ messageCreate: fc.record({ senderId: fc.constantFrom('1', 1, null), id: anyField, createdAt: anyField, text: anyField, urls: anyField, mediaUrls: anyField }, { requiredKeys: [] }) }), { maxLength: 3 }) }) }), fc.record({ noteTweet: fc.record({ createdAt: anyField, core: fc.record({ text: anyField, urls: anyField, mentions: anyField, hashtags: anyField }, { requiredKeys: [] }) }, { requiredKeys: [] }) }));
    fc.assert(
      fc.property(record, (r) => {
        const like = readLike(r, context(), SOURCE, '2024-01-01T00:00:00.000Z', new StableIds());
        if (like) PostSchema.parse(like);
        for (const event of conversationMessages(r)) {
          const m = readMessage(event, '1', context(), SOURCE);
          if (m && m !== 'not-mine') PostSchema.parse(m);
        }
        const notes = new NoteIndex();
        notes.add(r, parseXDate);
        notes.match('2020-03-06T13:02:05.000Z', 'text');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the CSV parsers', () => {
  const csv = fc.oneof(
    awkwardString,
    fc.tuple(fc.constantFrom('"tweet_id","timestamp","text"\n', 'tweet_id,in_reply_to_status_id,timestamp,text,expanded_urls\n', 'Date,ShareLink,ShareCommentary\n', 'id,permalink,date,subreddit,title,body\n', '\ufeffDate\tShare Commentary\n'), fc.array(fc.array(fc.oneof(awkwardString, fc.constantFrom('"', '""', ',', '\t', '2015-06-01 10:00:00 +0000', '1100000000000000050')), { maxLength: 7 }), { maxLength: 6 })).map(([header, rows]) => header + rows.map((r) => r.join(',')).join('\n')),
  );

  it('tweets.csv: rows or a one-line DataFileProblem; every row read is a valid post or skipped', () => {
    fc.assert(
      fc.property(csv, (text) => {
        const parsed = onlyThrows(DataFileProblem, () => parseTweetsCsv(text));
        for (const row of parsed?.rows ?? []) {
          const post = readCsvRow(row, context(), SOURCE);
          if (post) PostSchema.parse(post);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('LinkedIn, Reddit and YouTube CSV: rows or a one-line FileProblem', () => {
    fc.assert(
      fc.property(csv, fc.constantFrom<',' | '\t'>(',', '\t'), (text, delimiter) => {
        csvHeader(text);
        onlyThrows(FileProblem, () => parseCsv(text, delimiter));
      }),
      { numRuns: RUNS },
    );
  });

  it("YouTube's comment text: words and links, or a one-line FileProblem", () => {
    const segment = fc.record({ text: anyField, link: fc.oneof(anyField, fc.record({ linkUrl: anyField })) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(awkwardString, fc.array(segment, { maxLength: 3 }).map((s) => JSON.stringify({ takeoutSegments: s })), fc.array(segment, { maxLength: 3 }).map((s) => s.map((x) => JSON.stringify(x)).join(','))), (text) => {
        const result = onlyThrows(FileProblem, () => commentText(text));
        if (result) expect(typeof result.text).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('dates, links and ids', () => {
  it('parse any text to ISO UTC or null, never a date that was not written', () => {
    fc.assert(
      fc.property(fc.oneof(awkwardString, fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('Fri Mar 06 13:02:05 +0000 2020', 'Sun Feb 30 10:00:00 +0000 2020', '2021-02-29 10:00:00', '0000-01-01', '9999-12-31T23:59:60Z', '2017/06/08 08:15:44 UTC')), (text) => {
        for (const iso of [isoFromCtime(text), isoFromIsoLike(text), parseXDate(text), linkedInDate(text)]) {
          if (iso !== null) {
            expect(iso).toMatch(ISO);
            expect(Number.isNaN(Date.parse(iso))).toBe(false);
          }
        }
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer()), (n) => {
        for (const iso of [isoFromUnixSeconds(n), isoFromUnixMillis(n)]) if (iso !== null) expect(iso).toMatch(/^[+-]?\d{4,6}-\d{2}-\d{2}T/);
      }),
      { numRuns: RUNS },
    );
  });

  it('take a link, a URN or quoted lines from any text without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(awkwardString, fc.webUrl(), fc.constantFrom('https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1/', 'https://www.linkedin.com/feed/update/%E0%A4%A/', 'javascript:alert(1)', 'http://[::1', 'https://exa mple.com')), (text) => {
        const link = linkFrom(text);
        expect(link.url).toBe(text);
        expect(typeof link.domain).toBe('string');
        urnFromUrl(text);
        undoQuotedLines(text);
      }),
      { numRuns: RUNS },
    );
  });
});
