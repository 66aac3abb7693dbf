// Test helper: a PostgreSQL schema of its own on the test server (DYAD_TEST_PG_URL, which scripts/test.mjs sets).
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.DYAD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema of its own on the test server, reached through a connection string that selects it. */
export async function freshPgSchema(): Promise<{ url: string; schema: string; drop(): Promise<void> }> {
  const schema = `dyad_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`the PostgreSQL test server at ${PG_URL} is unreachable (${(err as Error).message}); ` +
      'start it or point DYAD_TEST_PG_URL at one');
  }
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

