import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CarBufferReader } from '@ipld/car/buffer-reader';
import { CarWriter } from '@ipld/car/writer';
import { decode } from '@ipld/dag-cbor';
import { openArchive } from '../../src/importers/archive/index.js';
import { blueskyImporter, byteSlice, richText, webUrl } from '../../src/importers/bluesky.js';
import { tidTime } from '../../src/importers/bluesky/repo.js';
import { HindsightError } from '../../src/errors.js';
import { ALEX, DID, OPENING_LINK, OPENING_TEXT, PNG, blobCid, buildRepoCar, byteRange, generate, records, tid } from '../../fixtures/bluesky/generate.js';
import { byId, detects as detectsWith, expectRegenerated, read, scratchSpace, type Run } from './helpers.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/bluesky');
const car = join(fixtures, 'repo.car');
const withBlobs = join(fixtures, 'with-blobs');
const ALEX_POST = `at://${ALEX}/app.bsky.feed.post/3kabcdefghi2a`;
const tmp = scratchSpace('bluesky');
const run = (input: string): Promise<Run> => read(blueskyImporter, input);
const detects = (input: string): Promise<boolean> => detectsWith(blueskyImporter, input);

const postId = (createdAt: string): string => `at://${DID}/app.bsky.feed.post/${tid(createdAt)}`;

describe('Bluesky detection', () => {
  it('recognises a CAR by its header: the file, a folder holding it, and a copy with no extension', async () => {
    expect(await detects(car)).toBe(true);
    expect(await detects(withBlobs)).toBe(true);
    const renamed = join(tmp.root, 'download');
    copyFileSync(car, renamed);
    expect(await detects(renamed)).toBe(true);
  });

  it('does not take a .car file that is not a CAR, nor other exports', async () => {
    expect(await detects(tmp.file('repo.car', Buffer.from('not a car file at all')))).toBe(false);
    expect(await detects(resolve(fixtures, '../mastodon/archive'))).toBe(false);
  });
});

describe('Bluesky repository', () => {
  it('walks the whole tree: every post, repost and like, nothing else', async () => {
    const { posts, account, warnings } = await run(car);
    expect(account).toBe(DID);
    expect(warnings).toEqual([]);
    const kinds: Record<string, number> = {};
    for (const post of posts) kinds[post.kind] = (kinds[post.kind] ?? 0) + 1;
    expect(kinds).toEqual({ post: 36, reply: 2, quote: 2, repost: 2, like: 1 });
    const all = await records();
    const wanted = all.filter((r) => r.collection !== 'app.bsky.graph.follow' && r.collection !== 'app.bsky.actor.profile');
    expect(posts.map((p) => p.id).sort()).toEqual(wanted.map((r) => `at://${DID}/${r.collection}/${r.rkey}`).sort());
  });

  it('exercises a real Merkle Search Tree: several layers, prefix-compressed keys', async () => {
    const { stats } = await buildRepoCar(DID, await records());
    expect(stats.layers).toBeGreaterThanOrEqual(2);
    expect(stats.nodes).toBeGreaterThan(3);
    expect(stats.compressedEntries).toBeGreaterThan(10);
  });

  it('reads links, mentions and tags from facets by UTF-8 byte offsets, with an emoji before them', async () => {
    const { posts } = await run(car);
    const post = byId(posts, postId('2024-01-02T08:00:00.000Z'));
    expect(post).toMatchObject({
      platform: 'bluesky',
      account: DID,
      kind: 'post',
      createdAt: '2024-01-02T08:00:00.000Z',
      text: OPENING_TEXT,
      url: `https://bsky.app/profile/${DID}/post/${tid('2024-01-02T08:00:00.000Z')}`,
      inReplyTo: null,
      mentions: ['alex-runs.example.com'],
      hashtags: ['physio'],
      links: [{ url: OPENING_LINK, domain: 'clinic.example' }],
      audience: 'public',
      language: 'en',
      source: { input: car, file: 'repo.car' },
    });
  });

  it('slices facet text by bytes, not UTF-16 units', () => {
    const text = '🎉 café @bob.test see example.com/x';
    const mention = byteRange(text, '@bob.test');
    // "🎉 café " is 7 UTF-16 units but 11 UTF-8 bytes.
    expect(mention.byteStart).toBe(11);
    const link = byteRange(text, 'example.com/x');
    const record = {
      facets: [
        { index: mention, features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:bob' }] },
        { index: link, features: [{ $type: 'app.bsky.richtext.facet#link' }] },
        { index: byteRange(text, 'see'), features: [{ $type: 'app.bsky.richtext.facet#tag' }] },
      ],
    };
    expect(richText(text, record)).toEqual({
      mentions: ['bob.test'],
      hashtags: ['see'],
      links: [{ url: 'example.com/x', domain: 'example.com' }],
    });
    const bytes = Buffer.from(text, 'utf8');
    expect(byteSlice(bytes, 0, 4)).toBe('🎉');
    expect(byteSlice(bytes, 5, 100)).toBeNull();
    expect(byteSlice(bytes, 3, 3)).toBeNull();
  });

  it('keeps text exactly: accents, joined emoji and line breaks; all languages listed first wins', async () => {
    const { posts } = await run(car);
    const post = byId(posts, postId('2024-01-03T07:15:30.000Z'));
    expect(post.text).toBe('Café au lait, then a 10 km run before work ☕🏃‍♀️\nSecond line: the hills were hard.');
    expect(post.language).toBe('en');
  });

  it('reads replies with the parent at-URI, including a reply to an own post', async () => {
    const { posts } = await run(car);
    expect(byId(posts, postId('2024-01-03T09:00:00.000Z'))).toMatchObject({ kind: 'reply', inReplyTo: ALEX_POST, inReplyToAccount: ALEX });
    const own = byId(posts, postId('2024-01-03T19:45:00.000Z'));
    expect(own.inReplyTo).toBe(postId('2024-01-03T07:15:30.000Z'));
    expect(posts.some((p) => p.id === own.inReplyTo)).toBe(true);
  });

  it('reads quotes (record and record-with-media embeds), images with alt text and link cards', async () => {
    const { posts } = await run(car);
    expect(byId(posts, postId('2024-01-05T12:00:00.000Z'))).toMatchObject({ kind: 'quote', sharedFrom: ALEX, media: [] });
    const withMedia = byId(posts, postId('2024-01-06T12:00:00.000Z'));
    expect(withMedia).toMatchObject({ kind: 'quote', sharedFrom: ALEX });
    expect(withMedia.media).toEqual([{ type: 'photo', path: null, altText: 'Open day poster with balloons' }]);
    expect(byId(posts, postId('2024-01-07T10:30:00.000Z')).media).toEqual([{ type: 'photo', path: null, altText: 'Rows of exercise bikes' }]);
    expect(byId(posts, postId('2024-01-08T18:00:00.000Z')).links).toEqual([{ url: 'https://guide.example/pacing', domain: 'guide.example' }]);
    expect(byId(posts, postId('2024-01-09T18:00:00.000Z')).hashtags).toEqual(['recovery']);
  });

  it('points media at blob files kept beside the CAR, named by CID', async () => {
    const { posts } = await run(withBlobs);
    const cid = (await blobCid(PNG)).toString();
    expect(byId(posts, postId('2024-01-07T10:30:00.000Z')).media[0]!.path).toBe(`blobs/${cid}.png`);
  });

  it('reads reposts and likes with the subject’s page, and the words when the subject is the person’s own post', async () => {
    const { posts } = await run(car);
    const repost = byId(posts, `at://${DID}/app.bsky.feed.repost/${tid('2024-01-04T10:00:00.000Z')}`);
    expect(repost).toMatchObject({ kind: 'repost', text: '', sharedFrom: ALEX, url: `https://bsky.app/profile/${ALEX}/post/3kabcdefghi2a` });
    const own = byId(posts, `at://${DID}/app.bsky.feed.repost/${tid('2024-01-04T11:00:00.000Z')}`);
    expect(own.text).toBe('Café au lait, then a 10 km run before work ☕🏃‍♀️\nSecond line: the hills were hard.');
    expect(byId(posts, `at://${DID}/app.bsky.feed.like/${tid('2024-01-04T12:00:00.000Z')}`)).toMatchObject({ kind: 'like', createdAt: '2024-01-04T12:00:00.000Z' });
  });

  it('reads 2023 records: entities instead of facets, and a version 2 commit', async () => {
    const { bytes } = await buildRepoCar(DID, (await records()).slice(9, 10), 2);
    const { posts } = await run(tmp.file('old.car', bytes));
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      createdAt: '2023-04-01T10:00:00.000Z',
      mentions: [ALEX],
      links: [{ url: 'https://clinic.example', domain: 'clinic.example' }],
      language: null,
    });
  });

  it('takes the time from the record key when createdAt is missing', async () => {
    const rkey = tid('2022-12-31T23:59:59.000Z');
    expect(tidTime(rkey)).toBe('2022-12-31T23:59:59.000Z');
    expect(tidTime('self')).toBeNull();
    const { bytes } = await buildRepoCar(DID, [{ collection: 'app.bsky.feed.post', rkey, value: { $type: 'app.bsky.feed.post', text: 'no date' } }]);
    const { posts } = await run(tmp.file('nodate.car', bytes));
    expect(posts[0]!.createdAt).toBe('2022-12-31T23:59:59.000Z');
  });

  it('gives web pages for posts, feeds and lists only', () => {
    expect(webUrl(`at://${ALEX}/app.bsky.feed.generator/physio`)).toBe(`https://bsky.app/profile/${ALEX}/feed/physio`);
    expect(webUrl(`at://${ALEX}/app.bsky.graph.follow/x`)).toBeNull();
    expect(webUrl(undefined)).toBeNull();
  });
});

describe('Bluesky problems', () => {
  it('warns about records missing from the file and reads the rest', async () => {
    const bytes = readFileSync(car);
    const reader = CarBufferReader.fromBytes(bytes);
    const blocks = reader.blocks();
    const { writer, out } = CarWriter.create(reader.getRoots());
    const chunks: Uint8Array[] = [];
    const collected = (async () => {
      for await (const chunk of out) chunks.push(chunk);
    })();
    // Drop one post's record block; the tree still names it.
    const isRestDay = (bytes: Uint8Array): boolean => (decode(bytes) as { text?: unknown }).text === 'Rest day.';
    for (const block of blocks) if (!isRestDay(block.bytes)) await writer.put(block);
    await writer.close();
    await collected;
    const result = await run(tmp.file('partial.car', Buffer.concat(chunks)));
    expect(result.posts).toHaveLength(42);
    expect(result.warnings).toEqual([{ file: 'partial.car', message: '1 record or tree node missing from the file; the export may be incomplete' }]);
  });

  it('warns about a damaged CAR beside a good one', async () => {
    const dir = await tmp.folder({ 'repo.car': readFileSync(car), 'old.car': readFileSync(car).subarray(0, 400) });
    const result = await run(dir);
    expect(result.posts).toHaveLength(43);
    expect(result.warnings).toEqual([{ file: 'old.car', message: expect.stringMatching(/^could not read this repository/) }]);
  });

  it('throws a HindsightError naming the input when no repository can be read', async () => {
    const broken = tmp.file('repo.car', readFileSync(car).subarray(0, 400));
    const archive = await openArchive(broken);
    await expect(blueskyImporter.read(archive, { input: broken, includeMessages: false, warn: () => {} })).rejects.toThrow(HindsightError);
    await expect(blueskyImporter.read(archive, { input: broken, includeMessages: false, warn: () => {} })).rejects.toThrow(/no readable Bluesky repository; looked for/);
    await archive.close();
  });
});

describe('Bluesky fixture generator', () => {
  it('is deterministic: regenerating gives the committed bytes', async () => {
    await expectRegenerated(generate, fixtures, join(tmp.root, 'regenerated'));
  });
});
