// Record updates during an ingest: one at a time, every stored document taken exactly once, the same record as one
// update at the end (on both backends, with updates running beside the saves), and a failure reported at the end.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { ingest } from '../pipeline/ingest';
import { createStore } from '../storage/store';
import { createService } from './index';
import { createRecordKeeper, type RecordKeeper, type RecordProgress } from './record';
import { recordUpdates } from './record-updates';
import { BACKENDS, writeArticles } from './testing';

/** A keeper that records each update's documents and finishes only when told. */
function slowKeeper() {
  const calls: number[][] = [];
  const waiting: (() => void)[] = [];
  let running = 0;
  let most = 0;
  const keeper: Pick<RecordKeeper, 'updateDocuments'> = {
    async updateDocuments(ids) {
      calls.push([...ids]);
      running++;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => waiting.push(resolve));
      running--;
      return ids.map((id) => `P${id % 3}`);
    },
  };
  const release = async () => {
    while (waiting.length) waiting.shift()!();
    await new Promise((r) => setImmediate(r));
  };
  return { keeper, calls, release, most: () => most };
}

describe('record updates of an ingest', () => {
  test('without background updates every document waits for the end and goes in one update', async () => {
    const { keeper, calls, release } = slowKeeper();
    const updates = recordUpdates(keeper, false, 2);
    for (const id of [1, 2, 3, 4, 5]) updates.add(id);
    assert.deepEqual(calls, []);
    const done = updates.finish();
    await release();
    assert.deepEqual(await done, ['P0', 'P1', 'P2']);
    assert.deepEqual(calls, [[1, 2, 3, 4, 5]]);
  });

  test('in the background one update runs at a time and the next takes every document stored meanwhile', async () => {
    const { keeper, calls, release, most } = slowKeeper();
    const updates = recordUpdates(keeper, true, 2);
    updates.add(1);
    assert.deepEqual(calls, [], 'fewer than the threshold: nothing yet');
    updates.add(2);
    assert.deepEqual(calls, [[1, 2]]);
    for (const id of [3, 4, 5]) updates.add(id);
    assert.equal(calls.length, 1, 'the first is still running');
    await release();
    assert.deepEqual(calls, [[1, 2], [3, 4, 5]], 'the next starts as the first ends');
    updates.add(6);
    const done = updates.finish();
    await release();
    await release();
    assert.deepEqual(await done, ['P0', 'P1', 'P2']);
    assert.deepEqual(calls, [[1, 2], [3, 4, 5], [6]]);
    assert.equal(most(), 1);
  });

  test('a failed update is reported by finish, after the updates under way; later documents wait for the next run', async () => {
    let n = 0;
    const keeper: Pick<RecordKeeper, 'updateDocuments'> = {
      async updateDocuments(ids) {
        n++;
        if (n === 1) throw new Error('the server went away');
        return ids.map(String);
      },
    };
    const updates = recordUpdates(keeper, true, 1);
    updates.add(1);
    await new Promise((r) => setImmediate(r));
    updates.add(2);
    await assert.rejects(updates.finish(), /the server went away/);
    assert.equal(n, 1, 'no update after a failure');
  });
});

// Invented reports on one pair and its neighbours, so that updates running beside the saves touch the same blocks.
const ARTICLES: Record<string, string> = Object.fromEntries(['Iceland', 'Malta', 'Iceland', 'Cyprus', 'Malta', 'Iceland']
  .map((other, n) => [`ec-${n}.txt`, `Estonia and ${other} talk trade

Tallinn, ${n + 2} March 2024. The foreign ministers of Estonia and ${other} held a phone call on ${n + 1} March 2024.
Estonian Trade Minister Kaja Rebane visited ${other} on ${n + 1} March 2024.
Trade turnover between Estonia and ${other} reached $${120 + n} million in 2023, officials said.
`]));

for (const backend of BACKENDS) {
  describe(`record updates beside the saves on ${backend.name}`, () => {
    const disposals: (() => Promise<void>)[] = [];
    after(async () => { for (const dispose of disposals) await dispose(); });
    const files = writeArticles(ARTICLES);

    test('updates started after every document give the record one update at the end gives', async () => {
      const records: string[] = [];
      for (const inBackground of [true, false]) {
        const { driver, dispose } = await backend.fresh();
        disposals.push(dispose);
        const updates = recordUpdates(createRecordKeeper(driver), inBackground, 1);
        await ingest([files.dir], {}, createStore(driver), (event) => {
          if (event.document && event.status === 'ingested') updates.add(event.document.id);
        });
        const pairs = await updates.finish();
        assert.deepEqual(pairs, ['CYP-EST', 'EST-ISL', 'EST-MLT']);
        const service = createService(driver);
        const items = JSON.stringify(await service.record());
        records.push(items);
        await service.rebuild();
        const rebuilt = (await service.record()).map((i) => i.body);
        assert.deepEqual(JSON.parse(items).map((i: { body: unknown }) => i.body), rebuilt, 'a rebuild agrees');
      }
      const bodies = records.map((r) => JSON.parse(r).map((i: { pair: string; body: unknown }) => [i.pair, i.body]));
      assert.deepEqual(bodies[0], bodies[1]);
      assert.ok(bodies[0].length >= 9, `items: ${bodies[0].length}`);
    });

    test('the update after the last document and a rebuild report each step from 0 to its total', async () => {
      const { driver, dispose } = await backend.fresh();
      disposals.push(dispose);
      const service = createService(driver);
      const heard: string[] = [];
      const listen = (p: RecordProgress) => heard.push(`${p.step} ${p.done}/${p.total}`);
      const summary = await service.ingest([files.dir], { workers: 1, onRecord: listen });
      const [docs, pairs] = [summary.ingested, summary.pairs.length];
      assert.ok(docs > 1 && pairs > 1, `${docs} documents, ${pairs} pairs`);
      const steps = [`index 0/${docs}`, `index ${docs}/${docs}`, `pairs 0/${pairs}`, `pairs ${pairs}/${pairs}`];
      assert.deepEqual(heard, steps);
      heard.length = 0;
      await service.rebuild(listen);
      assert.deepEqual(heard, steps);
    });
  });
}
