// Tests of the page text helpers: date precision and ranges, amounts, fact summaries, source counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amount, dateRange, precision, sourceCount, summary } from './format';
import type { Item } from './api';

test('precision and range of partial dates', () => {
  assert.equal(precision('2021-03-04'), 'day');
  assert.equal(precision('2021-03'), 'month');
  assert.equal(precision('2021'), 'year');
  assert.equal(precision('2021-01/2021-04'), 'none');
  assert.equal(precision(null), 'none');
  assert.deepEqual(dateRange('2020-02'), [Date.UTC(2020, 1, 1), Date.UTC(2020, 2, 1) - 1]);
  assert.deepEqual(dateRange('2020'), [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1) - 1]);
  assert.equal(dateRange('soon'), null);
});

test('amounts in words with their unit', () => {
  assert.equal(amount(1_250_000_000, 'USD'), 'USD 1.25 billion');
  assert.equal(amount(40000, 't'), '40,000 tonnes');
  assert.equal(amount(12, 'pct'), '12%');
  assert.equal(amount(3_000_000, 'EUR'), 'EUR 3 million');
});

test('a summary is built from the fact fields and counts its sources', () => {
  const fig = { id: 1, factIds: [1], type: 'figure', metric: 'trade_turnover', from: 'AAA', to: 'BBB', value: 2e9, unit: 'USD',
    period: '2022', modality: 'target' } as Item;
  assert.equal(summary(fig), 'trade turnover AAA→BBB: USD 2 billion, 2022 (target)');
  const visit = { id: 2, factIds: [2], type: 'visit', visitor: 'AAA', host: 'BBB', date: '2023-05-02', place: 'Lunde', docs: ['x', 'y'] } as Item;
  assert.equal(summary(visit), 'AAA visits BBB (Lunde), 2023-05-02');
  assert.equal(sourceCount(visit), 2);
  assert.equal(sourceCount({ id: 3, factIds: [3], type: 'call', sources: [{ doc: 'x' }, { doc: 'x' }, { doc: 'z' }] } as Item), 2);
  assert.equal(sourceCount({ id: 4, factIds: [4], type: 'call' } as Item), 1);
});
