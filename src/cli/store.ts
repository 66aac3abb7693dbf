// Opens the store the user points at (--db, DYAD_DB or DATABASE_URL) for one command and always closes it.
import { DyadError } from '../shared/errors';
import type { Store } from '../storage/types';

export interface DbOption {
  db?: string;
}

export async function withStore<T>(options: DbOption, run: (store: Store) => Promise<T>): Promise<T> {
  // Loaded on first use so that `--help` and the commands without a database start fast.
  const { openStore } = await import('../storage/index');
  let store: Store;
  try {
    store = await openStore({ dataDir: options.db ?? process.env.DYAD_DB, url: process.env.DATABASE_URL });
  } catch (err) {
    // The store is held by a running `dyad serve`: say where its data can be read instead.
    const { runningServer } = await import('../server/runtime/client');
    const server = runningServer(options);
    if (server) {
      throw new DyadError('storage', `the database is held by dyad serve at ${server.url}: read it there ` +
        `(${server.url}api/v1/documents, /facts, /search) or stop the server; \`dyad ingest\` goes through it`,
      { cause: err });
    }
    throw err;
  }
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

export const DB_OPTION_HELP = 'database directory (default: $DYAD_DB or ./dyad-data; DATABASE_URL selects PostgreSQL)';
