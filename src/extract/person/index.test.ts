// The person extractor's evidence: the sentence the person was read from, not the bare name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { CleanDocument } from '../../shared/types';
import { extractFacts } from '../index';

test('a person fact quotes the whole sentence that names the person', () => {
  const text = 'Accra, 3 May 2022. Foreign Minister Ama Owusu of Ghana met her Kenyan counterpart in Nairobi. ' +
    'The two sides discussed trade.';
  const doc: CleanDocument = { name: 'owusu', source: '/t/owusu', title: null, text, language: 'en', date: '2022-05-03',
    dateSource: null, hash: createHash('sha256').update(text).digest('hex') };
  const { facts, sentences } = extractFacts(doc);
  const person = facts.find((f) => f.type === 'person' && f.name === 'Ama Owusu');
  assert.ok(person, JSON.stringify(facts));
  const sentence = sentences.find((s) => s.text.includes('Ama Owusu'))!;
  assert.deepEqual(person.evidence, { sentence: sentence.index, start: sentence.start, end: sentence.end, quote: sentence.text });
  assert.equal(text.slice(person.evidence.start, person.evidence.end), person.evidence.quote);
});
