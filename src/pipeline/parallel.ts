// Loads, cleans and extracts items in parallel (a worker pool) and hands them back in input order, as one worker would.
// The cleaning and extraction modules are imported only when this thread extracts: with a pool, loading them here
// would cost a worker's start-up for nothing.
import { availableParallelism } from 'node:os';
import { PeopleRegistry } from '../resolve/people';
import { asDyadError, DyadError } from '../shared/errors';
import type { RawDocument } from '../shared/types';
import type { SourceItem } from '../sources/types';
import { answersFor, sameAnswers } from './known';
import { ExtractionPool } from './pool/index';
import type { Processed } from './stages';

export interface ProcessOptions {
  /** Worker threads for cleaning and extraction; 1 runs everything on the calling thread. Default: the cores. */
  workers?: number;
  /** Publication date forced on every document (`--date`). */
  date?: string;
  /** The registry of people known from other documents; a fresh one if not given. */
  people?: PeopleRegistry;
}

export type ItemOutcome =
  | { item: SourceItem; raw: RawDocument; result: Processed; error?: undefined }
  | { item: SourceItem; raw?: RawDocument; result?: undefined; error: DyadError };

/** Items kept in flight per worker: enough to keep every worker busy while the writer stores the previous ones. */
const IN_FLIGHT_PER_WORKER = 4;
/** Reads kept in flight on one thread, so a slow download overlaps the extraction of the document before it. */
const READ_AHEAD = 8;

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
 * registry before the next one is yielded, exactly as a serial run does. Workers extract against a registry that may
 * lag behind (documents still in flight); every lookup they made is checked against the registry as it stands at
 * that document, and a document whose answers differ is extracted again with the right ones — so the output does
 * not depend on the number of workers.
 */
export async function* processInOrder(items: SourceItem[], options: ProcessOptions = {}): AsyncGenerator<ItemOutcome> {
  // More threads than documents would only cost their start-up (about a second each).
  const workers = Math.min(checkWorkers(options.workers ?? defaultWorkers()), Math.max(items.length, 1));
  const people = options.people ?? new PeopleRegistry();
  const load = async (item: SourceItem): Promise<RawDocument> => {
    const raw = await item.load();
    if (options.date && !raw.dateOverride) raw.dateOverride = options.date;
    return raw;
  };

  if (workers === 1) {
    const { processDocument } = await import('./stages');
    // Reads (files, downloads) still run ahead while this thread extracts the document before them.
    const loads: Promise<RawDocument | DyadError>[] = [];
    let next = 0;
    for (let i = 0; i < items.length; i++) {
      while (next < items.length && next - i < READ_AHEAD) {
        const item = items[next++];
        loads.push(load(item).catch((err: unknown) => asDyadError(err, item.source)));
      }
      const item = items[i];
      const raw = await loads[i];
      delete loads[i];
      if (raw instanceof DyadError) {
        yield { item, error: raw };
        continue;
      }
      let outcome: ItemOutcome;
      try {
        const result = await processDocument(raw, people.known);
        people.learn(result.facts);
        outcome = { item, raw, result };
      } catch (err) {
        outcome = { item, raw, error: asDyadError(err, item.source) };
      }
      yield outcome;
    }
    return;
  }

  const pool = await ExtractionPool.start(workers);
  try {
    type Flight = Promise<{ raw?: RawDocument; result?: Processed; error?: DyadError }>;
    const start = (item: SourceItem): Flight => load(item).then(
      (raw) => pool.process(raw).then((result) => ({ raw, result }), (err: unknown) => ({ raw, error: asDyadError(err, item.source) })),
      (err: unknown) => ({ error: asDyadError(err, item.source) }));
    const flights: Flight[] = [];
    let next = 0;
    for (let i = 0; i < items.length; i++) {
      while (next < items.length && next - i < workers * IN_FLIGHT_PER_WORKER) flights.push(start(items[next++]));
      const item = items[i];
      const landed = await flights[i];
      delete flights[i];
      if (landed.error || !landed.raw || !landed.result) {
        yield { item, raw: landed.raw, error: landed.error ?? new DyadError('internal', `${item.source}: no result`) };
        continue;
      }
      let outcome: ItemOutcome;
      try {
        const result = await settle(pool, people, landed.raw, landed.result);
        const changed = people.learn(result.facts);
        if (changed.length) pool.follow(changed.map((key) => [key, people.known.get(key) ?? null]));
        outcome = { item, raw: landed.raw, result };
      } catch (err) {
        outcome = { item, raw: landed.raw, error: asDyadError(err, item.source) };
      }
      yield outcome;
    }
  } finally {
    await pool.close();
  }
}

/** The result a serial run would have had: redone on a worker with the exact answers, else on this thread. */
async function settle(pool: ExtractionPool, people: PeopleRegistry, raw: RawDocument, result: Processed): Promise<Processed> {
  if (sameAnswers(result.lookups ?? [], people.known)) return strip(result);
  const redo = await pool.process(raw, answersFor(result.lookups ?? [], people.known));
  if (sameAnswers(redo.lookups ?? [], people.known)) return strip(redo);
  const { processDocument } = await import('./stages');
  return processDocument(raw, people.known);
}

function strip(result: Processed): Processed {
  const { lookups: _lookups, ...rest } = result;
  return rest;
}
