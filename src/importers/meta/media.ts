import type { Media } from '../../model/post.js';
import { metaExif } from '../../media/exif.js';

const PHOTO = /\.(?:jpe?g|png|webp|heic|heif|bmp|tiff?)(?:$|[?#])/i;
const VIDEO = /\.(?:mp4|mov|m4v|webm|avi|3gp|mkv)(?:$|[?#])/i;
const GIF = /\.gif(?:$|[?#])/i;
const AUDIO = /\.(?:mp3|m4a|aac|wav|ogg|opus|amr)(?:$|[?#])/i;

/** What a media file is, from its name (Meta's uris keep their extensions). */
export function mediaType(path: string): Media['type'] {
  if (PHOTO.test(path)) return 'photo';
  if (VIDEO.test(path)) return 'video';
  if (GIF.test(path)) return 'animated_gif';
  if (AUDIO.test(path)) return 'audio';
  return path.includes('.') ? 'file' : 'unknown';
}

/**
 * A media entry for a file the export lists (never read: only its path is kept). `entry`, the JSON
 * media object, gives the location and camera time from its `media_metadata` exif_data, if any.
 */
export function mediaFromUri(uri: string, altText: string | null = null, type?: Media['type'], entry?: unknown): Media {
  const remote = /^https?:\/\//i.test(uri);
  const media: Media = { type: type ?? mediaType(uri), path: remote ? null : uri, altText, remoteUrl: remote ? uri : null };
  const exif = entry === undefined ? undefined : metaExif(entry);
  if (exif) media.exif = exif;
  return media;
}

/** Subtitle and thumbnail files that travel with a video; they are not media of their own. */
export function isSidecar(uri: string): boolean {
  return /\.(?:srt|vtt)$/i.test(uri);
}
