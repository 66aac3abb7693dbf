// End-to-end tests of the dyad command: ingest (new, unchanged, new version) and the commands that read the store.
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { main } from './index';
import { runDyad, tempDir, writeSampleArticles } from './testing';

const NAMES = ['kenya-ghana', 'norway-chile', 'peru-japan'];

test('ingest stores new documents, reports them unchanged the second time and new versions after a change', async () => {
  const dir = tempDir('cli');
  const db = join(dir, 'db');
  const inputs = join(dir, 'articles');
  mkdirSync(inputs);
  writeSampleArticles(inputs);

  const first = await runDyad(['ingest', inputs, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^ingested 3, unchanged 0, new versions 0, failed 0$/m);
  assert.match(first.stderr, /^ingested {2}kenya-ghana {2}"Kenya and Ghana sign agreements on trade and health" {2}\(\d+ facts?\)$/m);
  // The record update after the last document says when it starts and ends, so a long one is not silence.
  assert.match(first.stderr, /^record {2}indexing the facts of 3 documents\nrecord {2}updating \d+ pairs?\nrecord {2}up to date: \d+ pairs? in \d+\.\d s$/m);

  const second = await runDyad(['ingest', inputs, '--db', db, '--json']);
  assert.equal(second.code, 0, second.stderr);
  const summary = JSON.parse(second.stdout);
  assert.deepEqual([summary.ingested, summary.unchanged, summary.newVersions, summary.failed], [0, 3, 0, 0]);
  assert.equal(second.stderr.match(/^unchanged {2}/gm)?.length, 3);
  assert.doesNotMatch(second.stderr, /^record /m, 'nothing stored, no record update');

  appendFileSync(join(inputs, 'kenya-ghana.txt'), 'Both sides agreed to open a direct flight between Nairobi and Accra.\n');
  const third = await runDyad(['ingest', inputs, '--db', db]);
  assert.equal(third.code, 0, third.stderr);
  assert.match(third.stdout, /^ingested 0, unchanged 2, new versions 1, failed 0$/m);
  assert.match(third.stderr, /^new version {2}kenya-ghana .*\(v2, /m);

  // docs: one row per document, the latest version of each.
  const docs = await runDyad(['docs', '--db', db, '--json']);
  assert.equal(docs.code, 0, docs.stderr);
  const list = JSON.parse(docs.stdout) as { name: string; version: number; size: number; facts: number }[];
  assert.deepEqual(list.map((d) => d.name).sort(), NAMES);
  assert.equal(list.find((d) => d.name === 'kenya-ghana')?.version, 2);
  const table = await runDyad(['docs', '--db', db]);
  assert.match(table.stdout, /^id\s+name\s+date\s+lang\s+chars\s+facts\s+title$/m);
  for (const name of NAMES) assert.match(table.stdout, new RegExp(`\\b${name}\\b`));

  // show: metadata, then the cleaned text of the latest version.
  const show = await runDyad(['show', 'kenya-ghana', '--db', db]);
  assert.equal(show.code, 0, show.stderr);
  assert.match(show.stdout, /^version:\s+2 of 2$/m);
  assert.match(show.stdout, /^language:\s+en$/m);
  assert.match(show.stdout, /direct flight between Nairobi and Accra/);
  const shown = JSON.parse((await runDyad(['show', 'norway-chile', '--db', db, '--json'])).stdout);
  assert.equal(shown.title, 'Norway and Chile expand salmon cooperation');
  assert.match(shown.text, /memorandum on fisheries/);
  assert.doesNotMatch(shown.text, /<p>/);
  const missing = await runDyad(['show', 'atlantis', '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^dyad: .*"atlantis"/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /, 'no stack trace without --debug');

  // search: the document about the smelter ranks first.
  const search = await runDyad(['search', 'copper smelter', '--db', db, '--json']);
  assert.equal(search.code, 0, search.stderr);
  const hits = JSON.parse(search.stdout) as { document: { name: string }; snippet: string }[];
  assert.equal(hits[0]?.document.name, 'peru-japan');
  assert.match((await runDyad(['search', 'copper smelter', '--db', db])).stdout, /^1\. peru-japan /m);

  // facts: what was stored is what extraction finds in the same files, each fact with its document and evidence.
  const facts = JSON.parse((await runDyad(['facts', '--db', db, '--json'])).stdout) as
    { documentName: string; evidence: { quote: string } }[];
  const extracted = (await runDyad(['extract', inputs, '--format', 'json'])).stdout.trim().split('\n')
    .map((line) => JSON.parse(line) as { name: string; facts: unknown[] });
  assert.deepEqual(extracted.map((d) => d.name).sort(), NAMES);
  assert.equal(facts.length, extracted.reduce((n, d) => n + d.facts.length, 0));
  assert.ok(facts.length > 0);
  for (const fact of facts) {
    assert.ok(NAMES.includes(fact.documentName));
    assert.ok(fact.evidence.quote.length > 0);
  }
  const ofOne = JSON.parse((await runDyad(['facts', '--doc', 'peru-japan', '--db', db, '--json'])).stdout) as
    { documentName: string }[];
  assert.equal(ofOne.length, facts.filter((f) => f.documentName === 'peru-japan').length);
});

test('every command answers --help with its usage and exit code 0', async () => {
  for (const command of ['ingest', 'docs', 'show', 'search', 'facts', 'extract']) {
    const stdout = new PassThrough();
    let text = '';
    stdout.on('data', (chunk: Buffer) => { text += chunk.toString(); });
    const code = await main(['node', 'dyad', command, '--help'], { stdout, stderr: new PassThrough() });
    assert.equal(code, 0, command);
    assert.match(text, new RegExp(`^Usage: dyad ${command} `, 'm'), command);
    assert.match(text, /--debug/, `${command} lists the global --debug`);
  }
});

test('a usage error is one line naming the problem, with exit code 1', async () => {
  const stderr = new PassThrough();
  let text = '';
  stderr.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  const code = await main(['node', 'dyad', 'ingest', 'x.txt', '--date', '2021-02-30'], { stdout: new PassThrough(), stderr });
  assert.equal(code, 1);
  assert.equal(text, 'dyad: --date must be a date like 2016-11-28, 2016-11 or 2016, got "2021-02-30"\n');
});

test('output cut short by its reader (`dyad --help | head -c 1`) ends quietly, with no uncaught EPIPE', async () => {
  const { spawn } = await import('node:child_process');
  const { DYAD_BIN, childEnv } = await import('./testing');
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  for (const args of ['--help', 'ingest --help']) {
    const child = spawn('sh', ['-c', `${quote(process.execPath)} ${quote(DYAD_BIN)} ${args} | head -c 1 >/dev/null`],
      { env: childEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    await new Promise((resolve) => child.on('close', resolve));
    assert.equal(stderr, '', `dyad ${args} | head: nothing on stderr`);
  }
});
