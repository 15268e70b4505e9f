import type { Report } from '../model/report.js';
import type { StandardsPack } from '../standards/pack.js';

export interface RenderOptions {
  /**
   * The standards pack the report was made with. Used only for clause wording the report's own
   * `clauses` array lacks, and only when its id matches `report.standards.id`.
   */
  pack?: StandardsPack;
}

/** One output format. A renderer is pure: the same report and options give the same text. */
export interface Renderer {
  /** File extension without the dot, e.g. "md". */
  extension: string;
  mediaType: string;
  render(report: Report, options?: RenderOptions): string;
  /** The same text in pieces, for large reports: joined, equal to render()'s output. */
  renderChunks?(report: Report, options?: RenderOptions): Iterable<string>;
}
