// The storage contract shared by the PGlite and PostgreSQL drivers and used by the pipeline, CLI and API.
import type { CleanDocument, Fact, FactType, Sentence } from '../shared/types';
import type { FeedMemory } from './feeds';

export interface StoredDocument {
  id: number;
  /** Short stable name (file name without extension, or URL slug); unique across documents. */
  name: string;
  /** The first path or URL the content was read from (see `sources` of getDocument for all of them). */
  source: string;
  title: string | null;
  language: string;
  date: string | null;
  dateSource: string | null;
  hash: string;
  /** Characters of cleaned text. */
  size: number;
  /** 1 for the first content seen at this source, then 2, 3... */
  version: number;
  ingestedAt: string;
}

export type SaveStatus = 'ingested' | 'unchanged' | 'new_version';

export interface SaveOutcome {
  status: SaveStatus;
  document: StoredDocument;
  /** Set when the content was already stored under another source: this source was added to that document. */
  addedSource?: string;
}

export type StoredFact = Fact & { id: number; documentId: number; documentName: string; curation: string };

export interface SearchHit {
  document: StoredDocument;
  rank: number;
  /** Text around the match, with matched words wrapped in [ and ]. */
  snippet: string;
}

/** A document as `listDocuments` gives it: its latest version and the number of facts read in it. */
export type ListedDocument = StoredDocument & { facts: number };

/** A document with its text, every source it was read from and how many versions it has. */
export type DocumentDetail = StoredDocument & { text: string; sources: string[]; versions: number };

export interface DocumentPage {
  /** At most this many documents (default: all). */
  limit?: number;
  /** Skip this many first. */
  offset?: number;
  /** Keyset paging: only documents listed after the document with this id. */
  after?: number;
}

export interface FactFilter {
  /** Document id or name; an unknown one is a DyadError('not_found'). */
  doc?: string;
  type?: FactType;
  /** Two ISO alpha-3 codes: facts between them, in either direction. */
  pair?: [string, string];
  /** Facts naming this state on either side. */
  country?: string;
  /** Facts whose date or period overlaps [from, to]; dates at any precision (2020, 2020-05, 2020-05-03). */
  from?: string;
  to?: string;
  limit?: number;
  /** Keyset paging: only facts with an id greater than this one (facts come in id order). */
  after?: number;
}

/** One document to save with what was read in it. */
export interface SaveItem {
  doc: CleanDocument;
  sentences: Sentence[];
  facts: Fact[];
}

export interface Store {
  /** Feeds read before and the sources already stored (absent in stores that keep no such memory, e.g. fakes). */
  readonly feeds?: FeedMemory;
  /** Stores a document, its sentences and its facts in one transaction; same content again is 'unchanged'. */
  saveDocument(doc: CleanDocument, sentences: Sentence[], facts: Fact[]): Promise<SaveOutcome>;
  /**
   * Saves several documents in order in one transaction (one commit for all): the outcomes are those of saving
   * them one after the other, and a failure of any leaves none saved. Absent in stores that keep nothing.
   */
  saveDocuments?(items: readonly SaveItem[]): Promise<SaveOutcome[]>;
  /** Latest version of documents, newest ingested first, paged in the database. */
  listDocuments(page?: DocumentPage): Promise<ListedDocument[]>;
  /** By numeric id or by name; the latest version, or version `version` (null if it has no such version). */
  getDocument(ref: string, options?: { version?: number }): Promise<DocumentDetail | null>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Facts of latest versions in id order (a document's facts in text order), filtered and paged in SQL. */
  listFacts(filter?: FactFilter): Promise<StoredFact[]>;
  /** Gathers planner statistics (and checkpoints the embedded store); done by close() after a bulk ingest. */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL connection string; when set the server is used instead of the embedded database. */
  url?: string;
  /** PGlite data directory (default ./dyad-data, or DYAD_DB). */
  dataDir?: string;
}
