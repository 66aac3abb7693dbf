// Keeps reads on an up-to-date record without paying a full catch-up check on every request.
import type { Driver } from '../../storage/driver';
import { createRecordKeeper } from '../record';

/**
 * A function to call before each record read. The full catch-up (documents stored without their record update,
 * pairs left dirty by an interrupted run or another process) scans every latest document version; it runs only
 * when a new document version was stored since the last one or a pair is dirty, which one read of the versions'
 * primary key and of the dirty-pair index tells. A process that stores a document updates its record itself, so
 * the only case left to the next new version is a version committed out of id order by a run that then died.
 */
export function recordFreshness(driver: Driver): () => Promise<void> {
  const keeper = createRecordKeeper(driver);
  let seen: number | null = null;
  return async () => {
    const [state] = await driver.query<{ version: number | null; dirty: boolean }>(
      `SELECT (SELECT max(id) FROM document_versions) AS version,
              EXISTS (SELECT 1 FROM record_pairs WHERE dirty) AS dirty`);
    const version = state?.version ?? 0;
    if (seen === version && !state?.dirty) return;
    await keeper.catchUp();
    seen = version;
  };
}
