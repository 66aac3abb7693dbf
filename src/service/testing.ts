// Test helpers for the service: a fresh database on each backend (PGlite in a temp dir, a PostgreSQL schema).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Driver } from '../storage/driver';
import { migrate } from '../storage/migrate';
import { openPglite } from '../storage/pglite';
import { openPostgres } from '../storage/postgres';

export const PG_URL = process.env.DYAD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface Backend {
  name: string;
  /** A migrated, empty database and how to throw it away. */
  fresh(): Promise<{ driver: Driver; dispose(): Promise<void> }>;
}

async function pgAdmin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export const BACKENDS: Backend[] = [
  {
    name: 'PGlite',
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'dyad-service-'));
      const driver = await openPglite(dir);
      await migrate(driver);
      return { driver, async dispose() { await driver.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
  {
    name: 'PostgreSQL',
    async fresh() {
      const schema = `dyad_test_${randomBytes(6).toString('hex')}`;
      await pgAdmin((c) => c.query(`CREATE SCHEMA ${schema}`));
      const url = new URL(PG_URL);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const driver = await openPostgres(url.toString());
      await migrate(driver);
      return {
        driver,
        async dispose() {
          await driver.close();
          await pgAdmin((c) => c.query(`DROP SCHEMA ${schema} CASCADE`));
        },
      };
    },
  },
];

/** Writes `files` (name → text) into a fresh temporary folder and returns their paths by name. */
export function writeArticles(files: Record<string, string>): { dir: string; path: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-articles-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, path: (name) => join(dir, name) };
}
