// Tests for partial dates: agreement across precisions, ordering with unknown dates, canonical periods.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalPeriod, compareDates, datesAgree, daysBetween, finer, precision } from './dates';

test('dates agree on every part both give', () => {
  assert.ok(datesAgree('2024-08', '2024-08-22'));
  assert.ok(datesAgree('2024', '2024-08-22'));
  assert.ok(!datesAgree('2024-08-21', '2024-08-22'));
  assert.ok(!datesAgree('2023-08', '2024-08'));
  assert.ok(!datesAgree(null, '2024'));
  assert.equal(finer('2024-08', '2024-08-22'), '2024-08-22');
  assert.equal(precision('2024-08'), 2);
});

test('unknown dates sort first; days between partial dates count from their first day', () => {
  assert.deepEqual(['2024-05', null, '2023-12-31'].sort(compareDates), [null, '2023-12-31', '2024-05']);
  assert.equal(daysBetween('2024-08-22', '2024-08-29'), 7);
  assert.equal(daysBetween('2024-03', '2024-02-28'), -2);
});

test('periods have one spelling', () => {
  assert.equal(canonicalPeriod('2023-01/2023-12'), '2023');
  assert.equal(canonicalPeriod('2024-05/2024-05'), '2024-05');
  assert.equal(canonicalPeriod('2024-01/2024-05'), '2024-01/2024-05');
  assert.equal(canonicalPeriod(null), null);
});
