// Test helper: a fresh, empty database on each storage backend (PGlite in a temporary folder, a PostgreSQL schema).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from './driver';
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
