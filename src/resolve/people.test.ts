// Tests that people learned in one document fill in the country another document leaves out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts } from '../extract/index';
import { docOf } from '../extract/testing';
import { PeopleRegistry } from './people';

const first = docOf('Kenyan President Amina Odhiambo arrived in New Delhi on Monday for talks on trade.', '2024-03-10', 'a');
const second = docOf('President Odhiambo paid an official visit to India last year, and the two sides signed agreements on health and education.', '2024-05-02', 'b');

test('a country stated in one article resolves a person in the next', () => {
  const registry = new PeopleRegistry();
  registry.learn(extractFacts(first).facts);
  const alone = extractFacts(second).facts.filter((f) => f.type === 'visit');
  const helped = extractFacts(second, { known: registry.known }).facts.filter((f) => f.type === 'visit');
  assert.equal(alone.length, 0);
  assert.deepEqual(helped.map((f) => f.type === 'visit' && [f.visitor, f.host, f.date]), [['KEN', 'IND', '2023']]);
});

test('a surname seen with two countries is not passed on', () => {
  const registry = new PeopleRegistry();
  registry.learn(extractFacts(docOf('Chilean Foreign Minister Luis Rojas met reporters.', null)).facts);
  registry.learn(extractFacts(docOf('Peruvian Foreign Minister Ana Rojas met reporters.', null)).facts);
  assert.equal(registry.known.has('rojas'), false);
});
