// Tests the plain-text rendering of tables and facts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeFact, failureReason, formatAmount, formatTable, recordProgressLines, truncate } from './format';

test('tables align every column but the last', () => {
  assert.equal(formatTable(['id', 'title'], [['1', 'Peru and Japan'], ['12', 'x']]),
    'id  title\n1   Peru and Japan\n12  x');
});

test('long titles are cut with an ellipsis', () => {
  assert.equal(truncate('Kenya  and\nGhana sign a deal', 12), 'Kenya and G…');
  assert.equal(truncate('short', 12), 'short');
});

test('amounts read as words at million scale and above', () => {
  assert.equal(formatAmount(450_000_000), '450 million');
  assert.equal(formatAmount(1_250_000_000), '1.25 billion');
  assert.equal(formatAmount(12500), '12,500');
});

test('facts are summarised with their direction and main fields', () => {
  const evidence = { sentence: 0, start: 0, end: 1, quote: 'x' };
  assert.equal(describeFact({ type: 'figure', metric: 'exports', from: 'KEN', to: 'GHA', value: 3e6, unit: 'USD',
    period: '2020', modality: 'target', commodity: 'tea', confidence: 1, evidence }),
  'exports KEN → GHA  3 million USD (tea)  2020  target');
  assert.equal(describeFact({ type: 'agreement', parties: ['KEN', 'GHA'], topic: 'health', date: null,
    status: 'signed', confidence: 1, evidence }), 'KEN–GHA  health  signed  -');
});

test('a failure reason does not repeat the input the message already names', () => {
  assert.equal(failureReason('/a/b.txt', '/a/b.txt: the file is empty'), 'the file is empty');
  assert.equal(failureReason('/a/b.txt', 'cannot read /a/b.txt'), 'cannot read /a/b.txt');
});

test('a record update prints a line as each step starts and one when its pairs are done', () => {
  let clock = 1000;
  const lines = recordProgressLines(() => clock);
  const heard = [
    { step: 'index', done: 0, total: 3 }, { step: 'index', done: 3, total: 3 },
    { step: 'pairs', done: 0, total: 250 }, { step: 'pairs', done: 200, total: 250 }, { step: 'pairs', done: 250, total: 250 },
  ] as const;
  const out = heard.flatMap((state) => { clock += 700; return lines(state); });
  assert.deepEqual(out, ['record  indexing the facts of 3 documents', 'record  updating 250 pairs',
    'record  up to date: 250 pairs in 2.8 s']);
});

test('a record update that touches no pair still says it is done', () => {
  const lines = recordProgressLines(() => 0);
  const out = [{ step: 'index', done: 0, total: 1 }, { step: 'index', done: 1, total: 1 }, { step: 'pairs', done: 0, total: 0 }]
    .flatMap((state) => lines(state as never));
  assert.deepEqual(out, ['record  indexing the facts of 1 document', 'record  up to date: 0 pairs in 0.0 s']);
});
