// Test helpers for the service: a fresh database on each backend (PGlite in a temp dir, a PostgreSQL schema).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from '../storage/driver';
import { migrate } from '../storage/migrate';
import { STORAGE_BACKENDS } from '../storage/testing';

export interface Backend {
  name: string;
  /** A migrated, empty database and how to throw it away. */
  fresh(): Promise<{ driver: Driver; dispose(): Promise<void> }>;
}

/** The storage layer's backends (./storage/testing.ts), each database migrated. */
export const BACKENDS: Backend[] = STORAGE_BACKENDS.map((backend) => ({
  name: backend.name,
  async fresh() {
    const opened = await backend.fresh();
    try {
      await migrate(opened.driver);
    } catch (err) {
      await opened.dispose();
      throw err;
    }
    return opened;
  },
}));

/** Writes `files` (name → text) into a fresh temporary folder and returns their paths by name. */
export function writeArticles(files: Record<string, string>): { dir: string; path: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-articles-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, path: (name) => join(dir, name) };
}
