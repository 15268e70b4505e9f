import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { youtubeImporter } from '../../src/importers/youtube.js';
import { commentText } from '../../src/importers/youtube/segments.js';
import { HindsightError } from '../../src/errors.js';
import type { Post } from '../../src/model/post.js';
import { CHANNEL, csv2023Takeout, generate, htmlTakeout } from '../../fixtures/youtube/generate.js';
import { byId, detects as detectsWith, expectRegenerated, read, scratchSpace, type Run } from './helpers.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/youtube');
const tmp = scratchSpace('youtube');
const run = (input: string): Promise<Run> => read(youtubeImporter, input);
const detects = (input: string): Promise<boolean> => detectsWith(youtubeImporter, input);

/** The fields that do not depend on where the input lies. */
function shape(post: Post): Omit<Post, 'source'> & { file: string } {
  const { source, ...rest } = post;
  return { ...rest, file: source.file };
}

describe('YouTube importer', () => {
  it('names the input kind google-takeout while each post is youtube', async () => {
    expect(youtubeImporter.id).toBe('google-takeout');
    const { posts } = await run(join(fixtures, 'takeout-2023.zip'));
    expect(new Set(posts.map((p) => p.platform))).toEqual(new Set(['youtube']));
  });
});

describe('YouTube HTML generation (takeout-2021, folder)', () => {
  const input = join(fixtures, 'takeout-2021');

  it('reads comments from my-comments.html with every field', async () => {
    expect(await detects(input)).toBe(true);
    const { posts, warnings, account } = await run(input);
    expect(warnings).toEqual([]);
    expect(account).toBeNull();
    const comments = posts.filter((p) => p.kind === 'comment');
    expect(comments).toHaveLength(4);
    expect(shape(comments[0]!)).toEqual({
      id: comments[0]!.id,
      platform: 'youtube',
      account: null,
      kind: 'comment',
      createdAt: '2020-04-27T23:18:23.000Z',
      text: 'Really clear explanation of the rotator cuff, thank you!',
      url: 'https://www.youtube.com/watch?v=AbCdEfGhIj0',
      inReplyTo: null,
      mentions: [],
      hashtags: [],
      links: [],
      media: [],
      audience: 'public',
      language: null,
      file: 'Takeout/YouTube and YouTube Music/my-comments/my-comments.html',
    });
    expect(comments[0]!.source).toEqual({ input, file: 'Takeout/YouTube and YouTube Music/my-comments/my-comments.html', index: 0 });
    expect(comments[0]!.id).toMatch(/^[0-9a-f]{20}$/);
  });

  it('takes the comment id from an &lc= link, keeps line breaks, entities and links exact', async () => {
    const { posts } = await run(input);
    const withId = byId(posts, 'UgzDemoComment0001AaABAg');
    expect(withId.url).toBe('https://www.youtube.com/watch?v=KlMnOpQrSt1&lc=UgzDemoComment0001AaABAg');
    expect(withId.text).toBe('Line one of my note\nLine two — with an accent: café 😊');
    expect(withId.createdAt).toBe('2019-11-05T08:00:00.000Z');
    const linked = posts.find((p) => p.createdAt === '2018-02-14T12:00:00.000Z')!;
    expect(linked.text).toBe('Tips & tricks here: https://example.org/stretching-guide');
    expect(linked.links).toEqual([{ url: 'https://example.org/stretching-guide', domain: 'example.org' }]);
    const oldest = posts.find((p) => p.createdAt === '2016-06-15T08:50:49.000Z')!;
    expect(oldest.text).toBe('First comment ever <3');
  });

  it('reads live-chat messages as live-chat', async () => {
    const { posts } = await run(input);
    const chats = posts.filter((p) => p.kind === 'live-chat');
    expect(chats.map((c) => [c.createdAt, c.text, c.url])).toEqual([
      ['2021-01-30T19:05:00.000Z', 'Hello from Leeds! 👋', 'https://www.youtube.com/watch?v=LiveStream01'],
      ['2021-01-30T19:06:10.000Z', 'Great question about hamstrings', 'https://www.youtube.com/watch?v=LiveStream01'],
    ]);
  });
});

describe('YouTube CSV 2023 generation (takeoutSegments JSON, zip)', () => {
  const input = join(fixtures, 'takeout-2023.zip');

  it('reads comments with ids, replies, links from segments and watch URLs with lc', async () => {
    expect(await detects(input)).toBe(true);
    const { posts, warnings } = await run(input);
    expect(warnings).toEqual([]);
    const top = byId(posts, 'UgxDemoTop0001AaABAg');
    expect(top).toEqual({
      id: 'UgxDemoTop0001AaABAg',
      platform: 'youtube',
      account: null,
      kind: 'comment',
      createdAt: '2023-09-19T17:42:53.434Z',
      text: 'Brilliant demo of the sit-to-stand test 👍',
      url: 'https://www.youtube.com/watch?v=WtOsDemo001&lc=UgxDemoTop0001AaABAg',
      inReplyTo: null,
      mentions: [],
      hashtags: [],
      links: [],
      media: [],
      audience: 'public',
      language: null,
      source: { input, file: 'Takeout/YouTube and YouTube Music/comments/comments.csv', index: 0 },
    } satisfies Post);
    const reply = byId(posts, 'UgxDemoParent02AaABAg.9iwDemoReply02');
    expect(reply.inReplyTo).toBe('UgxDemoParent02AaABAg');
    expect(reply.text).toBe('Agreed — see this guide for "more".');
    expect(reply.links).toEqual([{ url: 'https://example.org/guide', domain: 'example.org' }]);
    expect(reply.createdAt).toBe('2023-08-30T01:54:46.801Z');
    expect(byId(posts, 'UgxDemoTop0003AaABAg').url).toBeNull();
  });

  it('reads live chats', async () => {
    const { posts } = await run(input);
    const chats = posts.filter((p) => p.kind === 'live-chat');
    expect(chats.map((c) => [c.id, c.createdAt, c.text, c.url])).toEqual([
      ['UgwDemoChat0001AaABDqgB', '2023-06-02T05:16:35.510Z', '"think the right thing" — love that', 'https://www.youtube.com/watch?v=LiveDemo0001'],
      ['UgwDemoChat0002AaABDqgB', '2023-06-02T05:17:00.000Z', 'Ça va? 🇫🇷', 'https://www.youtube.com/watch?v=LiveDemo0001'],
    ]);
  });
});

describe('YouTube CSV June 2024 generation (comma-separated segments, localised folders)', () => {
  for (const [name, folder] of [
    ['takeout-2024-de', 'Takeout/YouTube und YouTube Music/Kommentare/Kommentare.csv'],
    ['takeout-2024-es.zip', 'Takeout/YouTube y YouTube Music/comentarios/comentarios.csv'],
  ] as const) {
    it(`reads ${name}: reordered columns, raw line breaks in segments, mentions`, async () => {
      const input = join(fixtures, name);
      expect(await detects(input)).toBe(true);
      const { posts, warnings } = await run(input);
      expect(warnings).toEqual([]);
      const first = byId(posts, 'UgyDemoNew0001AaABAg');
      expect(first).toEqual({
        id: 'UgyDemoNew0001AaABAg',
        platform: 'youtube',
        account: null,
        kind: 'comment',
        createdAt: '2024-07-14T07:39:35.956Z',
        text: '> the knee should track over the toes\nSuch a helpful cue, danke schön!',
        url: 'https://www.youtube.com/watch?v=rWVADemo001&lc=UgyDemoNew0001AaABAg',
        inReplyTo: null,
        mentions: [],
        hashtags: [],
        links: [],
        media: [],
        audience: 'public',
        language: null,
        source: { input, file: folder, index: 0 },
      } satisfies Post);
      const reply = byId(posts, 'UgyDemoNew0002AaABAg.AbCdReply');
      expect(reply.inReplyTo).toBe('UgyDemoNew0002AaABAg');
      expect(reply.mentions).toEqual(['demo.creator']);
      expect(reply.text).toBe('@demo.creator thank you for replying 🙏');
      expect(byId(posts, 'UgyDemoNew0003AaABAg').links).toEqual([{ url: 'https://example.org/x', domain: 'example.org' }]);
      const chat = posts.find((p) => p.kind === 'live-chat')!;
      expect([chat.id, chat.createdAt, chat.text]).toEqual(['UgwDemoChat2024AaABDqgB', '2024-10-10T10:10:10.101Z', 'Grüße aus München!']);
      expect(posts).toHaveLength(4);
    });
  }
});

describe('YouTube comment text', () => {
  it('joins both JSON forms and plain text', () => {
    expect(commentText('{"takeoutSegments":[{"text":"a"},{"text":"b"}]}')).toEqual({ text: 'ab', links: [] });
    expect(commentText('{"text":"line"},{"text":"\n"},{"text":"next \\"q\\""}')).toEqual({ text: 'line\nnext "q"', links: [] });
    expect(commentText('{"text":"see","link":{"linkUrl":"https://example.org"}}')).toEqual({ text: 'see', links: ['https://example.org'] });
    expect(commentText('just words')).toEqual({ text: 'just words', links: [] });
    expect(() => commentText('{"text":"cut')).toThrow();
  });
});

describe('YouTube HTML detection', () => {
  it('finds the comment list after a long inline style sheet, under any file name', async () => {
    const style = `<style>${'.c{color:#333}'.repeat(4000)}</style>`;
    const html = `<html><head><title>Meine Kommentare</title>${style}</head><body><ul><li>Sent at 2020-01-02 03:04:05 UTC while watching <a href="https://www.youtube.com/watch?v=Vid00000001">a video</a>.<br/>Hallo!</li></ul></body></html>`;
    const dir = await tmp.folder({ 'Takeout/YouTube und YouTube Music/Meine Kommentare/Meine Kommentare.html': Buffer.from(html) });
    expect(await detects(dir)).toBe(true);
    const { posts } = await run(dir);
    expect(posts.map((p) => [p.kind, p.createdAt, p.text])).toEqual([['comment', '2020-01-02T03:04:05.000Z', 'Hallo!']]);
  });
});

describe('YouTube problems', () => {
  it('warns about a broken comments.csv and reads the live chats', async () => {
    const files = csv2023Takeout();
    files['Takeout/YouTube and YouTube Music/comments/comments.csv'] = Buffer.from(
      `Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text\nUgx1,${CHANNEL},2023-01-01T00:00:00+00:00,0,,vid,"{""takeoutSegments"":[{""text"":""cut`,
    );
    const { posts, warnings } = await run(await tmp.folder(files));
    expect(posts.map((p) => p.kind)).toEqual(['live-chat', 'live-chat']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file).toBe('Takeout/YouTube and YouTube Music/comments/comments.csv');
    expect(warnings[0]!.message).toMatch(/cannot read this CSV/);
  });

  it('skips rows whose text or date cannot be read, with one warning for the file', async () => {
    const files = csv2023Takeout();
    files['Takeout/YouTube and YouTube Music/live chats/live chats.csv'] = Buffer.from(
      [
        'Live Chat ID,Channel ID,Live Chat Create Timestamp,Price,Video ID,Live Chat Text',
        `c1,${CHANNEL},2023-06-02T05:16:35+00:00,0,v,"{""takeoutSegments"":[{""text"":""fine""}]}"`,
        `c2,${CHANNEL},not a date,0,v,"{""takeoutSegments"":[{""text"":""dateless""}]}"`,
        `c3,${CHANNEL},2023-06-02T05:16:35+00:00,0,v,"{""takeoutSegments"":[{""text"":""broken}"`,
        '',
      ].join('\n'),
    );
    const { posts, warnings } = await run(await tmp.folder(files));
    expect(posts.filter((p) => p.kind === 'live-chat').map((p) => p.text)).toEqual(['fine']);
    expect(warnings).toEqual([
      { file: 'Takeout/YouTube and YouTube Music/live chats/live chats.csv', message: '2 entries without a readable date or text skipped; the rest of the file was read' },
    ]);
  });

  it('warns about a file named like a comments file that is not one', async () => {
    const files = htmlTakeout();
    files['Takeout/YouTube and YouTube Music/comments/comments.csv'] = Buffer.from('hello\n');
    const { posts, warnings } = await run(await tmp.folder(files));
    expect(posts).toHaveLength(6);
    expect(warnings.map((w) => w.file)).toEqual(['Takeout/YouTube and YouTube Music/comments/comments.csv']);
  });

  it('is not detected in a Takeout without YouTube comments, and read() throws a HindsightError', async () => {
    const dir = await tmp.folder({
      'Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv': Buffer.from('Channel Id,Channel Url,Channel Title\nUC1,http://x,Demo\n'),
      'Takeout/archive_browser.html': Buffer.from('<html><body><ul><li>YouTube</li></ul></body></html>'),
    });
    expect(await detects(dir)).toBe(false);
    const error = await run(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HindsightError);
    expect((error as HindsightError).message).toMatch(/YouTube comments.*looked for/);
  });
});

describe('YouTube fixtures', () => {
  it('are what generate.ts writes, byte for byte', async () => {
    await expectRegenerated(generate, fixtures, join(tmp.root, 'generated'));
  });
});
