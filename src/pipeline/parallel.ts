// Loads, cleans and extracts items on this thread and a worker pool, and hands them back in input order, as one thread would.
import { availableParallelism } from 'node:os';
import { PeopleRegistry } from '../resolve/people';
import { asDyadError, DyadError } from '../shared/errors';
import type { RawDocument } from '../shared/types';
import type { SourceItem } from '../sources/types';
import { sameAnswers } from './known';
import { ExtractionPool } from './pool/index';
import { processDocument, type Processed } from './stages';

export interface ProcessOptions {
  /** Threads that clean and extract, the calling thread included (1: it alone). Default: the cores. */
  workers?: number;
  /** Publication date forced on every document (`--date`). */
  date?: string;
  /** The registry of people known from other documents; a fresh one if not given. */
  people?: PeopleRegistry;
  /**
   * The caller keeps this thread busy with each outcome (an ingest's writer, above all an embedded store, which runs
   * in this thread): once the pool has started, this thread extracts nothing but the documents it must redo, and the
   * pool is kept full while the caller works, up to LEAVE_AHEAD documents past the one the caller is at.
   */
  leaveToPool?: boolean;
}

export type ItemOutcome =
  | { item: SourceItem; raw: RawDocument; result: Processed; error?: undefined }
  | { item: SourceItem; raw?: RawDocument; result?: undefined; error: DyadError };

/** Items kept in flight per worker: enough to keep every worker busy while the writer stores the previous ones. */
const IN_FLIGHT_PER_WORKER = 4;
/** Reads kept in flight, so a slow download overlaps the extraction of the documents before it. */
const READ_AHEAD = 8;
/**
 * How far past the document due next this thread may extract while that one is still on a worker. Every document
 * extracted ahead may have to be redone (see settle), so the lead is kept short.
 */
const MAX_AHEAD = 16;
/**
 * With `leaveToPool`, how far past the document the caller is at the pool may extract: more than a save batch (32
 * documents, ingest.ts), so that the workers extract the next batch while this thread stores one. Kept within a few
 * batches, since a document extracted far ahead is more likely to be redone (a person it names learnt meanwhile).
 */
const LEAVE_AHEAD = 64;

/** A document handed to a worker or extracted here, and whether its outcome has arrived. */
interface Flight {
  ready: boolean;
  landed: Promise<Landed>;
}

interface Landed {
  raw?: RawDocument;
  result?: Processed;
  error?: DyadError;
  /** Extracted here against the registry as a serial run has it at this document: nothing to check. */
  exact?: boolean;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

export function checkWorkers(workers: number): number {
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    throw new DyadError('usage', `--workers must be a whole number from 1 to 256, got ${workers}`);
  }
  return workers;
}

/**
 * Yields every item with its cleaned document and facts, in input order. Each document's people are learnt into the
 * registry before the next one is yielded, exactly as a serial run does.
 *
 * With more than one thread, this one is an extractor too: workers take the documents ahead, and while the document
 * due next is still on a worker, this thread extracts the next one waiting rather than sit idle (so `--workers 2` is
 * this thread and one worker, and a busy writer, e.g. an embedded store, simply leaves the extraction to the pool).
 * A document extracted ahead of its turn ran against a registry that may lag behind; every lookup it made is checked
 * against the registry as it stands at that document, and one whose answers differ is extracted again here with the
 * right ones — so the output does not depend on the number of threads.
 */
export async function* processInOrder(items: SourceItem[], options: ProcessOptions = {}): AsyncGenerator<ItemOutcome> {
  // More threads than documents would only cost their start-up.
  const threads = Math.min(checkWorkers(options.workers ?? defaultWorkers()), Math.max(items.length, 1));
  const people = options.people ?? new PeopleRegistry();

  // The pool starts (bundling, workers loading) while this thread already extracts the first documents.
  let pool: ExtractionPool | null = null;
  // A pool that cannot start (no threads left to the process) leaves every document to this thread.
  const starting = threads > 1 ? ExtractionPool.start(threads - 1).then((started) => { pool = started; }, () => {}) : null;
  const poolIfStarted = (): ExtractionPool | null => pool;

  const loads: Promise<RawDocument | DyadError>[] = [];
  let loaded = 0;
  const loadUpTo = (end: number): void => {
    for (; loaded < Math.min(end, items.length); loaded++) {
      const item = items[loaded];
      loads[loaded] = item.load().then((raw) => {
        if (options.date && !raw.dateOverride) raw.dateOverride = options.date;
        return raw;
      }).catch((err: unknown) => asDyadError(err, item.source));
    }
  };
  const leave = options.leaveToPool === true;
  /** The document the caller waits for (or is handling): the pool's lead is counted from it. */
  let at = 0;
  let next = 0;
  /**
   * Hands documents to the pool while it has room. With `leaveToPool` this also runs whenever a document lands, so
   * the workers keep extracting while the caller is busy (this generator then sits at a yield and cannot top up).
   */
  const refill = (): void => {
    const workers = poolIfStarted();
    if (!workers) return;
    // A busy caller holds this thread for a whole save, and a worker's reply cannot land (nor another document be
    // sent) until it is done: so the pool is handed all the documents it may take, not a few per worker.
    const room = leave ? LEAVE_AHEAD : workers.size * IN_FLIGHT_PER_WORKER;
    const lead = leave ? LEAVE_AHEAD : Infinity;
    while (next < items.length && withPool < room && next - at < lead) {
      loadUpTo(next + READ_AHEAD);
      toPool(next++, workers);
    }
  };
  const flights: Flight[] = [];
  const fly = (index: number, landed: Promise<Landed>): void => {
    const flight: Flight = { ready: false, landed };
    void landed.then(() => { flight.ready = true; });
    flights[index] = flight;
  };
  /** Documents handed to the pool (read, or being read) whose outcome has not arrived. */
  let withPool = 0;
  const toPool = (index: number, target: ExtractionPool): void => {
    const source = items[index].source;
    withPool += 1;
    fly(index, loads[index].then((raw): Landed | Promise<Landed> => (raw instanceof DyadError ? { error: raw }
      : target.process(raw).then((result) => ({ raw, result }), (err: unknown) => ({ raw, error: asDyadError(err, source) }))))
      .finally(() => {
        withPool -= 1;
        if (leave) refill();
      }));
  };
  /** Extracts here; `exact` when every document before it is learnt, else its lookups are recorded for settle. */
  const here = async (index: number, exact: boolean): Promise<Landed> => {
    const raw = await loads[index];
    if (raw instanceof DyadError) return { error: raw };
    try {
      return { raw, result: await processDocument(raw, people.known, !exact), exact };
    } catch (err) {
      return { raw, error: asDyadError(err, items[index].source) };
    }
  };

  try {
    for (let i = 0; i < items.length; i++) {
      at = i;
      for (;;) {
        refill();
        if (flights[i]?.ready) break;
        const due = next === i;
        if (!due && (next >= items.length || next - i > MAX_AHEAD)) break;
        // A busy caller's thread waits for the workers rather than extract ahead (it could not store meanwhile).
        if (!due && leave && poolIfStarted()) break;
        loadUpTo(next + READ_AHEAD);
        fly(next, Promise.resolve(await here(next, due)));
        next++;
        // Lets the pool's start and the workers' replies in before deciding again: they arrive as events, which
        // extraction here (promise callbacks only, even for files read synchronously) would otherwise hold back.
        if (starting) await new Promise<void>((resolve) => setImmediate(resolve));
        if (due) break;
      }
      const item = items[i];
      const landed = await flights[i].landed;
      delete flights[i];
      delete loads[i];
      if (landed.error || !landed.raw || !landed.result) {
        yield { item, raw: landed.raw, error: landed.error ?? new DyadError('internal', `${item.source}: no result`) };
        continue;
      }
      let outcome: ItemOutcome;
      try {
        const result = landed.exact ? landed.result : await settle(people, landed.raw, landed.result);
        const changed = people.learn(result.facts);
        if (changed.length) poolIfStarted()?.follow(changed.map((key) => [key, people.known.get(key) ?? null]));
        outcome = { item, raw: landed.raw, result };
      } catch (err) {
        outcome = { item, raw: landed.raw, error: asDyadError(err, item.source) };
      }
      yield outcome;
    }
  } finally {
    await starting;
    await poolIfStarted()?.close();
  }
}

/** The result a serial run would have had: the one extracted ahead if its lookups still hold, else redone here. */
async function settle(people: PeopleRegistry, raw: RawDocument, result: Processed): Promise<Processed> {
  if (!sameAnswers(result.lookups ?? [], people.known)) return processDocument(raw, people.known);
  const { lookups: _lookups, ...rest } = result;
  return rest;
}
