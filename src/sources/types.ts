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
  /** Least time between two requests to one host, in milliseconds (default 0: no pause). */
  hostIntervalMs?: number;
  /** What earlier runs left behind: feeds' validators and the sources already stored. */
  memory?: SourceMemory;
}

/** A feed as last read: the validators its server sent, so the next read can be a conditional request. */
export interface FeedState {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
}

/** Read access to what is already stored, so that a known feed costs one conditional request and its new items. */
export interface SourceMemory {
  feedState(url: string): Promise<FeedState | null>;
  /** Which of these sources (article URLs) are stored already. */
  knownSources(sources: string[]): Promise<Set<string>>;
}

/** What reading one feed gave: its validators to keep, and how many links were new. */
export interface FeedVisit extends FeedState {
  /** The server answered 304 Not Modified: nothing new since the last run. */
  notModified: boolean;
  /** Links to articles already stored, not fetched again. */
  known: number;
  /** Sources of the new items taken from it. */
  items: string[];
}
