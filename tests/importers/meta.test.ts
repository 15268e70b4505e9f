import { describe, expect, it } from 'vitest';
import { fixMojibake } from '../../src/importers/meta/mojibake.js';
import { htmlTimeZone, isoFromHtmlDate, minuteKey, parseWallClock } from '../../src/importers/meta/time.js';
import { canonicalText, idText, resolveMentionMarkup } from '../../src/importers/meta/text.js';
import { readMetaHtml } from '../../src/importers/meta/html.js';
import { exportFiles } from '../../src/importers/meta/common.js';
import type { Archive } from '../../src/importers/archive/index.js';

/** What Meta's JSON holds after JSON.parse: each UTF-8 byte as one Latin-1 character. */
const mojibake = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

describe('fixMojibake', () => {
  const samples = ['café', 'Zoë naïve', '😂', '👩‍⚕️ 🇬🇧 👋🏽', 'Καλημέρα', 'مرحبا بكم', '你好，世界', 'Привет', '’quotes’ … – —', 'ø æ å'];

  it('restores every script exactly', () => {
    for (const text of samples) expect(fixMojibake(mojibake(text)), text).toBe(text);
  });

  it('leaves correct strings untouched, and never decodes twice', () => {
    for (const text of [...samples, 'plain ASCII', '£5 and 10°C', 'Ã is a letter', '']) expect(fixMojibake(text), text).toBe(text);
    for (const text of samples) expect(fixMojibake(fixMojibake(mojibake(text)))).toBe(text);
  });

  it('leaves a Latin-1 string that is not valid UTF-8 alone', () => {
    expect(fixMojibake('caf\u00e9 cr\u00e8me')).toBe('café crème');
  });

  it('repairs escaped emoji and punctuation beside real characters (a half-repaired file)', () => {
    expect(fixMojibake(`Grüße ${mojibake('😂 …')}`)).toBe('Grüße 😂 …');
    expect(fixMojibake(`Ωραία ${mojibake('👍')}`)).toBe('Ωραία 👍');
  });
});

describe('HTML dates', () => {
  it('reads each of Meta\u2019s English forms', () => {
    const zone = 'Europe/London';
    expect(isoFromHtmlDate('Jan 05, 2021 3:04:05 pm', zone)).toBe('2021-01-05T15:04:05.000Z');
    expect(isoFromHtmlDate('Jul 12, 2024 4:55:32pm', zone)).toBe('2024-07-12T15:55:32.000Z');
    expect(isoFromHtmlDate('Mar 10, 2020, 9:31 AM', zone)).toBe('2020-03-10T09:31:00.000Z');
    expect(isoFromHtmlDate('Jun 01, 2025 3:31 pm', zone)).toBe('2025-06-01T14:31:00.000Z');
    expect(isoFromHtmlDate('18 Mar 2020, 09:31', zone)).toBe('2020-03-18T09:31:00.000Z');
    expect(isoFromHtmlDate('Jan 1, 2020, 12:05 AM', zone)).toBe('2020-01-01T00:05:00.000Z');
    expect(isoFromHtmlDate('Wednesday, November 12, 2008 at 8:53pm UTC+01', zone)).toBe('2008-11-12T19:53:00.000Z');
  });

  it('says which texts carry seconds', () => {
    expect(parseWallClock('Jan 05, 2021 3:04:05 pm')?.hasSeconds).toBe(true);
    expect(parseWallClock('Jun 01, 2025 3:31 pm')?.hasSeconds).toBe(false);
  });

  it('refuses what it cannot read', () => {
    for (const text of ['Tháng 10 01, 2025 10:21:24 ch', '13:00', 'Feb 30, 2021 1:00 pm', 'Jan 05, 2021 13:04 pm', 'Updated Jan 05, 2021 3:04:05 pm', '']) {
      expect(isoFromHtmlDate(text, 'Europe/London'), text).toBeNull();
    }
  });

  it('follows British Summer Time, taking the GMT reading in the repeated hour', () => {
    expect(isoFromHtmlDate('Jul 14, 2013 7:30:45 pm', 'Europe/London')).toBe('2013-07-14T18:30:45.000Z');
    expect(isoFromHtmlDate('Oct 31, 2021 1:30:00 am', 'Europe/London')).toBe('2021-10-31T01:30:00.000Z');
    expect(isoFromHtmlDate('Jul 14, 2013 7:30:45 pm', 'America/New_York')).toBe('2013-07-14T23:30:45.000Z');
  });

  it('uses UK time unless told otherwise, and ignores a zone it does not know', () => {
    expect(htmlTimeZone(undefined)).toBe(process.env.HINDSIGHT_TIMEZONE ?? 'Europe/London');
    expect(htmlTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(htmlTimeZone('Not/AZone')).toBe('Europe/London');
  });

  it('ids use the minute only', () => {
    expect(minuteKey('2021-01-05T15:04:05.000Z')).toBe('2021-01-05T15:04');
  });
});

describe('text', () => {
  it('canonical text trims lines and ends, keeping blank lines and inner spacing', () => {
    expect(canonicalText('  a  b \r\n\r\n  c  ')).toBe('a  b\n\nc');
    expect(idText('a \n\n b')).toBe('a b');
  });

  it('resolves Facebook tag markup to the name a reader sees', () => {
    expect(resolveMentionMarkup('Thanks @[100004:2048:Sam Rivers] and @[200:Alex Khan]!')).toEqual({
      text: 'Thanks Sam Rivers and Alex Khan!',
      mentions: ['Sam Rivers', 'Alex Khan'],
    });
  });
});

describe('readMetaHtml', () => {
  it('reads the 2024 section layout: heading, text, photos with descriptions, links, Updated line, footer date', () => {
    const html =
      '<html><head><title>Your posts</title></head><body><main>' +
      '<section class="_3-95 _a6-g"><h2 class="_2ph_ _a6-h _a6-i">Sam added 2 new photos.</h2><div class="_2ph_ _a6-p"><div>' +
      '<div class="_2pin"><div class="_a7nf">' +
      '<div class="_a7ng"><div><a href="your_facebook_activity/posts/media/Album_1/1.jpg"><img src="your_facebook_activity/posts/media/Album_1/1.jpg" /></a><div>Album</div><div class="_3-95">First &amp; best</div></div></div>' +
      '<div class="_a7ng"><div><a href="your_facebook_activity/posts/media/Album_1/2.jpg"><img src="your_facebook_activity/posts/media/Album_1/2.jpg" /></a><div>Album</div></div></div>' +
      '</div></div>' +
      '<div class="_2pin"><div><a href="https://example.org/a">A title</a></div></div>' +
      '<div class="_2pin"><div>Line one<br /> <br /> Line &lt;two&gt;</div><div></div></div>' +
      '<div class="_2pin"><div>Updated Jan 06, 2021 9:00:00 am</div></div>' +
      '</div></div><footer class="_3-94 _a6-o"><a href="https://www.facebook.com/dyi/l/?l=x"><div class="_a72d">Jan 05, 2021 3:04:05 pm</div></a></footer></section>' +
      '</main></body></html>';
    const page = readMetaHtml(html);
    expect(page.recognised).toBe(true);
    expect(page.pageTitle).toBe('Your posts');
    expect(page.blocks).toHaveLength(1);
    const block = page.blocks[0]!;
    expect(block.title).toBe('Sam added 2 new photos.');
    expect(block.text).toBe('Line one\n\nLine <two>');
    expect(block.dateText).toBe('Jan 05, 2021 3:04:05 pm');
    expect(block.media.map((m) => [m.path, m.description])).toEqual([
      ['your_facebook_activity/posts/media/Album_1/1.jpg', 'First & best'],
      ['your_facebook_activity/posts/media/Album_1/2.jpg', null],
    ]);
    expect(block.links).toEqual([{ url: 'https://example.org/a', label: 'A title' }]);
  });

  it('reads the 2018–2022 layout and Instagram comment tables', () => {
    const old =
      '<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder"><div class="_3-96 _2pio _2lek _2lel">Sam Rivers</div>' +
      '<div class="_3-96 _2let"><div><div></div><div>hi there</div><div></div><div></div></div><ul class="_tqp"><li>👍Alex</li></ul></div>' +
      '<div class="_3-94 _2lem">Mar 10, 2020, 9:31 AM</div></div>';
    const [message] = readMetaHtml(old).blocks;
    expect(message).toMatchObject({ title: 'Sam Rivers', text: 'hi there', dateText: 'Mar 10, 2020, 9:31 AM' });

    const comment =
      '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _a6-p"><table>' +
      '<tr><td colspan="2" class="_2pin _a6_q">Comment<div><div>Nice one!</div></div></td></tr>' +
      '<tr><td colspan="2" class="_2pin _a6_q">Media Owner<div><div>sam_rivers</div></div></td></tr>' +
      '<tr><td class="_2pin _a6_q">Time</td><td class="_2pin _2piu _a6_r">Jun 01, 2025 3:31 pm</td></tr></table></div></div>';
    const [row] = readMetaHtml(comment).blocks;
    expect(row!.tables[0]).toEqual([
      { label: 'Comment', value: 'Nice one!', links: [] },
      { label: 'Media Owner', value: 'sam_rivers', links: [] },
      { label: 'Time', value: 'Jun 01, 2025 3:31 pm', links: [] },
    ]);
  });

  it('tells a page without Meta structure from an empty one', () => {
    expect(readMetaHtml('<html><body><p>Saved from a browser</p></body></html>').recognised).toBe(false);
    expect(readMetaHtml('<html><head><style>._a6-g{}</style></head><body><main></main></body></html>')).toMatchObject({ recognised: true, blocks: [] });
  });
});

describe('exportFiles', () => {
  const archive = (paths: string[]): Archive =>
    ({ find: (re: RegExp) => paths.filter((p) => re.test(p)).sort().map((path) => ({ path, size: 1 })) }) as unknown as Archive;

  it('orders parts numerically and prefers JSON where both formats are present', () => {
    const files = exportFiles(archive(['posts/your_posts_10.json', 'posts/your_posts_2.json', 'posts/your_posts_1.html', 'posts/your_posts_1.json', 'posts/your_posts_3.html']), /your_posts_\d+\.(json|html)$/);
    expect(files).toEqual([
      { path: 'posts/your_posts_1.json', format: 'json' },
      { path: 'posts/your_posts_2.json', format: 'json' },
      { path: 'posts/your_posts_3.html', format: 'html' },
      { path: 'posts/your_posts_10.json', format: 'json' },
    ]);
  });
});
