// The API's access to stored data: one store plus its SQL driver, until the service module offers these reads.
import { DyadError } from '../../shared/errors';
import type { Driver } from '../../storage/driver';
import { DEFAULT_DATA_DIR } from '../../storage/index';
import { migrate } from '../../storage/migrate';
import { openPglite } from '../../storage/pglite/index';
import { openPostgres } from '../../storage/postgres/index';
import { createStore } from '../../storage/store';
import type { Store, StoreOptions } from '../../storage/types';

export interface Data {
  store: Store;
  /** For the reads the Store contract does not offer yet (pairs, events, figures...). */
  driver: Driver;
  /** The embedded store's directory, or null for PostgreSQL. */
  dataDir: string | null;
  location: string;
  close(): Promise<void>;
}

/** Opens the store the way `openStore` does, keeping the driver for the API's own queries. */
export async function openData(opts: StoreOptions = {}): Promise<Data> {
  const url = opts.url ?? process.env.DATABASE_URL;
  const dataDir = url ? null : (opts.dataDir ?? process.env.DYAD_DB ?? DEFAULT_DATA_DIR);
  const driver = url ? await openPostgres(url) : await openPglite(dataDir!);
  try {
    await migrate(driver);
  } catch (err) {
    await driver.close().catch(() => {});
    throw new DyadError('storage', `cannot prepare the database in ${driver.location}: ${(err as Error).message}`,
      { input: driver.location, cause: err });
  }
  const store = createStore(driver);
  return { store, driver, dataDir, location: driver.location, close: () => store.close() };
}
