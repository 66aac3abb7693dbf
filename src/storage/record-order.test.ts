// Tests for the record's order: sort keys put items by type, then date at any precision, then first source.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortKeyOf } from './record-order';

const key = (type: string, date: string | null, docName = 'doc', factId = 1) =>
  sortKeyOf({ type, date, docName, charStart: 10, factId });

test('sort keys order items by type, then undated first, then date at any precision, then first fact', () => {
  const keys = [key('visit', '2024-08-22'), key('person', null, 'b'), key('visit', null), key('visit', '2024'),
    key('visit', '2024-08'), key('person', null, 'a'), key('figure', '2023'), key('visit', '2024-08-22', 'doc', 2)];
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  assert.deepEqual(sorted.map((k) => keys.indexOf(k)), [5, 1, 2, 3, 4, 0, 7, 6]);
});

test('two items differing only in their first fact have different keys, in fact order within a document', () => {
  const a = sortKeyOf({ type: 'figure', date: '2024', docName: 'report', charStart: null, factId: 9 });
  const b = sortKeyOf({ type: 'figure', date: '2024', docName: 'report', charStart: null, factId: 10 });
  assert.notEqual(a, b);
  assert.ok(a < b);
});
