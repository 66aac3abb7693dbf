// Tests for figures: one item per figure within 2%, conflicts between documents, targets judged on their period.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FigureFact } from '../shared/types';
import { consolidateFigures, FIGURE_RULES } from './figures';
import { entries, fact } from './testing';

const figure = (doc: string, value: number, period: string | null, extra: Partial<FigureFact> = {}) =>
  fact<FigureFact>(doc, { type: 'figure', metric: 'trade_turnover', from: 'NRL', to: 'SVL', value, unit: 'USD', period,
    modality: 'actual', ...extra });

const DOCS = [{ doc: 'a', date: '2023-02-01' }, { doc: 'b', date: '2024-03-01' }, { doc: 'c', date: '2024-07-01' }];

test('values within 2% of each other for one series are one figure with the more precise value', () => {
  const items = consolidateFigures(entries([figure('a', 240e6, '2022'), figure('b', 238.4e6, '2022', { from: 'SVL', to: 'NRL' })], DOCS));
  assert.equal(items.length, 1);
  assert.equal(items[0].value, 238.4e6);
  assert.deepEqual(items[0].docs, ['a', 'b']);
  assert.equal(items[0].conflict, undefined);
  assert.equal(items[0].merges[0].rule, FIGURE_RULES.sameValue);
});

test('two documents disagreeing beyond 2% on one series give two items, both flagged', () => {
  const items = consolidateFigures(entries([figure('a', 240e6, '2022'), figure('b', 310e6, '2022'), figure('c', 241e6, '2022')], DOCS));
  assert.equal(items.length, 2);
  assert.ok(items.every((i) => i.conflict === true));
  assert.deepEqual(items.map((i) => i.docs), [['a', 'c'], ['b']]);
});

test('no conflict without a period, within one document, across periods, directions or modalities', () => {
  const none = (facts: ReturnType<typeof figure>[]) => consolidateFigures(entries(facts, DOCS)).filter((i) => i.conflict);
  assert.equal(none([figure('a', 240e6, null), figure('b', 310e6, null)]).length, 0);
  assert.equal(none([figure('a', 240e6, '2022', { metric: 'shipment' }), figure('a', 310e6, '2022', { metric: 'shipment' })]).length, 0);
  assert.equal(none([figure('a', 240e6, '2022'), figure('b', 310e6, '2023')]).length, 0);
  assert.equal(none([figure('a', 24e6, '2022', { metric: 'exports' }), figure('b', 31e6, '2022', { metric: 'exports', from: 'SVL', to: 'NRL' })]).length, 0);
  assert.equal(none([figure('a', 240e6, '2022'), figure('b', 310e6, '2022', { modality: 'target' })]).length, 0);
  // Two unnamed "other" quantities may measure different things.
  assert.equal(none([figure('a', 5e6, '2022', { metric: 'other' }), figure('b', 9e6, '2022', { metric: 'other' })]).length, 0);
});

test('a target is met, missed or open against the actual of its own period', () => {
  const judge = (target: ReturnType<typeof figure>, ...actuals: ReturnType<typeof figure>[]) =>
    consolidateFigures(entries([target, ...actuals], DOCS)).find((i) => i.modality === 'target')!;
  const target = figure('a', 500e6, '2024', { modality: 'target' });
  assert.deepEqual([judge(target, figure('c', 520e6, '2024')).outcome, judge(target, figure('c', 520e6, '2024')).actual], ['met', 520e6]);
  assert.equal(judge(target, figure('c', 410e6, '2024')).outcome, 'missed');
  assert.equal(judge(target, figure('c', 900e6, '2023')).outcome, 'open');
  assert.equal(judge(target, figure('c', 900e6, '2024-01/2024-06')).outcome, 'open');
  assert.equal(judge(figure('a', 500e6, null, { modality: 'target' }), figure('c', 900e6, '2024')).outcome, 'open');
  // When two sources disagree on the actual, the newest document's value is the one judged against.
  assert.equal(judge(target, figure('c', 410e6, '2024'), figure('b', 520e6, '2024')).outcome, 'missed');
  // A full year written as months is the same period.
  assert.equal(judge(target, figure('c', 520e6, '2024-01/2024-12')).outcome, 'met');
});

test('a figure given without a period joins the one figure of its measure with the same value', () => {
  const items = consolidateFigures(entries([figure('a', 240e6, '2022'), figure('b', 241e6, null)], DOCS));
  assert.equal(items.length, 1);
  assert.equal(items[0].period, '2022');
  assert.equal(items[0].merges[0].rule, FIGURE_RULES.periodless);
  // Two candidates of near-equal value: the value alone cannot say which.
  const ambiguous = consolidateFigures(entries([figure('a', 240e6, '2022'), figure('b', 243e6, '2023'), figure('c', 241e6, null)], DOCS));
  assert.equal(ambiguous.length, 3);
});

test('within one document a figure without a period stays apart from one with it', () => {
  const items = consolidateFigures(entries([figure('a', 12, '2030', { metric: 'shipment', unit: 'count', modality: 'target' }),
    figure('a', 12, null, { metric: 'shipment', unit: 'count', modality: 'target' })], DOCS));
  assert.equal(items.length, 2);
});
