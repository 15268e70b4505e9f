import type { Media, Platform } from '../../model/post.js';
import { sameName, type ExportFile, type MetaFiles, type PostBuilder } from './common.js';
import { arr, obj, text } from './json.js';
import { mediaFromUri } from './media.js';
import { isoFromInstagramIso, isoFromMillis, isoFromSeconds } from './time.js';

/*
 * Private messages: Messenger threads in a Facebook export and direct messages in an Instagram one
 * (the same schema: messages/inbox/<thread>/message_N.json, or .html). Read only when the user asks.
 * Only the owner's own messages become posts; the owner is the profile's name or handle, else the
 * person who wrote in the most threads.
 */

interface ChatMessage {
  sender: string;
  createdAt: string;
  text: string;
  media: Media[];
  links: string[];
  thread: string;
  file: string;
  index: number;
}

const MEDIA_KEYS = ['photos', 'videos', 'gifs', 'audio_files', 'files'] as const;
const MEDIA_KEY_TYPES: Readonly<Record<(typeof MEDIA_KEYS)[number], Media['type'] | undefined>> = {
  photos: 'photo',
  videos: 'video',
  gifs: 'animated_gif',
  audio_files: 'audio',
  files: undefined,
};

/** Reads the chat files and adds the owner's messages; returns how many were added. */
export async function readChats(
  files: MetaFiles,
  chatFiles: readonly ExportFile[],
  ownerNames: readonly string[],
  platform: Platform,
  builder: PostBuilder,
): Promise<number> {
  const messages: ChatMessage[] = [];
  for (const file of chatFiles) {
    const thread = file.path.slice(0, file.path.lastIndexOf('/'));
    if (file.format === 'json') {
      const data = await files.json(file.path);
      if (data === undefined) continue;
      if (Array.isArray(data)) messages.push(...legacyInstagramChats(files, data, file.path));
      else messages.push(...jsonThread(files, data, thread, file.path));
    } else {
      const page = await files.html(file.path);
      if (!page) continue;
      for (const block of page.blocks) {
        const createdAt = files.htmlDate(file.path, block.dateText);
        if (!createdAt || block.title === '') continue;
        messages.push({
          sender: block.title,
          createdAt,
          text: block.text,
          media: block.media.map((m) => ({ type: m.type, path: m.path, altText: null, remoteUrl: m.remoteUrl })),
          links: block.links.map((l) => l.url),
          thread,
          file: file.path,
          index: block.index,
        });
      }
    }
  }
  const owner = pickOwner(messages, ownerNames);
  if (owner === null) return 0;
  let added = 0;
  for (const m of messages) {
    if (!sameName(m.sender, owner)) continue;
    if (m.text === '' && m.media.length === 0 && m.links.length === 0) continue;
    builder.add({
      platform,
      kind: 'message',
      createdAt: m.createdAt,
      text: m.text,
      media: m.media,
      links: m.links,
      audience: 'direct',
      file: m.file,
      index: m.index,
    });
    added++;
  }
  return added;
}

function jsonThread(files: MetaFiles, data: unknown, thread: string, path: string): ChatMessage[] {
  const out: ChatMessage[] = [];
  arr(obj(data)?.messages).forEach((value, index) => {
    const m = obj(value);
    if (!m || m.is_unsent === true) return;
    const sender = text(m.sender_name) ?? text(m.sender);
    const createdAt = isoFromMillis(m.timestamp_ms) ?? isoFromSeconds(m.timestamp);
    if (!sender) return;
    if (!createdAt) {
      files.noDate(path, '');
      return;
    }
    const media: Media[] = [];
    for (const key of MEDIA_KEYS) {
      for (const item of arr(m[key])) {
        const uri = text(obj(item)?.uri);
        if (uri) media.push(mediaFromUri(uri, null, MEDIA_KEY_TYPES[key]));
      }
    }
    const sticker = text(obj(m.sticker)?.uri);
    if (sticker) media.push(mediaFromUri(sticker));
    const share = obj(m.share);
    const link = text(share?.link);
    out.push({ sender, createdAt, text: text(m.content) ?? '', media, links: link ? [link] : [], thread, file: path, index });
  });
  return out;
}

/** Instagram's 2018–2020 messages.json: [{participants, conversation: [{sender, created_at, text}]}]. */
function legacyInstagramChats(files: MetaFiles, data: readonly unknown[], path: string): ChatMessage[] {
  const out: ChatMessage[] = [];
  let index = 0;
  data.forEach((value, threadIndex) => {
    for (const item of arr(obj(value)?.conversation)) {
      const m = obj(item);
      const position = index++;
      if (!m) continue;
      const sender = text(m.sender);
      const createdAt = isoFromInstagramIso(m.created_at);
      if (!sender) continue;
      if (!createdAt) {
        files.noDate(path, text(m.created_at) ?? '');
        continue;
      }
      const mediaUrl = text(m.media_url) ?? text(m.media);
      const link = text(m.link);
      out.push({
        sender,
        createdAt,
        text: text(m.text) ?? '',
        media: mediaUrl ? [mediaFromUri(mediaUrl)] : [],
        links: link ? [link] : [],
        thread: `${path}#${threadIndex}`,
        file: path,
        index: position,
      });
    }
  });
  return out;
}

/** The owner: a profile name or handle that wrote here, else whoever wrote in the most threads. */
function pickOwner(messages: readonly ChatMessage[], ownerNames: readonly string[]): string | null {
  const threads = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const m of messages) {
    const key = m.sender.trim().toLowerCase();
    let set = threads.get(key);
    if (!set) threads.set(key, (set = new Set()));
    set.add(m.thread);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const name of ownerNames) {
    if (threads.has(name.trim().toLowerCase())) return name;
  }
  let best: string | null = null;
  for (const [key, set] of threads) {
    if (best === null) {
      best = key;
      continue;
    }
    const bestThreads = threads.get(best)!.size;
    if (set.size > bestThreads || (set.size === bestThreads && counts.get(key)! > counts.get(best)!)) best = key;
  }
  return best;
}
