// Test helper: a PostgreSQL schema of its own on the test server, for pipeline and queue tests that need a real server.
import { freshPgSchema } from '../storage/testing-pg';

/** A schema of its own on the test server (the storage tests' helper, under the name these tests use). */
export const freshSchema = freshPgSchema;

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
    // Items in the record's order; their ids depend on the order of the updates.
    const record = (await service.record()).map(({ pair, body }) => JSON.stringify({ pair, body }));
    return { docs, facts, record };
  } finally {
    await service.close();
  }
}
