// The record updates of an ingest: at its end, or on PostgreSQL also while it runs, on the pool's second connection.
import type { RecordKeeper, RecordProgressListener } from './record';

/**
 * Documents stored before a background update starts. On PostgreSQL the record of documents already stored is
 * brought up to date while the next ones are read and saved: the server and this process have spare CPU during an
 * ingest (extraction and saving take turns), and the update otherwise runs alone after the last document (about a
 * third of a 10,000-document ingest's time). One update runs at a time, taking every document stored since the
 * previous one started, so a pair busy enough for its updates to run long gets fewer, larger ones and its blocks are
 * not read again for every few documents. The embedded store runs in this thread and admits one statement at a time,
 * so there an update during the ingest would only delay the saves: its documents wait for the end.
 */
export const BACKGROUND_UPDATE_AFTER = 250;

export interface RecordUpdates {
  /** A document stored (a new document or a new version) whose facts the record must take in. */
  add(documentId: number): void;
  /**
   * Updates the record for the documents not taken yet, after any update under way; the pairs touched, sorted.
   * `onProgress` hears how that last update moves (the one the caller waits for).
   */
  finish(onProgress?: RecordProgressListener): Promise<string[]>;
}

/** Record updates for the documents of one ingest; `inBackground` lets them start before the ingest ends. */
export function recordUpdates(keeper: Pick<RecordKeeper, 'updateDocuments'>, inBackground: boolean,
  after = BACKGROUND_UPDATE_AFTER): RecordUpdates {
  let pending: number[] = [];
  let running: Promise<void> | null = null;
  let failure: unknown = null;
  const pairs = new Set<string>();

  const run = (ids: number[], onProgress?: RecordProgressListener): Promise<void> =>
    keeper.updateDocuments(ids, onProgress).then(
      (touched) => { for (const p of touched) pairs.add(p); },
      // Kept for finish(): the documents are stored, their pairs left dirty for the next update to take.
      (err: unknown) => { failure ??= err; });

  function startIfDue(): void {
    if (!inBackground || running || failure || pending.length < after) return;
    const ids = pending;
    pending = [];
    running = run(ids).finally(() => {
      running = null;
      startIfDue();
    });
  }

  return {
    add(documentId) {
      pending.push(documentId);
      startIfDue();
    },
    async finish(onProgress) {
      while (running) await running;
      if (failure) throw failure;
      if (pending.length) {
        const ids = pending;
        pending = [];
        await run(ids, onProgress);
        if (failure) throw failure;
      }
      return [...pairs].sort();
    },
  };
}
