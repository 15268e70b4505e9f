import type { Media } from '../../model/post.js';

/* What a media file is, for the importers whose records give bare file names, URLs or MIME types. */

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

/** The last segment of a "/"-separated path or URL path (query and fragment left off). */
export function baseName(path: string): string {
  const clean = path.split(/[?#]/, 1)[0] ?? path;
  return clean.slice(clean.lastIndexOf('/') + 1);
}
