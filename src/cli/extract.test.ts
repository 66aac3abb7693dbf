// End-to-end test of `dyad extract` on the shared corpus: valid Facts v1 lines named after the files.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { extname, basename, join } from 'node:path';
import { test } from 'node:test';
import { FACT_TYPES } from '../shared/types';
import { REPO_ROOT, runDyad, tempDir, writeSampleArticles } from './testing';

const CORPUS = join(REPO_ROOT, '..', 'shared', 'corpus');

test('extract prints Facts v1 lines whose doc is a corpus file name', { skip: !existsSync(CORPUS) && 'no ../shared/corpus' }, async () => {
  const files = new Set(readdirSync(CORPUS).map((f) => basename(f, extname(f))));
  const run = await runDyad(['extract', CORPUS]);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n').filter(Boolean);
  for (const line of lines) {
    const fact = JSON.parse(line) as { doc: string; type: string; confidence?: number };
    assert.ok(files.has(fact.doc), `doc ${fact.doc} is a corpus file`);
    assert.ok((FACT_TYPES as readonly string[]).includes(fact.type), `type ${fact.type}`);
    assert.equal(fact.confidence, undefined);
  }

  const perDocument = await runDyad(['extract', CORPUS, '--format', 'json']);
  assert.equal(perDocument.code, 0, perDocument.stderr);
  const docs = perDocument.stdout.trim().split('\n').map((l) => JSON.parse(l) as { name: string; facts: unknown[] });
  assert.deepEqual(docs.map((d) => d.name).sort(), [...files].sort());
  assert.equal(docs.reduce((n, d) => n + d.facts.length, 0), lines.length, 'both formats carry the same facts');
});

test('extract reports a missing input on stderr, still prints the rest and exits 1', async () => {
  const dir = tempDir('extract');
  const [first] = writeSampleArticles(dir);
  const run = await runDyad(['extract', first, join(dir, 'gone.txt'), '--format', 'json']);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^failed {2}.*gone\.txt: /m);
  const docs = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { name: string; sentences: number });
  assert.deepEqual(docs.map((d) => d.name), ['kenya-ghana']);
});
