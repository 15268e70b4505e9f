/**
 * Quirks of real exports that the format notes and first fixtures missed, each found in public
 * parsers of those exports or their issue threads (named above each test), and each reproduced
 * here with synthetic content in the real layout.
 */
import { describe, expect, it } from 'vitest';
import { linkedinImporter } from '../../src/importers/linkedin.js';
import { undoQuotedLines } from '../../src/importers/linkedin/csv.js';
import { tiktokImporter } from '../../src/importers/tiktok.js';
import { facebookImporter } from '../../src/importers/facebook.js';
import { instagramImporter } from '../../src/importers/instagram.js';
import { youtubeImporter } from '../../src/importers/youtube.js';
import { detects, read, scratchSpace } from './helpers.js';

const tmp = scratchSpace('real-quirks');
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('LinkedIn', () => {
  // Comments.csv escapes quotes with a backslash, not by doubling them (seen by LinkedIn-export
  // cleaners, e.g. Hermione-Granger-1176/linkedin-analyzer reads it with escapechar "\\"). A strict
  // CSV reader rejected the whole file, so every comment was lost.
  it('reads Comments.csv whose quotes are backslash-escaped, keeping the other rows', async () => {
    const csv = [
      'Date,Link,Message',
      '2024-03-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000001,"I told them \\"well done\\", and meant it"',
      '2024-03-02 11:00:00,https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000002,"two\nlines \\"quoted\\""',
      '2024-03-03 12:00:00,https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000003,plain words',
      '',
    ].join('\n');
    const { posts, warnings } = await read(linkedinImporter, await tmp.folder({ 'Comments.csv': utf8(csv) }));
    expect(warnings).toEqual([]);
    expect(posts.map((p) => p.text)).toEqual(['I told them "well done", and meant it', 'two\nlines "quoted"', 'plain words']);
    expect(posts[0]!.inReplyTo).toBe('urn:li:activity:7100000000000000001');
  });

  // LinkedIn quotes each line of a multi-line share on its own, which doubles the quotation marks
  // inside each line; LinkedIn-export cleaners (linkedin-analyzer clean_shares_commentary) turn
  // the remaining "" back into " after joining the lines.
  it('undoes the doubled quotation marks inside the lines of a multi-line share', () => {
    const parsed = ['"He said ""hi"" to me"', '""', '"bye ""now"""'].join('\n');
    expect(undoQuotedLines(parsed)).toBe('He said "hi" to me\n\nbye "now"');
    expect(undoQuotedLines('no line breaks, ""kept"" as written')).toBe('no line breaks, ""kept"" as written');
  });

  it('still reads the usual doubled quotes, and still reports a file cut short', async () => {
    const good = 'Date,Link,Message\n2024-03-01 10:00:00,https://x.example/a,"say ""hi"" now"\n';
    expect((await read(linkedinImporter, await tmp.folder({ 'Comments.csv': utf8(good) }))).posts[0]!.text).toBe('say "hi" now');
    const cut = 'Date,ShareLink,ShareCommentary\n2024-03-01 10:00:00,x,"ok"\n';
    const broken = 'Date,Link,Message\n2024-03-01 10:00:00,https://x.example/a,"never closed\n';
    const { warnings } = await read(linkedinImporter, await tmp.folder({ 'Shares.csv': utf8(cut), 'Comments.csv': utf8(broken) }));
    expect(warnings.map((w) => w.file)).toEqual(['Comments.csv']);
  });
});

describe('TikTok', () => {
  // abrignoni/RLEAPP scripts/artifacts/tikTokArchiveJson.py (tested on real exports) finds
  // CommentsList either under "Comment" → "Comments" or straight under "Comment", and reads the
  // comments and questions typed into lives watched: "Tiktok Live" → "Watch Live History" →
  // "WatchLiveMap" → {<id>: {Link, Comments: [{CommentTime, CommentContent}], Questions: [...]}}
  // (the same shape is in zollo/tiktok-downloader data_structure.yml).
  it('reads comments listed straight under "Comment", and what was written in lives watched', async () => {
    const data = {
      Profile: { 'Profile Info': { ProfileMap: { userName: 'sam.sample' } } },
      Comment: { CommentsList: [{ date: '2024-05-01 10:00:00', comment: 'a flat comment' }] },
      'Tiktok Live': {
        'Watch Live History': {
          WatchLiveMap: {
            '7360000000000000002': {
              WatchTime: '2024-05-03 12:00:00',
              Link: 'https://www.tiktok.com/@host.sample/live',
              Comments: [{ CommentTime: '2024-05-03 12:01:00', CommentContent: 'said in a live chat', RawTime: 1714737660 }],
              Questions: [{ QuestionTime: '2024-05-03 12:02:00', QuestionContent: 'asked in a live' }],
            },
            '-1': { WatchTime: '', Link: '', Comments: null, Questions: null },
          },
        },
      },
    };
    const { posts, warnings } = await read(tiktokImporter, await tmp.folder({ 'user_data_tiktok.json': utf8(JSON.stringify(data)) }));
    expect(warnings).toEqual([]);
    expect(posts.map((p) => [p.kind, p.createdAt, p.text, p.url])).toEqual([
      ['comment', '2024-05-01T10:00:00.000Z', 'a flat comment', null],
      ['live-chat', '2024-05-03T12:01:00.000Z', 'said in a live chat', 'https://www.tiktok.com/@host.sample/live'],
      ['live-chat', '2024-05-03T12:02:00.000Z', 'asked in a live', 'https://www.tiktok.com/@host.sample/live'],
    ]);
    expect(posts.every((p) => p.account === 'sam.sample')).toBe(true);
  });
});

describe('Facebook', () => {
  const postsFile = 'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json';

  // lockdown-systems/cyd (its Facebook export importer, PR #405, 2025) finds a life event's title
  // in the record's `data` list as well as in its attachments; NorseKode/Waultar-App
  // documents/parser/content_examples.md shows a note attachment whose photos sit inside the note
  // ({note: {title: "", text: "", media: [{uri}]}}) with an empty `data` list.
  it('reads a life event kept in `data`, and the photos inside a note, instead of dropping the post', async () => {
    const records = [
      { timestamp: 1700000000, data: [{ life_event: { title: 'Started a new role at the clinic', start_date: { year: 2023, month: 11, day: 1 } } }], title: 'Sam Sample added a life event.' },
      { timestamp: 1700000100, attachments: [{ data: [{ note: { title: '', text: '', media: [{ uri: 'your_facebook_activity/posts/media/your_posts/100_n.jpg', creation_timestamp: 1700000101, title: '' }], tags: [] } }] }], data: [] },
    ];
    const { posts, warnings } = await read(facebookImporter, await tmp.folder({ [postsFile]: utf8(JSON.stringify(records)) }));
    expect(warnings).toEqual([]);
    expect(posts.map((p) => [p.createdAt, p.text, p.media.map((m) => m.type)])).toEqual([
      ['2023-11-14T22:13:20.000Z', 'Started a new role at the clinic', []],
      ['2023-11-14T22:15:00.000Z', '', ['photo']],
    ]);
  });

  // The format notes promise seconds; a time written as a string, or in milliseconds (as message
  // files write them), was read as a date thousands of years away.
  it('reads timestamps written as strings or in milliseconds', async () => {
    const records = [
      { timestamp: '1700000300', data: [{ post: 'time as a string' }] },
      { timestamp: 1700000400000, data: [{ post: 'time in milliseconds' }] },
    ];
    const { posts } = await read(facebookImporter, await tmp.folder({ [postsFile]: utf8(JSON.stringify(records)) }));
    expect(posts.map((p) => p.createdAt)).toEqual(['2023-11-14T22:18:20.000Z', '2023-11-14T22:20:00.000Z']);
  });
});

describe('Instagram', () => {
  // marcomaroni-github/instagram-to-bluesky types posts_1.json ("as of 2025/02/11") with
  // `media: Media[] | Media` and normalises a lone object to a list before reading it; the 2025
  // layout moved the file to your_instagram_activity/media/ (pixelfed/pixelfed PR #5822). Given a
  // folder holding only that file, the archive reader leaves no folder in its path ("posts_1.json"),
  // which the importer did not recognise.
  it('reads a post whose `media` is one object rather than a list, in the 2025 layout', async () => {
    const root = 'instagram-sam_sample-2025-03-01-AbCdEf/your_instagram_activity/media/';
    const posts1 = [
      { media: { uri: 'media/posts/202501/114.jpg', creation_timestamp: 1735900000, title: 'one photo, one object' }, title: '', creation_timestamp: 1735900000 },
      { media: [{ uri: 'media/posts/202501/115.jpg', creation_timestamp: 1736000000, title: 'one photo, in a list' }] },
    ];
    const { posts, warnings } = await read(instagramImporter, await tmp.folder({ [`${root}posts_1.json`]: utf8(JSON.stringify(posts1)) }));
    expect(warnings).toEqual([]);
    expect(posts.map((p) => [p.createdAt, p.text, p.media.length])).toEqual([
      ['2025-01-03T10:26:40.000Z', 'one photo, one object', 1],
      ['2025-01-04T14:13:20.000Z', 'one photo, in a list', 1],
    ]);
  });
});

describe('YouTube (Google Takeout)', () => {
  // karlicoss/google_takeout_parser tests/test_csv.py: a live chat's Takeout JSON keeps the
  // quotation marks typed in the message unescaped ({"takeoutSegments":[{"text":""…" jeez"}]}), so
  // it is not JSON; the same tests show the June 2024 comments.csv (columns reordered, segments
  // with no enclosing list, microsecond times with an offset).
  it('reads a chat message whose segment JSON has bare quotes, and the 2024 comment form', async () => {
    const base = 'Takeout/YouTube and YouTube Music/';
    const chats = [
      'Live Chat ID,Channel ID,Live Chat Create Timestamp,Price,Video ID,Live Chat Text',
      'Ugchat1,UCsample0000000000000000,2018-09-02T05:16:35.510381+00:00,0,vid00000001,"{""takeoutSegments"":[{""text"":""""be kind"" she said""}]}"',
      '',
    ].join('\n');
    const comments = [
      'Channel ID,Comment Create Timestamp,Price,Comment ID,Parent Comment ID,Video ID,Comment Text',
      'UCsample0000000000000000,2023-04-14T07:39:35.956042+00:00,0,Ugcomment1,,vid00000002,"{""text"":""\\u003e quoted line""},{""text"":""\n""},{""text"":""my reply""}"',
      '', '', '',
    ].join('\n');
    const dir = await tmp.folder({ [`${base}live chats/live chats.csv`]: utf8(chats), [`${base}comments/comments.csv`]: utf8(comments) });
    const { posts, warnings } = await read(youtubeImporter, dir);
    expect(warnings).toEqual([]);
    expect(posts.map((p) => [p.kind, p.createdAt, p.text]).sort()).toEqual([
      ['comment', '2023-04-14T07:39:35.956Z', '> quoted line\nmy reply'],
      ['live-chat', '2018-09-02T05:16:35.510Z', '"be kind" she said'],
    ]);
  });
});

describe('TikTok TXT download', () => {
  // TikTok offers TXT beside JSON. d3i-infra/data-donation-task (packages/python/port/platforms/
  // tiktok.py and tests/test_tiktok_txt.py) reads it: a file per section (Comments.txt, Posts.txt;
  // Dutch Reacties.txt, Berichten.txt), records as "Key: value" blocks split by blank lines, and
  // "You have no data in this section" for an empty one. It was not recognised at all.
  const root = 'TikTok_Data_1735000000/';
  const comments = [
    'Date: 2024-05-01 10:00:00', 'Comment: a first comment', 'Photo: N/A', 'Url: ', '',
    'Date: 2024-05-02 11:30:00', 'Comment: a comment over', 'two lines', '', 'and a blank one', 'Photo: N/A',
    'Url: https://www.tiktokv.com/share/video/7360000000000000009/', '', '',
  ].join('\r\n');
  const videos = [
    'Date: 2024-06-01 09:00:00', 'Link: https://www.tiktokv.com/share/video/7370000000000000001/', 'Like(s): 12',
    'Who can view: Everyone', 'Allow comments: Yes', 'Sound: original sound', 'Title: stretching routine #physio', '',
    'Date: 2024-06-02 09:00:00', 'Link: https://www.tiktokv.com/share/video/7370000000000000002/', 'Who can view: Friends', 'Title: ', '',
  ].join('\n');

  it('reads comments and posts from the section files, with the handle from the profile file', async () => {
    const dir = await tmp.folder({
      [`${root}Comment/Comments.txt`]: utf8(comments),
      [`${root}Post/Posts.txt`]: utf8(videos),
      [`${root}Post/Recently Deleted Posts.txt`]: utf8('You have no data in this section\n'),
      [`${root}Profile/Profile Info.txt`]: utf8('Username: sam.sample\nBio description: physio student\n'),
      [`${root}Your Activity/Watch History.txt`]: utf8('Date: 2024-06-03 08:00:00\nLink: https://www.tiktokv.com/share/video/1/\n'),
    });
    expect(await detects(tiktokImporter, dir)).toBe(true);
    const { posts, warnings, account, messagesScanned } = await read(tiktokImporter, dir, { includeMessages: true });
    expect(warnings).toEqual([]);
    expect(account).toBe('sam.sample');
    expect(messagesScanned).toBe(false);
    expect(posts.map((p) => [p.kind, p.createdAt, p.text, p.url, p.audience])).toEqual([
      ['comment', '2024-05-01T10:00:00.000Z', 'a first comment', null, null],
      ['comment', '2024-05-02T11:30:00.000Z', 'a comment over\ntwo lines\n\nand a blank one', 'https://www.tiktokv.com/share/video/7360000000000000009/', null],
      ['video', '2024-06-01T09:00:00.000Z', 'stretching routine #physio', 'https://www.tiktokv.com/share/video/7370000000000000001/', 'public'],
      ['video', '2024-06-02T09:00:00.000Z', '', 'https://www.tiktokv.com/share/video/7370000000000000002/', 'friends'],
    ]);
    expect(posts[2]!.id).toBe('7370000000000000001');
    expect(posts[2]!.hashtags).toEqual(['physio']);
  });

  it('reads the Dutch file names and keys, and leaves other text files alone', async () => {
    const dutch = await tmp.folder({ 'Reacties.txt': utf8('Datum: 2024-05-01 10:00:00\nReactie: een reactie\nFoto: N/A\n') });
    expect((await read(tiktokImporter, dutch)).posts.map((p) => p.text)).toEqual(['een reactie']);
    const notes = await tmp.folder({ 'Comments.txt': utf8('Things to say at the meeting:\nDate: next week\n'), 'Posts.txt': utf8('12/01/2024, 10:00 - Sam: hello\n') });
    expect(await detects(tiktokImporter, notes)).toBe(false);
  });
});

describe('Instagram, newer and localised files', () => {
  // d3i-infra/data-donation-task instagram.py: liked_comments.json (and the other like files) in
  // newer exports are a bare list of {timestamp, label_values: [{label: "URL", href}, {title:
  // "Owner", dict: [{dict: [{label: "Name"}, {label: "Username"}]}]}]}, and string_map_data labels
  // follow the account's language ("Kommentar", "Medieninhaber", "Zeit").
  it('reads likes written as label_values, and comments whose labels are not in English', async () => {
    const likes = [
      {
        timestamp: 1736500000,
        label_values: [
          { label: 'URL', value: 'https://www.instagram.com/p/AbCdEf123/', href: 'https://www.instagram.com/p/AbCdEf123/' },
          { title: 'Owner', dict: [{ dict: [{ label: 'URL', value: 'https://www.instagram.com/friend.sample' }, { label: 'Name', value: 'Friend Sample' }, { label: 'Username', value: 'friend.sample' }], title: '' }] },
        ],
        fbid: '17900000000000000',
      },
    ];
    const comments = [{ string_map_data: { Medieninhaber: { value: 'friend.sample' }, Kommentar: { value: 'Tolle Arbeit!' }, Zeit: { timestamp: 1736600000 } } }];
    const base = 'your_instagram_activity/';
    const dir = await tmp.folder({ [`${base}likes/liked_posts.json`]: utf8(JSON.stringify(likes)), [`${base}comments/post_comments_1.json`]: utf8(JSON.stringify(comments)) });
    const { posts, warnings } = await read(instagramImporter, dir);
    expect(warnings).toEqual([]);
    expect(posts.map((p) => [p.kind, p.createdAt, p.text, p.url, p.inReplyToAccount])).toEqual([
      ['comment', '2025-01-11T12:53:20.000Z', 'Tolle Arbeit!', null, 'friend.sample'],
      ['like', '2025-01-10T09:06:40.000Z', 'friend.sample', 'https://www.instagram.com/p/AbCdEf123/', 'friend.sample'],
    ]);
  });
});

describe('Facebook detection', () => {
  // Detection looked for a posts file whose first record starts with "timestamp", "attachments",
  // "data" or "title"; a record may start with another key, and a posts-only download has nothing
  // else to be recognised by.
  it('recognises a posts-only download whose first record starts with another key', async () => {
    const records = [{ backdated_timestamp: 1600000000, timestamp: 1700000000, data: [{ post: 'an older memory, posted later' }] }];
    const dir = await tmp.folder({ 'facebook-sam.sample-2025/posts/your_posts_1.json': utf8(JSON.stringify(records, null, 2)) });
    expect(await detects(facebookImporter, dir)).toBe(true);
    expect((await read(facebookImporter, dir)).posts.map((p) => p.text)).toEqual(['an older memory, posted later']);
  });
});

describe('Facebook profile exports', () => {
  // Real exports of a profile (one administering Pages) keep the posts in
  // this_profile's_activity_across_facebook/posts/profile_posts_1.json (an archive inventory of such
  // an export, Jan 2026, lists 930 posts there; several public parsers read profile_posts_1.json
  // and profile_posts_1.html). The posts were missed and only the comments read.
  it('reads profile_posts_1.json beside the comments', async () => {
    const base = "facebook-sample.clinic-15_Feb_2014-3_Jan_2026/this_profile's_activity_across_facebook/";
    const posts = [{ timestamp: 1700000000, data: [{ post: 'Clinic open as usual this Saturday' }, { update_timestamp: 1700000000 }], title: 'Sample Clinic updated their status.' }];
    const comments = { comments_v2: [{ timestamp: 1700000500, data: [{ comment: { timestamp: 1700000500, comment: 'Thanks for coming!', author: 'Sample Clinic' } }], title: 'Sample Clinic commented on a post.' }] };
    const dir = await tmp.folder({ [`${base}posts/profile_posts_1.json`]: utf8(JSON.stringify(posts)), [`${base}comments_and_reactions/comments.json`]: utf8(JSON.stringify(comments)) });
    const { posts: read_, warnings } = await read(facebookImporter, dir);
    expect(warnings).toEqual([]);
    expect(read_.map((p) => [p.kind, p.text])).toEqual([
      ['post', 'Clinic open as usual this Saturday'],
      ['comment', 'Thanks for coming!'],
    ]);
  });
});
