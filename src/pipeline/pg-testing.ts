// Test helper: a PostgreSQL schema of its own on the test server, for pipeline and queue tests that need a real server.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.DYAD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Creates a fresh schema and returns a connection string that selects it, and a way to drop it. */
export async function freshSchema(): Promise<{ url: string; schema: string; drop(): Promise<void> }> {
  const schema = `dyad_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`the PostgreSQL test server at ${PG_URL} is unreachable (${(err as Error).message}); `
      + 'start it or point DYAD_TEST_PG_URL at one');
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

/** A store's documents, facts and record without ids or times, sorted: what two ways of ingesting must agree on. */
export async function storeContents(url: string): Promise<{ docs: unknown[]; facts: unknown[]; record: unknown[] }> {
  const { openService } = await import('../service/index');
  const service = await openService({ url });
  const store = { listDocuments: () => service.documents(), listFacts: () => service.facts() };
  try {
    const docs = (await store.listDocuments()).map(({ id: _id, ingestedAt: _at, ...d }) => d)
      .sort((a, b) => a.name.localeCompare(b.name));
    const facts = (await store.listFacts()).map(({ id: _id, documentId: _doc, ...f }) => f)
      .map((f) => JSON.stringify(f)).sort();
    const record = (await service.record()).map(({ pair, position, body }) => JSON.stringify({ pair, position, body }));
    return { docs, facts, record };
  } finally {
    await service.close();
  }
}
