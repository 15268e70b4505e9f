import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/importers/archive/index.js';
import { instagramImporter } from '../../src/importers/instagram.js';
import type { ImportOptions } from '../../src/importers/types.js';
import { PostSchema, type Post } from '../../src/model/post.js';
import { HindsightError } from '../../src/errors.js';
import { BROKEN_FILE, instagramExport, generateInstagramFixtures } from '../../fixtures/instagram/generate.js';
import { COMMENTS, IGTV, LIKES, MESSAGES, OWNER, POSTS, REELS, STORIES, THREADS_POSTS } from '../../fixtures/instagram/content.js';
import { byTextStart, detects, expectSameBytes, readPairs, scratchSpace, type Pairs } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scratch = scratchSpace('instagram', join(ROOT, 'tests/.tmp'));

beforeAll(async () => {
  await generateInstagramFixtures(scratch.root);
});

const read = (input: string | string[], extra: Partial<ImportOptions> = {}): Promise<Pairs> => readPairs(instagramImporter, input, { input: 'export', ...extra });

type Era = '2022' | '2024' | '2025';
const ERAS: readonly Era[] = ['2022', '2024', '2025'];
const zip = (era: string, format: 'json' | 'html'): string => join(scratch.root, `instagram-${era}-${format}.zip`);
const minute = (iso: string): string => iso.slice(0, 16);
const iso = (at: string): string => new Date(at).toISOString();

interface Expected {
  platform: Post['platform'];
  kind: Post['kind'];
  text: string;
  at: string;
  media: number;
}

function expected(era: Era): Expected[] {
  const threads = era !== '2022';
  return [
    ...POSTS.map((p) => ({ platform: 'instagram' as const, kind: 'post' as const, text: p.caption, at: p.at, media: p.media.length })),
    ...STORIES.map((p) => ({ platform: 'instagram' as const, kind: 'story' as const, text: p.caption, at: p.at, media: 1 })),
    ...REELS.map((p) => ({ platform: 'instagram' as const, kind: 'reel' as const, text: p.caption, at: p.at, media: 1 })),
    ...(threads ? [] : IGTV.map((p) => ({ platform: 'instagram' as const, kind: 'video' as const, text: p.caption, at: p.at, media: 1 }))),
    ...COMMENTS.map((c) => ({ platform: 'instagram' as const, kind: 'comment' as const, text: c.text, at: c.at, media: 0 })),
    ...LIKES.map((l) => ({ platform: 'instagram' as const, kind: 'like' as const, text: l.owner, at: l.at, media: 0 })),
    ...(threads
      ? THREADS_POSTS.map((t) => ({ platform: 'threads' as const, kind: t.reply ? ('reply' as const) : ('post' as const), text: t.text, at: t.at, media: t.media?.length ?? 0 }))
      : []),
  ];
}

/** The one post matching (to the minute in HTML, which gives no seconds); same-minute twins by media. */
function find(posts: Post[], w: Expected, exactTime: boolean): Post[] {
  return posts.filter(
    (p) => p.platform === w.platform && p.kind === w.kind && p.text === w.text && (exactTime ? p.createdAt === iso(w.at) : minute(p.createdAt) === minute(iso(w.at))),
  );
}

describe('instagram importer: detection', () => {
  it('recognises every layout, both formats, wrapped and in parts', async () => {
    const inputs = [
      zip('2019', 'json'),
      ...ERAS.flatMap((era) => [zip(era, 'json'), zip(era, 'html')]),
      join(scratch.root, 'instagram-2025-json-wrapped.zip'),
      join(scratch.root, 'instagram-2025-html-wrapped.zip'),
      join(scratch.root, 'multipart'),
    ];
    for (const input of inputs) expect(await detects(instagramImporter, input), input).toBe(true);
  });

  it('a folder with nothing recognisable: a HindsightError naming the input and what was looked for', async () => {
    const folder = await scratch.folder(new Map([['notes.txt', 'hello'], ['content/readme.md', '# not an export']]));
    const archive = await openArchive(folder);
    expect(await instagramImporter.detect(archive)).toBe(false);
    const error = await instagramImporter.read(archive, { input: folder, includeMessages: false, warn: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HindsightError);
    expect((error as HindsightError).line).toContain(folder);
    expect((error as HindsightError).message).toContain('posts_1.json');
    await archive.close();
  });
});

describe.each(ERAS)('instagram importer: the %s layout', (era) => {
  for (const format of ['json', 'html'] as const) {
    it(`${format}: posts, stories, reels, IGTV, comments, likes and Threads, each with kind, text, time and media`, async () => {
      const { result, warnings } = await read(zip(era, format));
      // Empty sections hold only no-data.txt: no warning for them.
      expect(warnings).toEqual([]);
      const want = expected(era);
      expect(result.posts).toHaveLength(want.length);
      const exact = format === 'json';
      for (const w of want) {
        const hits = find(result.posts, w, exact);
        const twins = exact ? 1 : want.filter((o) => o.kind === w.kind && o.text === w.text && minute(iso(o.at)) === minute(iso(w.at))).length;
        expect(hits, `${w.kind} ${JSON.stringify(w.text)} at ${w.at}`).toHaveLength(twins);
        expect(hits[0]!.media).toHaveLength(w.media);
      }
      expect(result.account).toBe(OWNER.username);
      const archive = await openArchive(zip(era, format));
      for (const post of result.posts) {
        expect(PostSchema.parse(post)).toEqual(post);
        expect(post.account).toBe(OWNER.username);
        expect(post.url === null || post.kind === 'like').toBe(true);
        for (const m of post.media) expect(archive.has(m.path!), m.path!).toBe(true);
      }
      await archive.close();
    });

    it(`${format}: comments name whose post they answer; likes carry the liked post's address`, async () => {
      const { result } = await read(zip(era, format));
      for (const c of COMMENTS) {
        const post = result.posts.find((p) => p.kind === 'comment' && p.text === c.text)!;
        expect(post.inReplyToAccount).toBe(c.owner);
      }
      const like = result.posts.find((p) => p.kind === 'like')!;
      expect(like.url).toBe(LIKES[0]!.url);
      expect(like.text).toBe(LIKES[0]!.owner);
      const cafe = byTextStart(result.posts, 'Café day');
      expect(cafe.mentions).toEqual(['sam_rivers']);
      expect(byTextStart(result.posts, 'Sunrise').hashtags).toEqual(['morning', 'running']);
    });

    it(`${format}: direct messages only with includeMessages, and only the owner's`, async () => {
      const without = await read(zip(era, format));
      expect(without.result.posts.some((p) => p.kind === 'message')).toBe(false);
      expect(without.result.messagesScanned).toBeUndefined();
      const withMessages = await read(zip(era, format), { includeMessages: true });
      expect(withMessages.result.messagesScanned).toBe(true);
      const messages = withMessages.result.posts.filter((p) => p.kind === 'message');
      expect(messages.map((m) => m.text).sort()).toEqual(MESSAGES.messages.filter((m) => m.sender === OWNER.name).map((m) => m.text).sort());
      expect(messages.every((m) => m.platform === 'instagram' && m.audience === 'direct')).toBe(true);
    });
  }

  it('JSON and HTML give the same posts: ids, text, kind, and createdAt to the minute HTML carries', async () => {
    const json = (await read(zip(era, 'json'), { includeMessages: true })).result.posts;
    const html = (await read(zip(era, 'html'), { includeMessages: true })).result.posts;
    expect(html).toHaveLength(json.length);
    const byId = new Map(html.map((p) => [p.id, p]));
    expect(byId.size).toBe(html.length);
    for (const p of json) {
      const twin = byId.get(p.id);
      expect(twin, `${p.kind} ${p.text}`).toBeDefined();
      expect(twin!.text).toBe(p.text);
      expect(twin!.kind).toBe(p.kind);
      expect(twin!.platform).toBe(p.platform);
      // Instagram's pages give minutes only ("Jun 01, 2025 3:31 pm"); JSON keeps the seconds.
      expect(minute(twin!.createdAt)).toBe(minute(p.createdAt));
      expect(twin!.media.map((m) => [m.path, m.type])).toEqual(p.media.map((m) => [m.path, m.type]));
    }
  });
});

describe('instagram importer: eras and details', () => {
  it('2018–2020 media.json, comments.json, profile.json and messages.json', async () => {
    const { result, warnings } = await read(zip('2019', 'json'), { includeMessages: true });
    expect(warnings).toEqual([]);
    expect(result.account).toBe(OWNER.username);
    const singles = POSTS.filter((p) => p.media.length === 1);
    expect(result.posts.filter((p) => p.kind === 'post').map((p) => p.text).sort()).toEqual(singles.map((p) => p.caption).sort());
    for (const p of singles) {
      const post = result.posts.find((q) => q.kind === 'post' && q.createdAt === iso(p.at) && q.text === p.caption);
      expect(post, p.caption).toBeDefined();
      expect(post!.media[0]!.type).toBe(p.media[0]!.video ? 'video' : 'photo');
    }
    expect(result.posts.filter((p) => p.kind === 'story')).toHaveLength(STORIES.length);
    expect(result.posts.filter((p) => p.kind === 'comment').map((p) => p.inReplyToAccount).sort()).toEqual(COMMENTS.filter((c) => !c.reel).map((c) => c.owner).sort());
    const messages = result.posts.filter((p) => p.kind === 'message');
    expect(messages.map((m) => m.text).sort()).toEqual(['Thank you 😊', 'This one helps too']);
    expect(messages.find((m) => m.text === 'This one helps too')!.links.map((l) => l.url)).toEqual([MESSAGES.messages[2]!.share]);
  });

  it('captions by the single-photo / carousel rule, byte-exact after undoing the mojibake', async () => {
    const raw = instagramExport('2025', 'json').get('your_instagram_activity/media/posts_1.json') as string;
    expect(raw).toContain('\\u00f0\\u009f\\u0090\\u00b8'); // 🐸 as four escaped bytes
    const { result } = await read(zip('2025', 'json'));
    const carousel = result.posts.find((p) => p.createdAt === iso('2021-12-25T12:00:00Z'))!;
    expect(carousel.text).toBe('Christmas walk 🎄\nThree photos, one happy dog.');
    expect(carousel.media).toHaveLength(3);
    const single = result.posts.find((p) => p.createdAt === iso('2022-06-21T05:00:00Z'))!;
    expect(single.text).toBe('Καλοκαίρι! Summer solstice yoga 🧘');
    expect(single.media[0]!.type).toBe('video');
    const texts = result.posts.map((p) => p.text);
    for (const text of ['صباح الخير من العيادة', '春节快乐 🧧 新年好', '谢谢分享 @priya.patel', 'Bravo, très élégant ! 👏', 'Clocks go forward tonight ⏰ – don’t be late… café at 9']) {
      expect(texts, text).toContain(text);
    }
    expect(result.posts.find((p) => p.createdAt === iso('2023-01-15T09:30:45Z'))!.text).toBe('');
  });

  it('Threads posts inside the export carry platform threads; replies are replies', async () => {
    for (const format of ['json', 'html'] as const) {
      const { result } = await read(zip('2024', format));
      const threads = result.posts.filter((p) => p.platform === 'threads');
      expect(threads.map((p) => p.text).sort()).toEqual(THREADS_POSTS.map((t) => t.text).sort());
      expect(threads.filter((p) => p.kind === 'reply').map((p) => p.text)).toEqual(['Agreed — rest days matter.']);
      expect(byTextStart(threads, 'Snow day').media).toHaveLength(2);
      expect(threads.every((p) => p.account === OWNER.username)).toBe(true);
    }
  });

  it('identical captions in one minute get different ids, the same in JSON and HTML', async () => {
    const json = (await read(zip('2025', 'json'))).result.posts.filter((p) => p.text === 'Leap day 🐸');
    const html = (await read(zip('2025', 'html'))).result.posts.filter((p) => p.text === 'Leap day 🐸');
    expect(json).toHaveLength(2);
    expect(json[0]!.id).not.toBe(json[1]!.id);
    expect(html.map((p) => p.id)).toEqual(json.map((p) => p.id));
  });

  it('HTML times are UK time: a post at 00:30 GMT on the night the clocks go forward', async () => {
    const { result } = await read(zip('2025', 'html'));
    expect(byTextStart(result.posts, 'Clocks go forward').createdAt).toBe('2025-03-30T00:30:00.000Z');
    expect(byTextStart(result.posts, 'Sunrise').createdAt).toBe('2019-03-02T10:20:00.000Z');
    expect(byTextStart(result.posts, 'Café day').createdAt).toBe('2020-08-15T17:45:00.000Z'); // 18:45 BST
  });

  it('merges a two-zip export, as two paths or as a folder of zips, and reads a wrapped one', async () => {
    const whole = (await read(zip('2025', 'json'))).result.posts.map((p) => p.id).sort();
    const parts = [join(scratch.root, 'multipart/instagram-2025-json-part1.zip'), join(scratch.root, 'multipart/instagram-2025-json-part2.zip')];
    const asPaths = await read(parts);
    expect(asPaths.result.posts.map((p) => p.id).sort()).toEqual(whole);
    expect(asPaths.result.account).toBe(OWNER.username);
    expect((await read(join(scratch.root, 'multipart'))).result.posts.map((p) => p.id).sort()).toEqual(whole);
    for (const format of ['json', 'html'] as const) {
      const wrapped = await read(join(scratch.root, `instagram-2025-${format}-wrapped.zip`));
      expect(wrapped.warnings).toEqual([]);
      expect(wrapped.result.posts.map((p) => p.id).sort()).toEqual(whole);
    }
  });

  it('warns about a damaged file and reads the rest', async () => {
    const { result, warnings } = await read(join(scratch.root, 'instagram-2024-json-broken.zip'));
    expect(warnings).toEqual([[BROKEN_FILE, expect.stringMatching(/not valid JSON/)]]);
    expect(result.posts.filter((p) => p.kind === 'comment')).toHaveLength(COMMENTS.filter((c) => c.reel).length);
    expect(result.posts.filter((p) => p.kind === 'post' && p.platform === 'instagram')).toHaveLength(POSTS.length);
  });

  it('warns about a file of the wrong shape and reads the rest', async () => {
    const files = instagramExport('2024', 'json');
    files.set('your_instagram_activity/content/reels.json', '{"something_else": {"a": 1}}');
    const folder = await scratch.folder(files);
    const { result, warnings } = await read(folder);
    expect(warnings).toEqual([['your_instagram_activity/content/reels.json', expect.stringMatching(/not the expected list/)]]);
    expect(result.posts.some((p) => p.kind === 'reel')).toBe(false);
    expect(result.posts.filter((p) => p.kind === 'post' && p.platform === 'instagram')).toHaveLength(POSTS.length);
  });

  it('fixture generation is deterministic', async () => {
    const second = join(scratch.root, 'again');
    expectSameBytes(second, scratch.root, await generateInstagramFixtures(second));
  });
});
