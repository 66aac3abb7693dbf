// Tests of search snippet splitting: matched words apart, unmatched brackets left as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snippetPieces } from './snippet';

test('matched words come out as matches, the rest as text', () => {
  assert.deepEqual(snippetPieces('Exports of [rail] cars and [trade] grew'), [
    { text: 'Exports of ', match: false }, { text: 'rail', match: true }, { text: ' cars and ', match: false },
    { text: 'trade', match: true }, { text: ' grew', match: false },
  ]);
});

test('a lone or empty bracket is plain text', () => {
  assert.deepEqual(snippetPieces('a [b and [] c'), [{ text: 'a [b and [] c', match: false }]);
  assert.deepEqual(snippetPieces(''), []);
});
