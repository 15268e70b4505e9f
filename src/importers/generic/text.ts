import type { Link, Media } from '../../model/post.js';
import { linkFrom } from '../util.js';

/*
 * Helpers for the importers whose records hold plain text or bare file names (generic CSV/JSON,
 * WhatsApp chats, and the media of Mastodon, Bluesky and WordPress). Patterns are compiled once.
 */

/** A web address as people type it: with a scheme, or starting "www.". Trailing punctuation is not part of it. */
const URL_IN_TEXT = /(?<![\w@./-])(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]'…]/gi;

/** Links written out in plain text, each once, in order of appearance. */
export function linksInText(text: string): Link[] {
  if (!text.includes('http') && !text.includes('www.') && !text.includes('WWW.')) return [];
  return unique([...text.matchAll(URL_IN_TEXT)].map((m) => m[0])).map(linkFrom);
}

/** Each value once, first occurrence kept. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Links with the same address once, first kept. */
export function uniqueLinks(links: Iterable<Link>): Link[] {
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const link of links) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    out.push(link);
  }
  return out;
}

const PHOTO_EXT = new Set(['jpg', 'jpeg', 'png', 'webp', 'heic', 'heif', 'bmp', 'tif', 'tiff', 'avif']);
const VIDEO_EXT = new Set(['mp4', 'mov', 'm4v', '3gp', 'webm', 'avi', 'mkv']);
const AUDIO_EXT = new Set(['opus', 'ogg', 'oga', 'm4a', 'mp3', 'aac', 'wav', 'amr', 'flac']);

/** What a media file is, from its name's extension. */
export function mediaTypeFromName(name: string): Media['type'] {
  const dot = name.lastIndexOf('.');
  const ext = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
  if (ext === 'gif') return 'animated_gif';
  if (PHOTO_EXT.has(ext)) return 'photo';
  if (VIDEO_EXT.has(ext)) return 'video';
  if (AUDIO_EXT.has(ext)) return 'audio';
  return ext ? 'file' : 'unknown';
}

/** What a media file is, from its MIME type (image/png, video/mp4, ...). */
export function mediaTypeFromMime(mime: string | undefined): Media['type'] {
  if (!mime) return 'unknown';
  const type = mime.toLowerCase();
  if (type === 'image/gif') return 'animated_gif';
  if (type.startsWith('image/')) return 'photo';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  return 'file';
}

/** The last segment of a "/"-separated path or URL path. */
export function baseName(path: string): string {
  const clean = path.split(/[?#]/, 1)[0] ?? path;
  return clean.slice(clean.lastIndexOf('/') + 1);
}
