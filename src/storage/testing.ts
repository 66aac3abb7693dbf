// Test helper: a fresh, empty database on each storage backend (PGlite in a temporary folder, a PostgreSQL schema).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver, QueryOptions } from './driver';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import { freshPgSchema } from './testing-pg';

export interface StorageBackend {
  name: 'PGlite' | 'PostgreSQL';
  /** An empty database (not migrated) and how to throw it away. */
  fresh(): Promise<{ driver: Driver; dispose(): Promise<void> }>;
}

export const STORAGE_BACKENDS: readonly StorageBackend[] = [
  {
    name: 'PGlite',
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'dyad-storage-'));
      const driver = await openPglite(dir);
      return { driver, async dispose() { await driver.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
  {
    name: 'PostgreSQL',
    async fresh() {
      const schema = await freshPgSchema();
      const driver = await openPostgres(schema.url);
      return { driver, async dispose() { await driver.close(); await schema.drop(); } };
    },
  },
];

/** What a watcher does around each statement: `before` may hold it back, `after` sees the rows it returned. */
export interface QueryWatch {
  before?(sql: string): Promise<void>;
  after?(sql: string, rows: readonly unknown[]): void;
}

/**
 * The driver with a watch on every statement, those of its transactions included (they run on the transaction's own
 * connection, so the transaction's driver is wrapped too): for tests and benches that count statements and rows.
 */
export function watchQueries(driver: Driver, watch: QueryWatch): Driver {
  const wrap = (d: Driver): Driver => ({
    location: d.location,
    backend: d.backend,
    async query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<T[]> {
      await watch.before?.(sql);
      const rows = await d.query<T>(sql, params, options);
      watch.after?.(sql, rows);
      return rows;
    },
    exec: (sql) => d.exec(sql),
    transaction: (fn) => d.transaction((tx) => fn(wrap(tx))),
    close: () => d.close(),
  });
  return wrap(driver);
}
