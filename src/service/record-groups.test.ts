// Tests for block groups: blocks stay alone unless a decision in force joins them, directly or through another.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Decision } from '../storage/curation';
import { blockGroups } from './record-groups';

const decision = (id: number, blocks: string[], undone = false): Decision => ({
  id, action: 'merge', fact: null, detail: null, pairs: ['AAA-BBB'], blocks, author: 'ana', reason: null,
  createdAt: '2026-01-01T00:00:00.000Z', undoneAt: undone ? '2026-01-02T00:00:00.000Z' : null, undoneBy: null, undoReason: null,
});

test('each block is its own group without decisions', () => {
  assert.deepEqual(blockGroups(['b', 'a'], []), [['a'], ['b']]);
});

test('decisions join blocks, through each other too, and bring blocks not asked for', () => {
  const decisions = [decision(1, ['a', 'x']), decision(2, ['x', 'y']), decision(3, ['c', 'd'])];
  assert.deepEqual(blockGroups(['a', 'b'], decisions), [['a', 'x', 'y'], ['b']]);
  assert.deepEqual(blockGroups(['d'], decisions), [['c', 'd']]);
});

test('an undone decision joins nothing', () => {
  assert.deepEqual(blockGroups(['a'], [decision(1, ['a', 'x'], true)]), [['a']]);
});
