// Every hot read has an index to use: on a small store with sequential scans priced out, no big table is scanned.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Driver } from './driver';
import { explain, hotReads, seqScansIn, statementsOf } from './explain';
import { factAt, makeDoc, splitSentences } from './fixtures';
import { migrate } from './migrate';
import { blocksFacts } from './record-batch';
import { ADD_VERSION } from './save';
import { createStore } from './store';
import { STORAGE_BACKENDS } from './testing';

const backends = STORAGE_BACKENDS;

/** A few documents about two pairs, so each read has rows to find. */
async function fill(driver: Driver): Promise<void> {
  const store = createStore(driver);
  for (let i = 1; i <= 6; i++) {
    const [a, b] = i % 2 ? ['PER', 'CHL'] : ['KEN', 'UGA'];
    const text = `Officials of ${a} and ${b} met in round ${i}. The trade ministers signed a fisheries accord. ` +
      `Exports of copper rose in year ${2015 + i}.`;
    const sentences = splitSentences(text);
    const facts = [
      factAt(sentences, 'met', { type: 'visit', visitor: a, host: b, date: `${2015 + i}-05-01`, place: null }),
      factAt(sentences, 'signed', { type: 'agreement', parties: [a, b], topic: 'agriculture', date: null, status: 'signed' }),
    ];
    await store.saveDocument(makeDoc(`/explain/${i}.txt`, `round-${i}`, text, { title: `Round ${i}` }), sentences, facts);
  }
  await store.analyze();
}

test('seqScansIn names only the big tables a plan scans whole', () => {
  const plan = 'Nested Loop\n  -> Seq Scan on facts f\n  -> Seq Scan on record_pairs\n  -> Index Scan using x on evidence';
  assert.deepEqual(seqScansIn(plan), ['facts']);
  assert.deepEqual(seqScansIn('Index Scan using documents_pkey on documents d'), []);
});

for (const backend of backends) {
  describe(`hot reads on ${backend.name}`, () => {
    let driver: Driver;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ driver, dispose } = await backend.fresh());
      await migrate(driver);
      await fill(driver);
    });
    after(async () => { await dispose?.(); });

    const reads = hotReads({ pair: ['PER', 'CHL'], document: 'round-3', commonWord: 'copper', rareWord: 'fisheries' });
    for (const read of reads) {
      test(`${read.label}: an index serves it`, async () => {
        const statements = await statementsOf(driver, read.run);
        assert.ok(statements.length > 0, 'the read sends SQL');
        for (const statement of statements) {
          const { plan, seqScans } = await explain(driver, statement, { forceIndexes: true });
          assert.deepEqual(seqScans, [], `${read.label} scans ${seqScans.join(', ')}:\n${plan}`);
        }
      });
    }

    test('a save\'s cached plan looks each named entity up through its index', async () => {
      // The save is a prepared statement: its generic plan is kept until statistics are gathered again (each time
      // the saves double). A plain join of the wanted entities with the table was planned as a hash join over every
      // entity, since the planner takes a document's list of entities for a hundred rows: each save then read the
      // whole table, slower as the store grew until the plan was made again (5.8 to 9.7 ms a document from 1,000 to
      // 8,000 generated articles). Here the table holds a few thousand people, as after a few hundred articles.
      // A prepared statement outlives the rolled-back transaction: it is let go of afterwards.
      const { plan } = await explain(driver, { sql: `EXECUTE dyad_test_add_version(
        1, 'hash', 'title', 'text', 'en', NULL, NULL, 4, '[]', '[]', '[]', '[]', '[]')`, params: [] }, { setup: [
        `INSERT INTO entities (kind, key, name)
         SELECT 'person', 'planned person ' || g, 'Planned Person ' || g FROM generate_series(1, 3000) AS g`,
        'ANALYZE entities',
        `PREPARE dyad_test_add_version AS ${ADD_VERSION}`,
        'SET LOCAL plan_cache_mode = force_generic_plan',
      ] }).finally(() => driver.exec('DEALLOCATE dyad_test_add_version').catch(() => undefined));
      assert.match(plan, /Index Scan using entities_kind_key_key on entities/, plan);
      assert.doesNotMatch(plan, /Seq Scan on entities/, plan);
    });

    test('a record update reads each of thousands of blocks through the block index', async () => {
      // The end of a large ingest recomputes thousands of blocks per transaction. Joined plainly with the blocks
      // asked for, the index of facts by pair and block lost to a hash join over every row of it (0.15 s a batch
      // at 10,000 documents, growing with the store). Here it holds 60,000 rows, as after about 3,000 articles.
      const blocks = Array.from({ length: 4000 }, (_, i) => ({ pair: `P${i % 3000}`, blocks: [`block ${i % 7}`] }));
      const [statement] = await statementsOf(driver, (d) => blocksFacts(d, blocks));
      const { plan } = await explain(driver, statement, { setup: [
        `INSERT INTO record_fact_pairs (fact_id, document_id, pair, block)
         SELECT 1000000 + g, 1000000 + g / 20, 'P' || (g % 3000), 'block ' || (g % 7) FROM generate_series(1, 60000) AS g`,
        'ANALYZE record_fact_pairs',
      ] });
      // The other tables hold a handful of rows here, so scanning them whole is their right plan.
      assert.match(plan, /Index Scan (using|on) record_fact_pairs_block/, plan);
      assert.doesNotMatch(plan, /Seq Scan on record_fact_pairs/, plan);
    });

    test('the pair page walks the pair index in id order, with no sort of the pair\'s facts', async () => {
      const [statement] = (await statementsOf(driver, (d) => createStore(d).listFacts({ pair: ['CHL', 'PER'], limit: 2 })));
      const { plan } = await explain(driver, statement, { forceIndexes: true });
      assert.match(plan, /facts_pair_sorted_id/);
      assert.doesNotMatch(plan, /Sort/);
    });
  });
}
