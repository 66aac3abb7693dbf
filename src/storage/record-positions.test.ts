// Tests for item positions: they follow the sort keys, leave gaps, fill them, and ask for a renumbering when full.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeBetween, renumber, sortKeyOf, STEP, TYPE_SPAN } from './record-positions';

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
