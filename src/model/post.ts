import { z } from 'zod';

/** Platforms whose posts hindsight reads. A post's platform can differ from its input's (Threads inside Instagram). */
export const PlatformSchema = z.enum([
  'x',
  'facebook',
  'instagram',
  'threads',
  'linkedin',
  'tiktok',
  'youtube',
  'reddit',
  'mastodon',
  'bluesky',
  'whatsapp',
  'wordpress',
  'generic',
]);
export type Platform = z.infer<typeof PlatformSchema>;

/** What the person did. A repost, quote or like counts as endorsing someone else's words. */
export const PostKindSchema = z.enum([
  'post',
  'reply',
  'repost',
  'quote',
  'comment',
  'message',
  'like',
  'story',
  'reel',
  'video',
  'article',
  'check-in',
  'group-post',
  'live-chat',
  'page',
]);
export type PostKind = z.infer<typeof PostKindSchema>;

export const LinkSchema = z.object({
  url: z.string(),
  domain: z.string(),
});
export type Link = z.infer<typeof LinkSchema>;

/**
 * Where and when a photo was taken: from the export's own metadata (Meta's `exif_data`) or from the
 * EXIF block in the first 64 KB of the file. Only what is present is given.
 */
export const MediaExifSchema = z.object({
  /** Decimal degrees, north positive. */
  latitude: z.number().min(-90).max(90).optional(),
  /** Decimal degrees, east positive. */
  longitude: z.number().min(-180).max(180).optional(),
  /**
   * When the camera took it. From a file: the camera's wall-clock time, `YYYY-MM-DDTHH:MM:SS`, with
   * its UTC offset only when the file records one. From an export's timestamp: ISO 8601 in UTC.
   */
  takenAt: z.string().optional(),
  /** `export`: the platform's own metadata; `file`: the photo file's EXIF. */
  from: z.enum(['export', 'file']),
});
export type MediaExif = z.infer<typeof MediaExifSchema>;

export const MediaSchema = z.object({
  type: z.enum(['photo', 'video', 'animated_gif', 'audio', 'file', 'unknown']),
  /** Path of the file inside the archive, when the export includes it. */
  path: z.string().nullable(),
  altText: z.string().nullable(),
  /** The platform's remote URL for the media, if recorded (never fetched). */
  remoteUrl: z.string().nullable().optional(),
  /** Location and camera time, where the export or the file's EXIF gives them. */
  exif: MediaExifSchema.optional(),
});
export type Media = z.infer<typeof MediaSchema>;

export const PostSourceSchema = z.object({
  /** The input path the user gave. */
  input: z.string(),
  /** The file inside the input that held the post. */
  file: z.string(),
  /** Position of the record within that file (0-based). */
  index: z.number().int().nonnegative().optional(),
});
export type PostSource = z.infer<typeof PostSourceSchema>;

export const EarlierVersionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  text: z.string(),
});

export const PostSchema = z.object({
  /** The platform's own id, always a string (64-bit ids never pass through a JS number); else a stable hash. */
  id: z.string().min(1),
  platform: PlatformSchema,
  /** The account's handle, without "@", when the export names it. */
  account: z.string().nullable(),
  kind: PostKindSchema,
  /** ISO 8601, UTC, e.g. 2021-03-04T12:00:00.000Z. */
  createdAt: z.string(),
  /** What the person wrote, decoded: entities unescaped, short links expanded, full text of long posts. */
  text: z.string(),
  url: z.string().nullable(),
  /** Id of the post replied to, if a reply. */
  inReplyTo: z.string().nullable(),
  /** Handle replied to, if known. */
  inReplyToAccount: z.string().nullable().optional(),
  mentions: z.array(z.string()),
  hashtags: z.array(z.string()),
  links: z.array(LinkSchema),
  media: z.array(MediaSchema),
  /** Who could see it, where the export says (public, followers, friends, direct, ...). */
  audience: z.string().nullable(),
  language: z.string().nullable(),
  source: PostSourceSchema,
  /** For reposts and quotes: the author of the words being shared. */
  sharedFrom: z.string().nullable().optional(),
  /** The text is known to be cut short by the export (e.g. an old retweet ending in "…"). */
  truncated: z.boolean().optional(),
  /** Earlier versions of an edited post, oldest first; `text` is the latest. */
  earlierVersions: z.array(EarlierVersionSchema).optional(),
});
export type Post = z.infer<typeof PostSchema>;
