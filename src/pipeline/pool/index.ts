// A pool of worker threads that clean and extract documents; the main thread feeds them and keeps their registries current.
import { Worker } from 'node:worker_threads';
import { DyadError } from '../../shared/errors';
import type { RawDocument } from '../../shared/types';
import type { Processed } from '../stages';
import { bundleWorker } from './bundle';
import type { FromWorker, KnownChanges, ToWorker } from './messages';

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

/** The worker through the TypeScript loader: slower to start, used when the worker cannot be bundled. */
const LOADER_ENTRY = new URL('./worker.mjs', import.meta.url);
let entry: Promise<URL> | null = null;

/** The module each worker runs, bundled once per process. */
export function workerEntry(): Promise<URL> {
  entry ??= bundleWorker().catch(() => LOADER_ENTRY);
  return entry;
}

/** Profiling flags are passed on, so `node --cpu-prof bin/dyad.js ...` profiles the workers as well. */
function workerFlags(): string[] {
  return process.execArgv.filter((flag) => /^--(?:cpu|heap)-prof/.test(flag));
}

export class ExtractionPool {
  private readonly slots: Slot[];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private closed = false;
  /** Set when a worker died (out of memory, a crash): every job after it fails with this instead of waiting forever. */
  private broken: Error | null = null;

  /** A pool of `size` workers running the bundled worker (see bundle.ts). */
  static async start(size: number): Promise<ExtractionPool> {
    return new ExtractionPool(size, await workerEntry());
  }

  constructor(readonly size: number, entry: URL = LOADER_ENTRY) {
    // Flags of the parent (`--import tsx`, `--test`) are not passed on: the entry is plain JavaScript or registers tsx.
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(entry, { execArgv: workerFlags() }), busy: 0, pending: [] };
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

  /** Cleans and extracts `raw` on the least busy worker, recording the registry lookups it makes. */
  process(raw: RawDocument): Promise<Processed> {
    if (this.closed) return Promise.reject(new DyadError('internal', 'the extraction pool is closed'));
    if (this.broken) return Promise.reject(this.broken);
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    const message: ToWorker = { type: 'job', id, raw, known: slot.pending };
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
