// Tests which pair of states each fact of a document belongs to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FactBody } from '../shared/kinds/index';
import { factPairs, pairName, parsePair } from './pairs';

test('pair names are sorted codes, read in any order and case', () => {
  assert.equal(pairName('KEN', 'GHA'), 'GHA-KEN');
  assert.equal(parsePair('ken-gha'), 'GHA-KEN');
  assert.equal(parsePair('GHA KEN'), 'GHA-KEN');
  assert.equal(parsePair('Kenya'), null);
  assert.equal(parsePair('KEN-KEN'), null);
  assert.equal(parsePair('KEN-GHA-NGA'), null);
});

test('two-state facts name their pair, three states each of their pairs, a person the pairs of its document', () => {
  const facts: { id: number; body: FactBody }[] = [
    { id: 1, body: { type: 'visit', visitor: 'KEN', host: 'GHA', date: null, place: null } },
    { id: 2, body: { type: 'project', parties: ['KEN', 'GHA', 'NGA'], name: 'a rail link', sector: 'transport',
      place: null, status: 'proposed' } },
    { id: 3, body: { type: 'person', name: 'Amara Osei', country: 'GHA', role: 'minister' } },
    { id: 4, body: { type: 'person', name: 'Lena Park', country: 'KOR', role: 'minister' } },
    { id: 5, body: { type: 'figure', metric: 'exports', from: 'NGA', to: null, value: 1, unit: 'USD', period: null,
      modality: 'actual' } },
  ];
  const byFact = new Map<number, string[]>();
  for (const row of factPairs(facts)) byFact.set(row.factId, [...(byFact.get(row.factId) ?? []), row.pair]);
  assert.deepEqual(byFact.get(1), ['GHA-KEN']);
  assert.deepEqual(byFact.get(2)?.sort(), ['GHA-KEN', 'GHA-NGA', 'KEN-NGA']);
  assert.deepEqual(byFact.get(3)?.sort(), ['GHA-KEN', 'GHA-NGA']);
  assert.equal(byFact.get(4), undefined, 'a state no pair of the document includes');
  assert.deepEqual(byFact.get(5)?.sort(), ['GHA-NGA', 'KEN-NGA']);
});
