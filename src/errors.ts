/**
 * An error meant for the user: printed as one line, never with a stack trace.
 * `file` names the input (and the file inside it) the problem is in.
 */
export class HindsightError extends Error {
  readonly exitCode: number;
  readonly file: string | undefined;

  constructor(message: string, options: { file?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HindsightError';
    this.exitCode = options.exitCode ?? 1;
    this.file = options.file;
  }

  /** The one line shown to the user. */
  get line(): string {
    return oneLine(this.file ? `${this.file}: ${this.message}` : this.message);
  }
}

export function isHindsightError(error: unknown): error is HindsightError {
  return error instanceof HindsightError;
}

/**
 * Line breaks, other control characters and the invisible characters that reorder text (bidi
 * controls) written as visible escapes, so that text from an export (a file name inside a zip, a
 * parser's message quoting it) can neither break a message into several lines nor disguise it on a
 * terminal.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function oneLine(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return ' ';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
