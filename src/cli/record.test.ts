// End-to-end test of the record commands on the store: record, pair, export, curate and rebuild.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runDyad, tempDir } from './testing';

// Two invented reports of one visit by two outlets, and a trade figure.
const FIRST = `Mongolia and Canada open a new chapter

Ottawa, 6 October 2022. The President of Mongolia arrived in Ottawa on 5 October 2022 for a state visit.
Trade turnover between Mongolia and Canada reached $95 million in 2021, officials said.
`;
const SECOND = `Mongolian president in Canada

Ottawa, 7 October 2022. The President of Mongolia visited Canada on 5 October 2022.
The two countries signed an agreement on education.
`;

test('the record, the story, the exports and curation work from the store', async () => {
  const dir = tempDir('record-cli');
  const db = join(dir, 'db');
  writeFileSync(join(dir, 'outlet-a.txt'), FIRST);
  writeFileSync(join(dir, 'outlet-b.txt'), SECOND);
  const ingest = await runDyad(['ingest', dir, '--db', db, '--json']);
  assert.equal(ingest.code, 0, ingest.stderr);
  assert.deepEqual(JSON.parse(ingest.stdout).pairs, ['CAN-MNG']);

  const items = JSON.parse((await runDyad(['record', '--db', db, '--format', 'json'])).stdout) as
    { id: number; pair: string; body: { type: string; docs: string[]; value?: number } }[];
  const visit = items.find((i) => i.body.type === 'visit');
  assert.deepEqual(visit?.body.docs, ['outlet-a', 'outlet-b'], 'one visit told by two outlets is one item');
  const figure = items.find((i) => i.body.type === 'figure' && i.body.value === 95e6);
  assert.ok(figure);

  const story = await runDyad(['pair', 'mng', 'can', '--db', db]);
  assert.equal(story.code, 0, story.stderr);
  assert.match(story.stdout, /2022-10-05 .*visit MNG → CAN.*\(2 sources\)/);

  const events = (await runDyad(['export', '--format', 'events', '--db', db])).stdout.trim().split('\n');
  assert.match(events[0], /^date,source_country,target_country,cameo/);
  assert.ok(events.some((row) => /^2022-10-05,MNG,CAN,042,/.test(row)), events.join('\n'));

  // Reject the figure's fact: the record and the export lose it, the log keeps the decision.
  const facts = JSON.parse((await runDyad(['facts', '--db', db, '--json', '--type', 'figure'])).stdout) as
    { id: number; value: number }[];
  const fact = facts.find((f) => f.value === 95e6)!;
  const reject = await runDyad(['curate', 'reject', String(fact.id), '--db', db, '--author', 'ines',
    '--reason', 'a forecast, not a result']);
  assert.equal(reject.code, 0, reject.stderr);
  assert.match(reject.stdout, /^decision 1: reject figure in outlet-a by ines \(a forecast, not a result\)$/m);
  const jsonl = (await runDyad(['export', '--format', 'jsonl', '--db', db])).stdout;
  assert.doesNotMatch(jsonl, /"value":95000000/);
  assert.match((await runDyad(['facts', '--db', db, '--type', 'figure'])).stdout, /, rejected\]/);

  const rebuild = await runDyad(['rebuild', '--db', db]);
  assert.match(rebuild.stdout, /^rebuilt 1 pair, \d+ items$/m);
  assert.match(rebuild.stderr, /^record {2}up to date: 1 pair in \d+\.\d s$/m);
  assert.doesNotMatch((await runDyad(['record', '--db', db, '--format', 'record'])).stdout, /"value":95000000/);

  const log = await runDyad(['curate', 'log', '--db', db]);
  assert.match(log.stdout, /^1\s+\S+ \S+\s+reject\s+figure in outlet-a\s+ines\s+a forecast, not a result$/m);
  const undo = await runDyad(['curate', 'undo', '1', '--db', db, '--author', 'ines']);
  assert.equal(undo.code, 0, undo.stderr);
  assert.match((await runDyad(['record', '--db', db, '--format', 'record'])).stdout, /"value":95000000/);

  const bad = await runDyad(['curate', 'edit', String(fact.id), '--set', 'unit=', '--db', db]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^dyad: the edit of fact \d+ is not a valid fact: unit/m);
});
