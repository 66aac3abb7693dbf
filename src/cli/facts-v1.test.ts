// Tests the conversion of stored facts into Facts v1 lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../shared/types';
import { toFactsV1 } from './facts-v1';

const evidence = { sentence: 2, start: 10, end: 80, quote: 'The Chilean president arrived in Wellington on 4 May 2019.' };

test('a visit keeps its Facts v1 fields, drops who and confidence, and quotes its evidence', () => {
  const fact: Fact = { type: 'visit', visitor: 'CHL', host: 'NZL', date: '2019-05-04', place: 'Wellington',
    who: 'the president', confidence: 0.9, evidence };
  assert.deepEqual(toFactsV1('012_chile', fact), {
    doc: '012_chile', type: 'visit', visitor: 'CHL', host: 'NZL', date: '2019-05-04', place: 'Wellington',
    evidence: evidence.quote,
  });
});

test('a person drops its title; keys come out in the documented order', () => {
  const fact: Fact = { type: 'person', name: 'Ana Ruiz', country: 'CHL', role: 'foreign_minister',
    title: 'Minister of Foreign Affairs', confidence: 0.7, evidence };
  const line = toFactsV1('d', fact);
  assert.deepEqual(Object.keys(line), ['doc', 'type', 'name', 'country', 'role', 'evidence']);
});

test('a figure keeps nulls and an optional commodity only when present', () => {
  const base = { type: 'figure', metric: 'exports', from: 'NZL', to: 'CHL', value: 1.2e9, unit: 'USD', period: null,
    modality: 'actual', confidence: 0.8, evidence } as const;
  const without = toFactsV1('d', base);
  assert.equal('commodity' in without, false);
  assert.equal((without as { period: unknown }).period, null);
  const withCommodity = toFactsV1('d', { ...base, commodity: 'dairy' });
  assert.equal((withCommodity as { commodity?: string }).commodity, 'dairy');
  assert.equal('confidence' in withCommodity, false);
});
