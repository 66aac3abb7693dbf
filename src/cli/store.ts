// Opens the store the user points at (--db, DYAD_DB or DATABASE_URL) for one command and always closes it.
import type { DyadService } from '../service/index';
import type { Store } from '../storage/types';

export interface DbOption {
  db?: string;
}

export async function withStore<T>(options: DbOption, run: (store: Store) => Promise<T>): Promise<T> {
  // Loaded on first use so that `--help` and the commands without a database start fast.
  const { openStore } = await import('../storage/index');
  const store = await openStore({ dataDir: options.db ?? process.env.DYAD_DB, url: process.env.DATABASE_URL });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

export const DB_OPTION_HELP = 'database directory (default: $DYAD_DB or ./dyad-data; DATABASE_URL selects PostgreSQL)';

/** Opens the service over the store the user points at for one command and always closes it. */
export async function withService<T>(options: DbOption, run: (service: DyadService) => Promise<T>): Promise<T> {
  const { openService } = await import('../service/index');
  const service = await openService({ dataDir: options.db ?? process.env.DYAD_DB, url: process.env.DATABASE_URL });
  try {
    return await run(service);
  } finally {
    await service.close();
  }
}
