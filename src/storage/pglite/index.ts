// The embedded driver: PostgreSQL compiled to WASM (PGlite), keeping its files in a local data directory.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { DyadError } from '../../shared/errors';
import type { Driver, QueryOptions } from '../driver';
import { prepareDataDir } from './data-dir';
import { LOCK_FILE, lockDataDir } from './lock';
import { readTemplate, saveTemplate } from './template';

type Queryable = Pick<Transaction, 'query' | 'exec'>;

/**
 * How much a WebAssembly function runs on V8's baseline code before V8 compiles it again with its optimising
 * compiler: 1,000 times V8's default. Why: PostgreSQL's start-up alone runs enough of PGlite's 9 MB module to send
 * many of its functions to the optimising compiler, about half a CPU second per process spent on code a short
 * command never runs again (measured: opening and closing a 10,000-document store took 1.0 s of CPU by default,
 * 0.55 s with this). A 150-document ingest took the same CPU either way (14 s), and repeated searches on that store
 * as long: the time there goes to the JavaScript around the module rather than to the compiled code. A function
 * that stays hot for long is still optimised. Set before the module is compiled (on a process's first open).
 */
const WASM_TIERING_BUDGET = 1_800_000_000;

/**
 * PostgreSQL's page cache inside the module, a quarter of its default of 128 MB. Why: the module sets up the whole
 * cache on every open, about 0.1 s of CPU for 128 MB that a short command hardly fills (a listing
 * on a 10,000-document store: 0.69 s of CPU with 128 MB, 0.56 s with 32 MB). Pages it does not hold are read from
 * the files again, which the operating system keeps cached: a 150-document ingest and a run of 120 mixed reads
 * (facts of a pair, pages of documents, searches) in one process took no more time with 32 MB.
 */
const SHARED_BUFFERS = '32MB';

/**
 * The write-ahead log's used segments are deleted at a checkpoint instead of renamed for reuse. Why: PostgreSQL keeps
 * recycled segments for the log it expects to write before the next checkpoint, which after an ingest is most of
 * what the ingest wrote: 129 of 279 MB after 2,000 generated articles, 561 MB of 1.2 GB after 10,000. A server keeps
 * writing and reuses them; a laptop's store mostly sits still between ingests. Deleted, the store held 17 MB of log
 * (167 MB in all) after the same 2,000, and the ingest took no longer (BENCHMARKS.md).
 */
const START_SETTINGS = ['-c', `shared_buffers=${SHARED_BUFFERS}`, '-c', 'wal_recycle=off'];

/**
 * Log written since the last checkpoint after which the store checkpoints by itself, once a transaction ends. Why:
 * PGlite runs PostgreSQL without its checkpointer process, so max_wal_size never starts one. The log of a
 * 100,000-document ingest reached 6.3 GB of a 12.4 GB store before the checkpoint at close (measured while it ran:
 * the statistics pass each time the saves double checkpoints too, but the last one was at 65,536 documents, and the
 * record update after the last document writes gigabytes). A checkpoint writes at most the 32 MB page cache.
 */
export const CHECKPOINT_AFTER_BYTES = 256 * 2 ** 20;
/** Transactions between two looks at the log's size; a look is one small query (the checkpoint's position). */
const TRANSACTIONS_PER_LOOK = 16;

let literals: Promise<typeof import('./literal')> | null = null;

/** A statement name PostgreSQL takes as is. */
const STATEMENT_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Named statements through SQL's PREPARE and EXECUTE, since PGlite's query() always sends an unnamed statement: EXECUTE
 * takes no bind parameters, so they are written as literals (./literal.ts). `names` are the statements this
 * database session has prepared; a prepared statement outlives a rolled-back transaction, as PostgreSQL's do.
 */
function wrap(db: Queryable, location: string, names: Set<string>, transaction: Driver['transaction'],
  close: () => Promise<void>): Driver {
  return {
    location,
    backend: 'pglite',
    async query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}) {
      const { name } = options;
      if (name === undefined) return (await db.query<T>(sql, params)).rows;
      if (!names.has(name)) {
        // Checked once, before the name is written into SQL; a prepared name is known good.
        if (!STATEMENT_NAME.test(name)) throw new DyadError('internal', `"${name}" cannot name a prepared statement`);
        await db.exec(`PREPARE ${name} AS ${sql}`);
        names.add(name);
      }
      // Loaded on first use: it brings node-postgres, which the reading commands never need.
      const { sqlLiteral } = await (literals ??= import('./literal'));
      const args = params.length ? `(${params.map(sqlLiteral).join(', ')})` : '';
      return (await db.query<T>(`EXECUTE ${name}${args}`)).rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    transaction,
    close,
  };
}

/**
 * Opens (creating if needed) the database in `dataDir`. Writes reach the files before each statement resolves
 * (PGlite's default, not relaxedDurability), and PostgreSQL's WAL replay on the next open finishes or discards
 * whatever a killed process left, so a committed save survives kill -9 and a half one leaves nothing.
 * PGlite's Node filesystem never fsyncs, though: after a power cut the last commits may be lost (never half
 * kept); PostgreSQL is the choice when that matters.
 */
export async function openPglite(dataDir: string,
  options: { checkpointAfterBytes?: number } = {}): Promise<Driver> {
  const checkpointAfter = options.checkpointAfterBytes ?? CHECKPOINT_AFTER_BYTES;
  const { dir, existing } = prepareDataDir(dataDir);
  let release = lockDataDir(dir);
  let db: PGlite;
  setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
  try {
    // A new store is unpacked from the cached empty database (about a second) instead of initdb (several).
    const template = existing ? null : readTemplate();
    db = await PGlite.create(dir, {
      relaxedDurability: false, parsers: { 20: (v: string) => Number(v) },
      startParams: [...PGlite.defaultStartParams, ...START_SETTINGS],
      ...(template ? { loadDataDir: template } : {}),
    });
    if (template) {
      // The template carries the lock file of the process that made it, written over ours: take the lock again.
      rmSync(join(dir, LOCK_FILE), { force: true });
      release();
      release = lockDataDir(dir);
    }
    if (!existing && !template) await saveTemplate(db);
  } catch (err) {
    release();
    throw new DyadError('storage', `cannot open the database in ${dir}: ${(err as Error).message}`,
      { input: dir, cause: err });
  }

  const close = async () => {
    if (db.closed) return;
    try {
      await db.close();
    } finally {
      release();
    }
  };
  const names = new Set<string>();
  let transactions = 0;
  /** Checkpoints when the log since the last checkpoint passed `checkpointAfter`; looked at every few transactions. */
  const checkpointIfDue = async (): Promise<void> => {
    if (++transactions % TRANSACTIONS_PER_LOOK !== 0) return;
    const [{ bytes }] = (await db.query<{ bytes: number }>(
      'SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn)::float8 AS bytes FROM pg_control_checkpoint()')).rows;
    if (bytes > checkpointAfter) await db.exec('CHECKPOINT');
  };
  const transaction: Driver['transaction'] = async (fn) => {
    const result = await db.transaction((tx) => {
      // Inside the transaction, nested calls simply join it.
      const inner: Driver = wrap(tx, dir, names, (nestedFn) => nestedFn(inner), async () => {});
      return fn(inner);
    });
    // The transaction is committed: a failed look or checkpoint must not report it as failed (a caller would save
    // its documents again); the next look tries again.
    await checkpointIfDue().catch(() => undefined);
    return result;
  };
  return wrap(db, dir, names, transaction, close);
}
