/**
 * Alt text and captions of photos and videos are words the user published: they are judged like the
 * post's text. Each media's description is run through the same rules as a view of the post whose
 * text is that description (with nothing attached, so the image rule, which reads alt text itself,
 * does not fire twice). What the rules find is reported on the post with the message prefixed
 * "In the image description: ", no spans in `evidence` (those index the post's text), and the spans
 * in `media.evidence`, indexing `media[index].altText`.
 */
import type { Evidence } from '../model/finding.js';
import type { Post } from '../model/post.js';
import type { RawFinding } from '../rules/index.js';

/** A finding as the pipeline carries it: a rule's, perhaps about one of the post's media. */
export type JudgedFinding = RawFinding & { media?: { index: number; evidence: Evidence[] } };

export const ALT_TEXT_PREFIX = 'In the image description: ';
/** Platforms cap alt text at a few thousand characters; a damaged file could hold more. */
const MAX_ALT_CHARS = 10_000;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The post as the rules see one media's description. */
export function altTextView(post: Post, altText: string): Post {
  return { ...post, text: altText, media: [], links: [], mentions: [], hashtags: [] };
}

/** Whether any of the post's media has a description worth judging. */
export function hasAltText(post: Post): boolean {
  for (const m of post.media) if (m.altText !== null && m.altText.trim() !== '') return true;
  return false;
}

/**
 * Findings in the post's media descriptions. A description the post's text already contains (a
 * Facebook photo post's text is its description) is skipped, and so is a rule that already found
 * something in the text or in an earlier description: one finding per rule and topic, so the same
 * words in two places do not count twice.
 */
export function altTextFindings(post: Post, check: (view: Post) => JudgedFinding[], already: readonly JudgedFinding[]): JudgedFinding[] {
  const out: JudgedFinding[] = [];
  const seen = new Set(already.map((f) => `${f.ruleId}\u0000${f.topic}`));
  const text = squash(post.text);
  const judged = new Set<string>();
  for (const [index, m] of post.media.entries()) {
    if (m.altText === null) continue;
    let alt = m.altText;
    if (alt.length > MAX_ALT_CHARS) alt = alt.slice(0, /[\ud800-\udbff]/.test(alt[MAX_ALT_CHARS - 1]!) ? MAX_ALT_CHARS - 1 : MAX_ALT_CHARS);
    const key = squash(alt);
    if (key === '' || judged.has(key) || text.includes(key)) continue;
    judged.add(key);
    for (const f of check(altTextView(post, alt))) {
      const id = `${f.ruleId}\u0000${f.topic}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ ...f, message: `${ALT_TEXT_PREFIX}${f.message}`, evidence: [], media: { index, evidence: f.evidence } });
    }
  }
  return out;
}
