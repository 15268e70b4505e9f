import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { tiktokImporter } from '../../src/importers/tiktok.js';
import { HindsightError } from '../../src/errors.js';
import type { Post } from '../../src/model/post.js';
import { ACCOUNT, currentExport, generate, json, olderExport } from '../../fixtures/tiktok/generate.js';
import { detects as detectsWith, expectRegenerated, read, scratchSpace, type Run } from './helpers.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/tiktok');
const tmp = scratchSpace('tiktok');
const run = (input: string, includeMessages = false): Promise<Run> => read(tiktokImporter, input, { includeMessages });
const detects = (input: string): Promise<boolean> => detectsWith(tiktokImporter, input);

describe('TikTok 2024 layout (user_data_tiktok.json in a zip)', () => {
  const input = join(fixtures, 'tiktok-2024.zip');

  it('is detected by its sections and names the account', async () => {
    expect(await detects(input)).toBe(true);
    const { account, warnings } = await run(input);
    expect(account).toBe(ACCOUNT);
    expect(warnings).toEqual([]);
  });

  it('reads own videos with caption, link, id from the link and who could see them', async () => {
    const { posts } = await run(input);
    const videos = posts.filter((p) => p.kind === 'video');
    expect(videos).toHaveLength(3);
    expect(videos[0]).toEqual({
      id: '7333000000000000001',
      platform: 'tiktok',
      account: ACCOUNT,
      kind: 'video',
      createdAt: '2024-02-10T17:22:05.000Z',
      text: 'Three ankle mobility drills before a run #physio #running #fyp',
      url: 'https://www.tiktokv.com/share/video/7333000000000000001/',
      inReplyTo: null,
      mentions: [],
      hashtags: ['physio', 'running', 'fyp'],
      links: [],
      media: [{ type: 'video', path: null, altText: null, remoteUrl: 'https://www.tiktokv.com/share/video/7333000000000000001/' }],
      audience: 'public',
      language: null,
      source: { input, file: 'user_data_tiktok.json', index: 0 },
    } satisfies Post);
    expect(videos[1]!.text).toBe('Revision playlist for exam season 🎧 with @study.buddy.demo');
    expect(videos[1]!.mentions).toEqual(['study.buddy.demo']);
    expect(videos[1]!.audience).toBe('friends');
    expect(videos[2]!.text).toBe('');
    expect(videos[2]!.id).toBe('7360000000000000003');
  });

  it('reads comments with lower-case keys, text exact, and ignores the "N/A" photo', async () => {
    const { posts } = await run(input);
    const comments = posts.filter((p) => p.kind === 'comment');
    expect(comments.map((c) => c.text)).toEqual([
      'Great cue for the squat, thank you! 💪',
      '@coach.lee this is the stretch I meant',
      'Déjà vu — I did the same in my first week 😅',
      'Same!',
      'Same!',
    ]);
    expect(comments[0]).toEqual({
      id: comments[0]!.id,
      platform: 'tiktok',
      account: ACCOUNT,
      kind: 'comment',
      createdAt: '2024-03-02T18:04:05.000Z',
      text: 'Great cue for the squat, thank you! 💪',
      url: null,
      inReplyTo: null,
      mentions: [],
      hashtags: [],
      links: [],
      media: [],
      audience: null,
      language: null,
      source: { input, file: 'user_data_tiktok.json', index: 3 },
    } satisfies Post);
    expect(comments[0]!.id).toMatch(/^[0-9a-f]{20}$/);
    expect(comments[1]!.mentions).toEqual(['coach.lee']);
    expect(comments[2]!.url).toBe('https://www.tiktokv.com/share/video/7352000000000000001/');
    expect(comments[3]!.id).not.toBe(comments[4]!.id);
    expect((await run(input)).posts.filter((p) => p.kind === 'comment').map((p) => p.id)).toEqual(comments.map((c) => c.id));
  });

  it('reads no direct messages without includeMessages, and says so', async () => {
    const { posts, messagesScanned } = await run(input, false);
    expect(posts.some((p) => p.kind === 'message')).toBe(false);
    expect(messagesScanned).toBe(false);
  });

  it('reads only the user’s own direct messages with includeMessages', async () => {
    const { posts, messagesScanned } = await run(input, true);
    expect(messagesScanned).toBe(true);
    const messages = posts.filter((p) => p.kind === 'message');
    expect(messages.map((m) => [m.createdAt, m.text])).toEqual([
      ['2024-05-01T20:01:30.000Z', 'Yes! See you in the library at 10 📚'],
      ['2024-06-12T09:15:00.000Z', 'Happy birthday! 🎂'],
    ]);
    expect(messages[0]!.audience).toBe('direct');
    expect(messages[0]!.platform).toBe('tiktok');
    expect(messages[0]!.url).toBeNull();
  });

  it('leaves likes, searches and watch history out', async () => {
    const { posts } = await run(input, true);
    expect(posts).toHaveLength(3 + 5 + 2);
  });
});

describe('TikTok older layout (user_data.json in a folder)', () => {
  const input = join(fixtures, 'tiktok-2022');

  it('reads videos, capitalised comments and (with includeMessages) own messages', async () => {
    expect(await detects(input)).toBe(true);
    const { posts, account, warnings } = await run(input, true);
    expect(warnings).toEqual([]);
    expect(account).toBe(ACCOUNT);
    const videos = posts.filter((p) => p.kind === 'video');
    expect(videos.map((v) => [v.createdAt, v.text, v.url])).toEqual([
      ['2021-09-20T19:19:19.000Z', '', null],
      ['2022-03-01T12:30:00.000Z', 'First day in clinic uniform 👟 #studentphysio', null],
    ]);
    // A download link is kept as the media's address, not as the post's page.
    expect(videos[0]!.media).toEqual([{ type: 'video', path: null, altText: null, remoteUrl: 'https://v16m.tiktokcdn.com/demo/7010000000000000001/video.mp4' }]);
    expect(videos[1]!.hashtags).toEqual(['studentphysio']);
    expect(posts.filter((p) => p.kind === 'comment').map((p) => [p.createdAt, p.text])).toEqual([
      ['2021-12-24T16:40:00.000Z', 'Merry Christmas to the whole clinic team 🎄'],
      ['2022-01-05T08:10:59.000Z', 'Does anyone have tips for the OSCE? Asking for a friend…'],
    ]);
    expect(posts.filter((p) => p.kind === 'message').map((p) => p.text)).toEqual(['I know! Café next week? ☕']);
  });

  it('tells own messages from the chat title when the profile has no user name', async () => {
    const data = olderExport() as { Profile: unknown };
    delete (data as { Profile?: unknown }).Profile;
    const dir = await tmp.folder({ 'user_data.json': json(data) });
    const { posts, account } = await run(dir, true);
    expect(account).toBeNull();
    expect(posts.filter((p) => p.kind === 'message').map((p) => p.text)).toEqual(['I know! Café next week? ☕']);
  });
});

describe('TikTok problems', () => {
  it('accepts null for every empty list', async () => {
    const dir = await tmp.folder({
      'user_data_tiktok.json': json({ Comment: { Comments: { CommentsList: null } }, Post: { Posts: { VideoList: null } }, 'Direct Message': { 'Direct Messages': { ChatHistory: null } } }),
    });
    const { posts, warnings } = await run(dir, true);
    expect(posts).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('warns about a cut-short JSON file beside a readable one, and reads the readable one', async () => {
    const good = json(currentExport());
    const dir = await tmp.folder({ 'user_data_tiktok.json': good, 'older/user_data.json': good.subarray(0, 2000) });
    const { posts, warnings } = await run(dir);
    expect(posts.filter((p) => p.kind === 'video')).toHaveLength(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file).toBe('older/user_data.json');
    expect(warnings[0]!.message).toMatch(/not valid JSON .*download your data again/);
  });

  it('warns about items without a readable date', async () => {
    const data = currentExport() as { Comment: { Comments: { CommentsList: unknown[] } } };
    data.Comment.Comments.CommentsList.push({ date: 'last Tuesday', comment: 'lost' });
    const dir = await tmp.folder({ 'user_data_tiktok.json': json(data) });
    const { posts, warnings } = await run(dir);
    expect(posts.some((p) => p.text === 'lost')).toBe(false);
    expect(warnings).toEqual([{ file: 'user_data_tiktok.json', message: '1 item without a readable Date skipped; the rest of the file was read' }]);
  });

  it('is not detected, and read() throws a HindsightError, for JSON that is not TikTok’s', async () => {
    const dir = await tmp.folder({ 'data.json': json({ posts: [{ text: 'hello' }] }) });
    expect(await detects(dir)).toBe(false);
    const error = await run(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HindsightError);
    expect((error as HindsightError).message).toMatch(/TikTok.*looked for user_data_tiktok\.json/);
  });

  it('throws, naming the problem, when the only TikTok file is broken', async () => {
    const dir = await tmp.folder({ 'user_data_tiktok.json': json(currentExport()).subarray(0, 3000) });
    await expect(run(dir)).rejects.toThrow(/not valid JSON/);
  });
});

describe('TikTok fixtures', () => {
  it('are what generate.ts writes, byte for byte', async () => {
    await expectRegenerated(generate, fixtures, join(tmp.root, 'generated'));
  });
});

describe('TikTok TXT download fixture', () => {
  it('reads the comments and videos of fixtures/tiktok/tiktok-txt, with the handle', async () => {
    const { posts, warnings, account } = await read(tiktokImporter, join(fixtures, 'tiktok-txt'));
    expect(warnings).toEqual([]);
    expect(account).toBe(ACCOUNT);
    expect(posts.map((p) => p.kind)).toEqual(['comment', 'comment', 'video', 'video']);
    expect(posts[1]!.text).toBe('Déjà vu — I did the same in my first week 😅\nand again in my second');
    expect(posts[2]!).toMatchObject({ id: '7365000000000000001', audience: 'public', hashtags: ['studentphysio'] });
  });
});
