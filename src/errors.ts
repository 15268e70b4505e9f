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
    return this.file ? `${this.file}: ${this.message}` : this.message;
  }
}

export function isHindsightError(error: unknown): error is HindsightError {
  return error instanceof HindsightError;
}
