// The data model every stage of dyad shares: documents, sentences, facts and their evidence.

import type { PartialDate } from './kinds/index';

/** A raw input as a source hands it over, before cleaning. */
export interface RawDocument {
  /** Path, URL or "-" for standard input, exactly as the user can recognise it. */
  source: string;
  kind: 'file' | 'url' | 'stdin';
  /** Bytes as read or fetched. */
  body: Buffer;
  /** MIME type from the HTTP response or guessed from the file extension. */
  contentType?: string;
  /** Publication date from the caller (`--date`), overriding what the text says. */
  dateOverride?: PartialDate;
}

/** A document after cleaning: the text that is stored, shown and that evidence offsets point into. */
export interface CleanDocument {
  /** Short stable name: a file's name without extension, or a slug of a URL. */
  name: string;
  source: string;
  title: string | null;
  text: string;
  /** sha256 (hex) of the cleaned text. */
  hash: string;
  /** ISO 639-1 code ("en"), or "und" when unknown. */
  language: string;
  /** Publication date, or null when nothing in the document fixes it (never today's date). */
  date: PartialDate | null;
  /**
   * Where the date came from: "override", "html-meta", "date-line", "timestamp", "dateline", "url", or "text" (a
   * year-less dateline or a caption, its year fixed by the dates the text itself reports; src/extract/docdate.ts).
   */
  dateSource?: string | null;
}

/** One sentence of a cleaned document, with its character span in `CleanDocument.text`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

// Every fact kind (its schema, type, Facts v1 fields, parties, date, key and one-line form) lives in ./kinds;
// these names are re-exported so code importing them from here keeps working.
export {
  AGREEMENT_STATUSES, FACT_TYPES, METRICS, MODALITIES, PROJECT_STATUSES, ROLES, SECTORS, TOPICS, UNITS,
} from './kinds/index';
export type {
  AgreementFact, AgreementStatus, CallFact, Country, Evidence, Fact, FactBody, FactsV1, FactType, FigureFact,
  MeetingFact, Metric, Modality, PartialDate, PersonFact, ProjectFact, ProjectStatus, Role, Sector, Topic, Unit,
  VisitFact,
} from './kinds/index';
