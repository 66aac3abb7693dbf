// `dyad dump` and `dyad restore` end to end: the embedded store to PostgreSQL and back, and a refused restore.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { freshPgSchema } from '../storage/testing-pg';
import { childEnv, DYAD_BIN, REPO_ROOT, runDyad, tempDir, writeSampleArticles, type RunResult } from './testing';

function dyadOn(url: string, args: string[]): Promise<RunResult> {
  const child = spawn(process.execPath, [DYAD_BIN, ...args], { cwd: REPO_ROOT, env: { ...childEnv(), DATABASE_URL: url } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
  child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
  child.stdin.end();
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

test('a store dumped from the embedded database restores into PostgreSQL and back with the same documents and facts', async () => {
  const dir = tempDir('dump');
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeSampleArticles(inputs);
  const a = join(dir, 'a');
  assert.equal((await runDyad(['ingest', inputs, '--db', a])).code, 0);
  const dumped = await runDyad(['dump', join(dir, 'one.jsonl.gz'), '--db', a]);
  assert.equal(dumped.code, 0, dumped.stderr);
  assert.match(dumped.stderr, /^dumped documents 3, .*facts \d+/m);
  const again = await runDyad(['dump', join(dir, 'one.jsonl.gz'), '--db', a]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /one\.jsonl\.gz exists already/);

  const schema = await freshPgSchema();
  try {
    const restored = await dyadOn(schema.url, ['restore', join(dir, 'one.jsonl.gz')]);
    assert.equal(restored.code, 0, restored.stderr);
    const onPg = await dyadOn(schema.url, ['facts', '--json']);
    const original = await runDyad(['facts', '--json', '--db', a]);
    assert.deepEqual(JSON.parse(onPg.stdout), JSON.parse(original.stdout));
    assert.equal((await dyadOn(schema.url, ['restore', join(dir, 'one.jsonl.gz')])).code, 1, 'not into a non-empty store');

    const back = await dyadOn(schema.url, ['dump', join(dir, 'two.jsonl')]);
    assert.equal(back.code, 0, back.stderr);
    const b = join(dir, 'b');
    assert.equal((await runDyad(['restore', join(dir, 'two.jsonl'), '--db', b])).code, 0);
    assert.deepEqual(JSON.parse((await runDyad(['docs', '--json', '--db', b])).stdout),
      JSON.parse((await runDyad(['docs', '--json', '--db', a])).stdout));
  } finally {
    await schema.drop();
  }
});
