// Dump and restore: a store moved from the embedded database to PostgreSQL and back comes out table for table the same.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from './driver';
import { dumpStore, restoreStore } from './dump';
import { factAt, makeDoc, splitSentences } from './fixtures';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import { createStore } from './store';
import { freshPgSchema } from './testing-pg';

const dirs: string[] = [];
const cleanups: (() => Promise<void>)[] = [];

async function pglite(): Promise<Driver> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dump-'));
  dirs.push(dir);
  const driver = await openPglite(dir);
  await migrate(driver);
  cleanups.push(() => driver.close());
  return driver;
}

async function postgres(): Promise<Driver> {
  const schema = await freshPgSchema();
  const driver = await openPostgres(schema.url);
  await migrate(driver);
  cleanups.push(async () => { await driver.close(); await schema.drop(); });
  return driver;
}

async function dumpText(driver: Driver): Promise<string> {
  let out = '';
  await dumpStore(driver, async (line) => { out += line; });
  return out;
}

async function* linesOf(text: string): AsyncIterable<string> {
  yield* text.split('\n');
}

/** Rows per table, as parsed objects: what "the same store" means. */
function tablesIn(dump: string): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const line of dump.split('\n').filter(Boolean).slice(1, -1)) {
    const { t, r } = JSON.parse(line) as { t: string; r: unknown };
    out.set(t, [...(out.get(t) ?? []), r]);
  }
  return out;
}

let source: Driver;

before(async () => {
  source = await pglite();
  const store = createStore(source);
  const text = 'Kiribati and Tuvalu signed a fisheries pact on 4 April 2022. Minister Tana Ioane of Tuvalu said ' +
    'catches would be shared. Trade between Kiribati and Tuvalu reached 3 million dollars in 2021.';
  const ss = splitSentences(text);
  const facts = [
    factAt(ss, 'pact', { type: 'agreement', parties: ['KIR', 'TUV'], topic: 'agriculture', date: '2022-04-04', status: 'signed' }, 0.9),
    factAt(ss, 'Tana', { type: 'person', name: 'Tana Ioane', country: 'TUV', role: 'minister' }, 0.7),
    factAt(ss, 'reached', { type: 'figure', metric: 'trade_turnover', from: null, to: null, value: 3e6, unit: 'USD',
      period: '2021', modality: 'actual' }, 0.55),
  ];
  await store.saveDocument(makeDoc('/dump/pact.txt', 'pact', text, { title: 'Pact', date: '2022-04-04' }), ss, facts);
  await store.saveDocument(makeDoc('/dump/pact-copy.txt', 'pact-copy', text), ss, facts);
  const v2 = `${text} A second round is planned.`;
  await store.saveDocument(makeDoc('/dump/pact.txt', 'pact', v2), splitSentences(v2), []);
  const other = 'Samoa and Tonga held talks on rugby exchanges.';
  await store.saveDocument(makeDoc('https://example.org/rugby', 'rugby', other), splitSentences(other), []);
});

after(async () => {
  for (const c of cleanups.reverse()) await c();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

test('embedded → PostgreSQL → embedded keeps every table row for row, and the stores keep working', async () => {
  const first = await dumpText(source);
  const tables = tablesIn(first);
  for (const t of ['documents', 'document_sources', 'document_versions', 'sentences', 'facts', 'evidence', 'entities',
    'entity_aliases', 'mentions']) {
    assert.ok((tables.get(t)?.length ?? 0) > 0, `${t} has rows`);
  }

  const pg = await postgres();
  const counts = await restoreStore(pg, linesOf(first), 'first.jsonl');
  assert.equal(counts.facts, tables.get('facts')?.length);
  const second = await dumpText(pg);
  assert.deepEqual(tablesIn(second), tables);

  const back = await pglite();
  await restoreStore(back, linesOf(second), 'second.jsonl');
  assert.deepEqual(tablesIn(await dumpText(back)), tables);

  // The restored store reads and writes like the original: search works (generated column), new ids follow.
  const restored = createStore(pg);
  assert.deepEqual((await restored.search('rugby')).map((h) => h.document.name), ['rugby']);
  assert.deepEqual((await restored.getDocument('pact'))?.sources, ['/dump/pact.txt', '/dump/pact-copy.txt']);
  const text = 'Nauru and Palau opened a shipping line.';
  const saved = await restored.saveDocument(makeDoc('/dump/new', 'new', text), splitSentences(text), []);
  assert.ok(saved.document.id > Math.max(...(tables.get('documents') as { id: number }[]).map((d) => d.id)));
});

test('a restore refuses a non-empty store, a truncated dump and a foreign file, and changes nothing', async () => {
  const dump = await dumpText(source);
  await assert.rejects(restoreStore(source, linesOf(dump), 'x.jsonl'), /already holds \d+ documents/);
  const empty = await pglite();
  const truncated = dump.split('\n').slice(0, -3).join('\n');
  await assert.rejects(restoreStore(empty, linesOf(truncated), 'cut.jsonl'), /cut\.jsonl.*truncated/);
  await assert.rejects(restoreStore(empty, linesOf('{"hello": 1}\n'), 'other.json'), /not a dyad dump/);
  await assert.rejects(restoreStore(empty, linesOf('not json\n'), 'bad.txt'), /line 1 is not JSON/);
  const [{ n }] = await empty.query<{ n: number }>('SELECT count(*)::integer AS n FROM sentences');
  assert.equal(n, 0, 'nothing kept from the failed restores');
});
