// The one error type of dyad: a message a user can act on, naming the input and the reason.

export type ErrorCode =
  | 'not_found' | 'unreadable' | 'empty' | 'binary' | 'encoding' | 'too_large' | 'bad_html' | 'bad_feed'
  | 'network' | 'http_status' | 'forbidden_address' | 'timeout' | 'unsupported' | 'usage' | 'storage' | 'internal'
  | 'unauthorized';

export class DyadError extends Error {
  readonly code: ErrorCode;
  /** The input (path, URL, document id) the error is about, if any. */
  readonly input?: string;

  constructor(code: ErrorCode, message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'DyadError';
    this.code = code;
    this.input = options.input;
  }

  /** The same shape the CLI prints and the API returns. */
  toJSON(): { error: { code: ErrorCode; message: string; input?: string } } {
    return { error: { code: this.code, message: this.message, ...(this.input ? { input: this.input } : {}) } };
  }
}

/** Turns anything thrown into a DyadError without losing the original as `cause`. */
export function asDyadError(err: unknown, input?: string): DyadError {
  if (err instanceof DyadError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new DyadError('internal', message, { input, cause: err });
}
