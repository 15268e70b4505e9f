import type { Archive, ArchiveEntry } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Media, Post } from '../model/post.js';
import { HindsightError } from '../errors.js';
import { StableIds } from './util.js';
import { someEntry } from './common/files.js';
import { baseName, mediaTypeFromName } from './common/media.js';
import { linksInPlainText } from './common/text.js';
import {
  chatDate,
  dateOrder,
  isChatHeader,
  isGroupSystemLine,
  messageContent,
  normaliseName,
  splitChat,
  type ChatLine,
} from './whatsapp/chat.js';

/*
 * WhatsApp "Export chat": `_chat.txt` (iOS, inside a zip with the media), `WhatsApp Chat with
 * <name>.txt` (Android, alone or with media), or a folder of several chats. Only the messages of
 * the person named by --me are audited; a chat the user hands over is audited without
 * --include-messages (they chose to give it). Times carry no zone and are recorded as if UTC.
 */

const LOOKS_FOR = 'a chat export (_chat.txt or "WhatsApp Chat with <name>.txt") whose lines start with a date and time';
/** Chat files are text files; any name, but the usual ones are tried first. */
const TEXT_FILE = /\.txt$/i;
const USUAL_NAME = /(^|\/)(_chat\.txt|WhatsApp Chat[^/]*\.txt)$/i;
/** Detection reads the head of at most this many text files (an export with many notes is not a chat). */
const MAX_SNIFFED = 20;

export const whatsappImporter: Importer = {
  id: 'whatsapp',
  name: 'WhatsApp chat export',
  looksFor: LOOKS_FOR,
  detect,
  read,
};

function candidates(archive: Archive): ArchiveEntry[] {
  const entries = archive.entries();
  if (archive.kind === 'file') return [...entries];
  const texts = entries.filter((e) => TEXT_FILE.test(e.path));
  return [...texts.filter((e) => USUAL_NAME.test(e.path)), ...texts.filter((e) => !USUAL_NAME.test(e.path))];
}

/** One of the first three non-empty lines opens a message (exports start with one; a title line added by hand is let through). */
function looksLikeChat(head: string): boolean {
  return head
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 3)
    .some(isChatHeader);
}

async function detect(archive: Archive): Promise<boolean> {
  return someEntry(candidates(archive).slice(0, MAX_SNIFFED), async (entry) => looksLikeChat(await archive.readText(entry.path, { maxBytes: 2048 })));
}

interface Chat {
  file: string;
  lines: ChatLine[];
  order: ReturnType<typeof dateOrder>;
  /** Normalised name → the name as first written, for people who wrote at least one message. */
  senders: Map<string, string>;
  group: boolean;
}

async function read(archive: Archive, options: ImportOptions): Promise<ImportResult> {
  const chats: Chat[] = [];
  for (const entry of candidates(archive)) {
    let text: string;
    try {
      text = await archive.readText(entry.path);
    } catch (err) {
      options.warn(entry.path, `could not read this chat file (${err instanceof Error ? err.message : String(err)})`);
      continue;
    }
    if (!looksLikeChat(text.slice(0, 2048))) continue; // a note or readme beside the chat
    chats.push(readChat(entry.path, text, options));
  }
  if (chats.length === 0) {
    throw new HindsightError(`no WhatsApp chat found; looked for ${LOOKS_FOR}`, { file: options.input });
  }

  const me = new Set((options.me ?? []).map(normaliseName).filter((name) => name !== ''));
  const everyone = new Map<string, string>();
  for (const chat of chats) for (const [key, name] of chat.senders) if (!everyone.has(key)) everyone.set(key, name);
  const matched = [...everyone.keys()].filter((key) => me.has(key));
  if (matched.length === 0) throw whoAreYou(options, everyone, me.size > 0);

  const mediaByName = mediaIndex(archive);
  const ids = new StableIds();
  const posts: Post[] = [];
  for (const chat of chats) {
    if (![...chat.senders.keys()].some((key) => me.has(key))) {
      options.warn(chat.file, `none of this chat's senders is --me (${listNames([...chat.senders.values()])}); no message of yours read from it`);
      continue;
    }
    posts.push(...ownMessages(chat, me, mediaByName, ids, options));
  }
  // The chat is private messages, read because the user handed it over (no --include-messages needed).
  return { account: everyone.get(matched[0]!) ?? null, posts, messagesScanned: true };
}

function readChat(file: string, text: string, options: ImportOptions): Chat {
  const { lines, strayLines } = splitChat(text);
  const order = dateOrder(lines);
  const senders = new Map<string, string>();
  let group = false;
  for (const line of lines) {
    if (line.system) {
      if (isGroupSystemLine(line.text)) group = true;
      continue;
    }
    const key = normaliseName(line.sender!);
    if (key !== '' && !senders.has(key)) senders.set(key, line.sender!.replace(/^~[\s\u202f]*/, ''));
  }
  // Two people (you and one other) make a one-to-one chat; more, or group notices, a group.
  if (senders.size > 2) group = true;
  if (strayLines > 0) options.warn(file, `${strayLines} line${strayLines === 1 ? '' : 's'} before the first message skipped`);
  if (order.assumed) {
    options.warn(file, 'no date in this chat has a day or month above 12; dates read as day/month/year (UK order)');
  }
  return { file, lines, order, senders, group };
}

function ownMessages(chat: Chat, me: ReadonlySet<string>, mediaByName: ReadonlyMap<string, string>, ids: StableIds, options: ImportOptions): Post[] {
  const posts: Post[] = [];
  const dir = chat.file.slice(0, chat.file.lastIndexOf('/') + 1);
  let badDates = 0;
  let firstBadLine = 0;
  chat.lines.forEach((line, index) => {
    if (line.system || !me.has(normaliseName(line.sender!))) return;
    const createdAt = chatDate(line, chat.order.order);
    if (createdAt === null) {
      if (badDates++ === 0) firstBadLine = line.line;
      return;
    }
    const content = messageContent(line.text);
    if (content.deleted) return;
    const media: Media[] = [];
    if (content.fileName !== null) {
      const path = mediaByName.get(dir + content.fileName) ?? mediaByName.get(content.fileName) ?? null;
      media.push({ type: mediaTypeFromName(content.fileName), path, altText: null });
    } else if (content.omitted !== null) {
      media.push({ type: content.omitted, path: null, altText: null });
    }
    if (content.text === '' && media.length === 0) return;
    posts.push({
      id: ids.next('whatsapp', 'message', createdAt, content.text),
      platform: 'whatsapp',
      account: line.sender!.replace(/^~[\s\u202f]*/, ''),
      kind: 'message',
      createdAt,
      text: content.text,
      url: null,
      inReplyTo: null,
      mentions: [],
      hashtags: [],
      links: linksInPlainText(content.text),
      media,
      audience: chat.group ? 'group' : 'direct',
      language: null,
      source: { input: options.input, file: chat.file, index },
    });
  });
  if (badDates > 0) {
    options.warn(chat.file, `${badDates} of your messages skipped: the date is not a real date (first at line ${firstBadLine})`);
  }
  return posts;
}

/** Archive files by name (and by folder + name), so an attachment line finds its file. */
function mediaIndex(archive: Archive): Map<string, string> {
  const byName = new Map<string, string>();
  for (const { path } of archive.entries()) {
    if (TEXT_FILE.test(path) && USUAL_NAME.test(path)) continue;
    byName.set(path, path);
    const name = baseName(path);
    if (!byName.has(name)) byName.set(name, path);
  }
  return byName;
}

function whoAreYou(options: ImportOptions, senders: ReadonlyMap<string, string>, meGiven: boolean): HindsightError {
  const found = senders.size === 0 ? 'no messages with a sender' : `senders found: ${listNames([...senders.values()])}`;
  const lead = meGiven
    ? `none of the chat's senders matches --me ${(options.me ?? []).map((n) => `"${n}"`).join(', ')}`
    : 'which sender is you? A chat export is audited for your own messages only';
  return new HindsightError(`${lead}; ${found}; pass --me "<name>" exactly as your name appears in the chat`, { file: options.input });
}

function listNames(names: string[]): string {
  const shown = names.slice(0, 12).join(', ');
  return names.length > 12 ? `${shown} and ${names.length - 12} more` : shown;
}
