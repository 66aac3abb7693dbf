// The ingest pipeline: loads each input, cleans it, extracts its facts and stores all of it, one item at a time.
import type { PeopleRegistry } from '../resolve/people';
import { asDyadError, type DyadError } from '../shared/errors';
import { expandInputs } from '../sources/index';
import type { FeedVisit, SourceOptions } from '../sources/types';
import type { CleanDocument, Fact, Sentence } from '../shared/types';
import type { SaveOutcome, SaveStatus, Store, StoredDocument } from '../storage/types';
import { batches } from './batches';
import { processInOrder } from './parallel';

export type IngestStatus = SaveStatus | 'failed';

/** What happened to one input; the CLI renders it, the API will return it. */
export interface IngestEvent {
  source: string;
  status: IngestStatus;
  document?: StoredDocument;
  /** Facts stored with the document. */
  facts?: number;
  /** Why no facts were extracted, e.g. "language ru". */
  skipped?: string;
  error?: DyadError;
}

export interface IngestProgress {
  done: number;
  total: number;
}

export interface IngestFailure {
  source: string;
  error: DyadError;
}

export interface IngestSummary {
  ingested: number;
  unchanged: number;
  newVersions: number;
  failed: number;
  failures: IngestFailure[];
  /** Feed links skipped because their articles are stored already. */
  known: number;
  /** Feeds whose server said nothing changed since the last run (HTTP 304). */
  feedsNotModified: number;
}

export interface IngestOptions extends SourceOptions {
  /** Called once the inputs are expanded (folders listed, feeds read), with the number of items to come. */
  onStart?: (total: number) => void;
  /** Stops before the next item once aborted (`dyad extract ... | head`: the reader went away). */
  signal?: AbortSignal;
  /** Worker threads that clean and extract in parallel (default: the number of cores); 1 keeps it all on this thread. */
  workers?: number;
  /** People known before this run (e.g. read from the store); a fresh registry if not given. */
  people?: PeopleRegistry;
  /**
   * Whether storing keeps this thread busy (default true: an embedded store runs its database here). When it does,
   * this thread leaves extraction to the workers once they are up; when it does not (extraction's sink), it
   * extracts too.
   */
  writerBusy?: boolean;
}

export type IngestListener = (event: IngestEvent, progress: IngestProgress) => void;

/**
 * The run's summary and the one place events are counted into it, for every way of ingesting (here, or through a
 * running server): failures keep their input and reason, and each event reaches `onEvent` with the progress.
 */
export function tally(total: number, feeds: FeedVisit[], onEvent: IngestListener):
  { summary: IngestSummary; report: (event: IngestEvent) => void } {
  const summary: IngestSummary = { ingested: 0, unchanged: 0, newVersions: 0, failed: 0, failures: [],
    known: feeds.reduce((n, f) => n + f.known, 0), feedsNotModified: feeds.filter((f) => f.notModified).length };
  let done = 0;
  const report = (event: IngestEvent): void => {
    done += 1;
    if (event.status === 'failed' && event.error) {
      summary.failed += 1;
      summary.failures.push({ source: event.source, error: event.error });
    } else if (event.status === 'ingested') summary.ingested += 1;
    else if (event.status === 'unchanged') summary.unchanged += 1;
    else if (event.status === 'new_version') summary.newVersions += 1;
    onEvent(event, { done, total });
  };
  return { summary, report };
}

/**
 * Ingests every document the inputs stand for, in order. A failing item is reported through `onEvent` and in the
 * summary but never stops the ones after it; each document is saved with its sentences and facts in one
 * transaction, so an interrupted run leaves no half-stored document behind.
 */
export async function ingest(inputs: string[], options: IngestOptions, store: Store,
  onEvent: IngestListener = () => {}): Promise<IngestSummary> {
  const { onStart, signal, workers, people, writerBusy, ...sourceOptions } = options;
  const { items, failures, feeds } = await expandInputs(inputs, { memory: store.feeds, ...sourceOptions });
  const total = items.length + failures.length;
  onStart?.(total);

  const { summary, report } = tally(total, feeds, onEvent);

  // Inputs that could not even be listed (a missing path, an unreadable feed) come first: they are known already.
  for (const failure of failures) report({ source: failure.source, status: 'failed', error: failure.error });
  // Loading, cleaning and extraction run ahead on the workers; this thread is the one writer and stores the
  // documents in input order, so the store ends up as a serial run leaves it. Documents that are ready together
  // are saved in one transaction (one commit for the batch), and reported once it is committed.
  // This thread is busy storing, so it leaves extraction to the workers as soon as they are up (on PostgreSQL too:
  // extracting here as well was slower, 2,000 articles with two threads, since the server needs the other core).
  const outcomes = processInOrder(items, { workers, date: sourceOptions.date, people, leaveToPool: writerBusy ?? true });
  for await (const batch of batches(outcomes, store.saveDocuments ? SAVE_BATCH : { size: 1, idleMs: 0 })) {
    if (signal?.aborted) break;
    const extracted = batch.flatMap((outcome) => (outcome.error ? [] : [{ item: outcome.item, ...outcome.result }]));
    const saved = await saveBatch(store, extracted);
    for (const outcome of batch) {
      const { item } = outcome;
      if (outcome.error) {
        report({ source: item.source, status: 'failed', error: outcome.error });
        continue;
      }
      const result = saved.get(outcome.result.doc)!;
      if ('error' in result) report({ source: item.source, status: 'failed', error: asDyadError(result.error, item.source) });
      else {
        report({ source: item.source, status: result.status, document: result.document, facts: outcome.result.facts.length,
          skipped: outcome.result.skipped });
      }
    }
  }
  await rememberFeeds(store, feeds, summary);
  return summary;
}

/** Documents saved per transaction, and how long a partial batch waits for the next document. */
const SAVE_BATCH = { size: 32, idleMs: 200 };

/**
 * Saves the batch's documents in one transaction; when that fails, one by one, so that only the document at fault
 * fails (and the others are saved as they would have been alone).
 */
async function saveBatch(store: Store, docs: { doc: CleanDocument; sentences: Sentence[]; facts: Fact[] }[]):
  Promise<Map<CleanDocument, SaveOutcome | { error: unknown }>> {
  const results = new Map<CleanDocument, SaveOutcome | { error: unknown }>();
  if (docs.length > 1 && store.saveDocuments) {
    try {
      const outcomes = await store.saveDocuments(docs);
      docs.forEach((d, i) => results.set(d.doc, outcomes[i]));
      return results;
    } catch {
      // Retried below one at a time, which reports the failing document's own error.
    }
  }
  for (const { doc, sentences, facts } of docs) {
    try {
      results.set(doc, await store.saveDocument(doc, sentences, facts));
    } catch (error) {
      results.set(doc, { error });
    }
  }
  return results;
}

/**
 * A feed's validators are kept only when every new item it listed was stored: otherwise the next run would get
 * 304 and never retry the items that failed.
 */
async function rememberFeeds(store: Store, feeds: FeedVisit[], summary: IngestSummary): Promise<void> {
  const failed = new Set(summary.failures.map((f) => f.source));
  for (const feed of feeds) {
    if (!store.feeds || feed.items.some((source) => failed.has(source))) continue;
    await store.feeds.saveFeedState({ url: feed.url, etag: feed.etag, lastModified: feed.lastModified });
  }
}
