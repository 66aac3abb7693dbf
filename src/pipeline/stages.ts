// Cleaning and extraction of one loaded document: the CPU-bound part a worker thread runs.
import { cleanDocument } from '../cleaning/index';
import type { KnownPeople } from '../extract/context';
import { inferDocDate } from '../extract/docdate';
import type { CleanDocument, Fact, RawDocument, Sentence } from '../shared/types';
import { RecordingKnown, type Lookups } from './known';
import { extractLong } from './sections';

export interface Processed {
  doc: CleanDocument;
  sentences: Sentence[];
  /** Empty when extraction was skipped. */
  facts: Fact[];
  /** Why no facts were extracted, e.g. "language ru". */
  skipped?: string;
  /** The registry lookups the extraction made, when it ran against a recorded view (see known.ts). */
  lookups?: Lookups;
}

/**
 * Cleans and extracts `raw`. With `record`, `known` is wrapped so that every lookup is kept in `lookups`.
 * extractFacts declines languages it cannot read and says why; such a document keeps its sentences and no facts.
 */
export async function processDocument(raw: RawDocument, known: KnownPeople, record = false): Promise<Processed> {
  const cleaned = await cleanDocument(raw);
  // Without a publication date, the date the text prints (a dateline, a caption) is the document's: it is stored,
  // dates the document's reports in the record, and resolves the relative dates of every section of a long text
  // (extraction used to infer it per section, so a section without the dateline lost it).
  const printed = cleaned.date ? null : inferDocDate(cleaned.text);
  const doc = printed ? { ...cleaned, date: printed, dateSource: 'text' } : cleaned;
  const view = record ? new RecordingKnown(known) : known;
  const extraction = extractLong(doc, view);
  const facts = extraction.skipped ? [] : extraction.facts;
  return {
    doc, sentences: extraction.sentences, facts, skipped: extraction.skipped,
    ...(view instanceof RecordingKnown ? { lookups: view.lookups() } : {}),
  };
}
