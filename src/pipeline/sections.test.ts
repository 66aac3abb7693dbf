// Tests section-by-section extraction of long texts: whole-text offsets, people carried across sections, the size limit.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { extractFacts } from '../extract/index';
import { DyadError } from '../shared/errors';
import type { CleanDocument } from '../shared/types';
import { extractLong, MAX_TEXT_CHARS, sectionSpans } from './sections';

function doc(text: string): CleanDocument {
  return { name: 'archive', source: 'archive.txt', title: 'Fiji and Samoa', text, language: 'en', date: '2018-07-05',
    hash: createHash('sha256').update(text).digest('hex') };
}

const states = 'Suva, 5 July 2018. Fijian Prime Minister Tevita Ravouvou received Samoan Foreign Minister Lemalu '
  + 'Faasalaina in Suva. The two sides signed an agreement on fisheries.';
const filler = (i: number) => `Paragraph ${i} of the archive describes the weather over the islands and the harbour traffic in the season.`;
const later = 'Prime Minister Ravouvou arrived in Apia on Monday for a two-day official visit to Samoa.';

test('sections are cut at paragraph ends and cover the whole text', () => {
  const text = Array.from({ length: 50 }, (_, i) => filler(i)).join('\n');
  const spans = sectionSpans(text, 1000);
  assert.ok(spans.length > 5);
  assert.equal(spans[0][0], 0);
  assert.equal(spans.at(-1)![1], text.length);
  for (const [start, end] of spans) {
    assert.ok(end - start <= 1000);
    assert.ok(end === text.length || text[end] === '\n', 'a section ends at a paragraph end');
  }
  // A paragraph past the limit is cut alone into pieces, at sentence ends where it has them.
  const longOne = `${filler(0)}\n${'A sentence of the long one. '.repeat(200).trim()}\n${filler(1)}`;
  const cut = sectionSpans(longOne, 100_000, 3000, 500);
  assert.ok(cut.length > 5);
  assert.deepEqual(cut[0], [0, filler(0).length]);
  assert.equal(cut.at(-1)![1], longOne.length);
  for (const [s, e] of cut.slice(1, -1)) {
    assert.ok(e - s <= 500);
    assert.equal(longOne[e - 1], '.');
  }
});

test('a long text read in sections gives whole-text offsets and carries its people from section to section', () => {
  const paragraphs = [states, ...Array.from({ length: 40 }, (_, i) => filler(i)), later];
  const text = paragraphs.join('\n');
  const result = extractLong(doc(text), new Map(), 1500);
  // Sentences are numbered through the whole text and their spans point into it.
  result.sentences.forEach((s, i) => {
    assert.equal(s.index, i);
    assert.equal(text.slice(s.start, s.end), s.text);
  });
  for (const f of result.facts) {
    assert.equal(text.slice(f.evidence.start, f.evidence.end), f.evidence.quote);
    assert.ok(result.sentences[f.evidence.sentence].start <= f.evidence.start);
  }
  // The visit in the last section is by the prime minister the first section names in full with his state.
  const visit = result.facts.find((f) => f.type === 'visit');
  assert.ok(visit && visit.type === 'visit');
  assert.deepEqual([visit.visitor, visit.host], ['FJI', 'WSM']);
  assert.ok(result.facts.some((f) => f.type === 'person' && f.name === 'Tevita Ravouvou'
    && f.evidence.start >= text.indexOf(later)), 'the late mention gets the full name from the first section');
});

test('a text no longer than a section is extracted exactly as before', () => {
  const text = [states, later].join('\n');
  assert.deepEqual(extractLong(doc(text), new Map()), extractFacts(doc(text), { known: new Map() }));
});

test('a text past the limit is refused with the reason', () => {
  const huge = { ...doc('x'), text: { length: MAX_TEXT_CHARS + 1 } as unknown as string };
  assert.throws(() => extractLong(huge, new Map()), (err: unknown) => err instanceof DyadError && err.code === 'too_large'
    && /archive\.txt: the text has \d+ characters after cleaning; dyad reads at most/.test(err.message));
});
