// Tests for exports: Record v1 JSONL with sources, a CSV table, and event rows with CAMEO codes and PLOVER categories.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { consolidate } from './index';
import { exportRows } from './export';
import { STORY_DOCS, STORY_FACTS } from './fixtures';
import type { RecordItem } from './types';

const items = consolidate(STORY_FACTS, STORY_DOCS);
const csv = (line: string): string[] => line.split(',');

test('events: one row per event and pair of states, by date, with CAMEO, PLOVER and source URLs', () => {
  const [header, ...rows] = exportRows(items, 'events', STORY_DOCS);
  assert.equal(header, 'date,source_country,target_country,cameo,cameo_label,plover,type,detail,sources,urls');
  assert.deepEqual(rows.map((r) => csv(r).slice(0, 6)), [
    ['2021-03-10', 'NOR', 'CHL', '042', 'Make a visit', 'CONSULT'],
    ['2021-03-11', 'CHL', 'NOR', '057', 'Sign formal agreement', 'AGREE'],
    ['2022-05-19', 'CHL', 'NOR', '041', 'Discuss by telephone', 'CONSULT'],
    ['2023-03-30', 'CHL', 'NOR', '040', 'Consult', 'CONSULT'],
    ['2023-03-30', 'CHL', 'PER', '040', 'Consult', 'CONSULT'],
    ['2023-03-30', 'NOR', 'PER', '040', 'Consult', 'CONSULT'],
  ]);
  assert.equal(csv(rows[0])[9], 'https://news.example/n1 https://news.example/n2');
  // A document without a URL is named instead.
  assert.equal(csv(rows[5])[9], 'n4');
});

test('events: a visit gives its host\'s row on request, a planned agreement is cooperation in its field', () => {
  const hosted = exportRows(items, 'events', STORY_DOCS, { hosts: true });
  assert.ok(hosted.some((r) => r.startsWith('2021-03-10,CHL,NOR,043,Host a visit,CONSULT')));
  const planned = (topic: string): string => exportRows([{ type: 'agreement', parties: ['NOR', 'CHL'], topic, date: '2024',
    status: 'planned', docs: ['z'], sources: [], merges: [] } as RecordItem], 'events')[1];
  assert.deepEqual([csv(planned('defense'))[3], csv(planned('trade'))[3], csv(planned('security'))[3], csv(planned('science'))[3]],
    ['062', '061', '063', '064']);
  assert.equal(csv(planned('trade'))[5], 'COOPERATE');
});

test('csv: a header and one row per item, fields with commas quoted', () => {
  const [header, ...rows] = exportRows(items, 'csv');
  assert.equal(header, 'type,date,parties,what,status,value,unit,flags,sources,docs');
  assert.equal(rows.length, items.length);
  assert.ok(rows.includes('figure,2022,NOR>CHL,trade_turnover target,,500000000,USD,outcome:met,1,n1'));
  const odd = exportRows([{ ...items.find((i) => i.type === 'project')!, name: 'hatchery, "phase 2"' }], 'csv')[1];
  assert.match(odd, /,"hatchery, ""phase 2"" \(food\)",/);
});

test('jsonl: Record v1 lines with the sentences behind each item', () => {
  const lines = exportRows(items, 'jsonl').map((l) => JSON.parse(l) as { type: string; docs: string[]; sources: { evidence: string }[] });
  assert.equal(lines.length, items.length);
  assert.ok(lines.every((l) => l.docs.length > 0 && l.sources.length > 0));
  assert.throws(() => exportRows(items, 'xml' as never), /export format "xml" is not one of jsonl, csv, events/);
});
