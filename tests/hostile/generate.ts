/**
 * Hostile and broken inputs, written on demand into a temporary folder: no binary is checked in.
 * `generateHostile(dir)` writes one input per kind of bad input and returns them; each kind is a
 * small X (or LinkedIn, TikTok, Reddit, YouTube) export broken in one way, most of them with good
 * posts left beside the damage so a test can check that the rest is still audited.
 *
 * Zips are written by hand (`writeZip`) where the damage is in the headers themselves (encryption
 * bits, sizes that lie, names that climb out with ".."), since a zip library refuses to write those.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { dirname, join } from 'node:path';

// ---------------------------------------------------------------------------------------------
// Zip bytes

export interface RawZipEntry {
  name: string | Buffer;
  data?: Buffer | string;
  /** 0 stored, 8 deflate (default), or any other number to claim a method. */
  method?: number;
  /** General-purpose flags ORed in (1 = encrypted). */
  flags?: number;
  /** Sizes written in the headers instead of the real ones. */
  claimedSize?: number;
  claimedCompressedSize?: number;
  /** Bytes written as the entry's compressed data instead of compressing `data`. */
  payload?: Buffer;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip file's bytes, exactly as the entries describe them (lies included). */
export function writeZip(entries: RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.isBuffer(e.name) ? e.name : Buffer.from(e.name, 'utf8');
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data ?? '', 'utf8');
    const method = e.method ?? 8;
    const payload = e.payload ?? (method === 8 ? deflateRawSync(data, { level: 9 }) : data);
    const utf8 = Buffer.isBuffer(e.name) ? 0 : /[^\x20-\x7e]/.test(e.name) ? 0x800 : 0;
    const flags = utf8 | (e.flags ?? 0);
    const crc = crc32(data);
    const usize = e.claimedSize ?? data.length;
    const csize = e.claimedCompressedSize ?? payload.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE((40 << 9) | (1 << 5) | 1, 12); // 2020-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(csize >>> 0, 18);
    local.writeUInt32LE(usize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE((40 << 9) | (1 << 5) | 1, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(csize >>> 0, 20);
    central.writeUInt32LE(usize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, payload);
    centrals.push(central, name);
    offset += local.length + name.length + payload.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** Where the central directory starts in a zip written by writeZip (read from its end record). */
export function centralDirectoryOffset(zip: Buffer): number {
  return zip.readUInt32LE(zip.length - 22 + 16);
}

// ---------------------------------------------------------------------------------------------
// X archive content

export interface TweetSpec {
  id: string;
  text: string;
  /** ctime form, as X writes it. */
  at?: string;
  /** Extra or replacement fields, written as given (wrong types included). */
  fields?: Record<string, unknown>;
}

export const ACCOUNT = { handle: 'hostile_case', id: '4242424242' };

/** The posts every X case keeps intact beside its damage: each must be in the report. */
export const GOOD_TWEETS: readonly TweetSpec[] = [
  { id: '1100000000000000001', text: 'Lovely run along the river this morning', at: 'Mon Mar 02 08:00:00 +0000 2020' },
  { id: '1100000000000000002', text: 'Conference notes on graded exercise are up', at: 'Tue Mar 03 09:30:00 +0000 2020' },
];
/** A post in tweets-part1.js, in cases whose damage is elsewhere. */
export const PART1_TWEET: TweetSpec = { id: '1100000000000000003', text: 'Second part of the archive, still readable', at: 'Wed Mar 04 10:00:00 +0000 2020' };

export function tweetRecord(t: TweetSpec): Record<string, unknown> {
  return {
    tweet: {
      id_str: t.id,
      id: t.id,
      created_at: t.at ?? 'Thu Mar 05 12:00:00 +0000 2020',
      full_text: t.text,
      lang: 'en',
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
      ...t.fields,
    },
  };
}

export function ytd(name: string, part: number, records: unknown[]): string {
  return `window.YTD.${name}.part${part} = ${JSON.stringify(records, null, 2)}`;
}

export function tweetsFile(part: number, tweets: readonly TweetSpec[]): string {
  return ytd('tweets', part, tweets.map(tweetRecord));
}

export function accountFile(): string {
  return ytd('account', 0, [{ account: { username: ACCOUNT.handle, accountId: ACCOUNT.id, accountDisplayName: 'Hostile Case' } }]);
}

export function manifestFile(tweetFiles: string[]): string {
  const manifest = {
    userInfo: { accountId: ACCOUNT.id, userName: ACCOUNT.handle, displayName: 'Hostile Case' },
    archiveInfo: { sizeBytes: '1000', generationDate: '2024-05-01T10:00:00.000Z', isPartialArchive: false },
    dataTypes: {
      account: { files: [{ fileName: 'data/account.js', globalName: 'YTD.account.part0', count: '1' }] },
      tweets: { files: tweetFiles.map((f, i) => ({ fileName: `data/${f}`, globalName: `YTD.tweets.part${i}`, count: '1' })) },
    },
  };
  return `window.__THAR_CONFIG = ${JSON.stringify(manifest, null, 2)}`;
}

/** A good current-era archive's files (path → content), with tweets-part1.js beside tweets.js. */
export function goodArchive(extra: Record<string, string | Buffer> = {}, parts: string[] = ['tweets.js', 'tweets-part1.js']): Record<string, string | Buffer> {
  return {
    'data/manifest.js': manifestFile(parts),
    'data/account.js': accountFile(),
    'data/tweets.js': tweetsFile(0, GOOD_TWEETS),
    ...(parts.includes('tweets-part1.js') ? { 'data/tweets-part1.js': tweetsFile(1, [PART1_TWEET]) } : {}),
    ...extra,
  };
}

export async function writeFolder(root: string, files: Record<string, string | Buffer>): Promise<string> {
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  await mkdir(root, { recursive: true });
  return root;
}

function zipOf(files: Record<string, string | Buffer>, override: Record<string, Partial<RawZipEntry>> = {}): Buffer {
  return writeZip(Object.entries(files).map(([name, data]) => ({ name, data, ...override[name] })));
}

/** A deterministic stream of pseudo-random bytes (xorshift), so "random" inputs are the same each run. */
export function pseudoRandomBytes(length: number, seed = 0x2545f491): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The cases

export interface HostileCase {
  /** The kind of bad input, e.g. "truncated-zip". */
  kind: string;
  /** What was done to it, for the test's name. */
  description: string;
  /** The path to give hindsight. */
  input: string;
  /** Set for the case that needs a lower file-size limit to take the refusal path quickly. */
  env?: Record<string, string>;
}

export interface GenerateOptions {
  /** Length of the single very long line (bytes); 64 MiB by default. A 1 GB line takes the same path, refused by size. */
  longLineBytes?: number;
}

/**
 * Writes every hostile input under `dir` and lists them. A FIFO is made with `mkfifo` where the
 * system has it; symbolic links need a file system that has them (every Unix does).
 */
export async function generateHostile(dir: string, options: GenerateOptions = {}): Promise<HostileCase[]> {
  await mkdir(dir, { recursive: true });
  const cases: HostileCase[] = [];
  const add = (kind: string, description: string, input: string, env?: Record<string, string>): void => {
    cases.push({ kind, description, input, ...(env ? { env } : {}) });
  };
  const at = (name: string): string => join(dir, name);
  const good = zipOf(goodArchive());

  // --- Not an export at all -------------------------------------------------------------------
  await writeFile(at('empty.zip'), '');
  add('empty-file', 'a 0-byte file', at('empty.zip'));

  await writeFile(at('notes.txt'), 'These are my notes about the audit, not an export.\n');
  add('not-an-archive', 'a text file that is not an export', at('notes.txt'));

  await writeFile(at('random.bin'), pseudoRandomBytes(64 * 1024));
  add('random-bytes', '64 KiB of random bytes', at('random.bin'));

  await writeFile(at('fake.zip'), Buffer.concat([Buffer.from('PK\u0003\u0004'), pseudoRandomBytes(4096, 7)]));
  add('zip-signature-only', 'a zip signature followed by noise', at('fake.zip'));

  await mkdir(at('empty-folder'));
  add('empty-folder', 'an empty folder', at('empty-folder'));

  await writeFolder(at('unrecognised'), {
    'notes.txt': 'nothing here',
    'photos/holiday.jpg': pseudoRandomBytes(2048, 3),
    'data/settings.json': '{"theme": "dark"}',
  });
  add('no-recognisable-export', 'a folder with no export in it', at('unrecognised'));

  await writeFolder(at('snapchat'), {
    'index.html': '<html><body>My Data</body></html>',
    'json/account.json': '{"Basic Information": {"Username": "someone"}}',
    'json/chat_history.json': '{"Received Saved Chat History": []}',
    'json/snap_history.json': '{"Received Snap History": []}',
    'json/memories_history.json': '{"Saved Media": []}',
  });
  add('unsupported-platform', 'a Snapchat "My Data" folder', at('snapchat'));

  if (hasMkfifo()) {
    execFileSync('mkfifo', [at('pipe')]);
    add('named-pipe', 'a named pipe (FIFO) given as the input', at('pipe'));
  }

  // --- Broken zips ------------------------------------------------------------------------------
  await writeFile(at('truncated.zip'), good.subarray(0, Math.floor(good.length * 0.6)));
  add('truncated-zip', 'a good X zip cut at 60%', at('truncated.zip'));

  {
    const broken = Buffer.from(good);
    const cd = centralDirectoryOffset(broken);
    broken.write('XXXX', cd, 'latin1'); // the first central directory header's signature
    await writeFile(at('corrupt-cd.zip'), broken);
    add('corrupt-central-directory', "the central directory's first header overwritten", at('corrupt-cd.zip'));
  }
  {
    const broken = Buffer.from(good);
    broken.writeUInt32LE(broken.length + 1000, broken.length - 22 + 16); // central directory offset past the end
    await writeFile(at('eocd-lies.zip'), broken);
    add('end-record-lies', 'the end record points past the end of the file', at('eocd-lies.zip'));
  }
  {
    // The third central header (tweets.js's part1 neighbour) is damaged: the files before it are listed.
    const files = goodArchive();
    const names = Object.keys(files);
    const zip = zipOf(files);
    let p = centralDirectoryOffset(zip);
    for (let i = 0; i < names.length - 1; i++) p += 46 + zip.readUInt16LE(p + 28);
    zip.write('XXXX', p, 'latin1');
    await writeFile(at('cd-broken-late.zip'), zip);
    add('central-directory-broken-late', 'the last central directory header overwritten; the others are fine', at('cd-broken-late.zip'));
  }

  await writeFile(at('encrypted.zip'), zipOf(goodArchive(), Object.fromEntries(Object.keys(goodArchive()).map((n) => [n, { flags: 1, method: 0 }]))));
  add('encrypted-zip', 'every entry with the encryption bit set', at('encrypted.zip'));

  await writeFile(at('encrypted-entry.zip'), zipOf(goodArchive(), { 'data/tweets-part1.js': { flags: 1, method: 0 } }));
  add('encrypted-entry', 'one entry (tweets-part1.js) encrypted, the rest not', at('encrypted-entry.zip'));

  await writeFile(at('bomb-claimed.zip'), zipOf(goodArchive(), { 'data/tweets-part1.js': { claimedSize: 0xfffffff0 } }));
  add('zip-bomb-claimed-size', 'tweets-part1.js claims to be 4 GiB', at('bomb-claimed.zip'));

  {
    const bomb = Buffer.concat([Buffer.from('window.YTD.tweets.part1 = ['), Buffer.alloc(24 * 1024 * 1024, 0x20), Buffer.from(']')]);
    await writeFile(at('bomb-ratio.zip'), zipOf(goodArchive({ 'data/tweets-part1.js': bomb })));
    add('zip-bomb-ratio', 'tweets-part1.js really inflates 24 MiB from 24 KiB (ratio > 1000)', at('bomb-ratio.zip'));
  }
  {
    // The header says 200 bytes; the data inflates to 32 MiB. It must never be inflated past 200.
    const big = Buffer.concat([Buffer.from('window.YTD.tweets.part1 = ['), Buffer.alloc(32 * 1024 * 1024, 0x20), Buffer.from(']')]);
    await writeFile(at('bomb-lying.zip'), zipOf(goodArchive({ 'data/tweets-part1.js': big }), { 'data/tweets-part1.js': { claimedSize: 200 } }));
    add('zip-bomb-lying-size', 'tweets-part1.js claims 200 bytes but inflates to 32 MiB', at('bomb-lying.zip'));
  }

  await writeFile(
    at('traversal.zip'),
    writeZip([
      ...Object.entries(goodArchive()).map(([name, data]) => ({ name, data })),
      { name: '../../escape.js', data: tweetsFile(2, [{ id: '1100000000000000666', text: 'ESCAPED OUTSIDE' }]) },
      { name: '/etc/hindsight-absolute.js', data: 'absolute' },
      { name: 'data/../../../up-and-out.js', data: 'up' },
      { name: 'C:/Windows/evil.js', data: 'drive' },
      { name: '..\\..\\windows-style.js', data: 'backslashes' },
      { name: '../evil\nsecond line\u202e.js', data: 'newline and bidi control in the name' },
    ]),
  );
  add('zip-path-traversal', 'entries named ../, /absolute, C:/ and ..\\ beside a good archive', at('traversal.zip'));

  await writeFile(
    at('duplicate-entries.zip'),
    writeZip([
      ...Object.entries(goodArchive()).map(([name, data]) => ({ name, data })),
      { name: 'data/tweets.js', data: tweetsFile(0, [{ id: '1100000000000000777', text: 'SECOND COPY OF TWEETS' }]) },
    ]),
  );
  add('zip-duplicate-entries', 'data/tweets.js twice in one zip', at('duplicate-entries.zip'));

  await writeFile(at('bzip2.zip'), zipOf(goodArchive(), { 'data/tweets-part1.js': { method: 12, payload: Buffer.from('BZh91AY&SY') } }));
  add('zip-unsupported-method', 'tweets-part1.js claims bzip2 compression', at('bzip2.zip'));

  {
    const part1 = Buffer.from(tweetsFile(1, [PART1_TWEET]));
    const garbled = deflateRawSync(part1);
    for (let i = 2; i < garbled.length; i += 3) garbled[i] = garbled[i]! ^ 0xa5;
    await writeFile(at('corrupt-data.zip'), zipOf(goodArchive(), { 'data/tweets-part1.js': { payload: garbled } }));
    add('zip-corrupt-data', "tweets-part1.js's compressed bytes garbled", at('corrupt-data.zip'));
  }
  {
    const parts = at('parts');
    await mkdir(parts);
    await writeFile(join(parts, 'twitter-part-1.zip'), zipOf({ 'data/manifest.js': manifestFile(['tweets.js']), 'data/account.js': accountFile(), 'data/tweets.js': tweetsFile(0, GOOD_TWEETS) }));
    await writeFile(join(parts, 'twitter-part-2.zip'), zipOf({ 'data/tweets-part1.js': tweetsFile(1, [PART1_TWEET]) }).subarray(0, 40));
    add('broken-part', 'a folder of two zip parts, the second truncated', parts);
  }

  // --- Folders with links -----------------------------------------------------------------------
  {
    const outside = await writeFolder(at('outside'), { 'secret.js': tweetsFile(1, [{ id: '1100000000000000999', text: 'SECRET FROM OUTSIDE THE EXPORT' }]) });
    const folder = await writeFolder(at('symlink-out'), goodArchive({}, ['tweets.js']));
    await symlink(join(outside, 'secret.js'), join(folder, 'data', 'tweets-part1.js'));
    await symlink(outside, join(folder, 'data', 'more'));
    add('symlink-outside', 'tweets-part1.js and a folder linked to files outside the export', folder);
  }
  {
    const folder = await writeFolder(at('symlink-loop'), goodArchive());
    await symlink('..', join(folder, 'data', 'loop')); // back to the export's root
    await symlink('self', join(folder, 'data', 'self')); // a link to itself
    await mkdir(join(folder, 'a'));
    await symlink(join(folder, 'b', 'x'), join(folder, 'a', 'x'));
    await mkdir(join(folder, 'b'));
    await symlink(join(folder, 'a', 'x'), join(folder, 'b', 'x')); // a ↔ b
    add('symlink-loop', 'links that loop: to the parent, to itself, and two to each other', folder);
  }

  // --- Known layout, missing or renamed files --------------------------------------------------
  await writeFolder(at('missing-tweets'), { 'data/manifest.js': manifestFile(['tweets.js']), 'data/account.js': accountFile(), 'data/like.js': ytd('like', 0, []) });
  add('missing-tweets-file', 'an X archive without data/tweets.js', at('missing-tweets'));

  await writeFolder(at('renamed-tweets'), { 'data/manifest.js': manifestFile(['tweets.js']), 'data/account.js': accountFile(), 'data/tweets (1).js': tweetsFile(0, GOOD_TWEETS) });
  add('renamed-tweets-file', 'tweets.js saved as "tweets (1).js"', at('renamed-tweets'));

  await writeFolder(at('manifest-missing-part'), goodArchive({}, ['tweets.js', 'tweets-part1.js', 'tweets-part2.js']));
  add('manifest-lists-missing-part', 'manifest.js lists tweets-part2.js, which is absent', at('manifest-missing-part'));

  await writeFolder(at('zero-part'), goodArchive({ 'data/tweets-part1.js': '' }));
  add('zero-byte-part', 'tweets-part1.js is 0 bytes', at('zero-part'));

  // --- Bad JSON -------------------------------------------------------------------------------
  await writeFolder(at('malformed-json'), goodArchive({ 'data/tweets-part1.js': 'window.YTD.tweets.part1 = [ { "tweet" : { "id_str" : "1", } ]' }));
  add('malformed-json', 'tweets-part1.js is not valid JSON', at('malformed-json'));

  {
    const whole = tweetsFile(0, [...GOOD_TWEETS, { id: '1100000000000000004', text: 'This record is cut in half by the truncation' }]);
    await writeFolder(at('truncated-json'), { 'data/account.js': accountFile(), 'data/tweets.js': whole.slice(0, whole.lastIndexOf('cut in half')) });
    add('truncated-json', 'the only tweets.js cut off in the middle of its last record', at('truncated-json'));
  }

  await writeFolder(at('not-a-list'), goodArchive({ 'data/tweets-part1.js': 'window.YTD.tweets.part1 = { "tweet" : "not a list" }' }));
  add('json-not-a-list', 'tweets-part1.js holds an object, not a list', at('not-a-list'));

  await writeFolder(at('wrong-types'), goodArchive({
    'data/tweets-part1.js': ytd('tweets', 1, [
      tweetRecord({ id: '1100000000000000010', text: 'x', fields: { full_text: 12345 } }),
      tweetRecord({ id: '1100000000000000011', text: 'Entities given as a string', fields: { entities: 'not an object' } }),
      tweetRecord({ id: '1100000000000000012', text: 'x', fields: { created_at: 1583150400 } }),
      tweetRecord({ id: '1100000000000000013', text: 'Media given as an object', fields: { extended_entities: { media: { type: 'photo' } }, entities: { user_mentions: [1, null, 'x'], hashtags: 'tag', urls: [{ url: 5, expanded_url: [] }] } } }),
      tweetRecord({ id: '1100000000000000014', text: 'Edit info given as a string', fields: { edit_info: 'edited', in_reply_to_status_id_str: 42 } }),
      { tweet: null },
      { tweet: ['an', 'array'] },
      null,
      'a string record',
      12,
      { tweet: { id_str: { nested: true }, created_at: 'Mon Mar 02 08:00:00 +0000 2020', full_text: 'id is an object' } },
    ]),
  }));
  add('wrong-types', 'records whose fields have the wrong JSON types (full_text a number, entities a string, ...)', at('wrong-types'));

  await writeFolder(at('proto-keys'), goodArchive({
    'data/tweets-part1.js': 'window.YTD.tweets.part1 = [ { "__proto__" : { "polluted" : true }, "tweet" : { "id_str" : "1100000000000000020", "created_at" : "Mon Mar 02 08:00:00 +0000 2020", "full_text" : "Prototype keys in the record", "constructor" : { "prototype" : { "polluted" : true } }, "entities" : { "__proto__" : [] } } } ]',
  }));
  add('prototype-keys', 'records with __proto__ and constructor keys', at('proto-keys'));

  await writeFolder(at('deep-nesting'), goodArchive({ 'data/tweets-part1.js': `window.YTD.tweets.part1 = [ ${'['.repeat(200_000)}${']'.repeat(200_000)} ]` }));
  add('deeply-nested-json', 'tweets-part1.js nested 200,000 lists deep', at('deep-nesting'));

  await writeFolder(at('no-prefix'), { 'data/account.js': accountFile(), 'data/tweets.js': JSON.stringify(GOOD_TWEETS.map(tweetRecord), null, 2) });
  add('tweets-without-prefix', 'tweets.js as bare JSON, its "window.YTD..." prefix removed', at('no-prefix'));

  await writeFolder(at('other-prefix'), {
    'data/account.js': accountFile(),
    'data/tweets.js': `window["YTD"]["tweets"]["part0"] = ${JSON.stringify(GOOD_TWEETS.map(tweetRecord))};\n`,
  });
  add('tweets-with-other-prefix', 'tweets.js with window["YTD"][...] = as its prefix', at('other-prefix'));

  await writeFolder(at('big-ids'), goodArchive({
    'data/tweets-part1.js':
      'window.YTD.tweets.part1 = [ { "tweet" : { "id_str" : "18446744073709551615", "id" : 18446744073709551615, "created_at" : "Mon Mar 02 08:00:00 +0000 2020", "full_text" : "An id of 2^64 - 1", "in_reply_to_status_id_str" : "9223372036854775807" } }, ' +
      '{ "tweet" : { "id" : 9007199254740993, "created_at" : "Mon Mar 02 08:00:00 +0000 2020", "full_text" : "A bare numeric id above 2^53 and no id_str" } } ]',
  }));
  add('ids-above-2^53', 'ids of 2^64 - 1 (as a string) and 2^53 + 1 (only as a bare number)', at('big-ids'));

  // --- Bad text -------------------------------------------------------------------------------
  {
    const before = Buffer.from(tweetsFile(1, [{ ...PART1_TWEET, text: 'Broken bytes: <<>> end' }]));
    const mark = before.indexOf('<<>>');
    const invalid = Buffer.concat([before.subarray(0, mark), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80]), before.subarray(mark + 4)]);
    await writeFolder(at('invalid-utf8'), goodArchive({ 'data/tweets-part1.js': invalid }));
    add('invalid-utf8', 'tweets-part1.js with bytes that are not UTF-8 (lone continuation, 0xFF, overlong, surrogate)', at('invalid-utf8'));
  }
  {
    const utf16 = Buffer.from(tweetsFile(1, [{ ...PART1_TWEET, text: 'UTF-16 with a lone surrogate' }]), 'utf16le');
    const surrogate = Buffer.from([0x00, 0xd8]); // U+D800 alone, little-endian
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16, surrogate, Buffer.from([0x41])]); // and an odd trailing byte
    await writeFolder(at('lone-surrogates'), goodArchive({
      'data/tweets.js': ytd('tweets', 0, [...GOOD_TWEETS.map(tweetRecord), tweetRecord({ id: '1100000000000000030', text: 'Lone halves: \ud83d here, \udc00 there, reversed \udc00\ud83d' })]),
      'data/tweets-part1.js': odd,
    }));
    add('lone-surrogates', 'JSON text with lone UTF-16 surrogates, and a UTF-16 file ending in half a character', at('lone-surrogates'));
  }

  await writeFolder(at('bad-dates'), goodArchive({
    'data/tweets-part1.js': tweetsFile(1, [
      PART1_TWEET,
      { id: '1100000000000000040', text: 'Dated yesterday', at: 'yesterday' },
      { id: '1100000000000000041', text: 'Dated February 30th', at: 'Sun Feb 30 10:00:00 +0000 2020' },
      { id: '1100000000000000042', text: 'Dated hour 25', at: 'Mon Mar 02 25:00:00 +0000 2020' },
      { id: '1100000000000000043', text: 'Dated nothing', at: '' },
    ]),
  }));
  add('unparseable-dates', 'tweets dated "yesterday", 30 February, hour 25 and ""', at('bad-dates'));

  await writeFolder(at('duplicates'), goodArchive({ 'data/tweets-part1.js': tweetsFile(1, [PART1_TWEET, ...GOOD_TWEETS]) }));
  add('duplicate-posts-across-parts', 'the same tweets in tweets.js and tweets-part1.js', at('duplicates'));

  {
    const header = '"tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text","retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp","expanded_urls"';
    const rows = [
      '"1100000000000000050","","","2015-06-01 10:00:00 +0000","web","A complete legacy row","","","",""',
      '"1100000000000000051","","","2015-06-02 10:00:00 +0000","web","A row with extra cells","","","","","extra","more"',
      '"1100000000000000052","","","2015-06-03 10:00:00 +0000"',
      '"1100000000000000053","","","not a date","web","A row with a bad date","","","",""',
      '"1100000000000000054","","","2015-06-05 10:00:00 +0000","web","An unbalanced "quote inside","","","",""',
      '"1100000000000000055","","","2015-06-06 10:00:00 +0000","web","The last good row","","","",""',
    ];
    await writeFolder(at('ragged-csv'), { 'tweets.csv': `${header}\n${rows.join('\n')}\n` });
    add('ragged-csv', 'a legacy tweets.csv with rows too long, too short, a bad date and a stray quote', join(at('ragged-csv'), 'tweets.csv'));
  }

  {
    const bytes = options.longLineBytes ?? 64 * 1024 * 1024;
    const filler = 'word '.repeat(Math.ceil(bytes / 5)).slice(0, bytes);
    // Everything on one line, as a minified export would be: the good tweets and one enormous one.
    const records = [...GOOD_TWEETS.map(tweetRecord), tweetRecord({ id: '1100000000000000060', text: `Start of a very long post ${filler}` })];
    await writeFolder(at('long-line'), { 'data/account.js': accountFile(), 'data/tweets.js': `window.YTD.tweets.part0 = ${JSON.stringify(records)}` });
    add('very-long-line', `tweets.js as one line of ${Math.round(bytes / 1024 ** 2)} MiB, one post holding nearly all of it`, at('long-line'));
  }
  {
    const part1 = tweetsFile(1, [PART1_TWEET, ...Array.from({ length: 3000 }, (_, i) => ({ id: `12000000000000${String(i).padStart(5, '0')}`, text: `Filler post number ${i} to make the file larger than the limit` }))]);
    await writeFolder(at('over-limit'), goodArchive({ 'data/tweets-part1.js': part1 }));
    add('file-over-size-limit', 'tweets-part1.js larger than the size limit (lowered to 64 KiB for the test; 1 GB takes the same path)', at('over-limit'), { HINDSIGHT_MAX_FILE_BYTES: String(64 * 1024) });
  }

  // --- Other platforms' files, broken ----------------------------------------------------------
  await writeFolder(at('linkedin-ragged'), {
    'Shares.csv': 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2021-06-23 14:14:05,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1/,"A good LinkedIn share",,,MEMBER_NETWORK\n2021-06-24 14:14:05,,"Too many cells",,,PUBLIC,extra,extra\nnot a date,,"Bad date",,,PUBLIC\n2021-06-25\n',
    'Comments.csv': 'Date,Link,Message\n2021-06-26 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:2/,"Unclosed quote\n',
  });
  add('linkedin-ragged-csv', 'LinkedIn Shares.csv with ragged rows and a bad date, Comments.csv with an unclosed quote', at('linkedin-ragged'));

  await writeFolder(at('tiktok-truncated'), {
    'user_data_tiktok.json': '{"Profile": {"Profile Info": {"ProfileMap": {"userName": "hostile"}}}, "Comment": {"Comments": {"CommentsList": [{"date": "2023-01-01 10:00:00", "comment": "A TikTok comment"}, {"date": "2023-01-0',
  });
  add('tiktok-truncated-json', 'a TikTok user_data_tiktok.json cut off mid-file', at('tiktok-truncated'));

  await writeFolder(at('tiktok-wrong-types'), {
    'user_data_tiktok.json': JSON.stringify({
      Profile: { 'Profile Info': { ProfileMap: { userName: ['not', 'a', 'string'] } } },
      Comment: { Comments: { CommentsList: [{ date: '2023-01-01 10:00:00', comment: 'A TikTok comment kept' }, { date: 5, comment: { text: 'object' } }, null, 'string', { Date: 'yesterday', Comment: 'Bad date' }] } },
      Post: { Posts: { VideoList: { not: 'a list' } } },
      'Direct Message': { 'Direct Messages': { ChatHistory: ['not', 'an', 'object'] } },
    }),
  });
  add('tiktok-wrong-types', 'a TikTok JSON whose sections have the wrong types', at('tiktok-wrong-types'));

  await writeFolder(at('reddit-broken'), {
    'posts.csv': 'id,permalink,date,ip,subreddit,gildings,title,url,body\nabc1,/r/physio/comments/abc1/x/,2022-01-01 10:00:00 UTC,0.0.0.0,physio,0,A good Reddit post,,Body text\nabc2,,yesterday,,physio,0,Bad date,,\n',
    'comments.csv': 'id,permalink,date,ip,subreddit,gildings,link,parent,body,media\ncde1,,2022-01-02 10:00:00 UTC,,physio,0,,,"never closed\n',
  });
  add('reddit-broken-csv', 'Reddit posts.csv with a bad date, comments.csv with an unclosed quote', at('reddit-broken'));

  await writeFolder(at('youtube-broken'), {
    'Takeout/YouTube and YouTube Music/comments/comments.csv':
      'Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text\n' +
      'Ugx1,UC1,2023-03-01T10:00:00+00:00,0,,vid1,"{""takeoutSegments"":[{""text"":""A good YouTube comment""}]}"\n' +
      'Ugx2,UC1,2023-03-02T10:00:00+00:00,0,,vid1,"{""takeoutSegments"":[{""text"":""cut"\n' +
      'Ugx3,UC1,not a date,0,,vid1,"{""takeoutSegments"":[]}"\n',
  });
  add('youtube-broken-csv', 'a Takeout comments.csv with a cut JSON text cell and a bad date', at('youtube-broken'));

  return cases;
}

function hasMkfifo(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Larger and special-purpose archives

/** An X archive folder with `count` ordinary tweets (about 300 bytes each in tweets.js), for interrupting a run. */
export async function generateLargeX(dir: string, count: number): Promise<string> {
  const words = ['clinic', 'patient', 'exercise', 'knee', 'shoulder', 'run', 'team', 'coffee', 'lecture', 'placement', 'rehab', 'great', 'tired', 'happy'];
  const tweets: TweetSpec[] = [];
  for (let i = 0; i < count; i++) {
    const text = Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ') + ` #${i}`;
    const day = new Date(Date.UTC(2012, 0, 1) + i * 3_600_000);
    tweets.push({ id: String(1_200_000_000_000_000_000n + BigInt(i)), text, at: ctime(day) });
  }
  return writeFolder(dir, { 'data/account.js': accountFile(), 'data/tweets.js': tweetsFile(0, tweets) });
}

/**
 * Texts that would run as code, link, load, reorder or restructure in a careless HTML, Markdown or
 * CSV report. Each ends with words the rules flag, so every one is listed (kept posts are only counted).
 */
export const HOSTILE_TEXTS: readonly string[] = [
  '<script>alert("xss")</script>',
  '<img src=x onerror="alert(1)"> and <body onload=alert(2)>',
  '<a href="javascript:alert(1)">click</a> and <svg onload=alert(1)>',
  '[click me](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and <javascript:alert(1)>',
  '![tracker](https://evil.example/pixel.png) and <iframe src="https://evil.example"></iframe>',
  'Bidi: \u202Eexe.evil\u202C and \u2066isolate\u2069 and \u200Fmark',
  '# Heading injection\n\n---\n| table | injection |\n|---|---|\n> quote\n[ref]: javascript:alert(1)',
  '```\ncode fence\n``` and `tick` and ~~strike~~ and **bold** and <!-- comment -->',
  '&lt;script&gt; double-escaped &amp;lt; and &#x3C;img&#x3E;',
  '<style>body{display:none}</style><form action="https://evil.example"><input name=x></form>',
  'javascript:alert(1) data:text/html,<b>x</b> vbscript:msgbox',
  'Null \u0000 and escape \u001b[31m red \u001b[0m and bell \u0007 and line\u2028separator',
  '=HYPERLINK("https://evil.example","click") and more',
  '+cmd|\' /C calc\'!A0 and @SUM(1+1) and -2+3',
].map((text) => `${text} my patient is an idiot`);

/** An X archive whose tweets are the hostile texts, for checking that reports render them inert. */
export async function generateHostileTextArchive(dir: string): Promise<string> {
  const tweets = HOSTILE_TEXTS.map((text, i) => ({ id: String(1_300_000_000_000_000_000n + BigInt(i)), text, at: ctime(new Date(Date.UTC(2021, 0, 1 + i, 12))) }));
  return writeFolder(dir, { 'data/account.js': accountFile(), 'data/tweets.js': tweetsFile(0, tweets) });
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** X's date form: "Fri Mar 06 13:02:05 +0000 2020". */
export function ctime(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}
