// The pair summary is kept between reads while the pair's record stays as it was, and computed again once it changes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ingest } from '../../pipeline/ingest';
import type { Driver } from '../../storage/driver';
import { createStore } from '../../storage/store';
import { BACKENDS, writeArticles } from '../testing';
import { recordFreshness } from './fresh';
import { pairSummary } from './pairs';

// Invented reports about one pair of states, ingested one after the other.
const FILES = writeArticles({
  'call.txt': `Kenya and Ghana hold talks\n\nAccra, 4 June 2023. The foreign ministers of Kenya and Ghana held a phone call on 3 June 2023.\n`,
  'visit.txt': `Ghana's president in Nairobi\n\nNairobi, 9 October 2023. The President of Ghana arrived in Kenya on 9 October 2023 for a state visit.\n`,
});
const PAIR = { a: 'GHA', b: 'KEN', key: 'GHA-KEN' };

for (const backend of BACKENDS) {
  describe(`the pair summary on ${backend.name}`, () => {
    let driver: Driver;
    let dispose: () => Promise<void>;
    let queries = 0;
    let counted: Driver;
    before(async () => {
      ({ driver, dispose } = await backend.fresh());
      counted = { ...driver, query: (sql, params) => { queries++; return driver.query(sql, params); } };
    });
    after(() => dispose());

    test('is read once while the pair is unchanged, and again after a document or an edit changes it', async () => {
      const fresh = recordFreshness(driver);
      assert.equal(await pairSummary(counted, PAIR), null, 'no record, no summary');
      await ingest([FILES.path('call.txt')], {}, createStore(driver));
      await fresh();
      const first = await pairSummary(counted, PAIR);
      assert.equal(first?.documents, 1);
      assert.equal(first?.counts.call, 1);

      queries = 0;
      assert.deepEqual(await pairSummary(counted, PAIR), first);
      assert.equal(queries, 1, 'an unchanged pair: one look at its version');

      await ingest([FILES.path('visit.txt')], {}, createStore(driver));
      await fresh();
      const second = await pairSummary(counted, PAIR);
      assert.equal(second?.documents, 2, 'a new document about the pair is counted');
      assert.equal(second?.counts.visit, 1);

      // Any write of the pair's record moves its version; the summary follows the store, not the memory.
      await driver.query(`DELETE FROM record_items WHERE pair = $1 AND type = 'visit'`, [PAIR.key]);
      await driver.query('UPDATE record_pairs SET updated_at = clock_timestamp() WHERE pair = $1', [PAIR.key]);
      assert.equal((await pairSummary(counted, PAIR))?.counts.visit, undefined);
    });
  });
}
