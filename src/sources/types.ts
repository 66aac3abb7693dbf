// What the sources stage hands to the rest of dyad: loadable items and the inputs that failed.
import type { DyadError } from '../shared/errors';
import type { RawDocument } from '../shared/types';

/** One document to load: a file, an article URL (also each link of a feed) or standard input. */
export interface SourceItem {
  source: string;
  kind: RawDocument['kind'];
  /** Reads or fetches the bytes; throws DyadError naming the source and the reason. */
  load(): Promise<RawDocument>;
}

export interface SourceFailure {
  source: string;
  error: DyadError;
}

export interface SourceOptions {
  /** Allow fetching loopback and private addresses (tests, intranets). */
  allowPrivate?: boolean;
  timeoutMs?: number;
  /** Largest body accepted, for files and downloads alike. */
  maxBytes?: number;
  userAgent?: string;
  /** Publication date forced by `--date`. */
  date?: string;
  /** Where "-" reads from; process.stdin by default. */
  stdin?: NodeJS.ReadableStream;
}
