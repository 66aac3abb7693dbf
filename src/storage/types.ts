// The storage contract shared by the PGlite and PostgreSQL drivers and used by the pipeline, CLI and API.
import type { CleanDocument, Fact, FactType, Sentence } from '../shared/types';
import type { FeedMemory } from './feeds';

export interface StoredDocument {
  id: number;
  /** Short stable name (file name without extension, or URL slug); unique across documents. */
  name: string;
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
}

export type StoredFact = Fact & { id: number; documentId: number; documentName: string; curation: string };

export interface SearchHit {
  document: StoredDocument;
  rank: number;
  /** Text around the match, with matched words wrapped in [ and ]. */
  snippet: string;
}

export interface Store {
  /** Feeds read before and the sources already stored (absent in stores that keep no such memory, e.g. fakes). */
  readonly feeds?: FeedMemory;
  /** Stores a document, its sentences and its facts in one transaction; same content again is 'unchanged'. */
  saveDocument(doc: CleanDocument, sentences: Sentence[], facts: Fact[]): Promise<SaveOutcome>;
  /** Latest version of every document, newest first. */
  listDocuments(): Promise<StoredDocument[]>;
  /** By numeric id or by name; the latest version for a name. */
  getDocument(ref: string): Promise<(StoredDocument & { text: string }) | null>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  listFacts(filter?: { doc?: string; type?: FactType }): Promise<StoredFact[]>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL connection string; when set the server is used instead of the embedded database. */
  url?: string;
  /** PGlite data directory (default ./dyad-data, or DYAD_DB). */
  dataDir?: string;
}
