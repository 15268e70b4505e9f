import { DomUtils, htmlToText, parseHtml, type Element } from '../html.js';
import { toIsoUtc } from '../util.js';
import { FileProblem } from '../common/files.js';

/** The head of an article page: an `<h1>` title and a "created"/"published" date paragraph. */
export const ARTICLE_HEAD = /<p\b[^>]*\bclass\s*=\s*["']?(?:created|published)\b/i;

// "Created on 2017-12-09 04:54", "Published on 2017-12-10 09:00:12".
const SPACES = /\s+/;
const WEB_LINK = /^https?:/i;

const ARTICLE_DATE = /(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/;

export interface Article {
  title: string;
  text: string;
  createdAt: string;
  published: boolean;
  links: string[];
}

/**
 * One long-form article page (`Articles/Articles/*.html`, 2018: `Articles/<date>.html`): the title
 * from `<h1>`, the date from `<p class="published">` (else `created`), and the body as a reader sees
 * it. The text is the title, a blank line, then the body.
 */
export function readArticle(html: string): Article {
  const doc = parseHtml(html);
  const byClass = (name: string): Element | null =>
    DomUtils.findOne((el) => el.name === 'p' && (el.attribs['class'] ?? '').split(SPACES).includes(name), doc.children, true);
  const heading = DomUtils.findOne((el) => el.name === 'h1', doc.children, true);
  const created = byClass('created');
  const published = byClass('published');
  const when = dateIn(published) ?? dateIn(created);
  if (!when) throw new FileProblem('an article page without a readable "Created on" or "Published on" date; it was skipped');
  const title = heading ? htmlToText(heading) : '';
  for (const el of [heading, created, published]) if (el) DomUtils.removeElement(el);
  const body = DomUtils.findOne((el) => el.name === 'body', doc.children, true);
  const bodyText = htmlToText(body ? body.children : doc.children);
  const links = DomUtils.findAll((el) => el.name === 'a' && typeof el.attribs['href'] === 'string', body ? body.children : doc.children)
    .map((a) => a.attribs['href']!)
    .filter((href) => WEB_LINK.test(href));
  const text = title && bodyText ? `${title}\n\n${bodyText}` : title || bodyText;
  return { title, text, createdAt: when, published: published !== null && dateIn(published) !== null, links };
}

function dateIn(el: Element | null): string | null {
  if (!el) return null;
  const m = ARTICLE_DATE.exec(DomUtils.textContent(el));
  if (!m) return null;
  // Article dates carry no zone; LinkedIn's exports write UTC.
  return toIsoUtc(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}
