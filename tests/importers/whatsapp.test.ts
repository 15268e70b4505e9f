import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openArchive } from '../../src/importers/archive/index.js';
import { whatsappImporter } from '../../src/importers/whatsapp.js';
import { chatDate, dateOrder, messageContent, normaliseName, splitChat } from '../../src/importers/whatsapp/chat.js';
import { HindsightError } from '../../src/errors.js';
import { generate } from '../../fixtures/whatsapp/generate.js';
import { detects as detectsWith, expectRegenerated, read, scratchSpace, type Run } from './helpers.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/whatsapp');
const iosZip = join(fixtures, 'WhatsApp Chat - Physio Team.zip');
const androidUs = join(fixtures, 'WhatsApp Chat with Alex Morgan.txt');
const german = join(fixtures, 'WhatsApp Chat mit Lauftreff.txt');
const iso = join(fixtures, 'android-iso');
const iosUs = join(fixtures, 'ios-us');
const spanish = join(fixtures, 'spanish');
const korean = join(fixtures, 'korean');
const ambiguous = join(fixtures, 'ambiguous');
const ME = ['Sam Taylor'];
const tmp = scratchSpace('whatsapp');
const run = (input: string, me: string[] | undefined = ME): Promise<Run> => read(whatsappImporter, input, me ? { me } : {});
const detects = (input: string): Promise<boolean> => detectsWith(whatsappImporter, input);
const chatFile = (text: string, name = '_chat.txt'): string => tmp.file(name, text);

describe('WhatsApp detection', () => {
  it('recognises chats by their first line in every layout and locale', async () => {
    for (const input of [iosZip, androidUs, german, iso, iosUs, spanish, korean, ambiguous]) expect(await detects(input), input).toBe(true);
  });

  it('recognises a chat whatever the file is called, and not a text file that is no chat', async () => {
    expect(await detects(chatFile('[25/12/2020, 13:45:10] Sam: hi\n', 'notes'))).toBe(true);
    expect(await detects(chatFile('Shopping list\n25/12/2020 milk\n', 'list.txt'))).toBe(false);
    expect(await detects(resolve(fixtures, '../generic'))).toBe(false);
  });
});

describe('WhatsApp chats', () => {
  it('iOS group zip: own messages only, group audience, marks removed, attachments found', async () => {
    const { posts, account, warnings, messagesScanned } = await run(iosZip);
    expect(account).toBe('Sam Taylor');
    expect(messagesScanned).toBe(true);
    expect(warnings).toEqual([]);
    expect(posts.map((p) => [p.createdAt, p.text, p.media.map((m) => [m.type, m.path])])).toEqual([
      ['2021-03-05T09:12:40.000Z', 'Morning all! Rota for next week is up 🙂', []],
      ['2021-03-05T09:15:22.000Z', '', [['photo', '00000012-PHOTO-2021-03-05-09-15-22.jpg']]],
      ['2021-03-05T09:16:00.000Z', 'Here’s the rota again ^', []],
      ['2021-03-13T18:30:00.000Z', 'Reminder: team night out on Friday.\nCafé Rouge at 7 — first round’s on me! 🍷\n\nPartners welcome.', []],
      ['2021-03-13T18:31:10.000Z', '', [['photo', null]]],
      // The deleted message is gone; the edited one loses its marker.
      ['2021-03-14T08:05:00.000Z', 'Booked! Details: https://booking.example/table/123', []],
      ['2021-03-14T08:05:00.000Z', 'Booked! Details: https://booking.example/table/123', []],
    ]);
    for (const post of posts) {
      expect(post).toMatchObject({ platform: 'whatsapp', kind: 'message', audience: 'group', account: 'Sam Taylor', url: null, inReplyTo: null });
      expect(post.source).toMatchObject({ input: iosZip, file: '_chat.txt' });
      expect(post.text).not.toMatch(/[\u200e\u200f]/);
    }
    expect(posts[5]!.links).toEqual([{ url: 'https://booking.example/table/123', domain: 'booking.example' }]);
    // Same time and words, different (stable) ids.
    expect(posts[5]!.id).not.toBe(posts[6]!.id);
    expect((await run(iosZip)).posts.map((p) => p.id)).toEqual(posts.map((p) => p.id));
  });

  it('Android US: month first, 12-hour clock with 12 AM and 12 PM, one-to-one, <Media omitted>', async () => {
    const { posts } = await run(androidUs);
    expect(posts.map((p) => [p.createdAt, p.text, p.media.map((m) => m.type)])).toEqual([
      ['2020-12-24T09:05:00.000Z', 'Merry Christmas Eve! 🎄', []],
      ['2020-12-25T13:45:00.000Z', 'Lunch was amazing.\nThree courses\nand a nap 😴', []],
      ['2020-12-25T13:46:00.000Z', '', ['unknown']],
      ['2020-12-26T00:05:00.000Z', 'Can’t sleep, too much pudding', []],
    ]);
    expect(posts.every((p) => p.audience === 'direct')).toBe(true);
    expect(posts[0]!.source.file).toBe('WhatsApp Chat with Alex Morgan.txt');
  });

  it('German: dd.mm.yy, a group of two people known from its system lines', async () => {
    const { posts } = await run(german);
    expect(posts.map((p) => [p.createdAt, p.text, p.audience])).toEqual([
      ['2021-02-13T18:45:00.000Z', 'Wer läuft morgen mit? 🏃', 'group'],
      ['2021-02-13T18:52:00.000Z', 'Ja, 8 Uhr am Brunnen. Schöne Grüße an alle!', 'group'],
    ]);
  });

  it('year first with no day above 12, an attached file with its caption, a sticker', async () => {
    const { posts } = await run(iso);
    expect(posts.map((p) => [p.createdAt, p.text, p.media])).toEqual([
      ['2021-04-05T10:00:00.000Z', 'Hej Priya! Are we still on for the clinic audit?', []],
      ['2021-04-06T09:30:00.000Z', 'Photo of the new leaflet', [{ type: 'photo', path: 'IMG-20210406-WA0003.jpg', altText: null }]],
      ['2021-04-06T09:31:00.000Z', '', [{ type: 'photo', path: null, altText: null }]],
    ]);
  });

  it('iOS US with a narrow no-break space before AM/PM; links written with www.', async () => {
    const { posts } = await run(iosUs);
    expect(posts.map((p) => [p.createdAt, p.text, p.audience])).toEqual([
      ['2022-01-15T08:01:02.000Z', 'Did you see the new CPD guidance?', 'direct'],
      ['2022-01-15T12:30:45.000Z', 'Here: www.cpd-guide.example/2022 — worth 10 minutes.', 'direct'],
    ]);
    expect(posts[1]!.links).toEqual([{ url: 'www.cpd-guide.example/2022', domain: 'cpd-guide.example' }]);
  });

  it('Spanish "p. m." and Korean "오후" (meridiem before the time)', async () => {
    expect((await run(spanish)).posts.map((p) => [p.createdAt, p.text])).toEqual([
      ['2018-06-23T13:55:00.000Z', '¡Hola Lucía! ¿Qué tal la rodilla?'],
      ['2018-06-24T00:10:00.000Z', 'Buenas noches'],
    ]);
    expect((await run(korean)).posts.map((p) => [p.createdAt, p.text])).toEqual([['2020-12-25T13:45:00.000Z', '메리 크리스마스! 🎄']]);
  });

  it('reads ambiguous dates day first and says so', async () => {
    const { posts, warnings } = await run(ambiguous);
    expect(posts.map((p) => p.createdAt)).toEqual(['2021-04-03T10:00:00.000Z', '2021-04-05T09:00:00.000Z']);
    expect(warnings).toEqual([
      { file: 'WhatsApp Chat with Chris Evans.txt', message: 'no date in this chat has a day or month above 12; dates read as day/month/year (UK order)' },
    ]);
  });

  it('records wall-clock time as if UTC, whatever the time zone (even in a clock-change gap)', async () => {
    const { posts } = await run(chatFile('28/03/2021, 01:30 - Sam Taylor: In the gap\n'));
    expect(posts[0]!.createdAt).toBe('2021-03-28T01:30:00.000Z');
  });
});

describe('WhatsApp --me', () => {
  it('without --me: a HindsightError listing the senders, never the group name', async () => {
    const archive = await openArchive(iosZip);
    const reading = whatsappImporter.read(archive, { input: iosZip, includeMessages: false, warn: () => {} });
    await expect(reading).rejects.toThrow(HindsightError);
    await expect(reading).rejects.toThrow(
      'which sender is you? A chat export is audited for your own messages only; senders found: Sam Taylor, Alex Morgan, Jordan Lee, Priya Shah; pass --me "<name>" exactly as your name appears in the chat',
    );
    await archive.close();
  });

  it('a --me that matches nobody: the same list, naming what was given', async () => {
    await expect(run(androidUs, ['Samantha'])).rejects.toThrow(/none of the chat's senders matches --me "Samantha"; senders found: Sam Taylor, Alex Morgan; pass --me/);
  });

  it('matches names ignoring case, spacing and the "~" of unsaved contacts', async () => {
    expect((await run(androidUs, ['  sam   TAYLOR '])).posts).toHaveLength(4);
    const priya = await run(iosZip, ['priya shah']);
    expect(priya.posts.map((p) => [p.text, p.account])).toEqual([['Count me in', 'Priya Shah']]);
    expect(normaliseName('~\u202fPriya Shah')).toBe('priya shah');
    expect(normaliseName('\u202a+44 7700 900123\u202c')).toBe('+44 7700 900123');
  });

  it('several --me names, several chats in one folder: chats without you are a warning', async () => {
    const dir = await tmp.folder({
      'WhatsApp Chat with Alex.txt': readFileSync(androidUs),
      'WhatsApp Chat with Kim.txt': '01/02/2021, 10:00 - Kim Lee: hello\n13/02/2021, 10:00 - Jo Park: hi\n',
      'notes.txt': 'my own notes, not a chat\n',
    });
    const result = await run(dir, ['Sam Taylor', 'Someone Else']);
    expect(result.posts).toHaveLength(4);
    expect(result.warnings).toEqual([
      { file: 'WhatsApp Chat with Kim.txt', message: "none of this chat's senders is --me (Kim Lee, Jo Park); no message of yours read from it" },
    ]);
  });
});

describe('WhatsApp problems', () => {
  it('warns about dates that are no real date and lines before the first message', async () => {
    const result = await run(chatFile('Exported chat\n31/02/2021, 10:00 - Sam Taylor: bad date\n13/02/2021, 10:00 - Sam Taylor: fine\n'));
    expect(result.posts.map((p) => p.text)).toEqual(['fine']);
    expect(result.warnings.map((w) => w.message)).toEqual([
      '1 line before the first message skipped',
      '1 of your messages skipped: the date is not a real date (first at line 2)',
    ]);
  });

  it('throws a HindsightError naming the input when there is no chat', async () => {
    const input = chatFile('nothing here\n', 'readme.txt');
    const archive = await openArchive(input);
    await expect(whatsappImporter.read(archive, { input, includeMessages: false, me: ME, warn: () => {} })).rejects.toThrow(/no WhatsApp chat found; looked for a chat export/);
    await archive.close();
  });
});

describe('WhatsApp lines', () => {
  it('splits headers in every format and keeps continuation lines', () => {
    const { lines } = splitChat(
      [
        '[25/12/2020, 13:45:10] Sam: one',
        'two',
        '12/25/20, 1:45 PM - Sam: three',
        '25.12.20, 13:45 - Sam: four',
        '2020-12-25 13:45 - Sam: five',
        '25/12/2020 à 13:45 - Sam: six',
        '25.12.2020 klo 13.45 - Sam: seven',
        '[12/25/20, 1:45:10\u202fPM] Sam: eight',
        '25/12/2020, 1:45 p. m. - Sam: nine',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.fields.join('|'), l.hour, l.minute, l.second, l.text])).toEqual([
      ['25|12|2020', 13, 45, 10, 'one\ntwo'],
      ['12|25|20', 13, 45, 0, 'three'],
      ['25|12|20', 13, 45, 0, 'four'],
      ['2020|12|25', 13, 45, 0, 'five'],
      ['25|12|2020', 13, 45, 0, 'six'],
      ['25|12|2020', 13, 45, 0, 'seven'],
      ['12|25|20', 13, 45, 10, 'eight'],
      ['25|12|2020', 13, 45, 0, 'nine'],
    ]);
  });

  it('tells system lines from messages, also when a subject holds ": "', () => {
    const { lines } = splitChat(
      [
        '01/02/2021, 10:00 - Alex changed the subject from "Run: Sunday" to "Run: Saturday"',
        '01/02/2021, 10:01 - Alex added Sam',
        '[01/02/2021, 10:02:00] Group: \u200eAlex added Kim',
        '[01/02/2021, 10:03:00] Sam: \u200e<attached: 00000001-PHOTO.jpg>',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.system, l.sender])).toEqual([
      [true, null],
      [true, null],
      [true, 'Group'],
      [false, 'Sam'],
    ]);
  });

  it('decides the date order from every date in the file', () => {
    const order = (...dates: string[]): string => dateOrder(splitChat(dates.map((d) => `${d}, 10:00 - A: x`).join('\n')).lines).order;
    expect(order('01/02/21', '13/02/21')).toBe('dmy');
    expect(order('01/02/21', '02/13/21')).toBe('mdy');
    expect(order('01/02/21', '03/04/21')).toBe('dmy');
    const [line] = splitChat('2021-02-03 10:00 - A: x').lines;
    expect(chatDate(line!, 'ymd')).toBe('2021-02-03T10:00:00.000Z');
  });

  it('recognises attachments, omitted media, deletions and edits', () => {
    expect(messageContent('IMG-20210101-WA0001.jpg (file attached)\ncaption')).toEqual({ text: 'caption', fileName: 'IMG-20210101-WA0001.jpg', omitted: null, deleted: false });
    expect(messageContent('photo.jpg (lol)')).toMatchObject({ text: 'photo.jpg (lol)', fileName: null });
    expect(messageContent('<Medien ausgeschlossen>')).toMatchObject({ omitted: 'unknown' });
    expect(messageContent('\u200esticker omitted')).toMatchObject({ omitted: 'photo' });
    expect(messageContent('You deleted this message')).toMatchObject({ deleted: true });
    expect(messageContent('Fixed typo <This message was edited>')).toMatchObject({ text: 'Fixed typo' });
  });
});

describe('WhatsApp fixture generator', () => {
  it('is deterministic: regenerating gives the committed bytes', async () => {
    await expectRegenerated(generate, fixtures, join(tmp.root, 'regenerated'));
  });
});
