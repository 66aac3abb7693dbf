// PGlite keeps committed saves and drops half ones when the process is killed (-9), and refuses a second process.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../shared/errors';
import { LOOP_FACTS, LOOP_SENTENCES, loopDocument, onceDocument } from './durability.child';
import { openStore } from './index';
import { integrityProblems } from './integrity';
import { migrate } from './migrate';
import { openPglite } from './pglite';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'durability.child.ts');
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-durable-'));
  dirs.push(dir);
  return dir;
}

/** Starts the child and resolves with it once a stdout line satisfies `ready`. */
function startChild(mode: string, dir: string, ready: (line: string) => boolean): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, mode, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stderr = '';
    let buffered = '';
    child.stderr!.on('data', (d) => { stderr += d; });
    child.stdout!.on('data', (d) => {
      buffered += d;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      if (lines.some(ready)) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`child ${mode} exited (${code}) before being ready: ${stderr}`)));
    setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`child ${mode} not ready in time: ${stderr}`)); }, 60_000)
      .unref();
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('PGlite durability and locking', () => {
  after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

  test('a save is on disk as soon as it resolves, even if the process is killed -9 right after', async () => {
    const dir = tempDir();
    const child = await startChild('once', dir, (l) => l === 'saved');
    await killHard(child);
    const store = await openStore({ dataDir: dir });
    try {
      const { doc, facts } = onceDocument();
      const got = await store.getDocument('port');
      assert.equal(got?.text, doc.text);
      assert.deepEqual((await store.listFacts({ doc: 'port' })).map((f) => f.evidence), facts.map((f) => f.evidence));
    } finally {
      await store.close();
    }
  });

  test('a process killed -9 inside a save leaves no trace of that document', async () => {
    const dir = tempDir();
    // The child has stored the version and its sentences and stops before the facts, transaction open.
    const child = await startChild('stall', dir, (l) => l === 'inside');
    await killHard(child);
    const driver = await openPglite(dir);
    try {
      for (const table of ['documents', 'document_versions', 'sentences', 'facts']) {
        const [{ n }] = await driver.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`);
        assert.equal(n, 0, `${table} is empty`);
      }
    } finally {
      await driver.close();
    }
  });

  test('a kill -9 in the middle of a save loop leaves only whole documents and a database that opens', async () => {
    const dir = tempDir();
    let reported = -1;
    const child = await startChild('loop', dir, (l) => {
      const m = /^saved (\d+)$/.exec(l);
      if (m) reported = Number(m[1]);
      return reported >= 2;
    });
    // Let the next save get under way, then kill it somewhere inside.
    await new Promise((r) => setTimeout(r, 20 + Math.random() * 80));
    await killHard(child);

    const driver = await openPglite(dir);
    try {
      await migrate(driver);
      const versions = await driver.query<{ name: string; sentences: number; facts: number; evidence: number }>(
        `SELECT d.name,
                (SELECT count(*)::integer FROM sentences s WHERE s.version_id = v.id) AS sentences,
                (SELECT count(*)::integer FROM facts f WHERE f.version_id = v.id) AS facts,
                (SELECT count(*)::integer FROM evidence e WHERE e.version_id = v.id) AS evidence
         FROM documents d LEFT JOIN document_versions v ON v.document_id = d.id ORDER BY d.id`);
      assert.ok(versions.length > reported, `every reported save is there (${versions.length} > ${reported})`);
      for (const [i, v] of versions.entries()) {
        assert.deepEqual(v, { name: `report-${i}`, sentences: LOOP_SENTENCES, facts: LOOP_FACTS, evidence: LOOP_FACTS });
      }
      assert.deepEqual(await integrityProblems(driver), [], 'no row outlived or preceded its parent');
    } finally {
      await driver.close();
    }
    // And it takes new writes after the crash.
    const store = await openStore({ dataDir: dir });
    try {
      const { doc, sentences, facts } = loopDocument(1000);
      assert.equal((await store.saveDocument(doc, sentences, facts)).status, 'ingested');
    } finally {
      await store.close();
    }
  });

  test('a directory open in another process is refused with a clear error', async () => {
    const dir = tempDir();
    const child = await startChild('hold', dir, (l) => l === 'open');
    try {
      await assert.rejects(openStore({ dataDir: dir }), (err: unknown) =>
        err instanceof DyadError && err.code === 'storage' &&
        err.message === `the database in ${dir} is in use by another dyad process`);
    } finally {
      await killHard(child);
    }
    // The killed holder's lock is stale now and is taken over.
    const store = await openStore({ dataDir: dir });
    await store.close();
    assert.equal(existsSync(join(dir, 'dyad.lock')), false, 'closing releases the lock');
  });

  test('a second open in the same process is refused too, and close releases it', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    try {
      await assert.rejects(openStore({ dataDir: dir }), /already open in this dyad process/);
      assert.ok(JSON.parse(readFileSync(join(dir, 'dyad.lock'), 'utf8')).pid === process.pid);
    } finally {
      await store.close();
    }
    const again = await openStore({ dataDir: dir });
    await again.close();
  });

  test('a lock file left by a dead process or half written is taken over', async () => {
    const dir = tempDir();
    const first = await openStore({ dataDir: dir });
    await first.close();
    writeFileSync(join(dir, 'dyad.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname() }));
    const second = await openStore({ dataDir: dir });
    await second.close();
    writeFileSync(join(dir, 'dyad.lock'), '{"pi');
    const third = await openStore({ dataDir: dir });
    await third.close();
  });

  test('the data directory is created, nested, and DYAD_DB picks it when no option is given', async () => {
    const dir = join(tempDir(), 'nested', 'db');
    const saved = process.env.DYAD_DB;
    const savedUrl = process.env.DATABASE_URL;
    process.env.DYAD_DB = dir;
    delete process.env.DATABASE_URL;
    try {
      const store = await openStore();
      assert.ok(existsSync(join(dir, 'PG_VERSION')));
      await store.close();
      // Opening again finds the schema in place.
      const again = await openStore();
      assert.deepEqual(await again.listDocuments(), []);
      await again.close();
    } finally {
      if (saved === undefined) delete process.env.DYAD_DB; else process.env.DYAD_DB = saved;
      if (savedUrl !== undefined) process.env.DATABASE_URL = savedUrl;
    }
  });
});
