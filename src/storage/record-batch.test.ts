// A record update reads and writes the items of its blocks only, however busy the pair; the pair lists by sort key.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Driver } from './driver';
import { migrate } from './migrate';
import { createRecordStore, type ItemToStore } from './record';
import { replaceItems } from './record-batch';
import { sortKeyOf } from './record-order';
import { STORAGE_BACKENDS, watchQueries } from './testing';

/** The sort key of the n-th figure of a made-up series: one document per period, so keys follow n. */
const keyAt = (n: number): string =>
  sortKeyOf({ type: 'figure', date: `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`,
    docName: `report-${String(n).padStart(5, '0')}`, charStart: 0, factId: n + 1 });

/** A figure of block `block` sorting right after the n-th stored one. */
const figureAfter = (n: number, block: string, value = n): ItemToStore =>
  ({ body: { type: 'figure', value }, factIds: [], block, sortKey: `${keyAt(n)}~${block}` });

for (const backend of STORAGE_BACKENDS) {
  describe(`a record update in a busy pair on ${backend.name}`, () => {
    const PAIR = 'AAA-BBB';
    const STORED = 3000;
    let driver: Driver;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ driver, dispose } = await backend.fresh());
      await migrate(driver);
      // A busy pair: STORED figures in 300 blocks of ten.
      await driver.query(
        `INSERT INTO record_items (pair, type, body, block, sort_key, digest)
         SELECT $1, 'figure', '{"type":"figure"}'::jsonb, 'old ' || (n / 10), k, NULL
         FROM unnest($2::integer[], $3::text[]) AS s(n, k)`,
        [PAIR, Array.from({ length: STORED }, (_, n) => n), Array.from({ length: STORED }, (_, n) => keyAt(n))]);
      await driver.query('INSERT INTO record_pairs (pair, items) VALUES ($1, $2)', [PAIR, STORED]);
    });
    after(async () => { await dispose?.(); });

    const update = (db: Driver, block: string, items: ItemToStore[]): Promise<void> =>
      db.transaction((tx) => replaceItems(tx, [{ pair: PAIR, blocks: [block], items, whole: false }], new Map()));

    test('reads and writes the rows of its block only; the other items keep their rows', async () => {
      await update(driver, 'busy spot', [figureAfter(1500, 'busy spot', 1), figureAfter(1700, 'busy spot', 2)]);
      const before = await driver.query<{ id: number }>('SELECT id FROM record_items WHERE block <> $1 ORDER BY id', ['busy spot']);
      const counts = { rows: 0, statements: 0 };
      const db = watchQueries(driver, { after: (_sql, rows) => { counts.rows += rows.length; counts.statements++; } });
      // One item given again as it was (kept), one changed, one new: three rows of the block are compared.
      await update(db, 'busy spot', [figureAfter(1500, 'busy spot', 1), figureAfter(1700, 'busy spot', 3),
        figureAfter(1500, 'busy spot', 4)].map((i, n) => (n === 2 ? { ...i, sortKey: `${i.sortKey}~2` } : i)));
      assert.ok(counts.rows <= 10, `rows read ${counts.rows}: more than the block's`);
      const after = await driver.query<{ id: number }>('SELECT id FROM record_items WHERE block <> $1 ORDER BY id', ['busy spot']);
      assert.deepEqual(after, before, 'no other item was rewritten');
      const block = await driver.query<{ value: number }>(
        `SELECT (body ->> 'value')::integer AS value FROM record_items WHERE block = 'busy spot' ORDER BY sort_key`);
      assert.deepEqual(block.map((r) => r.value), [1, 4, 3]);
      const [{ items }] = await driver.query<{ items: number }>('SELECT items FROM record_pairs WHERE pair = $1', [PAIR]);
      assert.equal(items, STORED + 3);
    });

    test('items written again and again at one spot and elsewhere are listed in sort-key order', async () => {
      for (let round = 0; round < 60; round++) {
        // Each sorts right after the one before it at one spot; every tenth also lands somewhere else.
        const block = `round ${round}`;
        const items: ItemToStore[] = [{ ...figureAfter(900, block), sortKey: `${keyAt(900)}~${String(round).padStart(4, '0')}` }];
        if (round % 10 === 0) items.push(figureAfter((round * 7919) % STORED, block));
        await update(driver, block, items);
      }
      const listed = await createRecordStore(driver).listItems({ pair: PAIR });
      const keys = await driver.query<{ id: number; sort_key: string }>('SELECT id, sort_key FROM record_items WHERE pair = $1', [PAIR]);
      const keyOf = new Map(keys.map((k) => [k.id, k.sort_key]));
      const listedKeys = listed.map((i) => keyOf.get(i.id)!);
      assert.equal(listed.length, STORED + 3 + 60 + 6);
      assert.deepEqual(listedKeys, [...listedKeys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });
  });
}
