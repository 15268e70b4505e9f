/**
 * What each kind of hostile input written by generate.ts must produce: for an input that cannot be
 * read at all, its one-line error; otherwise the warnings (the file inside the export, and what was
 * wrong) and the posts that must still be audited. Shared by the module-level and CLI tests.
 */
import { expect } from 'vitest';
import { GOOD_TWEETS, PART1_TWEET, type HostileCase } from './generate.js';
import { ReportPostSchema, type ReportInput, type ReportPost } from '../../src/model/report.js';

export interface Expectation {
  /** The input's error (it could not be read at all). Must start with the input's path. */
  error?: RegExp;
  /** Each warning expected: the file inside the input (null: the input as a whole) and its message. */
  warnings?: Array<[file: string | null, message: RegExp]>;
  /** Warnings beyond those listed are allowed (only where the count depends on the platform). */
  moreWarnings?: boolean;
  /** Posts that must be in the report: an id, or a fragment of text. */
  posts?: string[];
  /** Text that must appear in no post (read from outside the export, or a copy that lost). */
  absent?: string[];
  /** The exact number of posts read. */
  count?: number;
}

const GOOD = GOOD_TWEETS.map((t) => t.id);
const ALL = [...GOOD, PART1_TWEET.id];
const PART1 = 'data/tweets-part1.js';
const LOOKED_FOR = /no supported export recognised in \d+ files?; looked for: X \(Twitter\) archive \(.*\); LinkedIn data export/;

export const EXPECTED: Record<string, Expectation> = {
  'empty-file': { error: /empty\.zip: the file is empty \(0 bytes\); download the export again$/ },
  'not-an-archive': { error: LOOKED_FOR },
  'random-bytes': { error: LOOKED_FOR },
  'zip-signature-only': { error: /fake\.zip: cannot read zip: not a complete zip file \(a truncated download, or not a zip\); download the export again/ },
  'empty-folder': { error: /empty-folder: the folder is empty; give the folder you extracted the export to, or the export zip$/ },
  'no-recognisable-export': { error: LOOKED_FOR },
  'unsupported-platform': { error: /snapchat: this looks like a Snapchat "My Data" download, which hindsight cannot audit; it reads: X \(Twitter\) archive, / },
  'named-pipe': { error: /pipe: not a file or folder \(a device, pipe or socket\); give the export zip or folder$/ },

  'truncated-zip': { error: /truncated\.zip: cannot read zip: not a complete zip file/ },
  'corrupt-central-directory': { error: /corrupt-cd\.zip: cannot read zip: the zip's list of files is damaged; download the export again/ },
  'end-record-lies': { error: /eocd-lies\.zip: cannot read zip: .*download the export again/ },
  'central-directory-broken-late': {
    warnings: [
      [PART1, /listed in manifest\.js but missing from the archive/],
      [null, /the zip's list of files is damaged after 3 files; the files after that could not be read .*download the export again$/],
    ],
    posts: GOOD,
  },
  'encrypted-zip': { error: /encrypted\.zip: every file in this zip is encrypted \(password-protected\); .*unzip it with its password/ },
  'encrypted-entry': { warnings: [[PART1, /encrypted \(password-protected\), so it was not read; download the export again without a password$/]], posts: GOOD, count: 2 },
  'zip-bomb-claimed-size': { warnings: [[PART1, /file is 4\.0 GiB, larger than the 512 MiB hindsight reads from one file, so it was not read/]], posts: GOOD, count: 2 },
  'zip-bomb-ratio': { warnings: [[PART1, /claims to expand \d{4} times its packed size \(a zip bomb\?\), so it was not inflated/]], posts: GOOD, count: 2 },
  'zip-bomb-lying-size': { warnings: [[PART1, /holds more than the 200 bytes the zip says \(a damaged or tampered zip\), so it was not read/]], posts: GOOD, count: 2 },
  'zip-path-traversal': {
    warnings: [
      ['../../escape.js', /was skipped: its path climbs out of the export with "\.\."/],
      ['/etc/hindsight-absolute.js', /was skipped: its path is absolute/],
      ['data/../../../up-and-out.js', /was skipped: its path climbs out/],
      ['C:/Windows/evil.js', /was skipped: its path is absolute/],
      ['../../windows-style.js', /was skipped: its path climbs out/],
      // The newline and the bidi control in the name are written as escapes: one line, nothing hidden.
      ['../evil\\nsecond line\\u202e.js', /was skipped: its path climbs out/],
    ],
    posts: ALL,
    absent: ['ESCAPED OUTSIDE'],
    count: 3,
  },
  'zip-duplicate-entries': { warnings: [['data/tweets.js', /is in the export twice; the first copy was read/]], posts: ALL, absent: ['SECOND COPY'], count: 3 },
  'zip-unsupported-method': { warnings: [[PART1, /compressed with bzip2, which hindsight cannot read; unzip the export and give hindsight the folder$/]], posts: GOOD, count: 2 },
  'zip-corrupt-data': { warnings: [[PART1, /the compressed data of this file is damaged, so it was not read; download the export again/]], posts: GOOD, count: 2 },
  'broken-part': { warnings: [['twitter-part-2.zip', /this part of the export could not be read, so its files are missing: cannot read zip: not a complete zip file/]], posts: GOOD, count: 2 },

  'symlink-outside': {
    warnings: [
      ['data/more', /symbolic link to a place outside the export, so it was not followed/],
      [PART1, /symbolic link to a place outside the export, so it was not followed/],
    ],
    posts: GOOD,
    absent: ['SECRET FROM OUTSIDE'],
    count: 2,
  },
  'symlink-loop': {
    warnings: [
      ['a/x', /symbolic link that loops back on itself, so it was not followed/],
      ['b/x', /loops back on itself/],
      ['data/self', /loops back on itself/],
    ],
    posts: ALL,
    count: 3,
  },

  'missing-tweets-file': { error: /missing-tweets: this X archive has no tweets file \(looked for data\/tweets\.js .*\); download the archive again$/ },
  'renamed-tweets-file': { error: /renamed-tweets: this X archive has no tweets file .*; found "data\/tweets \(1\)\.js": if that is the tweets file, rename it to data\/tweets\.js$/ },
  'manifest-lists-missing-part': { warnings: [['data/tweets-part2.js', /listed in manifest\.js but missing from the archive; its posts are not audited \(download the archive again\)/]], posts: ALL, count: 3 },
  'zero-byte-part': { warnings: [[PART1, /the file is empty \(0 bytes\), so its posts are missing; download the archive again/]], posts: GOOD, count: 2 },

  'malformed-json': { warnings: [[PART1, /could not be read, the other files were: not valid JSON .*download the archive again/]], posts: GOOD, count: 2 },
  'truncated-json': { warnings: [['data/tweets.js', /is not valid JSON as a whole \(cut short or damaged\): 2 whole records were recovered and read, any records after the break are missing; download the archive again/]], posts: GOOD, count: 2 },
  'json-not-a-list': { warnings: [[PART1, /the data is an object, not a list of records/]], posts: GOOD, count: 2 },
  'wrong-types': {
    warnings: [[PART1, /^8 of 11 records skipped for lacking an id, a creation time or text; the rest were read$/]],
    posts: [...GOOD, '1100000000000000011', '1100000000000000013', '1100000000000000014'],
    count: 5,
  },
  'prototype-keys': { warnings: [], posts: [...GOOD, '1100000000000000020'], count: 3 },
  'deeply-nested-json': { warnings: [[PART1, /^1 of 1 record skipped/]], posts: GOOD, count: 2 },
  'tweets-without-prefix': { warnings: [], posts: GOOD, count: 2 },
  'tweets-with-other-prefix': { warnings: [], posts: GOOD, count: 2 },
  'ids-above-2^53': { warnings: [[PART1, /^1 of 2 records skipped/]], posts: [...GOOD, '18446744073709551615'], count: 3 },

  'invalid-utf8': { warnings: [[PART1, /is not valid UTF-8 text: the bytes that are not were replaced by "\uFFFD"/]], posts: [...ALL, 'Broken bytes: \uFFFD'], count: 3 },
  'lone-surrogates': {
    warnings: [[PART1, /whole record was recovered and read/]],
    posts: [...ALL, 'Lone halves: \ud83d here'],
    count: 4,
  },
  'unparseable-dates': { warnings: [[PART1, /^4 of 5 records skipped for lacking an id, a creation time or text/]], posts: ALL, count: 3 },
  'duplicate-posts-across-parts': { warnings: [], posts: ALL, count: 3 },
  'ragged-csv': {
    warnings: [['tweets.csv', /^3 of 6 records skipped for lacking a tweet_id, a timestamp or text; the rest were read$/]],
    posts: ['1100000000000000050', '1100000000000000051', '1100000000000000055'],
    count: 3,
  },
  'very-long-line': { warnings: [['data/tweets.js', /^post 1100000000000000060 is [\d,]+ characters long; the rules read only its first 1,000,000 \(the whole text is in the report\)$/]], posts: [...GOOD, '1100000000000000060'], count: 3 },
  'file-over-size-limit': { warnings: [[PART1, /file is [\d.]+ [KM]iB, larger than the 64 KiB hindsight reads from one file, so it was not read/]], posts: GOOD, count: 2 },

  'linkedin-ragged-csv': {
    warnings: [
      ['Comments.csv', /cannot read this CSV \(Quote Not Closed.*\); the file may be cut short or edited, so download the export again$/],
      ['Shares.csv', /1 row without a readable Date \(first: "not a date"\) skipped; the rest of the file was read/],
    ],
    posts: ['A good LinkedIn share', 'Too many cells'],
  },
  'tiktok-truncated-json': { error: /tiktok-truncated: no readable TikTok data download found \(user_data_tiktok\.json: not valid JSON/, warnings: [['user_data_tiktok.json', /not valid JSON/]] },
  'tiktok-wrong-types': { warnings: [['user_data_tiktok.json', /1 item without a readable Date skipped/]], posts: ['A TikTok comment kept'], count: 1 },
  'reddit-broken-csv': {
    warnings: [
      ['comments.csv', /cannot read this CSV \(Quote Not Closed/],
      ['posts.csv', /1 row without a readable date skipped/],
    ],
    posts: ['A good Reddit post'],
    count: 1,
  },
  'youtube-broken-csv': { warnings: [['Takeout/YouTube and YouTube Music/comments/comments.csv', /2 entries without a readable date or text skipped/]], posts: ['A good YouTube comment'], count: 1 },
};

/** Whether a post matches one of Expectation.posts: its id, or a fragment of its text. */
export function matchesPost(post: { id: string; text: string }, wanted: string): boolean {
  return post.id === wanted || post.text.includes(wanted);
}

/** Checks one input's outcome against its expectation. */
export function check(c: HostileCase, audit: { input: ReportInput; posts: ReportPost[] }, want: Expectation): void {
  const { input, posts } = audit;
  const label = c.kind;
  if (want.error) {
    expect(input.error, label).toMatch(want.error);
    expect(input.error!.startsWith(c.input), `${label}: the error names the input`).toBe(true);
    expect(input.error, label).not.toMatch(/[\n\r]/);
    expect(posts, label).toEqual([]);
  } else {
    expect(input.error, label).toBeNull();
  }
  if (want.warnings) {
    for (const [file, message] of want.warnings) {
      const found = input.warnings.find((w) => w.file === file && message.test(w.message));
      expect(found, `${label}: a warning on ${String(file)} matching ${message} in ${JSON.stringify(input.warnings)}`).toBeDefined();
    }
    if (!want.moreWarnings) expect(input.warnings, label).toHaveLength(want.warnings.length);
  }
  for (const w of input.warnings) {
    expect(`${w.file ?? ''}${w.message}`, label).not.toMatch(/[\n\r\u202e]/);
  }
  for (const wanted of want.posts ?? []) {
    expect(posts.some((p) => matchesPost(p, wanted)), `${label}: post ${JSON.stringify(wanted)} is audited`).toBe(true);
  }
  for (const text of want.absent ?? []) {
    expect(posts.some((p) => p.text.includes(text)), `${label}: nothing reads "${text}"`).toBe(false);
  }
  if (want.count !== undefined) expect(posts, label).toHaveLength(want.count);
  expect(new Set(posts.map((p) => p.id)).size, `${label}: no post twice`).toBe(posts.length);
  for (const post of posts) ReportPostSchema.parse(post);
}

