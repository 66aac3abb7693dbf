// A pool of worker threads that clean and extract documents; the main thread feeds them and keeps their registries current.
import { Worker } from 'node:worker_threads';
import type { KnownPeople } from '../../extract/context';
import { DyadError } from '../../shared/errors';
import type { RawDocument } from '../../shared/types';
import type { Processed } from '../stages';
import type { FromWorker, KnownChanges, ToWorker } from './messages';

type KnownPerson = KnownPeople extends Map<string, infer V> ? V : never;

interface Slot {
  worker: Worker;
  busy: number;
  /** Registry changes not yet sent to this worker; they ride along with its next job. */
  pending: KnownChanges;
}

interface Waiting {
  resolve: (result: Processed) => void;
  reject: (error: Error) => void;
}

const ENTRY = new URL('./worker.mjs', import.meta.url);

export class ExtractionPool {
  private readonly slots: Slot[];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private closed = false;
  /** Set when a worker died (out of memory, a crash): every job after it fails with this instead of waiting forever. */
  private broken: Error | null = null;

  constructor(readonly size: number) {
    // execArgv [] so a parent started with `--import tsx` or `--test` does not pass those on; the entry registers tsx.
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(ENTRY, { execArgv: [] }), busy: 0, pending: [] };
      slot.worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
      slot.worker.on('error', (err) => this.failAll(err));
      slot.worker.on('exit', (code) => {
        if (!this.closed) this.failAll(new DyadError('internal', `an extraction worker stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  /** Tells every worker about registry entries added (a value) or dropped (null). */
  follow(changes: KnownChanges): void {
    for (const slot of this.slots) for (const change of changes) slot.pending.push(change);
  }

  /** Cleans and extracts `raw` on the least busy worker; `exact` restricts the registry to these entries (a redo). */
  process(raw: RawDocument, exact?: [string, KnownPerson][]): Promise<Processed> {
    if (this.closed) return Promise.reject(new DyadError('internal', 'the extraction pool is closed'));
    if (this.broken) return Promise.reject(this.broken);
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    const message: ToWorker = { type: 'job', id, raw, known: slot.pending, ...(exact ? { exact } : {}) };
    slot.pending = [];
    slot.busy += 1;
    return new Promise<Processed>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      slot.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    slot.busy -= 1;
    const waiting = this.waiting.get(message.id);
    if (!waiting) return;
    this.waiting.delete(message.id);
    if (message.type === 'done') waiting.resolve(message.result);
    else waiting.reject(new DyadError(message.error.code, message.error.message, { input: message.error.input }));
  }

  private failAll(err: Error): void {
    this.broken ??= err instanceof DyadError ? err : new DyadError('internal', `an extraction worker failed: ${err.message}`, { cause: err });
    for (const waiting of this.waiting.values()) waiting.reject(err);
    this.waiting.clear();
  }
}
