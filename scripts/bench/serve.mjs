// What the API and UI benchmarks share: a corpus with one busy pair, a free port, waiting for `dyad serve`, percentiles.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { articleAt, ensureCorpus } from './generate.mjs';
import { countries } from './vocab.mjs';

/**
 * Writes `count` articles about three states only (the generator's templates with its country list narrowed for
 * the call), so that one pair is busy; returns the three states' codes.
 */
export function denseCorpus(dir, count, seed) {
  mkdirSync(dir, { recursive: true });
  const all = [...countries];
  const three = all.slice(0, 3);
  countries.splice(0, countries.length, ...three);
  try {
    for (let i = 0; i < count; i++) {
      const a = articleAt(100000 + i, seed);
      writeFileSync(join(dir, a.name.replace(/^art_/, 'dense_')), a.text);
    }
  } finally {
    countries.splice(0, countries.length, ...all);
  }
  return three.map((c) => c.code);
}

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

/** Resolves once `url` answers 200; fails if the server process exits or `timeoutMs` passes first. */
export async function waitUp(url, child, timeoutMs) {
  for (let t = Date.now(); Date.now() - t < timeoutMs;) {
    if (child.exitCode !== null) throw new Error(`dyad serve exited with ${child.exitCode}`);
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`dyad serve did not answer at ${url}`);
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };

/**
 * Builds (once) the store both benchmarks serve: n generated articles, `dense` of them about three states, ingested
 * with `dyad` into the embedded store `ROOT/store` or, with `pg`, into that PostgreSQL database (emptied first). A
 * marker file keeps it while n, dense, seed and backend stay the same, so the API and UI benchmarks can share one
 * store (`--dir`). Returns the environment that serves it.
 */
export async function ensureStore({ root, n, dense, seed, pg = '', dyad }) {
  const store = join(root, 'store');
  const env = { ...process.env, DYAD_DB: store, DATABASE_URL: pg };
  const marker = join(root, 'store.json');
  const want = JSON.stringify({ n, dense, seed, pg });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return env;
  rmSync(store, { recursive: true, force: true });
  if (pg) {
    const client = new (await import('pg')).default.Client({ connectionString: pg });
    await client.connect();
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    await client.end();
  }
  const t0 = Date.now();
  ensureCorpus({ n: n - dense, dir: join(root, 'spread'), seed });
  rmSync(join(root, 'dense'), { recursive: true, force: true });
  denseCorpus(join(root, 'dense'), dense, seed);
  console.error(`generated ${n} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s; ingesting (this takes a while)...`);
  const t1 = Date.now();
  const r = spawnSync(process.execPath, [dyad, 'ingest', join(root, 'spread'), join(root, 'dense')],
    { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`dyad ingest failed with ${r.status}: ${String(r.stderr).split('\n').slice(-5).join('\n')}`);
  console.error(`ingested in ${((Date.now() - t1) / 1000).toFixed(0)} s`);
  writeFileSync(marker, want);
  return env;
}
