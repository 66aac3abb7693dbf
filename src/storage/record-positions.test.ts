// Tests for item positions: they follow the sort keys, leave gaps, fill them, and ask for a renumbering when full.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MIN_SPREAD, placeBetween, renumber, respreadBetween, sortKeyOf, STEP, TYPE_SPAN } from './record-positions';

const key = (type: string, date: string | null, docName = 'doc', factId = 1) =>
  sortKeyOf({ type, date, docName, charStart: 10, factId });

test('sort keys order items by type, then undated first, then date at any precision, then first fact', () => {
  const keys = [key('visit', '2024-08-22'), key('person', null, 'b'), key('visit', null), key('visit', '2024'),
    key('visit', '2024-08'), key('person', null, 'a'), key('figure', '2023'), key('visit', '2024-08-22', 'doc', 2)];
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  assert.deepEqual(sorted.map((k) => keys.indexOf(k)), [5, 1, 2, 3, 4, 0, 7, 6]);
});

test('new items take positions between their neighbours, a step apart at the end of their type', () => {
  assert.deepEqual(placeBetween([{ type: 'person', before: 100, after: 200 }]), [150]);
  assert.deepEqual(placeBetween([{ type: 'person', before: 100, after: 200 }, { type: 'person', before: 100, after: 200 }]), [133, 166]);
  assert.deepEqual(placeBetween([{ type: 'person', before: 5000, after: null }]), [5000 + STEP]);
  // The first visit goes into the visits' own range, whatever the people before it.
  const [first] = placeBetween([{ type: 'visit', before: null, after: null }])!;
  assert.ok(first >= TYPE_SPAN && first < 2 * TYPE_SPAN);
});

test('a full gap asks for a renumbering, which spreads each type a step apart in its range', () => {
  assert.equal(placeBetween([{ type: 'person', before: 10, after: 11 }]), null);
  assert.deepEqual(renumber([{ type: 'person' }, { type: 'person' }, { type: 'visit' }]), [STEP, 2 * STEP, TYPE_SPAN + STEP]);
});

const increasing = (xs: readonly number[]): boolean => xs.every((x, i) => i === 0 || x > xs[i - 1]);

test('a crowded gap is spread with a few neighbours; every other item keeps its position', () => {
  const stored = Array.from({ length: 20 }, (_, i) => (i + 1) * STEP);
  // Items 10 and 11 sit one apart: no room between them.
  stored[10] = stored[9] + 1;
  const items = [...stored.slice(0, 10), null, ...stored.slice(10)].map((position) => ({ type: 'person', position }));
  const out = respreadBetween(items, null, null)!;
  assert.ok(increasing(out));
  const moved = items.filter((item, k) => item.position !== null && item.position !== out[k]).length;
  assert.ok(moved > 0 && moved <= 4, `moved ${moved}`);
  assert.deepEqual(out.slice(0, 8), stored.slice(0, 8));
  assert.deepEqual(out.slice(-8), stored.slice(-8));
  const gaps = out.slice(1).map((x, i) => x - out[i]);
  assert.ok(Math.min(...gaps) >= MIN_SPREAD, `gaps ${gaps.join(',')}`);
});

test('new items inserted again and again at one spot move few stored items and never leave their type', () => {
  let positions = renumber(Array.from({ length: 1000 }, () => ({ type: 'figure' })));
  let movedTotal = 0;
  for (let round = 0; round < 300; round++) {
    // Each new figure sorts right after the last one inserted: the middle of the list, as a period's new figures do.
    const at = 500 + round;
    const slots = [{ type: 'figure', before: positions[at - 1], after: positions[at] }];
    const placed = placeBetween(slots);
    if (placed) {
      positions = [...positions.slice(0, at), placed[0], ...positions.slice(at)];
      continue;
    }
    const items = [...positions.slice(0, at), null, ...positions.slice(at)].map((position) => ({ type: 'figure', position }));
    const out = respreadBetween(items, null, null)!;
    movedTotal += items.filter((item, k) => item.position !== null && item.position !== out[k]).length;
    positions = out;
  }
  assert.ok(increasing(positions));
  assert.ok(positions[0] >= 5 * TYPE_SPAN && positions[positions.length - 1] < 6 * TYPE_SPAN);
  // A renumbering each time a gap filled would have moved every stored item, about 1,100 per time.
  assert.ok(movedTotal < 300 * 20, `moved ${movedTotal}`);
});
