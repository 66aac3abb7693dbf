// The record kept block by block: ingest in any order gives the record a rebuild gives (items, order and links), an
// ingest replaces only the items of the blocks its facts fall in, and curation across blocks survives both.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { factKey } from '../shared/kinds/index';
import type { Driver } from '../storage/driver';
import { createService, type DyadService } from './index';
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
const PAIR = 'FIN-VNM';

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

for (const backend of BACKENDS) {
  describe(`the record block by block on ${backend.name}`, () => {
    const files = writeArticles(ARTICLES);
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
        const positions = (await service.record({ pair: PAIR })).map((i) => i.position);
        assert.deepEqual(positions, [...new Set(positions)].sort((a, b) => a - b), 'positions unique and in order');
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
  });
}
