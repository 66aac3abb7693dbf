// End-to-end tests of the queue: `dyad ingest --queue`, `dyad worker` processes (two at once, one SIGKILLed) and `dyad queue`.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { DYAD_BIN, REPO_ROOT, runDyad } from '../cli/testing';
import { freshSchema, storeContents } from '../pipeline/pg-testing';

const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Articles about one pair, each naming its people in full with their state, so the order of work cannot matter. */
function pairArticles(prefix: string, n: number): string[] {
  const topics = ['fisheries', 'tourism', 'health', 'education', 'shipping', 'agriculture'];
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `${prefix}-${String(i).padStart(2, '0')}.txt`);
    const topic = topics[i % topics.length];
    writeFileSync(path, `Fiji and Samoa agree on ${topic}\n\nSuva, ${i + 1} July 2018. Fijian Prime Minister Tevita `
      + `Ravouvou received Samoan Foreign Minister Lemalu Faasalaina in Suva. The two sides signed an agreement on ${topic}. `
      + `Fiji exported goods worth $${i + 3} million to Samoa in 2017, Ravouvou said.\n`);
    return path;
  });
}

interface Queue { url: string; env: NodeJS.ProcessEnv; drop(): Promise<void> }

/** A store schema and a queue schema of their own, and the environment a dyad child needs to use them. */
async function freshQueue(): Promise<Queue> {
  const store = await freshSchema();
  const queueSchema = `${store.schema}_q`;
  return {
    url: store.url,
    env: { ...process.env, DATABASE_URL: store.url, DYAD_QUEUE_SCHEMA: queueSchema, DYAD_DB: join(dir, 'never-used') },
    async drop() {
      await store.drop();
      const c = new pg.Client({ connectionString: store.url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${queueSchema} CASCADE`);
      await c.end();
    },
  };
}

function start(args: string[], env: NodeJS.ProcessEnv): ChildProcess & { output: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [DYAD_BIN, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
  child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
  const output = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return Object.assign(child, { output });
}

async function dyad(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return start(args, env).output;
}

async function counts(env: NodeJS.ProcessEnv): Promise<{ pending: number; running: number; done: number; failed: number; failedJobs: { source: string; error: string; tries: number }[] }> {
  const r = await dyad(['queue', '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/** The same articles ingested by one plain `dyad ingest` into a store of their own. */
async function singleIngest(paths: string[]): Promise<{ docs: unknown[]; facts: unknown[]; record: unknown[] }> {
  const q = await freshQueue();
  try {
    const r = await dyad(['ingest', '--workers', '1', ...paths], q.env);
    assert.equal(r.code, 0, r.stderr);
    return await storeContents(q.url);
  } finally {
    await q.drop();
  }
}

test('without DATABASE_URL, --queue, worker and queue fail with a clear error', async () => {
  const path = pairArticles('nodb', 1)[0];
  for (const args of [['ingest', '--queue', path], ['worker', '--until-empty'], ['queue']]) {
    const r = await runDyad(args);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /needs DATABASE_URL: the job queue is kept in PostgreSQL/);
  }
});

test('two workers draining one queue about one pair store exactly what a single ingest stores', async () => {
  const paths = pairArticles('two', 10);
  const expected = await singleIngest(paths);
  assert.equal(expected.docs.length, 10);
  const q = await freshQueue();
  try {
    const queued = await dyad(['ingest', '--queue', ...paths], q.env);
    assert.equal(queued.code, 0, queued.stderr);
    assert.match(queued.stdout, /queued 10, failed 0/);
    assert.deepEqual(await counts(q.env), { pending: 10, running: 0, done: 0, failed: 0, failedJobs: [] });

    const workers = [start(['worker', '--until-empty', '--poll', '0.5'], q.env), start(['worker', '--until-empty', '--poll', '0.5'], q.env)];
    const results = await Promise.all(workers.map((w) => w.output));
    for (const r of results) assert.equal(r.code, 0, r.stderr);
    const c = await counts(q.env);
    assert.deepEqual([c.pending, c.running, c.done, c.failed], [0, 0, 10, 0]);
    const got = await storeContents(q.url);
    assert.ok(expected.record.length > 0, 'the pair has a record');
    assert.deepEqual(got, expected);
  } finally {
    await q.drop();
  }
});

test('a worker killed with SIGKILL mid-run loses and duplicates nothing: its job runs again elsewhere', async () => {
  const paths = pairArticles('kill', 20);
  const expected = await singleIngest(paths);
  const q = await freshQueue();
  // The store is watched with plain SQL: a `dyad queue` child per look is too slow to catch the worker mid-run.
  const watcher = new pg.Client({ connectionString: q.url });
  await watcher.connect();
  // Until the worker has prepared the store there is no documents table: nothing stored yet.
  const stored = async () => {
    const [{ ready }] = (await watcher.query("SELECT to_regclass('documents') IS NOT NULL AS ready")).rows;
    return ready ? Number((await watcher.query('SELECT count(*) AS n FROM documents')).rows[0].n) : 0;
  };
  let doomed: ReturnType<typeof start> | null = null;
  try {
    // A short job timeout so the dead worker's job is handed out again within the test.
    assert.equal((await dyad(['ingest', '--queue', '--job-timeout', '3', ...paths], q.env)).code, 0);
    doomed = start(['worker', '--poll', '0.5'], q.env);
    let seen = 0;
    for (let i = 0; i < 6000 && seen < 2; i++) {
      seen = await stored();
      if (seen < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.ok(seen >= 2 && seen < paths.length, `the worker was to be killed mid-run (stored ${seen} of ${paths.length})`);
    doomed.kill('SIGKILL');
    await doomed.output;
    const rescuer = await dyad(['worker', '--until-empty', '--poll', '0.5', '--maintenance', '1'], q.env);
    assert.equal(rescuer.code, 0, rescuer.stderr);
    const c = await counts(q.env);
    assert.deepEqual([c.pending, c.running, c.done, c.failed], [0, 0, paths.length, 0]);
    assert.deepEqual(await storeContents(q.url), expected);
  } finally {
    // Whatever failed above, no worker outlives the test (it would keep the test run waiting).
    if (doomed && doomed.exitCode === null && doomed.signalCode === null) doomed.kill('SIGKILL');
    await watcher.end();
    await q.drop();
  }
});

test('a job that keeps failing is retried, then kept as failed with its error', async () => {
  const [gone, kept] = pairArticles('fail', 2);
  const q = await freshQueue();
  try {
    assert.equal((await dyad(['ingest', '--queue', '--retries', '1', '--retry-delay', '1', gone, kept], q.env)).code, 0);
    unlinkSync(gone);
    const worker = await dyad(['worker', '--until-empty', '--poll', '0.5'], q.env);
    assert.equal(worker.code, 0, worker.stderr);
    assert.equal(worker.stderr.split('\n').filter((l) => l.startsWith(`failed  ${gone}`)).length, 2, worker.stderr);
    const c = await counts(q.env);
    assert.deepEqual([c.pending, c.running, c.done, c.failed], [0, 0, 1, 1]);
    assert.equal(c.failedJobs[0].source, gone);
    assert.equal(c.failedJobs[0].tries, 2);
    assert.match(c.failedJobs[0].error, /no such file/);
    const text = await dyad(['queue'], q.env);
    assert.match(text.stdout, new RegExp(`failed  ${gone} \\(2 tries\\): .*no such file`));
  } finally {
    await q.drop();
  }
});
