// Tests of evidence highlighting: plain text survives intact, overlaps split, bad spans are ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './highlight';

const text = 'Mira Tolland visited Ostrava. Trade reached 5 million dollars in 2021.';

test('the segments put back together are the text, and each highlight covers its span', () => {
  const visit = { start: 0, end: 29, id: 1, type: 'visit' };
  const figure = { start: 30, end: 70, id: 2, type: 'figure' };
  const segs = segment(text, [figure, visit]);
  assert.equal(segs.map((s) => s.text).join(''), text);
  assert.deepEqual(segs.map((s) => [s.text, s.spans.map((x) => x.id)]), [
    ['Mira Tolland visited Ostrava.', [1]], [' ', []], ['Trade reached 5 million dollars in 2021.', [2]],
  ]);
});

test('overlapping spans split into stretches covered by one or both facts', () => {
  const segs = segment(text, [{ start: 0, end: 12, id: 'p', type: 'person' }, { start: 0, end: 29, id: 'v', type: 'visit' }]);
  assert.deepEqual(segs.map((s) => [s.text, s.spans.map((x) => x.id).sort()]), [
    ['Mira Tolland', ['p', 'v']], [' visited Ostrava.', ['v']], [text.slice(29), []],
  ]);
});

test('spans outside the text, empty or reversed are ignored', () => {
  const segs = segment(text, [{ start: 5, end: 500, id: 1, type: 'x' }, { start: 9, end: 9, id: 2, type: 'x' },
    { start: 20, end: 10, id: 3, type: 'x' }, { start: -1, end: 3, id: 4, type: 'x' }]);
  assert.deepEqual(segs, [{ start: 0, end: text.length, text, spans: [] }]);
});
