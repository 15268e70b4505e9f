import { toIsoUtc } from '../util.js';

/*
 * The lines of a WhatsApp chat export, in every locale's date and time format.
 *
 * Why not whatsapp-chat-parser (MIT; measured on v4.0.2 and then removed from the dependencies): it
 *  - builds dates with `new Date(y, m, d, ...)` in the process's time zone, so recording the wall
 *    clock "as if UTC" means reading local fields back, which is wrong for times that fall in a
 *    daylight-saving gap (28/03/2021 01:30 came back as 02:30 under TZ=Europe/London);
 *  - swaps day and month of year-first dates when no day is above 12 (2020-12-05 → 12 May 2020),
 *    and falls back to guessing from date sequences instead of the day-first rule we want;
 *  - drops a meridiem written before the time (Korean "오후 1:45" → 01:45);
 *  - takes iOS system lines ("[date] Group name: ‎Alice added Bob") as messages by the group, and
 *    leaves the U+200E marks in the text;
 *  - exposes no raw date fields, so none of this can be fixed around it.
 * So this module splits lines itself; the header pattern covers the same shapes as that
 * parser's (brackets or " - ", 2- or 4-digit years, "." "/" "-" separators, seconds optional,
 * a.m./p. m./PM, U+200E/U+202F) plus a word or meridiem between date and time.
 */

/** Invisible direction marks WhatsApp puts before attachments, system lines and phone numbers. */
const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const LEADING_MARKS = /^[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/;
const SPACE = '[ \\u00a0\\u202f]';

/**
 * `[25/12/2020, 13:45:10] `, `12/25/20, 1:45 PM - `, `25.12.20, 13:45 - `, `2020-12-25 13:45 - `,
 * `25/12/2020 à 13:45 - `, `25.12.2020 klo 13.45 - `, `2020. 12. 25. 오후 1:45 - `, `[12/25/20, 1:45:10 PM] `.
 */
const HEADER = new RegExp(
  '^\\[?' +
    '(\\d{1,4})[./-] ?(\\d{1,2})[./-] ?(\\d{1,4})\\.?' +
    `,?${SPACE}+` +
    `(?:([^\\d\\s\\[\\]]{1,8})${SPACE}*)?` +
    '(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?' +
    `(?:${SPACE}*([AaPp])\\.?${SPACE}?[Mm]\\.?)?` +
    `(?:\\]${SPACE}|${SPACE}[-–]${SPACE}|:${SPACE})`,
);
const PM_WORDS = new Set(['pm', '오후', '下午', '午後']);
const AM_WORDS = new Set(['am', '오전', '上午', '午前']);

/** A sender name never holds quotes or runs this long; such a "name" is a system line containing ": ". */
const NOT_A_NAME = /["“”«»„]/;
const MAX_NAME_LENGTH = 80;

export interface ChatLine {
  /** The three date fields as written, in order. */
  fields: [string, string, string];
  hour: number;
  minute: number;
  second: number;
  /** The sender as written (marks removed); null for system lines without one. */
  sender: string | null;
  /** Message text: continuation lines joined with "\n", leading marks of each line removed. */
  text: string;
  /** A system notice (encryption, group changes), not something a person wrote. */
  system: boolean;
  /** 1-based line number of the message's first line. */
  line: number;
}

export interface SplitChat {
  lines: ChatLine[];
  /** Lines before the first message header (not part of any message). */
  strayLines: number;
}

/** True when the line opens a message in any locale's format. */
export function isChatHeader(line: string): boolean {
  return HEADER.test(line.replace(LEADING_MARKS, ''));
}

/** Splits a chat export into messages; lines that open no message continue the one before. */
export function splitChat(text: string): SplitChat {
  const lines: ChatLine[] = [];
  let current: ChatLine | null = null;
  let strayLines = 0;
  const raw = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!.replace(LEADING_MARKS, '');
    const header = HEADER.exec(line);
    if (!header) {
      if (current) current.text += '\n' + line;
      else if (line.trim() !== '') strayLines++;
      continue;
    }
    if (current) lines.push(finish(current));
    current = fromHeader(header, line.slice(header[0].length), i + 1);
  }
  if (current) lines.push(finish(current));
  return { lines, strayLines };
}

function fromHeader(header: RegExpExecArray, body: string, lineNumber: number): ChatLine {
  const word = header[4]?.toLowerCase();
  const suffix = header[8]?.toLowerCase();
  let hour = Number(header[5]);
  const pm = suffix === 'p' || (word !== undefined && PM_WORDS.has(word));
  const am = suffix === 'a' || (word !== undefined && AM_WORDS.has(word));
  if (pm && hour < 12) hour += 12;
  else if (am && hour === 12) hour = 0;
  const base = {
    fields: [header[1]!, header[2]!, header[3]!] as [string, string, string],
    hour,
    minute: Number(header[6]),
    second: Number(header[7] ?? 0),
    line: lineNumber,
  };
  // An Android system line has no sender: "Alice added Bob", "Messages and calls are end-to-end encrypted..."
  const colon = body.indexOf(': ');
  const sender = colon > 0 ? body.slice(0, colon).replace(MARKS, '').trim() : '';
  if (colon <= 0 || sender === '' || sender.length > MAX_NAME_LENGTH || NOT_A_NAME.test(sender)) {
    return { ...base, sender: null, text: body.replace(LEADING_MARKS, ''), system: true };
  }
  const rest = body.slice(colon + 2);
  // iOS writes system lines under the chat's name with a leading U+200E ("Group: ‎Alice added Bob");
  // the same mark also opens attachments and deletion notices, which are the sender's own.
  const system = LEADING_MARKS.test(rest) && !isSendersOwnMarkedLine(rest.replace(LEADING_MARKS, ''));
  return { ...base, sender, text: rest.replace(LEADING_MARKS, ''), system };
}

function finish(line: ChatLine): ChatLine {
  line.text = line.text.replace(/\n+$/, '');
  return line;
}

/** Marked lines that are still a sender's message: attachments, omitted media, deletions, locations. */
const SENDERS_MARKED = /^(?:<attached: |[\w-]+\.\w{2,5} \(|(?:image|video|audio|sticker|GIF|document|Contact card|video note|voice message) omitted|This message was deleted|You deleted this message|Location: |live location shared)/i;

function isSendersOwnMarkedLine(text: string): boolean {
  return SENDERS_MARKED.test(text) || MEDIA_OMITTED.test(text) || DELETED.test(text);
}

/* ---------------------------------------------------------------- dates */

export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/**
 * The order of the date fields in one file, decided from all its dates: a 4-digit first field is
 * a year; otherwise a first field above 12 means day first, else a second field above 12 means
 * month first. When nothing decides it the file is read day first, since hindsight's users are in
 * the UK; `assumed` says so.
 */
export function dateOrder(lines: readonly ChatLine[]): { order: DateOrder; assumed: boolean } {
  let monthFirst = false;
  for (const { fields } of lines) {
    if (fields[0].length === 4) return { order: 'ymd', assumed: false };
    if (Number(fields[0]) > 12) return { order: 'dmy', assumed: false };
    if (Number(fields[1]) > 12) monthFirst = true;
  }
  return monthFirst ? { order: 'mdy', assumed: false } : { order: 'dmy', assumed: lines.length > 0 };
}

/**
 * The message's time as ISO UTC. WhatsApp writes the phone's local wall-clock time with no zone;
 * it is recorded as if it were UTC (so 13:45 stays 13:45), which keeps the day as the person saw
 * it. Null when the fields are no real date (31/02, month 13).
 */
export function chatDate(line: ChatLine, order: DateOrder): string | null {
  const [a, b, c] = line.fields.map(Number) as [number, number, number];
  const [year, month, day] = order === 'ymd' ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  const fullYear = year < 100 ? 2000 + year : year;
  return toIsoUtc(fullYear, month, day, line.hour, line.minute, line.second);
}

/* ---------------------------------------------------------------- message content */

/** Android without media: "<Media omitted>", localised. */
export const MEDIA_OMITTED = /^<(?:Media omitted|Medien ausgeschlossen|Multimedia omitido|Archivo omitido|Médias omis|Media omessi|Mídia oculta|Arquivo de mídia oculto|Media weggelaten|Media om(?:it)?ted)>$/i;
/** iOS without media: "image omitted", "sticker omitted"... (English). */
const IOS_OMITTED = /^(image|video|audio|sticker|GIF|document|Contact card|video note|voice message) omitted$/i;
/** iOS with media: "<attached: 00000012-PHOTO-2020-12-25-13-47-00.jpg>". */
const IOS_ATTACHED = /^<attached: ([^<>]+)>$/;
/** Android with media: "IMG-20201225-WA0001.jpg (file attached)", localised. */
const ANDROID_ATTACHED = /^(.+?\.[A-Za-z0-9]{2,5}) \(([^()]{3,40})\)$/;
const ANDROID_ATTACHED_WORDS = /^(?:file attached|Datei angehängt|archivo adjunto|fichier joint|file allegato|arquivo anexado|bestand bijgevoegd|fil bifogad|plik załączony)$/i;
const WHATSAPP_FILE_NAME = /^(?:IMG|VID|AUD|PTT|STK|DOC|PHOTO|VIDEO|AUDIO|GIF|\d{8}-(?:PHOTO|VIDEO|AUDIO|GIF|STICKER))-[\w-]+\.\w+$/i;
/** A message that was deleted leaves only a notice, nothing to audit. */
export const DELETED = /^(?:This message was deleted\.?|You deleted this message\.?|Diese Nachricht wurde gelöscht\.?|Du hast diese Nachricht gelöscht\.?|Se eliminó este mensaje\.?|Eliminaste este mensaje\.?|Ce message a été supprimé\.?|Vous avez supprimé ce message\.?|Questo messaggio è stato eliminato\.?|Hai eliminato questo messaggio\.?|Mensagem apagada\.?|Você apagou esta mensagem\.?|null)$/i;
/** The marker edited messages end with. */
const EDITED = /[ \u00a0]*[\u200e\u200f]*<(?:This message was edited|Diese Nachricht wurde bearbeitet|Se editó este mensaje\.?|Ce message a été modifié|Questo messaggio è stato modificato|Mensagem editada)>$/i;

export interface MessageContent {
  text: string;
  /** An attached file's name, when the message carries one. */
  fileName: string | null;
  /** A media kind the export names without a file (omitted media). */
  omitted: 'photo' | 'video' | 'audio' | 'animated_gif' | 'file' | 'unknown' | null;
  deleted: boolean;
}

const OMITTED_TYPES: Readonly<Record<string, MessageContent['omitted']>> = {
  image: 'photo',
  sticker: 'photo',
  video: 'video',
  'video note': 'video',
  audio: 'audio',
  'voice message': 'audio',
  gif: 'animated_gif',
  document: 'file',
  'contact card': 'file',
};

/** Splits a message into its words and the attachment it carries; a caption follows the attachment line. */
export function messageContent(raw: string): MessageContent {
  const text = raw.replace(EDITED, '');
  if (DELETED.test(text.trim())) return { text: '', fileName: null, omitted: null, deleted: true };
  const newline = text.indexOf('\n');
  const first = (newline < 0 ? text : text.slice(0, newline)).replace(MARKS, '').trim();
  const caption = newline < 0 ? '' : text.slice(newline + 1);
  if (MEDIA_OMITTED.test(first)) return { text: caption, fileName: null, omitted: 'unknown', deleted: false };
  const ios = IOS_OMITTED.exec(first);
  if (ios) return { text: caption, fileName: null, omitted: OMITTED_TYPES[ios[1]!.toLowerCase()] ?? 'unknown', deleted: false };
  const attached = IOS_ATTACHED.exec(first);
  if (attached) return { text: caption, fileName: attached[1]!.trim(), omitted: null, deleted: false };
  const android = ANDROID_ATTACHED.exec(first);
  if (android && (ANDROID_ATTACHED_WORDS.test(android[2]!) || WHATSAPP_FILE_NAME.test(android[1]!))) {
    return { text: caption, fileName: android[1]!.trim(), omitted: null, deleted: false };
  }
  return { text, fileName: null, omitted: null, deleted: false };
}

/* ---------------------------------------------------------------- people */

/** A sender or --me name compared without marks, the "~" WhatsApp puts before unsaved contacts, spacing or case. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .replace(MARKS, '')
    .replace(/^~[\s\u202f]*/, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** System lines that only happen in groups (English and a few other languages). */
const GROUP_SYSTEM = /\b(?:created group|created this group|added|removed|left|joined using this group's invite link|changed the subject|changed this group's (?:icon|settings)|changed the group (?:description|name)|Messages to this group are now|hinzugefügt|entfernt|hat die Gruppe|ha creado el grupo|añadió|a créé le groupe|a ajouté|ha creato il gruppo|ha aggiunto|criou o grupo|adicionou)\b/i;

/** True when a system line says the chat is a group (someone added, group created, subject changed). */
export function isGroupSystemLine(text: string): boolean {
  return GROUP_SYSTEM.test(text);
}
