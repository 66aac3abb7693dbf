// The embedded driver's start-up settings: the smaller page cache, a log that shrinks at a checkpoint, and checkpoints
// of its own (PGlite has no checkpointer process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
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

/** Bytes in the store's write-ahead log directory. */
function logBytes(dir: string): number {
  const wal = join(dir, 'pg_wal');
  return readdirSync(wal).reduce((sum, name) => sum + statSync(join(wal, name)).size, 0);
}

test('a checkpoint deletes the log it no longer needs instead of keeping it for reuse', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-pglite-wal-'));
  const db = await openPglite(dir);
  try {
    assert.deepEqual(await db.query('SHOW wal_recycle'), [{ wal_recycle: 'off' }]);
    // About 60 MB of log (four 16 MB segments), then nothing of it left to keep.
    await db.exec("CREATE TABLE scratch AS SELECT g, repeat(md5(g::text), 16) AS filler FROM generate_series(1, 100000) AS g");
    await db.exec('DROP TABLE scratch');
    const written = logBytes(dir);
    await db.exec('CHECKPOINT');
    await db.exec('CHECKPOINT');
    const left = logBytes(dir);
    assert.ok(written >= 48 * 2 ** 20, `the log grew to ${written} bytes`);
    // Recycled, the used segments would stay under new names and the log keep its size (measured: all 64 MB left).
    assert.ok(left < written * 0.6, `${left} bytes of log left after a checkpoint, from ${written}`);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the store checkpoints by itself once its transactions have written enough log', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-pglite-ckpt-'));
  const db = await openPglite(dir, { checkpointAfterBytes: 8 * 2 ** 20 });
  const redo = async () => (await db.query<{ lsn: string }>('SELECT redo_lsn::text AS lsn FROM pg_control_checkpoint()'))[0].lsn;
  const sinceCheckpoint = async () => (await db.query<{ bytes: number }>(
    'SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn)::float8 AS bytes FROM pg_control_checkpoint()'))[0].bytes;
  try {
    await db.exec('CREATE TABLE scratch (filler text)');
    await db.exec('CHECKPOINT');
    const before = await redo();
    // 48 transactions of about 0.6 MB of log each: some 29 MB in all, over three times the limit.
    for (let i = 0; i < 48; i++) {
      await db.transaction((tx) => tx.exec(
        'INSERT INTO scratch SELECT repeat(md5(g::text), 4) FROM generate_series(1, 4000) AS g'));
    }
    assert.notEqual(await redo(), before, 'a checkpoint ran');
    // Looked at every 16 transactions (about 10 MB of log here), so never far past the limit.
    const left = await sinceCheckpoint();
    assert.ok(left < 20 * 2 ** 20, `${left} bytes of log since the last checkpoint`);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
