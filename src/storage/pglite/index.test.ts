// The embedded driver's start-up settings: the smaller page cache holds on a new store and on reopening one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from './index';

test('a new and a reopened embedded store run with a 32 MB page cache and keep their data', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-pglite-'));
  try {
    const created = await openPglite(dir);
    assert.deepEqual(await created.query('SHOW shared_buffers'), [{ shared_buffers: '32MB' }]);
    await created.exec('CREATE TABLE kept (n integer); INSERT INTO kept VALUES (7)');
    await created.close();

    const reopened = await openPglite(dir);
    assert.deepEqual(await reopened.query('SHOW shared_buffers'), [{ shared_buffers: '32MB' }]);
    assert.deepEqual(await reopened.query('SELECT n FROM kept'), [{ n: 7 }]);
    await reopened.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
