// The record kept block by block: ingest in any order gives the record a rebuild gives (items, order and links), an
// ingest replaces only the items of the blocks its facts fall in, and curation across blocks survives both. Many
// pairs are updated in a fixed number of statements, and a concurrent indexing is never lost.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { ingest } from '../pipeline/ingest';
import { FACT_TYPES, factKey } from '../shared/kinds/index';
import type { Driver } from '../storage/driver';
import { documentsFacts, setDocumentsPairs } from '../storage/record-batch';
import { integrityProblems } from '../storage/integrity';
import { createStore } from '../storage/store';
import { watchQueries } from '../storage/testing';
import { createService, type DyadService } from './index';
import { createRecordKeeper, documentRows } from './record';
import { BACKENDS, writeArticles } from './testing';

// Invented reports on one pair: visits, a call and agreements of two years, turnover figures of two years (two
// sources agreeing within 2%, two disagreeing) and one minister under two surnames.
const ARTICLES: Record<string, string> = {
  'fv-a.txt': `Finland and Vietnam agree on education

Hanoi, 10 April 2022. The Prime Minister of Finland arrived in Hanoi on 9 April 2022 for an official visit.
The two countries signed an agreement on education.
Finnish Education Minister Aino Virtanen led the talks.
Trade turnover between Finland and Vietnam reached $410 million in 2021, officials said.
`,
  'fv-b.txt': `Finland and Vietnam hold a phone call

Hanoi, 3 May 2023. The foreign ministers of Finland and Vietnam held a phone call on 2 May 2023.
Minister Virtanen said trade turnover between Finland and Vietnam reached $500 million in 2022.
`,
  'fv-c.txt': `Finnish minister returns to Vietnam

Hanoi, 13 April 2022. The foreign minister of Finland visited Vietnam on 12 April 2022.
Finnish Education Minister Aino Lehtola-Virta also attended the talks.
Trade turnover between Finland and Vietnam reached $455 million in 2021, the ministry said.
`,
  'fv-d.txt': `Vietnam and Finland review trade

Helsinki, 20 June 2023. Trade turnover between Finland and Vietnam reached $505 million in 2022.
The two countries signed an agreement on energy on 19 June 2023.
Finnish Education Minister Aino Virtanen welcomed the result.
`,
};
const ALL = Object.keys(ARTICLES);
// The same pair in earlier years, with other people: no block of fv-d's facts holds any of its facts.
const EARLIER = `Vietnam and Finland open a trade office

Hanoi, 15 March 2019. The President of Vietnam visited Finland on 14 March 2019.
The two countries signed an agreement on forestry.
Vietnamese Trade Minister Tran Quoc Bao said trade turnover between Finland and Vietnam reached $300 million in 2018.
`;
const PAIR = 'FIN-VNM';

// Invented calls of Finland with other states, one pair each.
const OTHERS = ['Norway', 'Chile', 'Kenya', 'Peru', 'Nepal', 'Ghana'];
const CALLS: Record<string, string> = Object.fromEntries(OTHERS.map((state, n) => [`call-${n}.txt`,
  `Finland and ${state} hold a phone call

Helsinki, ${n + 3} May 2023. The foreign ministers of Finland and ${state} held a phone call on ${n + 2} May 2023.
`]));
// Another call of Finland and Norway in 2023: the block of the first (who with whom, and the year), another item.
const CALL_AGAIN = `Finland and Norway hold another phone call

Helsinki, 20 September 2023. The foreign ministers of Finland and Norway held a phone call on 19 September 2023.
`;

/** A driver that counts the statements run through it, transactions included; `before` runs ahead of each one. */
function counting(driver: Driver, counts: { statements: number },
  before: (sql: string) => Promise<void> = async () => {}): Driver {
  return watchQueries(driver, { async before(sql) { await before(sql); counts.statements++; } });
}

/** Stores documents with their facts but without any record update (as an ingest interrupted before it); their ids. */
async function storeOnly(driver: Driver, paths: string[]): Promise<number[]> {
  const ids: number[] = [];
  await ingest(paths, {}, createStore(driver), (event) => {
    if (event.document && (event.status === 'ingested' || event.status === 'new_version')) ids.push(event.document.id);
  });
  return ids;
}

/** A pair's record in order: each item's body and the (document, key) of the facts linked to it. */
async function snapshot(service: DyadService, pair = PAIR): Promise<string[]> {
  const out: string[] = [];
  const items = await service.record({ pair });
  for (const item of items) {
    const { facts } = await service.item(item.id);
    out.push(JSON.stringify({ body: item.body, facts: facts.map((f) => `${f.documentName}|${factKey(f.body)}`).sort() }));
  }
  return out;
}

const files = writeArticles({ ...ARTICLES, ...CALLS, 'call-again.txt': CALL_AGAIN, 'fv-2019.txt': EARLIER });

for (const backend of BACKENDS) {
  describe(`the record block by block on ${backend.name}`, () => {
    const disposals: (() => Promise<void>)[] = [];
    after(async () => { for (const dispose of disposals) await dispose(); });

    let lastDriver: Driver;
    async function freshService(): Promise<DyadService> {
      const { driver, dispose } = await backend.fresh();
      disposals.push(dispose);
      lastDriver = driver;
      return createService(driver);
    }

    async function ingestEach(service: DyadService, names: readonly string[]): Promise<void> {
      for (const name of names) await service.ingest([files.path(name)]);
    }

    test('documents ingested one by one in any order give the record a rebuild gives, items, order and links', async () => {
      const orders = [ALL, [...ALL].reverse(), [ALL[1], ALL[3], ALL[0], ALL[2]]];
      const records: string[][] = [];
      for (const order of orders) {
        const service = await freshService();
        await ingestEach(service, order);
        records.push(await snapshot(service));
        // Listed in the record's order: by type, then date (undated first), whatever order the items were written in.
        const listed = (await service.record({ pair: PAIR })).map((i) =>
          `${FACT_TYPES.indexOf(i.body.type as never)} ${(i.body.date ?? i.body.period ?? '') as string}`);
        assert.deepEqual(listed, [...listed].sort(), 'items in the record\'s order');
        await service.rebuild();
        assert.deepEqual(await snapshot(service), records[records.length - 1], `rebuild after ${order.join(', ')}`);
      }
      assert.ok(records[0].length >= 8, `items: ${records[0].length}`);
      for (const r of records.slice(1)) assert.deepEqual(r, records[0]);
    });

    test('an ingest replaces only the items of the blocks its facts fall in', async () => {
      const service = await freshService();
      await ingestEach(service, ['fv-a.txt', 'fv-b.txt', 'fv-c.txt']);
      const before = new Map((await service.record({ pair: PAIR })).map((i) => [i.id, i.body]));
      await ingestEach(service, ['fv-d.txt']);
      const after = await service.record({ pair: PAIR });
      const kept = after.filter((i) => before.has(i.id));
      // fv-d adds to the 2022 turnover, the 2023 agreements and one minister's name: the rest stays as stored.
      assert.ok(kept.some((i) => i.body.type === 'visit') && kept.some((i) => i.body.type === 'call'));
      assert.ok(kept.some((i) => i.body.type === 'figure' && i.body.period === '2021'));
      for (const item of kept) assert.deepEqual(item.body, before.get(item.id));
      const turnover2022 = after.filter((i) => i.body.type === 'figure' && i.body.period === '2022');
      assert.deepEqual(turnover2022.map((i) => i.body.docs), [['fv-b', 'fv-d']]);
      assert.ok(turnover2022.every((i) => !before.has(i.id)), 'the touched block was recomputed');
      // No foreign key cascades since migration 011: the replaced items took their links with them.
      assert.deepEqual(await integrityProblems(lastDriver), []);
      await createRecordKeeper(lastDriver).recomputePairs([PAIR]);
      assert.deepEqual(await integrityProblems(lastDriver), [], 'and so did every item of a pair recomputed whole');
    });

    test('a merge of two blocks holds through an ingest into one of them, a rebuild and its undo', async () => {
      const service = await freshService();
      await ingestEach(service, ['fv-a.txt', 'fv-c.txt']);
      const people = (await service.record({ pair: PAIR })).filter((i) => i.body.type === 'person');
      assert.equal(people.length, 2, 'two surnames, two blocks');
      const merge = await service.curate.merge(people.map((p) => p.id), { author: 'ana', reason: 'her married name' });
      await ingestEach(service, ['fv-d.txt']);
      const merged = (await service.record({ pair: PAIR })).filter((i) => i.body.type === 'person');
      assert.deepEqual(merged.map((p) => p.body.docs), [['fv-a', 'fv-c', 'fv-d']]);
      const recorded = await snapshot(service);
      await service.rebuild();
      assert.deepEqual(await snapshot(service), recorded, 'the merge survives a rebuild');

      await service.curate.undo(merge.id, { author: 'ana' });
      const plain = await freshService();
      await ingestEach(plain, ['fv-a.txt', 'fv-c.txt', 'fv-d.txt']);
      assert.deepEqual(await snapshot(service), await snapshot(plain), 'undone, the record is as if never merged');
    });

    test('a store from before blocks catches up: documents indexed again, a merge across blocks still holds', async () => {
      const service = await freshService();
      await ingestEach(service, ['fv-a.txt', 'fv-c.txt']);
      const people = (await service.record({ pair: PAIR })).filter((i) => i.body.type === 'person');
      await service.curate.merge(people.map((p) => p.id), { author: 'ana' });
      const merged = await snapshot(service);
      // What migration 005 leaves of an older store: nothing indexed, no items, decisions without blocks.
      await lastDriver.exec(`DELETE FROM record_links; DELETE FROM record_items; DELETE FROM record_fact_pairs;
        DELETE FROM record_documents; UPDATE record_pairs SET dirty = true, items = 0;
        UPDATE curation_decisions SET blocks = '[]'`);
      assert.deepEqual(await snapshot(service), merged);
      assert.equal((await service.curate.log())[0].blocks.length, 2, 'the merge learnt its two blocks');
    });

    test('an edit that changes a fact\'s states moves it to its new pair, and back when undone', async () => {
      const service = await freshService();
      await ingestEach(service, ['fv-b.txt']);
      const call = (await service.facts({ doc: 'fv-b' })).find((f) => f.type === 'call' && f.date === '2023-05-02')!;
      const edit = await service.curate.edit(call.id, { parties: ['FIN', 'SWE'] }, { author: 'ben', reason: 'it was Sweden' });
      const calls = async (pair: string) => (await service.record({ pair })).filter((i) => i.body.type === 'call')
        .map((i) => i.body.date);
      assert.deepEqual(await calls('FIN-SWE'), ['2023-05-02']);
      assert.ok(!(await calls(PAIR)).includes('2023-05-02'));
      const moved = await snapshot(service, 'FIN-SWE');
      await service.rebuild();
      assert.deepEqual(await snapshot(service, 'FIN-SWE'), moved, 'the move survives a rebuild');
      await service.curate.undo(edit.id, { author: 'ben' });
      assert.deepEqual(await calls('FIN-SWE'), []);
      assert.ok((await calls(PAIR)).includes('2023-05-02'));
    });

    test('items a recompute gives again stay in place: a second call in a year keeps the first one\'s item', async () => {
      const service = await freshService();
      await ingestEach(service, ['call-0.txt']);
      const calls = async () => (await service.record({ pair: 'FIN-NOR' })).filter((i) => i.body.type === 'call');
      const before = (await calls()).map((i) => ({ id: i.id, date: i.body.date }));
      assert.ok(before.some((i) => i.date === '2023-05-02'));
      await ingestEach(service, ['call-again.txt']);
      const now = (await calls()).map((i) => ({ id: i.id, date: i.body.date }));
      assert.deepEqual(now.filter((i) => i.date === '2023-09-19').length, 1, 'the new call is an item of its own');
      assert.deepEqual(now.filter((i) => i.date !== '2023-09-19'), before);
      const recorded = await snapshot(service, 'FIN-NOR');
      await service.rebuild();
      assert.deepEqual(await snapshot(service, 'FIN-NOR'), recorded);
    });

    test('an update of six pairs runs as many statements as an update of one', async () => {
      const service = await freshService();
      await ingestEach(service, ['fv-a.txt']);
      const counts = { statements: 0 };
      const keeper = createRecordKeeper(counting(lastDriver, counts));
      const statementsFor = async (names: string[]): Promise<{ pairs: string[]; statements: number }> => {
        const ids = await storeOnly(lastDriver, names.map((n) => files.path(n)));
        counts.statements = 0;
        const pairs = await keeper.updateDocuments(ids);
        return { pairs, statements: counts.statements };
      };
      const one = await statementsFor(['fv-b.txt']);
      const six = await statementsFor(Object.keys(CALLS));
      assert.deepEqual(one.pairs, [PAIR]);
      assert.equal(six.pairs.length, OTHERS.length);
      // Not one statement more for six pairs; fewer, as they are new: a pair with no item yet has no stored item to
      // compare with the new ones.
      assert.ok(six.statements > 0 && six.statements <= one.statements, `${six.statements} statements against ${one.statements}`);
      // The record is the one a rebuild gives.
      const before = await Promise.all(six.pairs.map((pair) => snapshot(service, pair)));
      await service.rebuild();
      assert.deepEqual(await Promise.all(six.pairs.map((pair) => snapshot(service, pair))), before);
    });

    test('a document\'s update reads as many rows in a bigger store: other pairs and other years are not read', async () => {
      const rowsFor = async (before: string[]): Promise<{ rows: number; snapshot: string[] }> => {
        const service = await freshService();
        await ingestEach(service, before);
        const counts = { rows: 0 };
        const keeper = createRecordKeeper(watchQueries(lastDriver, { after: (_sql, rows) => { counts.rows += rows.length; } }));
        const ids = await storeOnly(lastDriver, [files.path('fv-d.txt')]);
        await keeper.updateDocuments(ids);
        return { rows: counts.rows, snapshot: await snapshot(service) };
      };
      const small = await rowsFor(['fv-b.txt']);
      const big = await rowsFor(['fv-2019.txt', ...Object.keys(CALLS), 'call-again.txt', 'fv-b.txt']);
      assert.ok(small.rows > 0);
      assert.equal(big.rows, small.rows, 'the bigger store made the update read more');
      // The bigger store's record holds the earlier year too, and the blocks fv-d touched are the same as in the small one.
      assert.ok(big.snapshot.length > small.snapshot.length);
      for (const line of small.snapshot) assert.ok(big.snapshot.includes(line), `missing in the bigger store: ${line}`);
    });
  });
}

describe('the record with concurrent processes on PostgreSQL', () => {
  const disposals: (() => Promise<void>)[] = [];
  after(async () => { for (const dispose of disposals) await dispose(); });
  const postgres = BACKENDS.find((b) => b.name === 'PostgreSQL')!;

  test('a document indexed while a recompute of its blocks runs stays marked dirty, and the next catch-up takes it', async () => {
    const { driver, dispose } = await postgres.fresh();
    disposals.push(dispose);
    const service = createService(driver);
    await service.ingest([files.path('fv-a.txt'), files.path('fv-c.txt')]);
    const [b, d] = await storeOnly(driver, [files.path('fv-b.txt'), files.path('fv-d.txt')]);
    // Another process indexes fv-d (same 2022 turnover and minister's blocks as fv-b) and dies before its own
    // recompute: it commits its marks after this recompute of fv-b has read the blocks' facts.
    let [factsRead, interleaved] = [false, false];
    const racing = createRecordKeeper(counting(driver, { statements: 0 }, async (sql) => {
      if (interleaved) return;
      if (factsRead) {
        interleaved = true;
        const docs = await documentsFacts(driver, [d]);
        await setDocumentsPairs(driver, docs.map((doc) => ({ documentId: doc.documentId, versionId: doc.versionId,
          rows: documentRows(doc, new Map()) })));
      }
      // The statement that reads the blocks' facts (src/storage/record-batch.ts).
      factsRead = sql.includes('AS w(pair, block)');
    }));
    await racing.updateDocuments([b]);
    assert.ok(interleaved);
    const [pair] = await driver.query<{ dirty: boolean }>('SELECT dirty FROM record_pairs WHERE pair = $1', [PAIR]);
    assert.equal(pair.dirty, true, 'fv-d\'s marks survive the recompute that could not see its facts');
    const turnover2022 = async () => (await service.record({ pair: PAIR }))
      .filter((i) => i.body.type === 'figure' && i.body.period === '2022').map((i) => i.body.docs);
    assert.deepEqual(await turnover2022(), [['fv-b', 'fv-d']], 'the catch-up before a read recomputes the block');
    const [left] = await driver.query<{ n: number }>('SELECT count(*)::integer AS n FROM record_dirty_blocks');
    assert.equal(left.n, 0);
  });

  test('two processes recomputing overlapping pairs in opposite orders both finish with one record', async () => {
    const { driver, dispose } = await postgres.fresh();
    disposals.push(dispose);
    const service = createService(driver);
    await service.ingest([...ALL, ...Object.keys(CALLS)].map((n) => files.path(n)));
    const pairs = (await service.pairs()).map((p) => p.pair);
    assert.ok(pairs.length >= 2, `pairs: ${pairs.join(', ')}`);
    const recorded = await Promise.all(pairs.map((pair) => snapshot(service, pair)));
    const [one, two] = [createRecordKeeper(driver), createRecordKeeper(driver)];
    const ids = (await driver.query<{ id: number }>('SELECT id FROM documents ORDER BY id')).map((r) => r.id);
    await Promise.all([one.recomputePairs(pairs), two.recomputePairs([...pairs].reverse()),
      one.updateDocuments(ids), two.updateDocuments([...ids].reverse())]);
    assert.deepEqual(await Promise.all(pairs.map((pair) => snapshot(service, pair))), recorded);
  });
});
