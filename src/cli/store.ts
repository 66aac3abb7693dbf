// Opens the store the user points at (--db, DYAD_DB or DATABASE_URL) for one command and always closes it.
import type { DyadService } from '../service/index';
import { DyadError } from '../shared/errors';
import type { Store } from '../storage/types';

export interface DbOption {
  db?: string;
}

export async function withStore<T>(options: DbOption, run: (store: Store) => Promise<T>): Promise<T> {
  // Loaded on first use so that `--help` and the commands without a database start fast.
  const { openStore } = await import('../storage/index');
  const store = await opened(options, () =>
    openStore({ dataDir: options.db ?? process.env.DYAD_DB, url: process.env.DATABASE_URL }));
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** Opens the store or service with `open`; a store held by a running `dyad serve` is an error saying where to go. */
async function opened<T>(options: DbOption, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
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
}

export const DB_OPTION_HELP = 'database directory (default: $DYAD_DB or ./dyad-data; DATABASE_URL selects PostgreSQL)';

/** Opens the service over the store the user points at for one command and always closes it. */
export async function withService<T>(options: DbOption, run: (service: DyadService) => Promise<T>): Promise<T> {
  const { openService } = await import('../service/index');
  const service = await opened(options, () =>
    openService({ dataDir: options.db ?? process.env.DYAD_DB, url: process.env.DATABASE_URL }));
  try {
    return await run(service);
  } finally {
    await service.close();
  }
}
