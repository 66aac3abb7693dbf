// Tests of the chart data: timeline marks by precision, the figures a chart draws and their series.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Item } from './api';
import { chartable, seriesKey, timelineMarks } from './chart-data';

const item = (o: Record<string, unknown>) => ({ id: 1, factIds: [1], ...o }) as Item;

test('dated contacts are dots or bars by precision, the rest undated', () => {
  const { day, spans, undated } = timelineMarks([
    item({ type: 'visit', date: '2022-05-01', docs: ['a', 'b'] }), item({ type: 'call', date: '2022-05' }),
    item({ type: 'agreement', date: '2021' }), item({ type: 'meeting', date: null }), item({ type: 'figure', date: '2021' }),
  ]);
  assert.deepEqual(day.map((m) => [m.item.type, m.row, m.sources]), [['visit', 0, 2]]);
  assert.deepEqual(spans.map((m) => m.item.type), ['call', 'agreement']);
  assert.equal(spans[0].end - spans[0].start + 1, 31 * 86400e3, 'a month-precise call spans May');
  assert.deepEqual(undated.map((m) => m.type), ['meeting', 'figure']);
});

test('the chart takes turnover and exports with a period in the unit most of them use', () => {
  const figures = [
    item({ type: 'figure', metric: 'trade_turnover', value: 5, unit: 'USD', period: '2021' }),
    item({ type: 'figure', metric: 'exports', from: 'AAA', to: 'BBB', value: 2, unit: 'USD', period: '2021' }),
    item({ type: 'figure', metric: 'exports', from: 'AAA', to: 'BBB', value: 9, unit: 'EUR', period: '2021' }),
    item({ type: 'figure', metric: 'investment', value: 7, unit: 'USD', period: '2021' }),
    item({ type: 'figure', metric: 'trade_turnover', value: 4, unit: 'USD', period: null }),
  ];
  const { items, unit } = chartable(figures);
  assert.equal(unit, 'USD');
  assert.deepEqual(items.map((f) => f.value), [5, 2]);
});

test('a series is metric, direction and unit; part-year periods are a series of their own', () => {
  assert.equal(seriesKey(item({ metric: 'exports', from: 'AAA', to: 'BBB', unit: 'USD', period: '2020' })), 'exports AAA→BBB (USD)');
  assert.equal(seriesKey(item({ metric: 'trade_turnover', from: 'AAA', to: 'BBB', unit: 'USD', period: '2020' })), 'trade turnover (USD)');
  assert.equal(seriesKey(item({ metric: 'trade_turnover', unit: 'USD', period: '2020-01/2020-03' })), 'trade turnover (USD, part of a year)');
});
