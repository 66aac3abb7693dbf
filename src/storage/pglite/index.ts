// The embedded driver: PostgreSQL compiled to WASM (PGlite), keeping its files in a local data directory.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { DyadError } from '../../shared/errors';
import type { Driver } from '../driver';
import { prepareDataDir } from './data-dir';
import { LOCK_FILE, lockDataDir } from './lock';
import { readTemplate, saveTemplate } from './template';

type Queryable = Pick<Transaction, 'query' | 'exec'>;

function wrap(db: Queryable, location: string, transaction: Driver['transaction'], close: () => Promise<void>): Driver {
  return {
    location,
    backend: 'pglite',
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
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
export async function openPglite(dataDir: string): Promise<Driver> {
  const { dir, existing } = prepareDataDir(dataDir);
  let release = lockDataDir(dir);
  let db: PGlite;
  try {
    // A new store is unpacked from the cached empty database (about a second) instead of initdb (several).
    const template = existing ? null : readTemplate();
    db = await PGlite.create(dir, {
      relaxedDurability: false, parsers: { 20: (v: string) => Number(v) },
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
  const transaction: Driver['transaction'] = (fn) =>
    db.transaction((tx) => {
      // Inside the transaction, nested calls simply join it.
      const inner: Driver = wrap(tx, dir, (nestedFn) => nestedFn(inner), async () => {});
      return fn(inner);
    });
  return wrap(db, dir, transaction, close);
}
