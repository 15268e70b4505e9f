/**
 * Photos that the post's words place at work (ward, clinic, theatre, x-ray, scan, bay, patient) are
 * found by the `confidentiality/images` rule, which judges only words. Only the user can look at the
 * picture itself, so the pipeline adds where it is: the path of each photo inside the export.
 */
import type { Post } from '../model/post.js';
import type { JudgedFinding } from './alt-text.js';

export const IMAGES_RULE_ID = 'confidentiality/images';

const VISUAL = new Set(['photo', 'video', 'animated_gif', 'unknown']);
const MAX_PATHS = 3;

/** The finding with the paths of the post's photos and videos in its message, when the export includes them. */
export function withMediaPaths(finding: JudgedFinding, post: Post): JudgedFinding {
  if (finding.ruleId !== IMAGES_RULE_ID) return finding;
  const media = post.media.filter((m) => VISUAL.has(m.type) && m.path !== null);
  if (media.length === 0) return finding;
  const kind = media.every((m) => m.type === 'video') ? 'video' : 'photo';
  const paths = media.slice(0, MAX_PATHS).map((m) => m.path!);
  const more = media.length > MAX_PATHS ? ` and ${media.length - MAX_PATHS} more` : '';
  const what = media.length === 1 ? `the ${kind}: it is ${paths[0]}` : `the ${kind}s: they are ${paths.join(', ')}${more}`;
  return { ...finding, message: `${finding.message} Look at ${what} in the export.` };
}
