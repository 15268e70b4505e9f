import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { openArchive } from '../../src/importers/archive/index.js';
import { accountFromUri, mastodonImporter } from '../../src/importers/mastodon.js';
import { HindsightError } from '../../src/errors.js';
import { PHOTO_PATH, ZIP_NAME, archiveFiles, generate, outbox } from '../../fixtures/mastodon/generate.js';
import { byId, detects as detectsWith, expectRegenerated, read, scratchSpace, type Run } from './helpers.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/mastodon');
const folder = join(fixtures, 'archive');
const zip = join(fixtures, ZIP_NAME);
const tmp = scratchSpace('mastodon');
const run = (input: string, includeMessages = false): Promise<Run> => read(mastodonImporter, input, { includeMessages });
const detects = (input: string): Promise<boolean> => detectsWith(mastodonImporter, input);

const STATUS = 'https://social.example/users/sam_physio/statuses/';

describe('Mastodon detection', () => {
  it('recognises the extracted folder and the zip by outbox.json content', async () => {
    expect(await detects(folder)).toBe(true);
    expect(await detects(zip)).toBe(true);
    expect(await detects(join(folder, 'outbox.json'))).toBe(true);
  });

  it('does not take other exports or a JSON file that only has the name', async () => {
    expect(await detects(resolve(fixtures, '../generic'))).toBe(false);
    const fake = await tmp.folder({ 'outbox.json': Buffer.from('{"posts": []}') });
    expect(await detects(fake)).toBe(false);
  });
});

describe('Mastodon archive', () => {
  it('reads the folder and the zip alike', async () => {
    const fromFolder = await run(folder);
    const fromZip = await run(zip);
    expect(fromZip.posts.map((p) => p.id)).toEqual(fromFolder.posts.map((p) => p.id));
    expect(fromZip.posts.map((p) => p.text)).toEqual(fromFolder.posts.map((p) => p.text));
    expect(fromFolder.account).toBe('sam_physio@social.example');
    expect(fromFolder.warnings).toEqual([]);
  });

  it('turns a public post into text with its hashtags, links and language', async () => {
    const { posts } = await run(folder);
    const post = byId(posts, `${STATUS}110000000000000001`);
    expect(post).toMatchObject({
      platform: 'mastodon',
      account: 'sam_physio@social.example',
      kind: 'post',
      createdAt: '2023-02-01T08:15:00.000Z',
      url: 'https://social.example/@sam_physio/110000000000000001',
      inReplyTo: null,
      audience: 'public',
      language: 'en',
      hashtags: ['physio', 'Ergonomics'],
      mentions: [],
      media: [],
      source: { input: folder, file: 'outbox.json', index: 0 },
    });
    expect(post.text).toBe(
      'Back at the clinic after a lovely weekend 🌞 Café con leche first, then the Monday list.\n\n' +
        'New blog post on desk posture: https://blog.example/posture-tips #physio #Ergonomics',
    );
    // Hashtag anchors are not links.
    expect(post.links).toEqual([{ url: 'https://blog.example/posture-tips', domain: 'blog.example' }]);
  });

  it('reads a reply with its mention, unlisted when Public is only in cc', async () => {
    const { posts } = await run(folder);
    const reply = byId(posts, `${STATUS}110000000000000002`);
    expect(reply).toMatchObject({
      kind: 'reply',
      inReplyTo: 'https://town.example/users/alex/statuses/109999999999999999',
      inReplyToAccount: 'alex@town.example',
      mentions: ['alex@town.example'],
      audience: 'unlisted',
      text: '@alex Thanks Alex! Same time next week? 👍',
      links: [],
    });
  });

  it('reads a followers-only post with its photo, path inside the archive and alt text', async () => {
    const { posts } = await run(zip);
    const post = byId(posts, `${STATUS}110000000000000003`);
    expect(post.audience).toBe('followers');
    expect(post.media).toEqual([{ type: 'photo', path: PHOTO_PATH, altText: 'An empty hydrotherapy pool with handrails', remoteUrl: null }]);
  });

  it('reads a boost as a repost of the boosted address', async () => {
    const { posts } = await run(folder);
    const boost = byId(posts, `${STATUS}110000000000000005/activity`);
    expect(boost).toMatchObject({
      kind: 'repost',
      text: '',
      createdAt: '2023-04-02T20:00:00.000Z',
      url: 'https://news.example/users/hcpc_news/statuses/110000000000009999',
      sharedFrom: 'hcpc_news@news.example',
      audience: 'public',
    });
  });

  it('puts a content warning before the text, and keeps line breaks and decoded entities', async () => {
    const { posts } = await run(folder);
    expect(byId(posts, `${STATUS}110000000000000006`).text).toBe(
      'Long run report\n\nHalf marathon done in 1:52 — personal best!\nLegs: tired.\nHeart: full & happy.\n\nThanks to everyone who cheered 💙',
    );
  });

  it('reads a poll with its options, and a quote post', async () => {
    const { posts } = await run(folder);
    expect(byId(posts, `${STATUS}110000000000000007`).text).toBe('Which stretch do you do most after a run?\n\nCalf stretch\nHip flexor stretch');
    const quote = byId(posts, `${STATUS}110000000000000008`);
    expect(quote.kind).toBe('quote');
    expect(quote.sharedFrom).toBe('alex@town.example');
  });

  it('reads direct posts only with --include-messages, as messages', async () => {
    const without = await run(folder);
    expect(without.posts.some((p) => p.audience === 'direct')).toBe(false);
    expect(without.messagesScanned).toBe(false);
    expect(without.posts).toHaveLength(7);

    const withMessages = await run(folder, true);
    expect(withMessages.messagesScanned).toBe(true);
    expect(withMessages.posts).toHaveLength(8);
    expect(byId(withMessages.posts, `${STATUS}110000000000000004`)).toMatchObject({
      kind: 'message',
      audience: 'direct',
      text: '@alex Can we swap Thursday\'s session to Friday?',
      mentions: ['alex@town.example'],
    });
  });
});

describe('Mastodon problems', () => {
  it('warns about a broken actor.json and takes the handle from the activities', async () => {
    const files = archiveFiles(true);
    files['actor.json'] = Buffer.from('{"id": ');
    const result = await run(await tmp.folder(files));
    expect(result.account).toBe('sam_physio@social.example');
    expect(result.warnings).toEqual([{ file: 'actor.json', message: expect.stringContaining('could not read the account') }]);
    expect(result.posts).toHaveLength(7);
  });

  it('warns once for activities without a date and keeps the rest', async () => {
    const box = outbox() as { orderedItems: Record<string, unknown>[] };
    const first = box.orderedItems[0] as { published?: string; object: Record<string, unknown> };
    delete first.published;
    delete first.object.published;
    const result = await run(await tmp.folder({ 'outbox.json': Buffer.from(JSON.stringify(box)) }));
    expect(result.posts).toHaveLength(6);
    expect(result.warnings).toEqual([{ file: 'outbox.json', message: '1 activity skipped: no readable "published" date' }]);
    // No actor.json: the followers collection is guessed from the actor's address.
    expect(byId(result.posts, `${STATUS}110000000000000003`).audience).toBe('followers');
  });

  it('throws a HindsightError naming the input when the outbox cannot be read', async () => {
    const dir = await tmp.folder({ 'outbox.json': Buffer.from('{"@context":"https://www.w3.org/ns/activitystreams","type":"OrderedCollection","orderedItems":[') });
    const archive = await openArchive(dir);
    const warnings: string[] = [];
    const reading = mastodonImporter.read(archive, { input: dir, includeMessages: false, warn: (_f, m) => warnings.push(m) });
    await expect(reading).rejects.toThrow(HindsightError);
    await expect(reading).rejects.toThrow(/no readable Mastodon outbox; looked for outbox\.json/);
    expect(warnings[0]).toMatch(/could not read this outbox/);
    await archive.close();
  });

  it('takes user@instance from status and actor addresses', () => {
    expect(accountFromUri('https://town.example/users/alex/statuses/1')).toBe('alex@town.example');
    expect(accountFromUri('https://town.example/@alex/1')).toBe('alex@town.example');
    expect(accountFromUri('not a url')).toBeNull();
  });
});

describe('Mastodon fixture generator', () => {
  it('is deterministic: regenerating gives the committed bytes', async () => {
    await expectRegenerated(generate, fixtures, join(tmp.root, 'regenerated'));
  });
});
