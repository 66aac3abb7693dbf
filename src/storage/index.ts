// Opens dyad's store: PostgreSQL when a connection string is given, else the embedded PGlite directory.
import { DyadError } from '../shared/errors';
import type { Driver } from './driver';
import { migrate } from './migrate';
import { createStore } from './store';
import type { Store, StoreOptions } from './types';

export type { SaveItem, SaveOutcome, SaveStatus, SearchHit, Store, StoredDocument, StoredFact, StoreOptions } from './types';

export const DEFAULT_DATA_DIR = './dyad-data';

/** Opens the store and brings its schema up to date; the caller closes it. */
export async function openStore(opts: StoreOptions = {}): Promise<Store> {
  return createStore(await openDatabase(opts));
}

/** Opens the database and brings its schema up to date, for the store and the record and curation tables. */
export async function openDatabase(opts: StoreOptions = {}): Promise<Driver> {
  const url = opts.url ?? process.env.DATABASE_URL;
  // Each driver is loaded only when used: a command on PostgreSQL never loads the WASM build, and the reverse.
  const driver: Driver = url
    ? await (await import('./postgres')).openPostgres(url)
    : await (await import('./pglite')).openPglite(opts.dataDir ?? process.env.DYAD_DB ?? DEFAULT_DATA_DIR);
  try {
    await migrate(driver);
  } catch (err) {
    await driver.close().catch(() => {});
    throw new DyadError('storage', `cannot prepare the database in ${driver.location}: ${(err as Error).message}`,
      { input: driver.location, cause: err });
  }
  return driver;
}
