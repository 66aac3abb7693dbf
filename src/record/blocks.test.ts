// Tests for block keys: facts that consolidation may join share a block; facts it never joins mostly do not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FigureFact, PersonFact, VisitFact } from '../shared/types';
import { blockKey } from './blocks';
import { fact } from './testing';

const person = (name: string) => fact<PersonFact>('d', { type: 'person', name, country: 'NOR', role: 'minister' });
const visit = (date: string | null) => fact<VisitFact>('d', { type: 'visit', visitor: 'NOR', host: 'CHL', date, place: null });
const figure = (value: number, period: string | null, modality: 'actual' | 'target' = 'actual') => fact<FigureFact>('d',
  { type: 'figure', metric: 'trade_turnover', from: 'NOR', to: 'CHL', value, unit: 'USD', period, modality });

test('a surname alone, a title and a transliterated spelling share the full name\'s block', () => {
  const full = blockKey(person('Ingrid Halvorsen'), null);
  assert.equal(blockKey(person('Halvorsen'), null), full);
  assert.equal(blockKey(person('Minister Ingrid Halvorssen'), null), full);
  assert.notEqual(blockKey(person('Ingrid Berg'), null), full);
});

test('events of one year share a block at any precision; an undated report takes its document\'s year', () => {
  assert.equal(blockKey(visit('2024'), null), blockKey(visit('2024-08-22'), null));
  assert.equal(blockKey(visit(null), '2024-08-25'), blockKey(visit('2024-08-22'), null));
  assert.notEqual(blockKey(visit('2023-08-22'), null), blockKey(visit('2024-08-22'), null));
  assert.notEqual(blockKey(visit(null), null), blockKey(visit('2024-08-22'), null));
  // Undated reports in undated documents meet only through a numbered session.
  const undated = (doc: string, evidence: string) => ({ ...visit(null), doc, evidence });
  assert.equal(blockKey(undated('x', 'the 13th session of the joint commission'), null),
    blockKey(undated('y', 'at the 13th meeting of the joint commission'), null));
  assert.notEqual(blockKey(undated('x', 'talks'), null), blockKey(undated('y', 'talks'), null));
});

test('a target shares its period\'s block with the actuals; periodless figures meet by their rounded value', () => {
  assert.equal(blockKey(figure(1e9, '2024', 'target'), null), blockKey(figure(7e8, '2024-01/2024-12'), null));
  assert.notEqual(blockKey(figure(1e9, '2024'), null), blockKey(figure(1e9, '2023'), null));
  assert.notEqual(blockKey(figure(1e9, '2024'), null), blockKey(figure(1e9, '2024-01/2024-06'), null));
  assert.equal(blockKey(figure(1e9, null, 'target'), '2022-01-01'), blockKey(figure(1e9, null, 'target'), '2024-01-01'));
  assert.equal(blockKey(figure(178.7e6, null), null), blockKey(figure(180e6, null), null));
  assert.notEqual(blockKey(figure(1e9, null), null), blockKey(figure(2e9, null), null));
});
