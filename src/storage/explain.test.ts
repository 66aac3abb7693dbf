// Every hot read has an index to use: on a small store with sequential scans priced out, no big table is scanned.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from './driver';
import { explain, hotReads, seqScansIn, statementsOf } from './explain';
import { factAt, makeDoc, splitSentences } from './fixtures';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import { createStore } from './store';
import { freshPgSchema } from './testing-pg';

const backends = [
  {
    name: 'PGlite',
    async fresh(): Promise<{ driver: Driver; dispose(): Promise<void> }> {
      const dir = mkdtempSync(join(tmpdir(), 'dyad-explain-'));
      const driver = await openPglite(dir);
      return { driver, async dispose() { await driver.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
  {
    name: 'PostgreSQL',
    async fresh(): Promise<{ driver: Driver; dispose(): Promise<void> }> {
      const schema = await freshPgSchema();
      const driver = await openPostgres(schema.url);
      return { driver, async dispose() { await driver.close(); await schema.drop(); } };
    },
  },
];

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

    test('the pair page walks the pair index in id order, with no sort of the pair\'s facts', async () => {
      const [statement] = (await statementsOf(driver, (d) => createStore(d).listFacts({ pair: ['CHL', 'PER'], limit: 2 })));
      const { plan } = await explain(driver, statement, { forceIndexes: true });
      assert.match(plan, /facts_pair_sorted_id/);
      assert.doesNotMatch(plan, /Sort/);
    });
  });
}
