import { beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../../src/importers/archive/index.js';
import { xImporter } from '../../src/importers/x.js';
import type { ImportOptions, ImportResult } from '../../src/importers/types.js';
import { PostSchema, type Post } from '../../src/model/post.js';
import { HindsightError } from '../../src/errors.js';
import { generateXFixtures } from '../../fixtures/x/generate.js';
import { byTextStart, detects, listFiles, read, scratchSpace, type Warning } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const X = join(FIXTURES, 'x');
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const TWO_TO_53 = 2n ** 53n;

interface Imported {
  detected: boolean;
  result: ImportResult;
  warnings: Warning[];
}

async function importX(input: string, options: Partial<ImportOptions> = {}): Promise<Imported> {
  const detected = await detects(xImporter, input);
  const { warnings, ...result } = await read(xImporter, input, options);
  return { detected, result, warnings };
}

/** Posts without the input path, which differs between a folder and its zip. */
function comparable(posts: Post[]): unknown[] {
  return posts.map((p) => ({ ...p, source: { ...p.source, input: '' } }));
}

const scratch = scratchSpace('x');

/** A copy of a fixture folder in the scratch space, to break. */
async function copyOf(name: string, as: string): Promise<string> {
  const target = join(scratch.root, as);
  await cp(join(X, name), target, { recursive: true });
  return target;
}

describe('current layout (tweets.js + parts, note-tweet, community, likes, DMs)', () => {
  let imported: Imported;
  let posts: Post[];
  beforeAll(async () => {
    imported = await importX(join(X, 'current'));
    posts = imported.result.posts;
  });

  it('is detected and read without warnings, every post valid against the model', () => {
    expect(imported.detected).toBe(true);
    expect(imported.warnings).toEqual([]);
    for (const post of posts) expect(() => PostSchema.parse(post)).not.toThrow();
  });

  it('reads the handle from account.js and puts it on every post', () => {
    expect(imported.result.account).toBe('fixture_alex');
    expect(new Set(posts.map((p) => p.account))).toEqual(new Set(['fixture_alex']));
    expect(new Set(posts.map((p) => p.platform))).toEqual(new Set(['x']));
  });

  it('reads both parts once each (the duplicate record, the edit versions folded) plus community posts and likes', () => {
    const kinds = posts.reduce<Record<string, number>>((n, p) => ({ ...n, [p.kind]: (n[p.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ post: 15, reply: 4, repost: 2, quote: 1, like: 2 });
    expect(posts).toHaveLength(24);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    expect(posts.filter((p) => p.text.startsWith('Morning run done'))).toHaveLength(1);
  });

  it('keeps 64-bit ids as exact strings', () => {
    const run = byTextStart(posts, 'Morning run done');
    expect(run.id).toBe('1786655842628534272');
    expect(BigInt(run.id) > TWO_TO_53).toBe(true);
    expect(String(Number(run.id))).not.toBe(run.id); // what a JS number would have done
    expect(byTextStart(posts, 'First post!').id).toBe('576762062173110272');
    for (const post of posts) expect(typeof post.id).toBe('string');
  });

  it('gives createdAt as ISO UTC, parsed from "Sat May 04 07:15:22 +0000 2024"', () => {
    expect(byTextStart(posts, 'Morning run done').createdAt).toBe('2024-05-04T07:15:22.000Z');
    expect(byTextStart(posts, 'First post!').createdAt).toBe('2015-03-14T15:09:26.000Z');
    for (const post of posts) expect(post.createdAt).toMatch(ISO_UTC);
  });

  it('builds the post url from the handle', () => {
    const run = byTextStart(posts, 'Morning run done');
    expect(run.url).toBe('https://x.com/fixture_alex/status/1786655842628534272');
  });

  it('unescapes HTML entities once, named and numeric', () => {
    expect(byTextStart(posts, 'Tea ').text).toBe('Tea & biscuits > coffee & cake? Discuss <3');
    expect(byTextStart(posts, 'She said').text).toBe('She said "well done" and it\'s made my week');
    for (const post of posts) expect(post.text).not.toMatch(/&(amp|lt|gt|quot|#39);/);
  });

  it('expands t.co links, leaving the expanded URL exactly as stored (not entity-decoded)', () => {
    const cpd = byTextStart(posts, 'Great #CPD');
    expect(cpd.text).toBe(
      'Great #CPD session on falls prevention with @ward7_example today, slides here: https://example.org/falls-prevention/slides?ref=cpd&lt=1 #physio',
    );
    expect(cpd.links).toEqual([{ url: 'https://example.org/falls-prevention/slides?ref=cpd&lt=1', domain: 'example.org' }]);
    expect(cpd.mentions).toEqual(['ward7_example']);
    expect(cpd.hashtags).toEqual(['CPD', 'physio']);
    for (const post of posts) expect(post.text).not.toContain('t.co/');
  });

  it('removes the trailing media link and records the media with its file in data/tweets_media', async () => {
    const desk = byTextStart(posts, 'New standing desk');
    expect(desk.text).toBe('New standing desk setup at home');
    expect(desk.links).toEqual([]);
    expect(desk.media).toEqual([
      {
        type: 'photo',
        path: 'data/tweets_media/1888875552568246272-nO78hHGbVELQkn0.png',
        altText: 'A tidy desk with a laptop and a small plant',
        remoteUrl: 'https://pbs.twimg.com/media/nO78hHGbVELQkn0.png',
      },
    ]);
    const archive = await openArchive(join(X, 'current'));
    expect(archive.has(desk.media[0]!.path!)).toBe(true);
    await archive.close();
    const clip = byTextStart(posts, 'Quick clip');
    expect(clip.text).toBe('Quick clip from the park this afternoon');
    expect(clip.media).toHaveLength(1);
    expect(clip.media[0]).toMatchObject({ type: 'video', path: null, altText: null });
  });

  it('joins the long post with its note-tweet by time and text prefix', () => {
    const long = byTextStart(posts, 'Some thoughts after ten years');
    expect(long.id).toBe('1929145904133046272');
    expect(long.text).toContain('clubs & coaching beginners'); // raw in the note, not double-decoded
    expect(long.text).toContain('walking breaks are not cheating <they are a strategy>.');
    expect(long.text.endsWith('Plan here https://example.org/beginner-plan #running')).toBe(true);
    expect(long.links).toEqual([{ url: 'https://example.org/beginner-plan', domain: 'example.org' }]);
    expect(long.hashtags).toEqual(['running']);
    expect(long.truncated).toBeUndefined();
    // Same second, different words: not joined.
    const lunch = byTextStart(posts, 'Lunch break');
    expect(lunch.id).toBe('1929145904133046273');
    expect(lunch.text).toBe('Lunch break ☀️');
  });

  it('keeps the latest version of an edited post and lists the earlier ones, oldest first', () => {
    const pb = byTextStart(posts, 'Parkrun PB');
    expect(pb.id).toBe('1921138138936246272');
    expect(pb.text).toBe('Parkrun PB this morning: 23:10! Thanks for the pacing @friend_example');
    expect(pb.createdAt).toBe('2025-05-10T09:40:00.000Z');
    expect(pb.earlierVersions).toEqual([
      { id: '1921135622353846272', createdAt: '2025-05-10T09:30:00.000Z', text: 'Parkrun PB this morning: 24:10!' },
      { id: '1921136377328566272', createdAt: '2025-05-10T09:33:00.000Z', text: 'Parkrun PB this morning: 23:10!' },
    ]);
    expect(posts.filter((p) => p.text.startsWith('Parkrun PB'))).toHaveLength(1);
    expect(posts.find((p) => p.earlierVersions && p !== pb)).toBeUndefined();
  });

  it('reads retweets as reposts of the named account, marking text cut with "…"', () => {
    const park = byTextStart(posts, 'Local park reopens');
    expect(park).toMatchObject({ kind: 'repost', sharedFrom: 'news_example', truncated: true, mentions: ['news_example'] });
    expect(park.text.endsWith('from the…')).toBe(true);
    const charity = byTextStart(posts, 'Thank you to everyone who joined');
    expect(charity).toMatchObject({ kind: 'repost', sharedFrom: 'charity_example' });
    expect(charity.text).toBe('Thank you to everyone who joined our fun run & raised money for the hospice!');
    expect(charity.truncated).toBeUndefined();
  });

  it('reads replies, including a self-reply thread', () => {
    const reply = byTextStart(posts, '@friend_example Congratulations');
    expect(reply).toMatchObject({ kind: 'reply', inReplyTo: '1841191349253046277', inReplyToAccount: 'friend_example' });
    const start = byTextStart(posts, 'Three things I learned');
    const two = byTextStart(posts, '1. Sleep');
    const three = byTextStart(posts, '2. Walk-and-talk');
    expect(start).toMatchObject({ kind: 'post', inReplyTo: null, id: '1881416402334646272' });
    expect(two).toMatchObject({ kind: 'reply', inReplyTo: start.id, inReplyToAccount: 'fixture_alex' });
    expect(three).toMatchObject({ kind: 'reply', inReplyTo: two.id, inReplyToAccount: 'fixture_alex' });
  });

  it('reads a link to another post as a quote of its author', () => {
    const quote = byTextStart(posts, 'This is a brilliant summary');
    expect(quote).toMatchObject({ id: '1907342234219446272', kind: 'quote', sharedFrom: 'prof_example' });
    expect(quote.text).toBe('This is a brilliant summary of the evidence https://twitter.com/prof_example/status/1775000000000000001');
    expect(quote.links).toEqual([{ url: 'https://twitter.com/prof_example/status/1775000000000000001', domain: 'twitter.com' }]);
  });

  it('reads community posts with audience "community"', () => {
    const community = posts.filter((p) => p.audience === 'community');
    expect(community.map((p) => [p.kind, p.text])).toEqual([
      ['post', 'Hello runners! Anyone doing the half marathon in May?'],
      ['reply', '@runner_example Count me in for the Sunday long run'],
    ]);
    expect(community[0]!.source.file).toBe('data/community-tweet.js');
    expect(posts.filter((p) => p.audience !== 'community' && p.kind !== 'like').every((p) => p.audience === null)).toBe(true);
  });

  it('reads likes as endorsements dated by the archive, skipping likes without text', () => {
    const likes = posts.filter((p) => p.kind === 'like');
    expect(likes.map((l) => l.id)).toEqual(['like-1650000000000000001', 'like-1670000000000000003']);
    expect(likes[0]).toMatchObject({
      text: 'Stretching before bed makes such a difference & costs nothing',
      createdAt: '2026-03-06T13:15:31.187Z',
      url: 'https://x.com/i/web/status/1650000000000000001',
      source: { file: 'data/like.js', index: 0 },
    });
    expect(likes[1]!.hashtags).toEqual(['NHS']);
  });

  it('reads the language, null for X pseudo-codes (qht, art)', () => {
    expect(byTextStart(posts, 'Morning run').language).toBe('en');
    expect(byTextStart(posts, 'Bore da').language).toBe('cy');
    expect(byTextStart(posts, '#MondayMotivation').language).toBeNull();
    expect(byTextStart(posts, '🎉').language).toBeNull();
  });

  it('records where each post came from', () => {
    expect(byTextStart(posts, 'First post!').source).toEqual({ input: join(X, 'current'), file: 'data/tweets-part1.js', index: 7 });
    expect(byTextStart(posts, 'Morning run').source).toEqual({ input: join(X, 'current'), file: 'data/tweets.js', index: 0 });
  });

  it('does not read deleted-tweets.js (those posts are already gone)', () => {
    expect(posts.some((p) => p.text.includes('Testing, please ignore'))).toBe(false);
  });

  it('reads no direct messages unless asked', () => {
    expect(posts.some((p) => p.kind === 'message')).toBe(false);
    expect(imported.result.messagesScanned).toBe(false);
  });

  it('with includeMessages, reads only the messages the account sent, 1:1 and group', async () => {
    const { result, warnings } = await importX(join(X, 'current'), { includeMessages: true });
    expect(warnings).toEqual([]);
    expect(result.messagesScanned).toBe(true);
    const messages = result.posts.filter((p) => p.kind === 'message');
    expect(messages.map((m) => [m.id, m.createdAt, m.text])).toEqual([
      ['1896000000000000001', '2025-03-01T18:00:00.000Z', 'Here are the stretches I mentioned https://example.org/stretches & the warm-up'],
      ['1896000000000000003', '2025-03-02T10:05:00.123Z', 'Thanks! See you at the track on Sunday'],
      ['1897000000000000002', '2025-04-05T09:00:00.000Z', 'Happy birthday Sam! 🎂'],
    ]);
    for (const m of messages) expect(m).toMatchObject({ platform: 'x', audience: 'direct', url: null, account: 'fixture_alex' });
    expect(messages[0]!.links).toEqual([{ url: 'https://example.org/stretches', domain: 'example.org' }]);
    expect(messages[2]!.source.file).toBe('data/direct-messages-group.js');
    expect(result.posts.length).toBe(posts.length + 3);
  });

  it('gives identical posts from the zip, and from a zip with an extra top folder', async () => {
    const zip = await importX(join(X, 'current.zip'));
    const wrapped = await importX(join(X, 'current-wrapped.zip'));
    expect(zip.detected && wrapped.detected).toBe(true);
    expect(comparable(zip.result.posts)).toEqual(comparable(posts));
    expect(comparable(wrapped.result.posts)).toEqual(comparable(posts));
    expect(zip.result.account).toBe('fixture_alex');
    expect(zip.result.posts[0]!.source.input).toBe(join(X, 'current.zip'));
  });

  it('reads a tweets.js given on its own (no handle: i/web urls)', async () => {
    const { detected, result, warnings } = await importX(join(X, 'current', 'data', 'tweets.js'));
    expect(detected).toBe(true);
    expect(warnings).toEqual([]);
    expect(result.account).toBeNull();
    expect(result.posts).toHaveLength(12);
    const run = byTextStart(result.posts, 'Morning run');
    expect(run.url).toBe('https://x.com/i/web/status/1786655842628534272');
    expect(run.source.file).toBe('tweets.js');
  });

  it('reads the data folder given on its own, manifest paths included', async () => {
    const { result, warnings } = await importX(join(X, 'current', 'data'));
    expect(warnings).toEqual([]);
    expect(result.posts.map((p) => p.id)).toEqual(posts.map((p) => p.id));
  });
});

describe('2019 layout (data/tweet.js, bare records)', () => {
  let imported: Imported;
  let posts: Post[];
  beforeAll(async () => {
    imported = await importX(join(X, 'ytd-2019'));
    posts = imported.result.posts;
  });

  it('reads every record with the handle from account.js', () => {
    expect(imported.detected).toBe(true);
    expect(imported.warnings).toEqual([]);
    expect(imported.result.account).toBe('fixture_sam2019');
    expect(posts).toHaveLength(10);
    for (const post of posts) expect(() => PostSchema.parse(post)).not.toThrow();
    expect(posts.map((p) => p.kind).sort()).toEqual(['post', 'post', 'post', 'post', 'post', 'post', 'quote', 'reply', 'reply', 'repost']);
  });

  it('reads ids, dates, text, media in data/tweet_media and language', () => {
    const kit = byTextStart(posts, 'Race day kit');
    expect(kit).toMatchObject({
      id: '1040933245547446272',
      createdAt: '2018-09-15T12:00:00.000Z',
      text: 'Race day kit laid out',
      url: 'https://x.com/fixture_sam2019/status/1040933245547446272',
      source: { file: 'data/tweet.js', index: 2 },
    });
    expect(kit.media).toEqual([{ type: 'photo', path: 'data/tweet_media/1040933245547446272-TOVdKEUlOFehDRK.png', altText: null, remoteUrl: 'https://pbs.twimg.com/media/TOVdKEUlOFehDRK.png' }]);
    expect(byTextStart(posts, 'Easter Sunday').text).toBe('Easter Sunday 10k. 5 < 10 but 10 > 5 & I am tired');
    expect(byTextStart(posts, 'https://example.org/gallery').language).toBeNull(); // und
    expect(byTextStart(posts, 'Consistency beats')).toMatchObject({ kind: 'repost', sharedFrom: 'coach_example' });
    expect(byTextStart(posts, 'Training plan')).toMatchObject({ kind: 'reply', inReplyTo: '1002822121681846272', inReplyToAccount: 'fixture_sam2019' });
    expect(byTextStart(posts, 'Worth reading')).toMatchObject({ kind: 'quote', sharedFrom: 'journal_example' });
    expect(byTextStart(posts, 'Recipe')).toMatchObject({ hashtags: ['baking'], links: [{ url: 'https://example.org/flapjacks', domain: 'example.org' }] });
  });

  it('gives identical posts from the zip', async () => {
    const zip = await importX(join(X, 'ytd-2019.zip'));
    expect(comparable(zip.result.posts)).toEqual(comparable(posts));
  });
});

describe('2020 layout (tweet.js + tweet-part1.js, {tweet: {...}} wrappers)', () => {
  let imported: Imported;
  let posts: Post[];
  beforeAll(async () => {
    imported = await importX(join(X, 'ytd-2020'));
    posts = imported.result.posts;
  });

  it('reads both parts, in date order', () => {
    expect(imported.warnings).toEqual([]);
    expect(imported.result.account).toBe('fixture_kim2020');
    expect(posts).toHaveLength(11);
    expect(posts[0]).toMatchObject({ text: 'Christmas Eve parkrun done, mince pies earned', source: { file: 'data/tweet-part1.js', index: 0 } });
    expect(posts.map((p) => p.createdAt)).toEqual([...posts.map((p) => p.createdAt)].sort());
  });

  it('reads media, retweets, replies and x.com quotes', () => {
    expect(byTextStart(posts, 'Clapping').media[0]).toMatchObject({ type: 'photo', altText: 'A row of terraced houses at dusk', path: 'data/tweet_media/1250876615685046272-G6rwyvWPIoAvqDS.png' });
    expect(byTextStart(posts, 'A GIF').media[0]).toMatchObject({ type: 'animated_gif', path: null });
    expect(byTextStart(posts, 'Banana bread')).toMatchObject({ kind: 'repost', sharedFrom: 'bakery_example', text: 'Banana bread is back on the menu & it is still warm' });
    expect(byTextStart(posts, '@bakery_example Saving')).toMatchObject({ kind: 'reply', inReplyTo: '1258698153784246276', inReplyToAccount: 'bakery_example' });
    expect(byTextStart(posts, 'Quoting because')).toMatchObject({ kind: 'quote', sharedFrom: 'fixture_friend' });
  });

  it('gives identical posts from the zip', async () => {
    const zip = await importX(join(X, 'ytd-2020.zip'));
    expect(comparable(zip.result.posts)).toEqual(comparable(posts));
  });
});

describe('Grailbird layout (monthly JS + tweets.csv)', () => {
  let imported: Imported;
  let posts: Post[];
  beforeAll(async () => {
    imported = await importX(join(X, 'legacy'));
    posts = imported.result.posts;
  });

  it('reads the monthly JS files only (the CSV holds the same tweets), handle from user_details.js', () => {
    expect(imported.detected).toBe(true);
    expect(imported.warnings).toEqual([]);
    expect(imported.result.account).toBe('fixture_lee');
    expect(posts).toHaveLength(9);
    expect(new Set(posts.map((p) => p.source.file))).toEqual(new Set(['data/js/tweets/2013_04.js', 'data/js/tweets/2016_11.js', 'data/js/tweets/2018_02.js']));
    for (const post of posts) expect(() => PostSchema.parse(post)).not.toThrow();
  });

  it('takes id_str, not the bare numeric id that JSON.parse has already rounded', async () => {
    const placement = byTextStart(posts, 'Just finished my first week');
    expect(placement.id).toBe('318999994168246272');
    const month = await readFile(join(X, 'legacy', 'data', 'js', 'tweets', '2013_04.js'), 'utf8');
    expect(month).toContain('"id" : 318999994168246272,');
    const parsed = JSON.parse(month.slice(month.indexOf('['))) as { id: number; id_str: string }[];
    expect(String(parsed[2]!.id)).not.toBe(placement.id);
    expect(parsed[2]!.id_str).toBe(placement.id);
  });

  it('parses "2013-04-21 10:00:00 +0000" dates and reads the full retweeted text', () => {
    const retweet = byTextStart(posts, 'Congratulations to all our students');
    expect(retweet).toMatchObject({ kind: 'repost', sharedFrom: 'uni_example', createdAt: '2013-04-21T10:00:00.000Z', id: '325911787729846272' });
    expect(retweet.text.endsWith('the judges were very impressed')).toBe(true);
    expect(retweet.truncated).toBeUndefined();
    expect(retweet.url).toBe('https://x.com/fixture_lee/status/325911787729846272');
  });

  it('decodes text, expands old http://t.co links, reads replies, quotes, media and newlines', () => {
    expect(byTextStart(posts, 'Reading about').text).toBe('Reading about "motivational interviewing" tonight: http://example.org/mi-basics');
    expect(byTextStart(posts, 'Bonfire').text).toBe('Bonfire night & fireworks later. Remember to keep pets indoors! <3');
    expect(byTextStart(posts, '@street_example')).toMatchObject({ kind: 'reply', inReplyTo: '794856785310646275', inReplyToAccount: 'street_example' });
    expect(byTextStart(posts, 'Worth a read')).toMatchObject({ kind: 'quote', sharedFrom: 'journal_example' });
    expect(byTextStart(posts, 'Shopping list').text).toBe('Shopping list:\n- bananas\n- oats\n- "proper" coffee');
    const spring = byTextStart(posts, 'Signs of spring');
    expect(spring.text).toBe('Signs of spring in the garden');
    expect(spring.media).toEqual([{ type: 'photo', path: null, altText: 'Snowdrops under a tree', remoteUrl: 'https://pbs.twimg.com/media/xzfcIMKj68bpg5S.jpg' }]);
    expect(byTextStart(posts, 'Is it #WorldBookDay').hashtags).toEqual(['WorldBookDay']);
  });

  it('falls back to tweets.csv for a month whose JS is broken, without duplicates', async () => {
    const folder = await copyOf('legacy', 'legacy-broken-month');
    await writeFile(join(folder, 'data', 'js', 'tweets', '2016_11.js'), 'Grailbird.data.tweets_2016_11 = \n [ {\n  "source" : "cut sho');
    const { result, warnings } = await importX(folder);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file).toBe('data/js/tweets/2016_11.js');
    expect(result.posts).toHaveLength(9);
    expect(byTextStart(result.posts, 'Bonfire').source.file).toBe('tweets.csv');
    expect(byTextStart(result.posts, 'Just finished').source.file).toBe('data/js/tweets/2013_04.js');
  });

  it('gives identical posts from the zip', async () => {
    const zip = await importX(join(X, 'legacy.zip'));
    expect(comparable(zip.result.posts)).toEqual(comparable(posts));
  });
});

describe('Grailbird tweets.csv on its own', () => {
  let imported: Imported;
  let posts: Post[];
  beforeAll(async () => {
    imported = await importX(join(X, 'legacy-csv-only'));
    posts = imported.result.posts;
  });

  it('reads every row; no handle in a CSV', () => {
    expect(imported.detected).toBe(true);
    expect(imported.warnings).toEqual([]);
    expect(imported.result.account).toBeNull();
    expect(posts).toHaveLength(7);
    for (const post of posts) expect(() => PostSchema.parse(post)).not.toThrow();
    const hello = byTextStart(posts, 'Hello world');
    expect(hello).toMatchObject({ id: '281700468126646272', createdAt: '2012-12-20T10:00:00.000Z', url: 'https://x.com/i/web/status/281700468126646272', source: { file: 'tweets.csv', index: 6 } });
  });

  it('keeps embedded newlines and "" escapes', () => {
    expect(byTextStart(posts, 'Two lines').text).toBe('Two lines:\nfirst line\nsecond "quoted" line');
  });

  it('reads retweets (cut text marked truncated) and replies', () => {
    const club = byTextStart(posts, 'Club night moved');
    expect(club).toMatchObject({ kind: 'repost', sharedFrom: 'club_example', truncated: true });
    expect(byTextStart(posts, '@club_example See you')).toMatchObject({ kind: 'reply', inReplyTo: '553974551147446273' });
  });

  it('expands t.co links in order and turns media links into media', () => {
    const links = byTextStart(posts, 'Two links');
    expect(links.text).toBe('Two links: https://example.org/one and https://example.org/two #links');
    expect(links.links.map((l) => l.url)).toEqual(['https://example.org/one', 'https://example.org/two']);
    expect(links.hashtags).toEqual(['links']);
    const view = byTextStart(posts, 'Lunchtime view');
    expect(view.text).toBe('Lunchtime view');
    expect(view.links).toEqual([]);
    expect(view.media).toEqual([{ type: 'photo', path: null, altText: null, remoteUrl: 'https://twitter.com/fixture_csv/status/705362082001846272/photo/1' }]);
  });

  it('leaves raw & and < that old exports did not escape', () => {
    expect(byTextStart(posts, 'Fish').text).toBe('Fish & chips <3 on the beach');
  });

  it('gives identical posts from the zip', async () => {
    const zip = await importX(join(X, 'legacy-csv-only.zip'));
    expect(comparable(zip.result.posts)).toEqual(comparable(posts));
  });
});

describe('robustness', () => {
  it('warns about a malformed part file and reads the rest', async () => {
    const folder = await copyOf('current', 'malformed-part');
    await writeFile(join(folder, 'data', 'tweets-part1.js'), 'window.YTD.tweets.part1 = [ {\n  "tweet" : {\n    "id_str" : "1"');
    const { result, warnings } = await importX(folder);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file).toBe('data/tweets-part1.js');
    expect(warnings[0]!.message).toMatch(/not valid JSON/);
    expect(warnings[0]!.message).not.toContain('\n');
    expect(byTextStart(result.posts, 'Morning run').id).toBe('1786655842628534272');
    expect(result.posts.some((p) => p.text.startsWith('First post!'))).toBe(false);
  });

  it('warns about a part file without "["', async () => {
    const folder = await copyOf('current', 'no-bracket');
    await writeFile(join(folder, 'data', 'tweets-part1.js'), 'window.YTD.tweets.part1 = ');
    const { warnings } = await importX(folder);
    expect(warnings.map((w) => w.file)).toEqual(['data/tweets-part1.js']);
    expect(warnings[0]!.message).toMatch(/no "\[" found/);
  });

  it('accepts a byte-order mark, CRLF line ends and a trailing semicolon', async () => {
    const folder = join(scratch.root, 'bom');
    await mkdir(join(folder, 'data'), { recursive: true });
    const text = await readFile(join(X, 'ytd-2020', 'data', 'tweet.js'), 'utf8');
    await writeFile(join(folder, 'data', 'tweet.js'), `\ufeff${text.replaceAll('\n', '\r\n')};\r\n`);
    const { detected, result, warnings } = await importX(folder);
    expect(detected).toBe(true);
    expect(warnings).toEqual([]);
    expect(result.posts).toHaveLength(6);
  });

  it('warns about a 0-byte part file', async () => {
    const folder = await copyOf('current', 'empty-part');
    await writeFile(join(folder, 'data', 'tweets-part2.js'), '');
    const { result, warnings } = await importX(folder);
    expect(warnings).toEqual([{ file: 'data/tweets-part2.js', message: expect.stringMatching(/empty \(0 bytes\)/) as unknown as string }]);
    expect(result.posts).toHaveLength(24);
  });

  it('skips records missing required fields with one warning per file', async () => {
    const folder = await copyOf('ytd-2020', 'missing-fields');
    const path = join(folder, 'data', 'tweet-part1.js');
    const text = await readFile(path, 'utf8');
    const records = JSON.parse(text.slice(text.indexOf('['))) as { tweet: Record<string, unknown> }[];
    delete records[0]!.tweet.id_str;
    delete records[0]!.tweet.id;
    delete records[1]!.tweet.created_at;
    records[2]!.tweet.created_at = 'yesterday';
    await writeFile(path, `window.YTD.tweet.part1 = ${JSON.stringify(records)}`);
    const { result, warnings } = await importX(folder);
    expect(warnings).toEqual([{ file: 'data/tweet-part1.js', message: expect.stringMatching(/^3 of 5 records skipped/) as unknown as string }]);
    expect(result.posts).toHaveLength(8);
  });

  it('warns when manifest.js lists a file the archive lacks', async () => {
    const folder = await copyOf('current', 'manifest-missing-part');
    await rm(join(folder, 'data', 'tweets-part1.js'));
    const { warnings } = await importX(folder);
    expect(warnings.map((w) => w.file)).toEqual(['data/tweets-part1.js']);
    expect(warnings[0]!.message).toMatch(/listed in manifest\.js but missing/);
  });

  it('takes the handle from manifest.js when account.js is missing', async () => {
    const folder = await copyOf('current', 'no-account');
    await rm(join(folder, 'data', 'account.js'));
    const { result, warnings } = await importX(folder, { includeMessages: true });
    expect(warnings).toEqual([]);
    expect(result.account).toBe('fixture_alex');
    expect(result.posts.filter((p) => p.kind === 'message')).toHaveLength(3);
  });

  it('does not guess whose messages are whose without an account id', async () => {
    const folder = await copyOf('current', 'no-account-id');
    await rm(join(folder, 'data', 'account.js'));
    await rm(join(folder, 'data', 'manifest.js'));
    const { result, warnings } = await importX(folder, { includeMessages: true });
    expect(result.messagesScanned).toBe(false);
    expect(result.posts.some((p) => p.kind === 'message')).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/direct messages not read/);
    // No manifest: likes have no date to borrow.
    expect(result.posts.find((p) => p.kind === 'like')!.createdAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('throws a HindsightError naming the input when there is no tweets file', async () => {
    const folder = join(scratch.root, 'no-tweets');
    await cp(join(X, 'current', 'data', 'like.js'), join(folder, 'data', 'like.js'));
    const archive = await openArchive(folder);
    expect(await xImporter.detect(archive)).toBe(false);
    const read = xImporter.read(archive, { input: folder, includeMessages: false, warn: () => {} });
    await expect(read).rejects.toBeInstanceOf(HindsightError);
    await expect(read).rejects.toMatchObject({ file: folder, message: expect.stringContaining('tweets.js') as unknown as string });
  });

  it('throws a HindsightError when no tweets file can be read', async () => {
    const folder = join(scratch.root, 'all-broken');
    await mkdir(join(folder, 'data'), { recursive: true });
    await writeFile(join(folder, 'data', 'tweets.js'), 'window.YTD.tweets.part0 = [ {');
    const warnings: string[] = [];
    const archive = await openArchive(folder);
    expect(await xImporter.detect(archive)).toBe(true);
    const read = xImporter.read(archive, { input: folder, includeMessages: false, warn: (_f, m) => warnings.push(m) });
    await expect(read).rejects.toThrow(/none of the 1 X tweet file could be read/);
    expect(warnings).toHaveLength(1);
  });
});

describe('demo account', () => {
  it('reads about 80 posts from 2015 to 2025 by @physio_jo_example', async () => {
    const { detected, result, warnings } = await importX(join(FIXTURES, 'demo'));
    expect(detected).toBe(true);
    expect(warnings).toEqual([]);
    expect(result.account).toBe('physio_jo_example');
    expect(result.posts.length).toBeGreaterThanOrEqual(75);
    expect(result.posts[0]!.createdAt.startsWith('2015')).toBe(true);
    expect(result.posts.at(-1)!.createdAt.startsWith('2025')).toBe(true);
    expect(byTextStart(result.posts, 'Photo taken on the ward').media[0]!.path).toMatch(/^data\/tweets_media\/\d+-\w+\.png$/);
    expect(byTextStart(result.posts, 'Can someone in the discharge team').text).toContain('943 476 5919');
  });
});

describe('fixture generator', () => {
  it('reproduces the committed fixtures byte for byte', async () => {
    const out = join(scratch.root, 'regenerated');
    const written = await generateXFixtures(out);
    expect(written.length).toBeGreaterThan(30);
    for (const path of written) {
      const [fresh, committed] = await Promise.all([readFile(join(out, path)), readFile(join(FIXTURES, path)).catch(() => null)]);
      expect(committed, `${path} is missing: run npx tsx fixtures/x/generate.ts`).not.toBeNull();
      expect(fresh.equals(committed!), `${path} differs: run npx tsx fixtures/x/generate.ts`).toBe(true);
    }
    // No stale files left in the generated folders.
    for (const folder of ['x/current', 'x/ytd-2019', 'x/ytd-2020', 'x/legacy', 'x/legacy-csv-only', 'demo/data']) {
      expect(listFiles(join(FIXTURES, folder))).toEqual(listFiles(join(out, folder)));
    }
  });
});
