// Brings a database to the current schema: each migration runs once, recorded in schema_migrations.
import type { Driver } from './driver';
import { MIGRATIONS, type Migration } from './migrations';

/** Arbitrary constant naming dyad's migration locks among a database's advisory locks. */
const MIGRATION_LOCK = 0x64796164; // "dyad"

/**
 * Takes the migration lock of the current schema until the transaction ends. Advisory locks are database-wide,
 * so the schema is part of the key: stores in other schemas of one database (tests, benchmarks, several teams)
 * never wait for each other's migrations, and a long one elsewhere cannot hold up `dyad restore` here.
 */
export const MIGRATION_LOCK_SQL = `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK}, hashtext(current_schema()))`;

/**
 * Applies the migrations not yet recorded, all in one transaction: a failure leaves the schema as it was.
 * The advisory lock makes a second process starting at the same moment wait, then find nothing left to do.
 */
export async function migrate(driver: Driver, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  if (await upToDate(driver, migrations)) return [];
  return driver.transaction(async (tx) => {
    await tx.query(MIGRATION_LOCK_SQL);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version     integer PRIMARY KEY,
        name        text NOT NULL,
        applied_at  timestamptz NOT NULL DEFAULT now()
      )`);
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** The common case, a store already at the current schema, checked by one read without taking the lock. */
async function upToDate(driver: Driver, migrations: readonly Migration[]): Promise<boolean> {
  const [row] = await driver.query<{ ok: boolean }>(
    `SELECT to_regclass('schema_migrations') IS NOT NULL AS ok`);
  if (!row.ok) return false;
  const done = new Set((await driver.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  return migrations.every((m) => done.has(m.version));
}
