/**
 * A photo that carries the place it was taken: a confidentiality risk when that place is a
 * patient's home or the user's workplace. One finding per post, however many of its photos carry
 * a location, so a carousel of holiday photos does not outweigh one real concern.
 */
import type { Post } from '../model/post.js';
import type { JudgedFinding } from './alt-text.js';

export const PHOTO_LOCATION_RULE_ID = 'confidentiality/photo-location';
export const PHOTO_LOCATION_TOPIC = 'confidentiality.images';

/**
 * Without words placing the photo at work, a location alone is a weak signal (most geotagged photos
 * are holidays and parks): it does not flag a post by itself, but adds to other findings and is
 * listed when the post is flagged. With them, it is enough to ask for a review.
 */
const ALONE = { severity: 'low', confidence: 0.5 } as const;
const AT_WORK = { severity: 'medium', confidence: 0.8 } as const;

/** The finding for a post whose photos carry a GPS position, or null. `atWork`: the post's words place a photo at work. */
export function photoLocationFinding(post: Post, atWork: boolean): JudgedFinding | null {
  const located = post.media
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => m.exif?.latitude !== undefined && m.exif.longitude !== undefined);
  if (located.length === 0) return null;
  const first = located[0]!;
  const kind = first.m.type === 'video' ? 'video' : 'photo';
  const where = first.m.exif!.from === 'export' ? "in the export's own data" : "in the file's EXIF data";
  const paths = located.map(({ m }) => m.path).filter((p): p is string => p !== null);
  const files = paths.length ? ` (${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''})` : '';
  const count = located.length > 1 ? `${located.length} ${kind}s${files} carry` : `The ${kind}${files} carries`;
  const work = atWork ? ' The post suggests it was taken at work.' : '';
  const level = atWork ? AT_WORK : ALONE;
  return {
    ruleId: PHOTO_LOCATION_RULE_ID,
    concern: 'confidentiality',
    topic: PHOTO_LOCATION_TOPIC,
    severity: level.severity,
    confidence: level.confidence,
    message: `${count} the GPS position where ${located.length > 1 ? 'they were' : 'it was'} taken (${where}).${work} A location can identify a patient's home or your workplace: check where it points, and remove the location or the ${kind} if it shows either.`,
    evidence: [],
    media: { index: first.index, evidence: [] },
  };
}
