// End-to-end tests of the reading commands against one small store: paging, filters, copies, versions, errors.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { runDyad, tempDir, writeSampleArticles } from './testing';

const dir = tempDir('read');
const db = join(dir, 'db');
const inputs = join(dir, 'articles');

before(async () => {
  mkdirSync(inputs);
  writeSampleArticles(inputs);
  // The same content under a second name: one document with two sources.
  copyFileSync(join(inputs, 'peru-japan.txt'), join(inputs, 'zz-copy-of-peru.txt'));
  const out = await runDyad(['ingest', inputs, '--db', db]);
  assert.equal(out.code, 0, out.stderr);
  assert.match(out.stdout, /^ingested 3, unchanged 1, new versions 0, failed 0$/m);
});

const json = async <T>(args: string[]): Promise<T> => {
  const out = await runDyad([...args, '--db', db, '--json']);
  assert.equal(out.code, 0, out.stderr);
  return JSON.parse(out.stdout) as T;
};

test('a copy is one document listing both sources, and its facts are counted once', async () => {
  const docs = await json<{ name: string; facts: number }[]>(['docs']);
  assert.deepEqual(docs.map((d) => d.name).sort(), ['kenya-ghana', 'norway-chile', 'peru-japan']);
  const shown = await runDyad(['show', 'peru-japan', '--db', db]);
  assert.match(shown.stdout, /^source:\s+.*peru-japan\.txt$/m);
  assert.match(shown.stdout, /^also at:\s+.*zz-copy-of-peru\.txt$/m);
  const facts = await json<{ documentName: string }[]>(['facts', '--doc', 'peru-japan']);
  assert.equal(facts.length, docs.find((d) => d.name === 'peru-japan')?.facts);
});

test('docs and facts page with --limit and --after', async () => {
  const all = await json<{ id: number }[]>(['facts']);
  assert.ok(all.length >= 4, `${all.length} facts`);
  const page = await runDyad(['facts', '--limit', '2', '--db', db]);
  assert.match(page.stdout, new RegExp(`^\\.\\.\\. more with --after ${all[1].id}$`, 'm'));
  const next = await json<{ id: number }[]>(['facts', '--limit', '2', '--after', String(all[1].id)]);
  assert.deepEqual(next.map((f) => f.id), all.slice(2, 4).map((f) => f.id));
  const docs = await json<{ id: number }[]>(['docs']);
  const firstDoc = await runDyad(['docs', '--limit', '1', '--db', db]);
  assert.match(firstDoc.stdout, new RegExp(`^\\.\\.\\. more with --after ${docs[0].id}$`, 'm'));
  assert.deepEqual((await json<{ id: number }[]>(['docs', '--after', String(docs[0].id)])).map((d) => d.id),
    docs.slice(1).map((d) => d.id));
});

test('facts filter by pair (codes or names, either order), country and dates', async () => {
  const all = await json<{ type: string; documentName: string; id: number }[]>(['facts']);
  const kenyaGhana = all.filter((f) => f.documentName === 'kenya-ghana' && f.type !== 'person').map((f) => f.id);
  assert.ok(kenyaGhana.length > 0);
  for (const pair of ['KEN-GHA', 'Ghana-Kenya']) {
    const got = await json<{ id: number }[]>(['facts', '--pair', pair]);
    assert.deepEqual(got.map((f) => f.id), kenyaGhana, pair);
  }
  const peru = await json<{ documentName: string }[]>(['facts', '--country', 'Peru']);
  assert.ok(peru.length > 0 && peru.every((f) => f.documentName === 'peru-japan'));
  const in2019 = await json<{ documentName: string }[]>(['facts', '--from', '2019-01', '--to', '2019-12-31', '--type', 'call']);
  assert.deepEqual(in2019.map((f) => f.documentName), ['peru-japan']);
  const bad = await runDyad(['facts', '--pair', 'Kenya', '--db', db]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--pair must be two states/);
});

test('an unknown document is an error for facts as for show', async () => {
  for (const args of [['facts', '--doc', 'typo'], ['show', 'typo']]) {
    const out = await runDyad([...args, '--db', db]);
    assert.equal(out.code, 1, args.join(' '));
    assert.match(out.stderr, /^dyad: no stored document "typo"/);
  }
});

test('--date on a stored document is a new version; show --version N shows the old one', async () => {
  const again = await runDyad(['ingest', join(inputs, 'kenya-ghana.txt'), '--date', '2021-03-01', '--db', db]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /new versions 1/);
  const latest = await runDyad(['show', 'kenya-ghana', '--db', db]);
  assert.match(latest.stdout, /^date:\s+2021-03-01 \(from override\)$/m);
  assert.match(latest.stdout, /^version:\s+2 of 2$/m);
  const old = await runDyad(['show', 'kenya-ghana', '--version', '1', '--db', db]);
  assert.equal(old.code, 0, old.stderr);
  assert.match(old.stdout, /^version:\s+1 of 2$/m);
  assert.doesNotMatch(old.stdout, /2021-03-01/);
  const none = await runDyad(['show', 'kenya-ghana', '--version', '7', '--db', db]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /"kenya-ghana".*version 7/);
  assert.equal((await runDyad(['--version'])).stdout.trim(), '0.1.0');
});
