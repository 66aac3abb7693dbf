// A crowded new record item is placed among the few stored items near it: a busy pair is never read whole.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Driver } from './driver';
import { migrate } from './migrate';
import type { ItemToStore } from './record';
import { RESPREAD_WINDOW, replaceItems, spreadStretches, type NearItem } from './record-batch';
import { sortKeyOf, STEP, TYPE_SPAN } from './record-positions';
import { STORAGE_BACKENDS, watchQueries } from './testing';

/** The sort key of the n-th figure of a made-up series: one document per period, so keys follow n. */
const keyAt = (n: number): string =>
  sortKeyOf({ type: 'figure', date: `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`,
    docName: `report-${String(n).padStart(5, '0')}`, charStart: 0, factId: n + 1 });

/** A new figure sorting right after the n-th stored one. */
const freshAfter = (n: number, block = 'new'): ItemToStore =>
  ({ body: { type: 'figure', value: n }, factIds: [], block, sortKey: `${keyAt(n)}~` });

const increasing = (xs: readonly number[]): boolean => xs.every((x, i) => i === 0 || x > xs[i - 1]);

describe('spreadStretches', () => {
  const base = 5 * TYPE_SPAN;
  const near = (positions: readonly number[], fences: readonly number[]): NearItem[] =>
    positions.map((position, n) => ({ id: n + 1, type: 'figure', sortKey: keyAt(n), position, fence: fences.includes(n) }));

  test('spreads a crowded spot with its neighbours and never moves a fence', () => {
    // Stored items 0..9 a step apart, but 4 and 5 one apart; 0 and 9 are fences (items beyond them were not read).
    const positions = Array.from({ length: 10 }, (_, n) => base + (n + 1) * STEP);
    positions[5] = positions[4] + 1;
    const placed = spreadStretches(near(positions, [0, 9]), [freshAfter(4)]);
    assert.ok(placed);
    const after = positions.map((p, n) => placed.moves.find((m) => m.id === n + 1)?.p ?? p);
    const all = [...after.slice(0, 5), placed.positions[0], ...after.slice(5)];
    assert.ok(increasing(all), `positions ${all.join(',')}`);
    assert.ok(placed.moves.length > 0 && placed.moves.every((m) => m.id !== 1 && m.id !== 10), 'fences stay');
  });

  test('asks for a wider stretch when its fences leave no room', () => {
    const positions = [base + 100, base + 101, base + 102];
    assert.equal(spreadStretches(near(positions, [0, 2]), [freshAfter(0), freshAfter(1)]), null);
    // Without fences the same items reach the ends of their type, where there is room.
    assert.ok(spreadStretches(near(positions, []), [freshAfter(0), freshAfter(1)]));
    // Room for the new item, but only by leaving gaps narrower than a respread aims for: a wider stretch first.
    assert.equal(spreadStretches(near([base + 100, base + 150, base + 151, base + 200], [0, 3]), [freshAfter(1)]), null);
  });
});

for (const backend of STORAGE_BACKENDS) {
  describe(`a crowded record item on ${backend.name}`, () => {
    const PAIR = 'AAA-BBB';
    const STORED = 3000;
    let driver: Driver;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ driver, dispose } = await backend.fresh());
      await migrate(driver);
      // A busy pair: STORED figures a step apart, except that 1,500 and 1,501 sit one apart.
      const positions = Array.from({ length: STORED }, (_, n) => 5 * TYPE_SPAN + (n + 1) * STEP);
      positions[1501] = positions[1500] + 1;
      await driver.query(
        `INSERT INTO record_items (pair, position, type, body, block, sort_key, digest)
         SELECT $1, p, 'figure', '{"type":"figure"}'::jsonb, 'old', k, NULL FROM unnest($2::integer[], $3::text[]) AS s(p, k)`,
        [PAIR, positions, positions.map((_, n) => keyAt(n))]);
      await driver.query(`INSERT INTO record_pairs (pair, items) VALUES ($1, $2)`, [PAIR, STORED]);
    });
    after(async () => { await dispose?.(); });

    test('takes a place among a few stored neighbours, which alone move', async () => {
      const before = await driver.query<{ id: number; position: number }>('SELECT id, position FROM record_items ORDER BY id');
      const counts = { rows: 0 };
      const db = watchQueries(driver, { after: (_sql, rows) => { counts.rows += rows.length; } });
      await db.transaction((tx) => replaceItems(tx, [{ pair: PAIR, blocks: ['new'], items: [freshAfter(1500)], whole: false }],
        new Map()));
      assert.ok(counts.rows < 8 * RESPREAD_WINDOW, `rows read ${counts.rows}: the pair was read whole`);

      const now = await driver.query<{ id: number; position: number; block: string }>(
        'SELECT id, position, block FROM record_items WHERE pair = $1 ORDER BY sort_key', [PAIR]);
      assert.equal(now.length, STORED + 1);
      assert.ok(increasing(now.map((r) => r.position)), 'positions follow the sort keys');
      assert.equal(now[1501].block, 'new');
      const moved = before.filter((b) => now.find((r) => r.id === b.id)!.position !== b.position);
      assert.ok(moved.length > 0 && moved.length <= 2 * RESPREAD_WINDOW, `moved ${moved.length}`);
    });

    test('new items again and again at one spot and here and there keep every position in sort-key order', async () => {
      for (let round = 0; round < 150; round++) {
        // Each sorts right after the one before it at the crowded spot; every tenth also lands somewhere else.
        const items: ItemToStore[] = [{ ...freshAfter(1500, `round ${round}`), sortKey: `${keyAt(1500)}~${String(round).padStart(4, '0')}` }];
        if (round % 10 === 0) items.push(freshAfter((round * 7919) % STORED, `round ${round}`));
        await driver.transaction((tx) => replaceItems(tx, [{ pair: PAIR, blocks: [`round ${round}`], items, whole: false }],
          new Map()));
      }
      const rows = await driver.query<{ position: number }>('SELECT position FROM record_items WHERE pair = $1 ORDER BY sort_key', [PAIR]);
      assert.equal(rows.length, STORED + 1 + 150 + 15);
      assert.ok(increasing(rows.map((r) => r.position)), 'positions follow the sort keys');
    });
  });
}
