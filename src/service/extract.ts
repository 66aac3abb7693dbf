// Extraction without a database: the very ingest pipeline (cleaning, extraction, people across documents), with
// each document handed to the caller instead of being stored.
import { ingest, type IngestEvent, type IngestOptions, type IngestSummary } from '../pipeline/ingest';
import { DyadError } from '../shared/errors';
import type { CleanDocument, Fact, Sentence } from '../shared/types';
import type { Store, StoredDocument } from '../storage/types';

/** One document as extraction leaves it. */
export interface ExtractedDocument {
  /** Facts v1 `doc`: a file's name without extension, else the cleaned document's name. */
  name: string;
  document: CleanDocument;
  sentences: Sentence[];
  facts: Fact[];
  /** Why no facts were extracted, e.g. "language ru". */
  skipped?: string;
}

export interface ExtractHandlers {
  /** Called for each document in input order; awaited, so a slow reader slows extraction down. */
  onDocument(doc: ExtractedDocument): Promise<void> | void;
  /** Called for each input that could not be read or extracted. */
  onFailure?(source: string, error: DyadError): void;
}

/** A Store that keeps nothing: every save hands the document to `onSave`, every read is refused. */
function sinkStore(onSave: (doc: CleanDocument, sentences: Sentence[], facts: Fact[]) => Promise<void>): Store {
  let id = 0;
  const refuse = (): never => {
    throw new DyadError('internal', 'extraction has no database to read from');
  };
  return {
    async saveDocument(doc, sentences, facts) {
      await onSave(doc, sentences, facts);
      id += 1;
      const document: StoredDocument = { id, name: doc.name, source: doc.source, title: doc.title, language: doc.language,
        date: doc.date, dateSource: doc.dateSource ?? null, hash: doc.hash, size: doc.text.length, version: 1,
        ingestedAt: new Date().toISOString() };
      return { status: 'ingested', document };
    },
    listDocuments: refuse,
    getDocument: refuse,
    search: refuse,
    listFacts: refuse,
    analyze: async () => {},
    close: async () => {},
  };
}

/**
 * Extracts the documents the inputs stand for, in order, through the same pipeline `ingest` runs, so that what
 * `dyad extract` prints is what `dyad ingest` stores.
 */
export async function extract(inputs: string[], options: IngestOptions, handlers: ExtractHandlers):
  Promise<IngestSummary> {
  const pending = new Map<string, Omit<ExtractedDocument, 'skipped'>>();
  let chain: Promise<void> = Promise.resolve();
  const store = sinkStore(async (document, sentences, facts) => {
    // Waiting for the previous document's output keeps a slow reader from piling documents up in memory.
    await chain;
    pending.set(document.source, { name: document.name, document, sentences, facts });
  });
  // The sink sees the document before the pipeline reports whether extraction was skipped; the event says so.
  const onEvent = (event: IngestEvent): void => {
    if (event.status === 'failed') {
      handlers.onFailure?.(event.source, event.error ?? new DyadError('internal', `${event.source}: failed`));
      return;
    }
    const done = pending.get(event.document?.source ?? event.source);
    if (event.document) pending.delete(event.document.source);
    if (done) chain = chain.then(() => handlers.onDocument({ ...done, ...(event.skipped ? { skipped: event.skipped } : {}) }));
  };
  // The sink only hands documents on: this thread is free to extract alongside the workers.
  const summary = await ingest(inputs, { ...options, writerBusy: false }, store, onEvent);
  await chain;
  return summary;
}
