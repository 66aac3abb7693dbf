// End-to-end test that an ingest killed with SIGKILL leaves no half-stored document and a re-run completes it.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { generatedArticle, runDyad, startDyad, tempDir } from './testing';

const COUNT = 300;

test('killing ingest mid-run and running it again stores every document once, each with all its facts', async () => {
  const dir = tempDir('kill');
  const db = join(dir, 'db');
  const inputs = join(dir, 'articles');
  mkdirSync(inputs);
  for (let i = 0; i < COUNT; i++) writeFileSync(join(inputs, `report-${String(i).padStart(3, '0')}.txt`), generatedArticle(i));

  // Killed after a few documents were reported stored (one stderr line each when stderr is not a terminal).
  const child = startDyad(['ingest', inputs, '--db', db]);
  let stored = 0;
  let stderr = '';
  const killed = new Promise<string | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    stored += chunk.match(/^ingested {2}/gm)?.length ?? 0;
    if (stored >= 15 && child.exitCode === null && !child.killed) child.kill('SIGKILL');
  });
  const signal = await killed;
  assert.equal(signal, 'SIGKILL', `ingest ended before it could be killed: ${stderr.slice(-500)}`);
  assert.ok(stored < COUNT);

  const rerun = await runDyad(['ingest', inputs, '--db', db, '--json']);
  assert.equal(rerun.code, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout) as { ingested: number; unchanged: number; newVersions: number; failed: number };
  assert.equal(summary.ingested + summary.unchanged, COUNT);
  assert.equal(summary.newVersions, 0);
  assert.ok(summary.unchanged >= stored, `the ${stored} documents reported before the kill were kept`);

  const docs = JSON.parse((await runDyad(['docs', '--db', db, '--json'])).stdout) as
    { name: string; source: string; facts: number }[];
  assert.equal(docs.length, COUNT);
  assert.equal(new Set(docs.map((d) => d.name)).size, COUNT, 'names are unique');
  assert.equal(new Set(docs.map((d) => d.source)).size, COUNT, 'each source once');

  // Each stored document has exactly the facts extraction finds in its file: none was stored without its facts.
  const extracted = (await runDyad(['extract', inputs, '--format', 'json'])).stdout.trim().split('\n')
    .map((line) => JSON.parse(line) as { name: string; facts: unknown[] });
  const expected = new Map(extracted.map((d) => [d.name, d.facts.length]));
  for (const doc of docs) assert.equal(doc.facts, expected.get(doc.name), `facts of ${doc.name}`);
  assert.ok(docs.some((d) => d.facts > 0), 'the generated articles do yield facts, so the check above means something');
});
