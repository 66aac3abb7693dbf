// Tests for a cluster of source facts: its documents, its order in time, its sources and a curator's veto.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallFact } from '../shared/types';
import { Cluster } from './cluster';
import { entries, fact } from './testing';

const call = (doc: string, evidence: string) => fact<CallFact>(doc, { type: 'call', parties: ['NOR', 'CHL'], date: '2022-05-19' }, evidence);

test('a cluster lists its documents sorted, its entries oldest document first, its sources in text order', () => {
  const [a, b, c] = entries([call('late', 'They spoke again.'), call('early', 'They spoke.'), call('late', 'A second line.')],
    [{ doc: 'early', date: '2022-05-19' }, { doc: 'late', date: '2022-05-21' }]);
  const cluster = new Cluster(a);
  cluster.join(b, 'same event, same date');
  cluster.join(c, 'same event, same date', b, 'why');
  assert.deepEqual(cluster.docs, ['early', 'late']);
  assert.ok(cluster.hasDoc('early') && !cluster.hasDoc('other'));
  assert.deepEqual(cluster.chronological().map((e) => e.order), [1, 0, 2]);
  assert.deepEqual(cluster.sources().map((s) => [s.order, s.doc, s.evidence]),
    [[0, 'late', 'They spoke again.'], [1, 'early', 'They spoke.'], [2, 'late', 'A second line.']]);
  assert.deepEqual(cluster.sources()[0].fact, { type: 'call', parties: ['NOR', 'CHL'], date: '2022-05-19' });
  assert.deepEqual(cluster.merges, [{ rule: 'same event, same date', joined: 1, to: 0 },
    { rule: 'same event, same date', joined: 2, to: 1, detail: 'why' }]);
});

test('a veto on any pair of facts keeps a new fact out', () => {
  const [a, b] = entries([call('x', 'One.'), call('y', 'Two.')]);
  const cluster = new Cluster(a);
  assert.ok(!cluster.vetoed(b));
  assert.ok(cluster.vetoed(b, (p, q) => p.doc === 'y' && q.doc === 'x'));
});
