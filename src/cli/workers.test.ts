// End-to-end: `dyad extract --workers N` prints exactly what one worker prints; a bad --workers is a usage error.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, runDyad } from './testing';

const DEMO = join(REPO_ROOT, 'demo', 'corpus');

test('extract with three workers prints the same facts, in the same order, as with one', async () => {
  const one = await runDyad(['extract', DEMO, '--workers', '1', '--format', 'json']);
  const three = await runDyad(['extract', DEMO, '--workers', '3', '--format', 'json']);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(three.code, 0, three.stderr);
  assert.ok(one.stdout.split('\n').filter(Boolean).length >= 10);
  assert.equal(three.stdout, one.stdout);
  assert.equal(three.stderr, one.stderr);
});

test('--workers 0 is refused, naming the option', async () => {
  const r = await runDyad(['extract', DEMO, '--workers', '0']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /--workers must be a whole number from 1 to 256, got "0"/);
});
