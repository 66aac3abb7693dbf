// Tests the processing of one loaded document: the date its text prints becomes the document's date when nothing else gives one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDocument } from '../shared/types';
import { processDocument } from './stages';

const raw = (text: string, dateOverride?: string): RawDocument =>
  ({ source: 'note.txt', kind: 'file', body: Buffer.from(text), contentType: 'text/plain', ...(dateOverride ? { dateOverride } : {}) });

const dated = 'SUVA, Fiji, March 4. Samoan Prime Minister Lemalu Faasalaina arrived in Suva on Monday for talks.\n\n'
  + 'The two governments signed a fisheries accord on October 12, 2020, which both sides praised.';

test('a document without a publication date takes the year-less dateline its text prints, with the year the text fixes', async () => {
  const { doc, facts } = await processDocument(raw(dated), new Map());
  // The accord of October 2020 is reported as past, so a dateline of March 4 falls in the year after it.
  assert.equal(doc.date, '2021-03-04');
  assert.equal(doc.dateSource, 'text');
  // The same date resolves the text's own relative dates: "on Monday" is the Monday before the dateline.
  const visit = facts.find((f) => f.type === 'visit');
  assert.equal(visit?.type === 'visit' && visit.date, '2021-03-01');
});

test('a date given by the caller wins over the dateline; a text that fixes no year stays undated', async () => {
  assert.equal((await processDocument(raw(dated, '2021-03-05'), new Map())).doc.date, '2021-03-05');
  const undated = 'SUVA, Fiji, March 4. Samoan Prime Minister Lemalu Faasalaina arrived in Suva for talks.';
  assert.equal((await processDocument(raw(undated), new Map())).doc.date, null);
});
