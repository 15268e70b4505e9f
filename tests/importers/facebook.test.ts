import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/importers/archive/index.js';
import { facebookImporter } from '../../src/importers/facebook.js';
import { instagramImporter } from '../../src/importers/instagram.js';
import type { ImportOptions } from '../../src/importers/types.js';
import { PostSchema, type Post } from '../../src/model/post.js';
import { HindsightError } from '../../src/errors.js';
import { BROKEN_FILE, FB_ERAS, WRAPPER, facebookExport, generateFacebookFixtures, type FbEra } from '../../fixtures/facebook/generate.js';
import { COMMENTS, GROUP_COMMENTS, GROUP_POSTS, OWNER, PAGE_LIKES, POSTS, REACTIONS, THREADS } from '../../fixtures/facebook/content.js';
import { instagramExport } from '../../fixtures/instagram/generate.js';
import { metaZip } from '../../fixtures/facebook/meta.js';
import { writeFileAt } from '../../fixtures/lib/write.js';
import { byTextStart, detects, expectSameBytes, readPairs, scratchSpace, type Pairs } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scratch = scratchSpace('facebook', join(ROOT, 'tests/.tmp'));

beforeAll(async () => {
  await generateFacebookFixtures(scratch.root);
});

const read = (input: string | string[], extra: Partial<ImportOptions> = {}): Promise<Pairs> => readPairs(facebookImporter, input, { input: 'export', ...extra });

const zip = (era: FbEra, format: 'json' | 'html'): string => join(scratch.root, `facebook-${era}-${format}.zip`);

/** Minute-precision HTML (Facebook pages before ~2022) vs pages with seconds. */
const HTML_HAS_SECONDS: Record<FbEra, boolean> = { '2018': false, '2021': false, '2023': true, '2025': true };
const minute = (iso: string): string => iso.slice(0, 16);
const iso = (at: string): string => new Date(at).toISOString();

interface Expected {
  kind: Post['kind'];
  text: string;
  at: string;
}

function expected(era: FbEra): Expected[] {
  return [
    ...POSTS.map((p) => ({ kind: p.expect.kind, text: p.expect.text, at: p.at })),
    ...COMMENTS.map((c) => ({ kind: 'comment' as const, text: c.text, at: c.at })),
    ...GROUP_POSTS.map((p) => ({ kind: p.expect.kind, text: p.expect.text, at: p.at })),
    ...(era === '2018' ? [] : GROUP_COMMENTS.map((c) => ({ kind: 'comment' as const, text: c.text, at: c.at }))),
    ...REACTIONS.map((r) => ({ kind: 'like' as const, text: r.expectText, at: r.at })),
    ...PAGE_LIKES.map((p) => ({ kind: 'like' as const, text: p.name, at: p.at })),
  ];
}

const ownMessages = THREADS.flatMap((t) => t.messages.filter((m) => m.sender === OWNER.name));

/** The post of that kind and text at that time (to the minute where the page gives no seconds). */
function find(posts: Post[], kind: Post['kind'], text: string, at: string, exactTime: boolean): Post {
  const same = (p: { createdAt: string }): boolean => (exactTime ? p.createdAt === iso(at) : minute(p.createdAt) === minute(iso(at)));
  const hits = posts.filter((p) => p.kind === kind && p.text === text && same(p));
  // Two identical posts in one minute (the "Stay home" pair) are both there when seconds are lost.
  const twins = exactTime ? 1 : POSTS.filter((p) => p.expect.text === text && minute(iso(p.at)) === minute(iso(at))).length || 1;
  expect(hits, `${kind} ${JSON.stringify(text)} at ${at}`).toHaveLength(twins);
  return hits[0]!;
}

describe('facebook importer: detection', () => {
  it('recognises every layout in both formats, wrapped and in parts', async () => {
    const inputs: (string | string[])[] = [
      ...FB_ERAS.flatMap((era) => [zip(era, 'json'), zip(era, 'html')]),
      join(scratch.root, 'facebook-2025-json-wrapped.zip'),
      join(scratch.root, 'facebook-2025-html-wrapped.zip'),
      join(scratch.root, 'multipart'),
    ];
    for (const input of inputs) expect(await detects(facebookImporter, input), String(input)).toBe(true);
  });

  it('does not claim an Instagram export, and Instagram does not claim a Facebook one', async () => {
    const ig = join(scratch.root, 'instagram.zip');
    await writeFileAt(ig, await metaZip(instagramExport('2025', 'json')));
    expect(await detects(facebookImporter, ig)).toBe(false);
    expect(await detects(instagramImporter, zip('2025', 'html'))).toBe(false);
  });

  it('looks at content, not only names: a your_posts file that is not Facebook data is not claimed', async () => {
    const folder = await scratch.folder(new Map([['posts/your_posts_1.json', '{"hello": "world"}'], ['notes.txt', 'nothing here']]));
    expect(await detects(facebookImporter, folder)).toBe(false);
  });

  it('a folder with nothing recognisable: a HindsightError naming the input and what was looked for', async () => {
    const folder = await scratch.folder(new Map([['readme.txt', 'hello'], ['data/values.csv', 'a,b\n1,2\n']]));
    const archive = await openArchive(folder);
    expect(await facebookImporter.detect(archive)).toBe(false);
    const error = await facebookImporter.read(archive, { input: folder, includeMessages: false, warn: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HindsightError);
    expect((error as HindsightError).line).toContain(folder);
    expect((error as HindsightError).message).toContain('your_posts');
    await archive.close();
  });
});

describe.each(FB_ERAS)('facebook importer: the %s layout', (era) => {
  for (const format of ['json', 'html'] as const) {
    it(`${format}: every post, comment, group post and like, with its kind, text and time`, async () => {
      const { result, warnings } = await read(zip(era, format));
      expect(warnings).toEqual([]);
      const exact = format === 'json' || HTML_HAS_SECONDS[era];
      const want = expected(era);
      expect(result.posts).toHaveLength(want.length);
      for (const w of want) find(result.posts, w.kind, w.text, w.at, exact);
      expect(result.account).toBe(OWNER.username);
      expect(result.messagesScanned).toBeUndefined();
      for (const post of result.posts) {
        expect(PostSchema.parse(post)).toEqual(post);
        expect(post.platform).toBe('facebook');
        expect(post.account).toBe(OWNER.username);
        expect(post.source.input).toBe('export');
        expect(post.source.file.endsWith(`.${format}`)).toBe(true);
        expect(post.language).toBeNull();
        expect(post.inReplyTo).toBeNull();
      }
    });

    it(`${format}: attachments — media with descriptions, links, places, events, tags`, async () => {
      const { result } = await read(zip(era, format));
      const archive = await openArchive(zip(era, format));
      const exact = format === 'json' || HTML_HAS_SECONDS[era];
      const photoOnly = find(result.posts, 'post', 'Team photo after the charity 5k 🏃‍♀️', '2015-05-20T08:00:10Z', exact);
      expect(photoOnly.media).toHaveLength(1);
      expect(photoOnly.media[0]).toMatchObject({ type: 'photo', altText: 'Team photo after the charity 5k 🏃‍♀️' });
      const twoPhotos = find(result.posts, 'post', 'Great turnout today!', '2015-05-21T19:12:00Z', exact);
      expect(twoPhotos.media.map((m) => m.altText)).toEqual(['Charity 5k finish line', null]);
      for (const m of [...photoOnly.media, ...twoPhotos.media]) {
        expect(m.path).not.toBeNull();
        expect(archive.has(m.path!), m.path!).toBe(true);
      }
      const video = find(result.posts, 'post', 'Demo of a simple knee exercise', '2022-07-04T19:00:05Z', exact);
      expect(video.media).toEqual([expect.objectContaining({ type: 'video', altText: 'Knee extension demo' })]);
      const shared = find(result.posts, 'post', 'Interesting read on tendon loading', '2017-02-02T09:09:09Z', exact);
      expect(shared.links).toEqual([{ url: 'https://example.org/tendon-loading', domain: 'example.org' }]);
      const linkOnly = find(result.posts, 'post', '', '2017-03-03T03:03:03Z', exact);
      expect(linkOnly.links).toEqual([{ url: 'https://example.net/stretching-guide', domain: 'example.net' }]);
      const checkIn = find(result.posts, 'check-in', 'Coffee before the conference', '2016-08-01T12:00:00Z', exact);
      expect(checkIn.url).toBeNull();
      find(result.posts, 'check-in', 'Leeds Conference Centre', '2016-08-01T12:05:00Z', exact);
      find(result.posts, 'post', 'Community health fair', '2023-02-14T12:00:00Z', exact);
      const tagged = find(result.posts, 'post', 'Proud of Sam Rivers for finishing the marathon! #running #proud', '2019-09-09T16:45:00Z', exact);
      expect(tagged.mentions).toEqual(['Sam Rivers']);
      expect(tagged.hashtags).toEqual(['running', 'proud']);
      if (format === 'json') {
        expect(find(result.posts, 'post', 'Привет from the team lunch 🍲', '2025-05-05T08:08:08Z', true).mentions).toEqual(['Sam Rivers']);
      }
      const gif = find(result.posts, 'comment', '', '2019-04-04T21:00:00Z', exact);
      expect(gif.links.map((l) => l.url)).toEqual(['https://media.tenor.example/high-five.gif']);
      const reaction = find(result.posts, 'like', 'Local clinic wins award', '2019-02-02T10:00:00Z', exact);
      expect(reaction.url).toBe('https://news.example.com/local-clinic-award');
      const page = find(result.posts, 'like', 'Example Physio Clinic', '2013-03-03T13:13:13Z', exact);
      expect(page.url).toBe('https://www.facebook.com/examplephysio');
      await archive.close();
    });

    it(`${format}: messages only with includeMessages, and only the owner's`, async () => {
      const without = await read(zip(era, format));
      expect(without.result.posts.filter((p) => p.kind === 'message')).toEqual([]);
      const withMessages = await read(zip(era, format), { includeMessages: true });
      expect(withMessages.result.messagesScanned).toBe(true);
      expect(withMessages.warnings).toEqual([]);
      const messages = withMessages.result.posts.filter((p) => p.kind === 'message');
      expect(messages.map((m) => m.text).sort()).toEqual(ownMessages.map((m) => m.text).sort());
      for (const m of messages) expect(m.audience).toBe('direct');
      const shared = messages.find((m) => m.text === 'Here is the route')!;
      expect(shared.links.map((l) => l.url)).toEqual(['https://example.org/route']);
      expect(shared.media).toEqual([expect.objectContaining({ type: 'photo', path: expect.stringMatching(/photos\/route_sketch\.jpg$/) })]);
    });
  }

  it('JSON and HTML give the same posts: ids, text, kind, and createdAt', async () => {
    const json = (await read(zip(era, 'json'), { includeMessages: true })).result.posts;
    const html = (await read(zip(era, 'html'), { includeMessages: true })).result.posts;
    const byId = new Map(html.map((p) => [p.id, p]));
    expect(byId.size).toBe(html.length);
    expect(html).toHaveLength(json.length);
    for (const p of json) {
      const twin = byId.get(p.id);
      expect(twin, `${p.kind} ${p.text}`).toBeDefined();
      expect(twin!.text).toBe(p.text);
      expect(twin!.kind).toBe(p.kind);
      // Pages of this era give minutes only; the id never depends on more than the minute.
      if (HTML_HAS_SECONDS[era]) expect(twin!.createdAt).toBe(p.createdAt);
      else expect(minute(twin!.createdAt)).toBe(minute(p.createdAt));
      expect(twin!.media.map((m) => [m.path, m.type, m.altText])).toEqual(p.media.map((m) => [m.path, m.type, m.altText]));
      expect(twin!.links).toEqual(p.links);
    }
  });
});

describe('facebook importer: text and ids', () => {
  it('undoes the mojibake byte for byte: accents, emoji, Greek, Arabic, Chinese, Cyrillic', async () => {
    const raw = facebookExport('2025', 'json').get('your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_2.json') as string;
    expect(raw).toContain('Caf\\u00c3\\u00a9 au lait');
    expect(raw).toContain('\\u00f0\\u009f\\u0098\\u0085'); // 😅 as four escaped bytes
    const { result } = await read(zip('2025', 'json'));
    const texts = new Set(result.posts.map((p) => p.text));
    for (const text of [
      'Café au lait in the sun ☀️ — naïve of me to forget sunscreen. Zoë agrees!',
      'Καλημέρα από την Αθήνα! 🇬🇷',
      'مرحبا بكم في العيادة',
      '新年快乐！你好，世界 🎉',
      'Привет from the team lunch 🍲',
      'Team photo after the charity 5k 🏃‍♀️',
    ]) {
      expect(texts.has(text), text).toBe(true);
    }
  });

  it('leaves already-correct strings alone and repairs half-fixed ones', async () => {
    const comments = facebookExport('2025', 'json').get('your_facebook_activity/comments_and_reactions/comments.json') as string;
    expect(comments).toContain('Χρόνια πολλά!'); // written as real UTF-8
    expect(comments).toContain('Tr\u00e8s utile \\u00f0\\u009f\\u0091\\u008d'); // raw "è", escaped emoji
    const { result } = await read(zip('2025', 'json'));
    const texts = result.posts.map((p) => p.text);
    expect(texts).toContain('Χρόνια πολλά!');
    expect(texts).toContain('Merci beaucoup !\nTrès utile 👍');
    expect(texts).toContain('Grüße aus München 👋🏽 … bis bald – Morgan');
  });

  it('keeps line breaks and HTML-special characters exactly', async () => {
    for (const format of ['json', 'html'] as const) {
      const { result } = await read(zip('2025', format));
      expect(result.posts.map((p) => p.text)).toContain('Merry Christmas everyone 🎄\n\nSee you all in the new year.\nLove, M & co <3 "quoted" \'n\' all');
    }
  });

  it('gives identical posts in the same minute different, stable ids', async () => {
    const first = (await read(zip('2021', 'json'))).result.posts.filter((p) => p.text === 'Stay home, stay safe.');
    const again = (await read(zip('2021', 'json'))).result.posts.filter((p) => p.text === 'Stay home, stay safe.');
    expect(first).toHaveLength(2);
    expect(first[0]!.id).not.toBe(first[1]!.id);
    expect(again.map((p) => p.id)).toEqual(first.map((p) => p.id));
  });

  it('ids do not depend on the layout, the wrapper folder or the format', async () => {
    const ids = async (input: string | string[]): Promise<string[]> => (await read(input)).result.posts.map((p) => p.id).sort();
    const reference = await ids(zip('2025', 'json'));
    expect(await ids(join(scratch.root, 'facebook-2025-json-wrapped.zip'))).toEqual(reference);
    expect(await ids(join(scratch.root, 'facebook-2025-html-wrapped.zip'))).toEqual(reference);
    expect(await ids(zip('2023', 'html'))).toEqual(reference);
  });

  it('reads HTML times as UK time by default, and in another zone when asked', async () => {
    const uk = (await read(zip('2025', 'html'))).result.posts;
    const summer = byTextStart(uk, 'Café au lait');
    expect(summer.createdAt).toBe('2013-07-14T18:30:45.000Z'); // 19:30:45 BST on the page
    const winter = byTextStart(uk, 'Clocks went back');
    expect(winter.createdAt).toBe('2021-10-31T01:30:00.000Z'); // the second 01:30 that night, GMT
    const utc = (await read(zip('2025', 'html'), { timeZone: 'UTC' })).result.posts;
    expect(byTextStart(utc, 'Café au lait').createdAt).toBe('2013-07-14T19:30:45.000Z');
  });
});

describe('facebook importer: parts, wrappers and damage', () => {
  it('merges a two-zip export, given as two paths or as a folder of zips', async () => {
    const whole = (await read(zip('2025', 'json'), { includeMessages: true })).result.posts.map((p) => p.id).sort();
    const parts = [join(scratch.root, 'multipart/facebook-2025-json-part1.zip'), join(scratch.root, 'multipart/facebook-2025-json-part2.zip')];
    const asPaths = await read(parts, { includeMessages: true });
    expect(asPaths.result.posts.map((p) => p.id).sort()).toEqual(whole);
    expect(asPaths.result.account).toBe(OWNER.username);
    const asFolder = await read(join(scratch.root, 'multipart'), { includeMessages: true });
    expect(asFolder.result.posts.map((p) => p.id).sort()).toEqual(whole);
    // Each part drops its own wrapper, so uris are found by their tail in the merged tree.
    const merged = await openArchive(parts);
    const media = asPaths.result.posts.flatMap((p) => p.media);
    expect(media.length).toBe(6); // the posts' photos and video, and the photo Morgan sent in a chat
    for (const m of media) expect(merged.has(m.path!), String(m.path)).toBe(true);
    await merged.close();
  });

  it('keeps media entries without a path when the export was downloaded without media', async () => {
    const files = facebookExport('2025', 'json');
    for (const path of [...files.keys()]) if (/\.(jpg|mp4)$/.test(path)) files.delete(path);
    const folder = await scratch.folder(files);
    const { result } = await read(folder);
    const photo = result.posts.find((p) => p.text === 'Great turnout today!')!;
    expect(photo.media.map((m) => [m.type, m.path, m.altText])).toEqual([
      ['photo', null, 'Charity 5k finish line'],
      ['photo', null, null],
    ]);
  });

  it('reads an export inside a meta-<date>/facebook-<user>-… wrapper', async () => {
    const { result, warnings } = await read(join(scratch.root, 'facebook-2025-json-wrapped.zip'));
    expect(warnings).toEqual([]);
    expect(result.posts[0]!.source.file.startsWith(WRAPPER)).toBe(false);
    expect(result.posts).toHaveLength(expected('2025').length);
  });

  it('warns about a damaged file and reads the rest', async () => {
    const { result, warnings } = await read(join(scratch.root, 'facebook-2025-json-broken.zip'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]![0]).toBe(BROKEN_FILE);
    expect(warnings[0]![1]).toMatch(/not valid JSON.*download the export again/);
    const inSecondFile = Math.floor(POSTS.length / 2);
    expect(result.posts).toHaveLength(expected('2025').length - inSecondFile);
  });

  it('throws when no data file can be read at all', async () => {
    const folder = await scratch.folder(new Map([['your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json', '[{"timestamp": 1']]));
    const archive = await openArchive(folder);
    const warnings: string[] = [];
    const error = await facebookImporter.read(archive, { input: folder, includeMessages: false, warn: (_f, m) => void warnings.push(m) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HindsightError);
    expect((error as Error).message).toMatch(/could be read/);
    expect(warnings).toHaveLength(1);
    await archive.close();
  });

  it('finds the owner of a chat without a profile file: who wrote in the most threads', async () => {
    const files = facebookExport('2025', 'json');
    files.delete('personal_information/profile_information/profile_information.json');
    const folder = await scratch.folder(files);
    const { result } = await read(folder, { includeMessages: true });
    expect(result.account).toBeNull();
    expect(result.posts.filter((p) => p.kind === 'message').map((p) => p.text).sort()).toEqual(ownMessages.map((m) => m.text).sort());
  });

  it('an export of Messenger chats alone says to use --include-messages, and reads them with it', async () => {
    const files = facebookExport('2025', 'json');
    for (const path of [...files.keys()]) if (!path.includes('/messages/') && !path.startsWith('personal_information/')) files.delete(path);
    const folder = await scratch.folder(files);
    const archive = await openArchive(folder);
    const error = await facebookImporter.read(archive, { input: folder, includeMessages: false, warn: () => {} }).catch((e: unknown) => e);
    await archive.close();
    expect(error).toBeInstanceOf(HindsightError);
    expect((error as Error).message).toContain('--include-messages');
    const { result } = await read(folder, { includeMessages: true });
    expect(result.posts.map((p) => p.kind)).toEqual(['message', 'message', 'message']);
  });

  it('reports HTML dates it cannot read (another language) once per file, and skips those records', async () => {
    const files = facebookExport('2025', 'html');
    const path = 'your_facebook_activity/comments_and_reactions/comments.html';
    files.set(path, (files.get(path) as string).replace(/Dec 12, 2020 [^<]+/, 'Tháng 12 12, 2020 12:12:12 CH'));
    const folder = await scratch.folder(files);
    const { result, warnings } = await read(folder);
    expect(warnings).toEqual([[path, expect.stringMatching(/^1 record skipped: .*Tháng 12 12.*JSON format/)]]);
    expect(result.posts.filter((p) => p.kind === 'comment')).toHaveLength(COMMENTS.length + GROUP_COMMENTS.length - 1);
  });

  it('lists media without reading them', async () => {
    const archive = await openArchive(zip('2025', 'json'));
    const reads: string[] = [];
    const spy = new Proxy(archive, {
      get(target, key, receiver) {
        if (key === 'readBytes' || key === 'readText') {
          return (path: string, options?: unknown) => {
            reads.push(path);
            return (target[key] as (p: string, o?: unknown) => Promise<unknown>).call(target, path, options);
          };
        }
        return Reflect.get(target, key, receiver);
      },
    });
    await facebookImporter.read(spy, { input: 'export', includeMessages: true, warn: () => {} });
    expect(reads.filter((p) => !/\.(json|html)$/.test(p))).toEqual([]);
    await archive.close();
  });

  it('fixture generation is deterministic', async () => {
    const second = join(scratch.root, 'again');
    expectSameBytes(second, scratch.root, await generateFacebookFixtures(second));
  });
});
