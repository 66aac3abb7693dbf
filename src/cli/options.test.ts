// Tests for the command-line option rules shared by several commands.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../shared/errors';
import { listLimit, positiveInteger, TERMINAL_PAGE } from './options';

test('a listing in the terminal shows a page unless --limit or --all says otherwise; JSON gets every row', () => {
  assert.equal(listLimit({}), TERMINAL_PAGE);
  assert.equal(listLimit({ limit: 5 }), 5);
  assert.equal(listLimit({ limit: 5, all: true }), 5);
  assert.equal(listLimit({ all: true }), undefined);
  assert.equal(listLimit({ json: true }), undefined);
  assert.equal(listLimit({ json: true, limit: 3 }), 3);
});

test('--limit takes positive whole numbers only and names itself when refused', () => {
  assert.equal(positiveInteger('--limit')('20'), 20);
  for (const bad of ['0', '-1', '2.5', 'ten']) {
    assert.throws(() => positiveInteger('--limit')(bad), (err: unknown) => err instanceof DyadError && /--limit/.test(err.message));
  }
});
