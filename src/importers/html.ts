import { parseDocument } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';

export type { AnyNode, Document, Element } from 'domhandler';
export { isTag, isText } from 'domhandler';
export * as DomUtils from 'domutils';

/** Parses an HTML document or fragment with a real HTML parser (htmlparser2); entities are decoded in text nodes. */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true });
}

const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'header', 'footer']);

/**
 * The text a reader sees: <br> and block boundaries become line breaks, scripts and styles are
 * dropped, runs of blank lines collapse, and the ends are trimmed.
 */
export function htmlToText(input: string | AnyNode | AnyNode[]): string {
  const nodes = typeof input === 'string' ? parseHtml(input).children : Array.isArray(input) ? input : [input];
  const parts: string[] = [];
  const walk = (node: AnyNode): void => {
    if (isText(node)) {
      parts.push(node.data);
      return;
    }
    if (!isTag(node) && !('children' in node)) return;
    const el = node as Element;
    const name = isTag(node) ? el.name.toLowerCase() : '';
    if (name === 'script' || name === 'style' || name === 'head') return;
    if (name === 'br') {
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) parts.push('\n');
    for (const child of el.children ?? []) walk(child);
    if (block) parts.push('\n');
  };
  for (const node of nodes) walk(node);
  return parts
    .join('')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The element's class names. */
export function classNames(el: Element): string[] {
  const value = el.attribs['class'];
  return value ? value.split(/\s+/).filter(Boolean) : [];
}

/** Whether the element carries the class name (a whole token, not a substring). */
export function hasClass(el: Element, name: string): boolean {
  const value = el.attribs['class'];
  if (!value || !value.includes(name)) return false;
  return classNames(el).includes(name);
}
