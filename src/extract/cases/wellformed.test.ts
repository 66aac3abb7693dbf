// Checks the hand-written extraction cases themselves: valid Facts v1 values, dates that agree with the text, coverage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'world-countries';
import { allCases } from './index';
import { METRICS, ROLES, SECTORS, TOPICS, type FactBody } from '../../shared/types';

const ISO3 = new Set(countries.map((c) => c.cca3));
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const label = (c: { file: string; text: string }) => `${c.file}: ${c.text.slice(0, 60)}`;

function countriesOf(f: FactBody): string[] {
  switch (f.type) {
    case 'person': return f.country ? [f.country] : [];
    case 'visit': return [f.visitor, f.host];
    case 'figure': return [f.from, f.to].filter((x): x is string => x !== null);
    default: return f.parties;
  }
}

function dateOf(f: FactBody): string | null | undefined {
  return f.type === 'visit' || f.type === 'call' || f.type === 'meeting' || f.type === 'agreement' ? f.date : undefined;
}

function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('there are enough cases, negatives and country pairs', () => {
  assert.ok(allCases.length >= 180, `${allCases.length} cases`);
  assert.ok(allCases.filter((c) => c.file === 'negative.cases.ts').length >= 30);
  const pairs = new Set<string>();
  for (const c of allCases) for (const f of c.facts) {
    const cs = [...new Set(countriesOf(f))].sort();
    if (cs.length === 2) pairs.add(cs.join('-'));
  }
  assert.ok(pairs.size >= 20, `${pairs.size} pairs`);
});

test('every fact uses valid codes, enums and date shapes', () => {
  for (const c of allCases) {
    assert.ok(c.date == null || /^\d{4}-\d{2}-\d{2}$/.test(c.date), label(c));
    const sentences = c.text.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
    assert.ok(sentences >= 1 && sentences <= 3, `${label(c)}: ${sentences} sentences`);
    for (const f of c.facts) {
      for (const code of countriesOf(f)) assert.ok(ISO3.has(code), `${label(c)}: ${code}`);
      const d = dateOf(f);
      if (d != null) assert.match(d, DATE, label(c));
      if ('parties' in f) {
        assert.deepEqual(f.parties, [...new Set(f.parties)].sort(), `${label(c)}: parties sorted and distinct`);
        assert.ok(f.parties.length >= 2, label(c));
      }
      if (f.type === 'visit') assert.notEqual(f.visitor, f.host, label(c));
      if (f.type === 'person') {
        assert.ok(ROLES.includes(f.role), label(c));
        assert.ok(c.text.includes(f.name), `${label(c)}: name "${f.name}" not in text`);
      }
      if (f.type === 'agreement') assert.ok(TOPICS.includes(f.topic), label(c));
      if (f.type === 'project') {
        assert.ok(SECTORS.includes(f.sector), label(c));
        for (const w of f.name.split(/[\s-]+/)) assert.ok(c.text.toLowerCase().includes(w.toLowerCase()), `${label(c)}: "${w}"`);
      }
      if ((f.type === 'visit' || f.type === 'meeting' || f.type === 'project') && f.place) {
        // Case-insensitive: a dateline writes the city in capitals ("ACCRA, May 6 —").
        assert.ok(c.text.toLowerCase().includes(f.place.toLowerCase()), `${label(c)}: place "${f.place}" not in text`);
      }
      if (f.type === 'figure') {
        assert.ok(METRICS.includes(f.metric), label(c));
        assert.ok(Number.isFinite(f.value) && f.value > 0, label(c));
        assert.notEqual(f.from, f.to, label(c));
        if (f.period !== null) assert.match(f.period, /^\d{4}(-\d{2})?(\/\d{4}(-\d{2})?)?$/, label(c));
      }
    }
  }
});

test('a day-precise date is stated in the text, as a day of the month, a weekday, today or yesterday', () => {
  for (const c of allCases) {
    for (const f of c.facts) {
      const d = dateOf(f);
      if (!d || d.length !== 10) continue;
      const day = String(Number(d.slice(8)));
      if (new RegExp(`\\b${day}\\b`).test(c.text)) continue;
      // A signing or a session reported without a date of its own takes the date of the event reported: the document's.
      if ((f.type === 'agreement' || f.type === 'meeting') && d === c.date) continue;
      assert.ok(c.date, `${label(c)}: a relative day needs a document date`);
      if (/\byesterday\b/.test(c.text) && d === plusDays(c.date, -1)) continue;
      const weekday = WEEKDAYS[new Date(`${d}T12:00:00Z`).getUTCDay()];
      assert.match(c.text, new RegExp(`\\bon ${weekday}\\b`, 'i'), `${label(c)}: ${d} is a ${weekday}`);
      // The nearest occurrence of that weekday, never more than three days from the document date; a planned
      // event ("will", "is scheduled to", "is due to") takes the coming one, up to six days ahead.
      const gap = (Date.parse(d) - Date.parse(c.date)) / 86_400_000;
      const planned = /\b(?:will|scheduled|due to|expected to)\b/.test(c.text);
      assert.ok(Math.abs(gap) <= 3 || (planned && gap > 0 && gap <= 6), `${label(c)}: ${d} is ${gap} days from ${c.date}`);
    }
  }
});

test('no person named in the cases comes from the gold annotations of the real corpus', (t) => {
  const gold = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/eval/corpus.gold.jsonl');
  if (!existsSync(gold)) { t.skip('no gold file next to the repository'); return; }
  const surnames = new Set<string>();
  for (const line of readFileSync(gold, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const f = JSON.parse(line) as { type: string; name?: string };
    if (f.type === 'person' && f.name) surnames.add(f.name.split(/\s+/).pop()!.toLowerCase());
  }
  for (const c of allCases) {
    for (const w of c.text.split(/[^\p{L}]+/u)) assert.ok(!surnames.has(w.toLowerCase()), `${label(c)}: "${w}"`);
  }
});
