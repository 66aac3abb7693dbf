// The API's access to stored data: the service (record, curation, ingest) and, for paged reads, its SQL driver.
import { createService, type DyadService } from '../../service/index';
import type { Driver } from '../../storage/driver';
import { DEFAULT_DATA_DIR, openDatabase } from '../../storage/index';
import { createStore } from '../../storage/store';
import { recordFreshness } from '../../service/read/fresh';
import type { Store, StoreOptions } from '../../storage/types';

export interface Data {
  service: DyadService;
  store: Store;
  /** For the paged and filtered reads the service does not offer (lists under /api/v1 page in SQL). */
  driver: Driver;
  /** The embedded store's directory, or null for PostgreSQL. */
  dataDir: string | null;
  location: string;
  /** Brings the stored record up to date before a read (cheap when nothing was stored since). */
  freshRecord(): Promise<void>;
  close(): Promise<void>;
}

export async function openData(opts: StoreOptions = {}): Promise<Data> {
  const url = opts.url ?? process.env.DATABASE_URL;
  const dataDir = url ? null : (opts.dataDir ?? process.env.DYAD_DB ?? DEFAULT_DATA_DIR);
  const driver = await openDatabase(url ? { url } : { url: '', dataDir: dataDir! });
  // The embedded store lives in memory: a page read through an index costs about what a page read in a scan does, not
  // four times as much (PostgreSQL's default, for spinning disks). With the default the planner hashed all 10,000
  // document versions to join the 128 facts of a search, or a pair's fact index, where reading the few rows through
  // their keys is ten times cheaper (at 10,000 documents: a busy pair's summary 43 → 34 ms, a common-word search 69 → 56).
  if (driver.backend === 'pglite') await driver.exec('SET random_page_cost = 1.1');
  const service = createService(driver);
  return { service, store: createStore(driver), driver, dataDir, location: driver.location,
    freshRecord: recordFreshness(driver), close: () => service.close() };
}

/**
 * Brings the stored record up to date before a read (documents stored without their record update, by an
 * interrupted run or an upload, are consolidated now), as the service does on each of its record reads.
 */
export async function freshRecord(data: Data): Promise<void> {
  await data.freshRecord();
}
