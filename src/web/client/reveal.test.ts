// Tests of the slices a long list is drawn in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextCount } from './reveal';

test('each slice adds one step and stops at the total', () => {
  assert.equal(nextCount(50, 1020, 50), 100);
  assert.equal(nextCount(1000, 1020, 50), 1020);
  assert.equal(nextCount(1020, 1020, 50), 1020);
});
