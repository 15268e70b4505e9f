/**
 * Every report format, by its --format name. Adding a format (html, csv) is one module exporting a
 * Renderer plus one line here; `Format` and `FORMATS` follow from this object.
 */
import { csvRenderer } from './csv.js';
import { htmlRenderer } from './html.js';
import { jsonRenderer } from './json.js';
import { markdownRenderer } from './markdown.js';
import type { Renderer } from './types.js';

export type { RenderOptions, Renderer } from './types.js';

const renderers = {
  html: htmlRenderer,
  md: markdownRenderer,
  json: jsonRenderer,
  csv: csvRenderer,
} satisfies Record<string, Renderer>;

/** A --format name: 'html' | 'md' | 'json' | 'csv'. */
export type Format = keyof typeof renderers;

export const RENDERERS: Readonly<Record<Format, Renderer>> = renderers;

/** The format names, in declaration order. */
export const FORMATS = Object.keys(renderers) as Format[];

export const isFormat = (name: string): name is Format => Object.hasOwn(renderers, name);
