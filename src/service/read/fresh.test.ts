// The read-side catch-up: documents stored without their record update are consolidated before the next read, and a
// read with nothing new stored costs one cheap query.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ingest } from '../../pipeline/ingest';
import type { Driver } from '../../storage/driver';
import { createStore } from '../../storage/store';
import { BACKENDS, writeArticles } from '../testing';
import { recordFreshness } from './fresh';

// Invented reports about two pairs of states, stored without the record update an interrupted run would skip.
const FILES = writeArticles({
  'ken-gha.txt': `Kenya and Ghana hold talks\n\nAccra, 4 June 2023. The foreign ministers of Kenya and Ghana held a phone call on 3 June 2023.\n`,
  'nor-chl.txt': `Norway and Chile sign a deal\n\nSantiago, 8 May 2022. Norway and Chile signed an agreement on energy on 7 May 2022.\n`,
});

let driver: Driver;
let dispose: () => Promise<void>;
let queries = 0;
/** The database with every statement counted. */
let counted: Driver;

before(async () => {
  ({ driver, dispose } = await BACKENDS[0].fresh());
  counted = { ...driver, query: (sql, params) => { queries++; return driver.query(sql, params); },
    transaction: (fn) => driver.transaction(fn), exec: (sql) => driver.exec(sql), close: () => driver.close(),
    location: driver.location, backend: driver.backend };
});
after(() => dispose());

const pairs = async () => (await driver.query<{ pair: string }>('SELECT pair FROM record_pairs WHERE items > 0 ORDER BY pair'))
  .map((r) => r.pair);

test('a stored document gets its record before the next read; with nothing new a read costs one query', async () => {
  const fresh = recordFreshness(counted);
  await ingest([FILES.path('ken-gha.txt')], {}, createStore(driver));
  assert.deepEqual(await pairs(), [], 'the pipeline alone does not update the record');
  await fresh();
  assert.deepEqual(await pairs(), ['GHA-KEN']);

  queries = 0;
  await fresh();
  assert.equal(queries, 1, 'nothing stored since: one look at the latest version and the dirty pairs');

  await ingest([FILES.path('nor-chl.txt')], {}, createStore(driver));
  await fresh();
  assert.deepEqual(await pairs(), ['CHL-NOR', 'GHA-KEN'], 'a new version is caught up');

  await driver.query(`UPDATE record_pairs SET dirty = true WHERE pair = 'CHL-NOR'`);
  await driver.query(`DELETE FROM record_items WHERE pair = 'CHL-NOR'`);
  await fresh();
  assert.ok((await driver.query('SELECT 1 FROM record_items WHERE pair = $1', ['CHL-NOR'])).length > 0,
    'a pair left dirty (by another process) is recomputed');
});
