// Tests the gated chrono-node parsers: the same readings as chrono-node's own on texts with and without "ago" or "later".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as original from 'chrono-node/en';
import { GB, strict } from './chrono';

const TEXTS = [
  'The ferry line opened on 12 March 2021, three days after the inspection.',
  'Two weeks later, on Tuesday 4 May, the ministers met again in the port city.',
  'The talks ended 3 days ago; the next round is due 2 months from now.',
  'A year earlier, on 30 November 2019, the board had approved the plan.',
  'Published: 14.11.2016 12:22',
  'Updated 9 March 2019 14:52 (UTC +04:00)',
  'The first shipment left before dawn on June 2nd and arrived a week later.',
  'Within 5 days, by 21 January 2024, the customs posts will work around the clock.',
  'FIVE YEARS AGO the corridor carried half as much cargo as it does now.',
  'The contract, signed on 1 April 2022, runs for ten years, henceforth renewed yearly.',
];

const readings = (results: Array<{ index: number; text: string; start: { date(): Date }; end?: { date(): Date } | null }>) =>
  results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]);

test('the gated parsers read what chrono-node reads, strict and casual', () => {
  const ref = { instant: new Date(Date.UTC(2024, 5, 15)), timezone: 0 };
  for (const text of TEXTS) {
    assert.deepEqual(readings(GB.parse(text, ref)), readings(original.GB.parse(text, ref)), text);
    const fixed = new Date(Date.UTC(2000, 0, 1));
    assert.deepEqual(readings(strict.parse(text, fixed)), readings(original.strict.parse(text, fixed)), text);
  }
});

test('"ago" and "later" phrases are still read through the gates', () => {
  const ref = { instant: new Date(Date.UTC(2024, 5, 15)), timezone: 0 };
  assert.deepEqual(GB.parse('The talks ended 3 days ago.', ref).map((r) => r.text), ['3 days ago']);
  assert.deepEqual(GB.parse('They met again two weeks later.', ref).map((r) => r.text), ['two weeks later']);
  assert.equal(GB.parsers.length, original.GB.parsers.length);
  assert.equal(strict.parsers.length, original.strict.parsers.length);
});
