import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Post, PostSource } from '../model/post.js';
import { HindsightError, isHindsightError } from '../errors.js';
import { StableIds, isoFromIsoLike } from './util.js';
import { NoteIndex } from './x/notes.js';
import { parseXDate, readTweet, type TweetVersion, type XContext } from './x/tweet.js';
import { parseTweetsCsv, readCsvRow } from './x/legacy.js';
import { readLike } from './x/likes.js';
import { conversationMessages, readMessage } from './x/messages.js';
import { DataFileProblem, arr, idString, obj, parseAssignedArray, parseAssignedObject, salvageRecords, str, type Json } from './x/ytd.js';
import { isUtf8 } from 'node:buffer';
import { forEachRecord } from './x/records.js';
import { decodeText } from './archive/index.js';

/*
 * X (Twitter) archives of every era:
 *   current (2022 on)  data/tweets.js, tweets-partN.js, note-tweet.js, community-tweet.js, like.js, DMs
 *   2018–2022          data/tweet.js, tweet-partN.js: bare records (2018–19) or {tweet: {...}} (2020 on)
 *   Grailbird (2012–18) data/js/tweets/YYYY_MM.js monthly files and/or tweets.csv
 * deleted-tweets.js is not read: those posts are already gone from X, so there is nothing to act on.
 */

/** Tweet data files of the YTD eras: tweets.js, tweet.js and their -partN siblings. */
const YTD_TWEETS = /(^|\/)tweets?(-part\d+)?\.js$/;
const LEGACY_CSV = /(^|\/)tweets\.csv$/;
const LEGACY_MONTH = /(^|\/)data\/js\/tweets\/\d{4}_\d{2}\.js$/;
/** data/tweets_media, tweet_media (older), community_tweet_media, direct_messages_media, ... */
const MEDIA_FILE = /(^|\/)[a-z_]*_media\/([^/]+)$/;
const PART_NUMBER = /-part(\d+)\.js$/;
const NOTE_TWEETS = /^note-tweet(-part\d+)?\.js$/;
const COMMUNITY_TWEETS = /^community-tweet(-part\d+)?\.js$/;
const LIKES = /^like(-part\d+)?\.js$/;
const DIRECT_MESSAGES = /^direct-messages(-group)?(-part\d+)?\.js$/;
/** Names a renamed or re-saved tweets file might have: "tweets (1).js", "tweets.json", "tweet-part1.js.bak". */
const NEAR_MISS = /(^|\/)tweets?(?!-headers|deck)[^/]*\.(js|json)[^/]*$/i;

const LOOKS_FOR = 'data/tweets.js or tweet.js (window.YTD...), tweets.csv, or data/js/tweets/YYYY_MM.js (Grailbird)';
/** like.js has no dates; when the manifest gives no generation date either, likes carry the epoch. */
const UNKNOWN_DATE = '1970-01-01T00:00:00.000Z';

export const xImporter: Importer = {
  id: 'x',
  name: 'X (Twitter) archive',
  looksFor: LOOKS_FOR,
  detect,
  async read(archive, options) {
    try {
      return await new XArchiveReader(archive, options).read();
    } catch (err) {
      if (isHindsightError(err)) throw err;
      const detail = err instanceof Error ? err.message : String(err);
      throw new HindsightError(`could not read this X archive (${detail})`, { file: archive.input, cause: err });
    }
  },
};

/** Files only an X archive of 2018 on has: present, they make the export an X archive even if its tweets file is missing. */
const YTD_MARKERS = /(^|\/)(manifest\.js|account\.js)$/;
const YTD_MARKER_HEAD = /^(window\.__THAR_CONFIG|window\.YTD\.account\.)/;
/** A tweets file whose wrapper was removed or rewritten: bare JSON, or another assignment, holding tweet fields. */
const BARE_TWEETS_HEAD = /^(?:[\w$.[\]"' ]*=\s*)?\[\s*(?:\{\s*"(?:tweet|id_str|full_text|created_at|id)"|\]|$)/;

async function detect(archive: Archive): Promise<boolean> {
  const entries = archive.entries();
  const candidates = [
    ...entries.filter((e) => YTD_TWEETS.test(e.path) || LEGACY_CSV.test(e.path)),
    // A Grailbird archive has a file per month; a few are enough to confirm it.
    ...entries.filter((e) => LEGACY_MONTH.test(e.path)).slice(0, 3),
  ];
  for (const candidate of candidates) {
    if (candidate.size === 0) continue;
    const head = await readHead(archive, candidate.path);
    if (head.startsWith('window.YTD.') || head.startsWith('Grailbird.data.') || head.startsWith('"tweet_id"') || head.startsWith('tweet_id,')) {
      return true;
    }
    if (YTD_TWEETS.test(candidate.path) && BARE_TWEETS_HEAD.test(head)) return true;
  }
  // An archive whose tweets file is missing or renamed is still an X archive: read() says what is wrong.
  for (const marker of entries.filter((e) => YTD_MARKERS.test(e.path) && e.size > 0)) {
    if (YTD_MARKER_HEAD.test(await readHead(archive, marker.path))) return true;
  }
  return false;
}

async function readHead(archive: Archive, path: string): Promise<string> {
  try {
    return (await archive.readText(path, { maxBytes: 512 })).trimStart();
  } catch {
    return '';
  }
}

/** Where the archive's pieces are, found in one pass over its entries. */
interface Survey {
  ytdTweets: string[];
  legacyCsv: string[];
  legacyMonths: string[];
  sizes: Map<string, number>;
  mediaFiles: Map<string, string>;
}

function survey(archive: Archive): Survey {
  const found: Survey = { ytdTweets: [], legacyCsv: [], legacyMonths: [], sizes: new Map(), mediaFiles: new Map() };
  for (const { path, size } of archive.entries()) {
    const media = MEDIA_FILE.exec(path);
    if (media) {
      found.mediaFiles.set(media[2]!, path);
      continue;
    }
    found.sizes.set(path, size);
    if (YTD_TWEETS.test(path)) found.ytdTweets.push(path);
    else if (LEGACY_CSV.test(path)) found.legacyCsv.push(path);
    else if (LEGACY_MONTH.test(path)) found.legacyMonths.push(path);
  }
  found.ytdTweets.sort(byPart);
  return found;
}

/** tweets.js before tweets-part1.js before tweets-part2.js ... before tweets-part10.js. */
function byPart(a: string, b: string): number {
  const dirA = dirOf(a);
  const dirB = dirOf(b);
  if (dirA !== dirB) return dirA < dirB ? -1 : 1;
  const partA = Number(PART_NUMBER.exec(a)?.[1] ?? -1);
  const partB = Number(PART_NUMBER.exec(b)?.[1] ?? -1);
  return partA - partB || (a < b ? -1 : a > b ? 1 : 0);
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** Compares snowflake ids as numbers without leaving strings: shorter is smaller. */
function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

class XArchiveReader {
  private readonly found: Survey;
  private readonly versions = new Map<string, TweetVersion>();
  /** Tweet sources (tweets.js parts, monthly files, CSV) that could be read at all. */
  private tweetSourcesRead = 0;
  private manifest: Json | undefined;
  private accountId: string | null = null;
  private context: XContext = { handle: null, mediaFiles: new Map(), notes: null };

  constructor(
    private readonly archive: Archive,
    private readonly options: ImportOptions,
  ) {
    this.found = survey(archive);
    this.context.mediaFiles = this.found.mediaFiles;
  }

  async read(): Promise<ImportResult> {
    const { ytdTweets, legacyMonths, legacyCsv } = this.found;
    // Data files sit beside the first tweets file: "data/" normally, "" when given the data folder.
    const dataDir = ytdTweets.length > 0 ? dirOf(ytdTweets[0]!) : null;
    await this.readAccount(dataDir);

    if (dataDir !== null) {
      this.context.notes = await this.readNotes(dataDir);
      for (const path of this.tweetFiles(dataDir)) if (await this.readTweetFile(path, null)) this.tweetSourcesRead++;
      // Community posts alone do not make a readable archive: they are read, but not counted.
      for (const path of this.siblings(dataDir, COMMUNITY_TWEETS)) await this.readTweetFile(path, 'community');
    }
    await this.readLegacy(legacyMonths, legacyCsv);

    if (this.tweetSourcesRead === 0) {
      const found = ytdTweets.length + legacyMonths.length + legacyCsv.length;
      // A tweets file under another name (tweets (1).js, tweets.json): say so, the user can rename it.
      const renamed = this.archive.entries().filter((e) => NEAR_MISS.test(e.path) && !YTD_TWEETS.test(e.path)).map((e) => e.path);
      const hint = renamed.length > 0 ? `; found ${renamed.slice(0, 3).map((p) => `"${p}"`).join(', ')}: if that is the tweets file, rename it to data/tweets.js` : '; download the archive again';
      throw new HindsightError(
        found > 0
          ? `none of the ${found} X tweet file${found === 1 ? '' : 's'} could be read (see the warnings); download the archive again`
          : `this X archive has no tweets file (looked for ${LOOKS_FOR})${hint}`,
        { file: this.archive.input },
      );
    }

    const posts = collapseEdits([...this.versions.values()]);
    if (dataDir !== null) posts.push(...(await this.readLikes(dataDir)));
    let messagesScanned = false;
    if (this.options.includeMessages) {
      const messages = dataDir === null ? { posts: [], scanned: true } : await this.readMessages(dataDir);
      posts.push(...messages.posts);
      messagesScanned = messages.scanned;
    }
    posts.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : compareIds(a.id, b.id)));
    return { account: this.context.handle, posts, messagesScanned };
  }

  /** The handle and account id: account.js, else manifest.js, else Grailbird's user_details.js. */
  private async readAccount(dataDir: string | null): Promise<void> {
    let handle: string | undefined;
    let accountId: string | undefined;
    if (dataDir !== null) {
      const account = (await this.readData(`${dataDir}account.js`, { quietIfMissing: true }))?.[0];
      const details = obj(obj(account)?.account);
      handle = str(details?.username);
      accountId = idString(details?.accountId);
      this.manifest = await this.readObject(`${dataDir}manifest.js`);
      const user = obj(this.manifest?.userInfo);
      handle ??= str(user?.userName);
      accountId ??= idString(user?.accountId);
    }
    const legacy = this.found.legacyMonths[0] ?? this.found.legacyCsv[0];
    if (handle === undefined && legacy !== undefined) {
      const path = LEGACY_MONTH.test(legacy)
        ? legacy.slice(0, legacy.lastIndexOf('tweets/')) + 'user_details.js'
        : legacy.slice(0, legacy.length - 'tweets.csv'.length) + 'data/js/user_details.js';
      const details = await this.readObject(path);
      handle = str(details?.screen_name);
      accountId ??= idString(details?.id_str) ?? idString(details?.id);
    }
    this.context.handle = handle?.replace(/^@/, '') || null;
    this.accountId = accountId ?? null;
  }

  /** Tweet files: those manifest.js lists, in its order, then any others beside them. */
  private tweetFiles(dataDir: string): string[] {
    const files: string[] = [];
    const types = obj(this.manifest?.dataTypes);
    for (const type of [obj(types?.tweets), obj(types?.tweet)]) {
      for (const item of arr(type?.files)) {
        const name = str(obj(item)?.fileName);
        if (!name) continue;
        const path = dataDir + (name.startsWith('data/') ? name.slice('data/'.length) : name);
        if (this.archive.has(path)) files.push(path);
        else this.options.warn(path, 'listed in manifest.js but missing from the archive; its posts are not audited (download the archive again)');
      }
    }
    for (const path of this.found.ytdTweets) if (!files.includes(path)) files.push(path);
    return files;
  }

  /** Files in dataDir whose name matches, part files in order. */
  private siblings(dataDir: string, name: RegExp): string[] {
    return [...this.found.sizes.keys()]
      .filter((path) => path.startsWith(dataDir) && !path.includes('/', dataDir.length) && name.test(path.slice(dataDir.length)))
      .sort(byPart);
  }

  /**
   * Reads one file of tweet records; false (with a warning) when the file could not be read. Each
   * record is converted as it is parsed, so the file's records are never all in memory at once.
   */
  private async readTweetFile(path: string, audience: string | null): Promise<boolean> {
    let versions: TweetVersion[] = [];
    let skipped = 0;
    const total = await this.eachRecord(path, () => {
      versions = [];
      skipped = 0;
      return (record, index) => {
        const version = readTweet(record, this.context, this.source(path, index), audience);
        if (!version) skipped++;
        else {
          versions.push(version);
          this.options.onPost?.(version.post, this.context.handle);
        }
      };
    });
    if (total === null) return false;
    for (const version of versions) if (!this.versions.has(version.post.id)) this.versions.set(version.post.id, version);
    this.warnSkipped(path, skipped, total, 'an id, a creation time or text');
    return true;
  }

  private async readNotes(dataDir: string): Promise<NoteIndex | null> {
    const files = this.siblings(dataDir, NOTE_TWEETS);
    if (files.length === 0) return null;
    const notes = new NoteIndex();
    for (const path of files) {
      const records = await this.readData(path);
      if (!records) continue;
      let skipped = 0;
      for (const record of records) if (!notes.add(record, parseXDate)) skipped++;
      this.warnSkipped(path, skipped, records.length, 'a creation time or text');
    }
    return notes.size > 0 ? notes : null;
  }

  /**
   * Grailbird: the monthly JS files (they carry entities) are the source of truth; tweets.csv holds
   * the same tweets and is read only when no monthly file exists or some could not be read, and
   * then only for tweets not already found.
   */
  private async readLegacy(months: string[], csvFiles: string[]): Promise<void> {
    let monthsFailed = 0;
    for (const path of months) {
      if (await this.readTweetFile(path, null)) this.tweetSourcesRead++;
      else monthsFailed++;
    }
    if (months.length > 0 && monthsFailed === 0) return;
    for (const path of csvFiles) {
      const text = await this.readText(path);
      if (text === null) continue;
      let parsed;
      try {
        parsed = parseTweetsCsv(text);
      } catch (err) {
        this.options.warn(path, `could not be read: ${problemMessage(err)}`);
        continue;
      }
      this.tweetSourcesRead++;
      let skipped = parsed.unparseable;
      parsed.rows.forEach((row, index) => {
        const post = readCsvRow(row, this.context, this.source(path, index));
        if (!post) skipped++;
        else if (!this.versions.has(post.id)) this.versions.set(post.id, { post, chain: null });
      });
      this.warnSkipped(path, skipped, parsed.rows.length + parsed.unparseable, 'a tweet_id, a timestamp or text');
    }
  }

  private async readLikes(dataDir: string): Promise<Post[]> {
    const files = this.siblings(dataDir, LIKES);
    if (files.length === 0) return [];
    // like.js records no dates: every like is dated when the archive was made, the latest it can be.
    const generated = str(obj(this.manifest?.archiveInfo)?.generationDate);
    const likedAt = (generated && isoFromIsoLike(generated)) || UNKNOWN_DATE;
    const ids = new StableIds();
    const posts: Post[] = [];
    const seen = new Set<string>();
    for (const path of files) {
      const records = await this.readData(path);
      records?.forEach((record, index) => {
        const post = readLike(record, this.context, this.source(path, index), likedAt, ids);
        if (post && !seen.has(post.id)) {
          seen.add(post.id);
          posts.push(post);
          this.options.onPost?.(post, this.context.handle);
        }
      });
    }
    return posts;
  }

  private async readMessages(dataDir: string): Promise<{ posts: Post[]; scanned: boolean }> {
    const files = this.siblings(dataDir, DIRECT_MESSAGES);
    if (files.length === 0) return { posts: [], scanned: true };
    const accountId = this.accountId;
    if (accountId === null) {
      this.options.warn(files[0]!, 'direct messages not read: neither account.js nor manifest.js names the account id, so your own messages cannot be told from others\'');
      return { posts: [], scanned: false };
    }
    const posts: Post[] = [];
    for (const path of files) {
      const records = await this.readData(path);
      if (!records) continue;
      let index = 0;
      let skipped = 0;
      let total = 0;
      for (const record of records) {
        for (const event of conversationMessages(record)) {
          const result = readMessage(event, accountId, this.context, this.source(path, index++));
          if (result === 'not-mine') continue;
          total++;
          if (result === null) skipped++;
          else posts.push(result);
        }
      }
      this.warnSkipped(path, skipped, total, 'an id, a creation time or text');
    }
    return { posts, scanned: true };
  }

  private source(file: string, index: number): PostSource {
    return { input: this.options.input, file, index };
  }

  private warnSkipped(path: string, skipped: number, total: number, what: string): void {
    if (skipped === 0) return;
    this.options.warn(path, `${skipped} of ${total} record${total === 1 ? '' : 's'} skipped for lacking ${what}; the rest were read`);
  }

  /** The array in a data file, or null (with a warning) when it cannot be read. */
  private async readData(path: string, { quietIfMissing = false } = {}): Promise<unknown[] | null> {
    if (quietIfMissing && !this.archive.has(path)) return null;
    let records: unknown[] = [];
    const total = await this.eachRecord(path, () => {
      records = [];
      return (record) => void records.push(record);
    });
    return total === null ? null : records;
  }

  /**
   * Feeds every record of a data file to a consumer, record by record straight from the bytes
   * (x/records.ts) when the file is laid out as X writes it, else from the whole file parsed at
   * once (and salvaged if damaged). `start` is called before the first record, and again if the
   * reading has to start over: the consumer it returns must forget what came before. Returns the
   * number of records, or null (with a warning) when the file cannot be read.
   */
  private async eachRecord(path: string, start: () => (record: unknown, index: number) => void): Promise<number | null> {
    const bytes = await this.readBytes(path);
    if (bytes === null) return null;
    let text: string | null;
    if (isUtf8(bytes)) {
      const streamed = forEachRecord(bytes, start());
      if (streamed !== null) return streamed;
      text = decodeText(bytes);
    } else {
      // Read as text by the archive, which warns about the bytes that are not UTF-8 (or decodes UTF-16).
      text = await this.readText(path);
    }
    if (text === null) return null;
    const records = this.parseData(path, text);
    if (records === null) return null;
    records.forEach(start());
    return records.length;
  }

  /** The array in a data file's text, or null (with a warning) when it cannot be read. */
  private parseData(path: string, text: string): unknown[] | null {
    try {
      return parseAssignedArray(text);
    } catch (err) {
      // A file cut short or damaged in places still holds whole records before (and after) the damage.
      const { records, damaged } = err instanceof DataFileProblem ? salvageRecords(text) : { records: [], damaged: 0 };
      if (records.length === 0) {
        this.options.warn(path, `could not be read, the other files were: ${problemMessage(err)}`);
        return null;
      }
      const lost = damaged > 0 ? `${damaged} damaged record${damaged === 1 ? ' was' : 's were'} skipped and any cut off at the end are missing` : 'any records after the break are missing';
      this.options.warn(path, `is not valid JSON as a whole (cut short or damaged): ${records.length} whole record${records.length === 1 ? ' was' : 's were'} recovered and read, ${lost}; download the archive again to audit the rest`);
      return records;
    }
  }

  /** The object in manifest.js or user_details.js; undefined (with a warning if present but broken). */
  private async readObject(path: string): Promise<Json | undefined> {
    if (!this.archive.has(path)) return undefined;
    const text = await this.readText(path);
    if (text === null) return undefined;
    try {
      return parseAssignedObject(text);
    } catch (err) {
      this.options.warn(path, `could not be read, the other files were: ${problemMessage(err)}`);
      return undefined;
    }
  }

  private async readBytes(path: string): Promise<Buffer | null> {
    if (this.found.sizes.get(path) === 0) {
      this.options.warn(path, 'the file is empty (0 bytes), so its posts are missing; download the archive again');
      return null;
    }
    try {
      return await this.archive.readBytes(path);
    } catch (err) {
      this.options.warn(path, `could not be read, the other files were: ${problemMessage(err)}`);
      return null;
    }
  }

  private async readText(path: string): Promise<string | null> {
    if (this.found.sizes.get(path) === 0) {
      this.options.warn(path, 'the file is empty (0 bytes), so its posts are missing; download the archive again');
      return null;
    }
    try {
      return await this.archive.readText(path);
    } catch (err) {
      this.options.warn(path, `could not be read, the other files were: ${problemMessage(err)}`);
      return null;
    }
  }
}

function problemMessage(err: unknown): string {
  if (err instanceof DataFileProblem || isHindsightError(err)) return err.message;
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

/**
 * Every version of an edited tweet is its own record. The latest becomes the post (its id and
 * text); the earlier ones are listed, oldest first, so the audit sees what was once public.
 */
function collapseEdits(versions: TweetVersion[]): Post[] {
  const posts: Post[] = [];
  const chains = new Map<string, TweetVersion[]>();
  for (const version of versions) {
    if (!version.chain) {
      posts.push(version.post);
      continue;
    }
    const chain = chains.get(version.chain.initialId);
    if (chain) chain.push(version);
    else chains.set(version.chain.initialId, [version]);
  }
  for (const chain of chains.values()) {
    if (chain.length === 1) {
      posts.push(chain[0]!.post);
      continue;
    }
    // The newest version knows every id; ids missing from it sort by snowflake order (creation time).
    const order = chain.reduce<string[]>((ids, v) => (v.chain!.ids.length > ids.length ? v.chain!.ids : ids), []);
    const rank = (id: string): number => {
      const at = order.indexOf(id);
      return at < 0 ? order.length : at;
    };
    chain.sort((a, b) => rank(a.post.id) - rank(b.post.id) || compareIds(a.post.id, b.post.id));
    const latest = chain[chain.length - 1]!.post;
    posts.push({
      ...latest,
      earlierVersions: chain.slice(0, -1).map(({ post }) => ({ id: post.id, createdAt: post.createdAt, text: post.text })),
    });
  }
  return posts;
}
