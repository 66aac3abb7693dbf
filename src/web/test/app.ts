// Starts what the UI tests open: a real `dyad serve` on a temporary store holding the given inputs, on a free port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(new URL('../../..', import.meta.url).pathname);
const DYAD = join(REPO, 'bin/dyad.js');

export interface App { url: string; db: string; close: () => Promise<void> }

/** The newest modification time under a folder (ms). */
function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    t = Math.max(t, st.isDirectory() ? newest(p) : st.mtimeMs);
  }
  return t;
}

/** Builds the UI when dist/web is missing or older than its sources, so a test never opens a stale build. */
export function ensureBuilt(): void {
  const index = join(REPO, 'dist/web/index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(join(REPO, 'src/web/client'))) return;
  const r = spawnSync(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`dyad serve exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`dyad serve did not answer at ${url} within 60 s:\n${log()}`);
}

/** Ingests `inputs` into a fresh embedded store and serves it; the store is removed on close. */
export async function startApp(inputs: string[], serveArgs: string[] = []): Promise<App> {
  ensureBuilt();
  const db = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  const env = { ...process.env, DYAD_DB: db, DATABASE_URL: '' };
  const ingest = spawnSync(process.execPath, [DYAD, 'ingest', ...inputs], { cwd: REPO, env, encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`dyad ingest failed:\n${ingest.stdout}\n${ingest.stderr}`);
  const port = await freePort();
  const child = spawn(process.execPath, [DYAD, 'serve', '--port', String(port), '--host', '127.0.0.1', ...serveArgs],
    { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c) => { out += c; });
  child.stderr!.on('data', (c) => { out += c; });
  const url = `http://127.0.0.1:${port}`;
  // The index page answers with or without a token; the API would refuse a token-less probe.
  await waitFor(`${url}/`, child, () => out);
  return {
    url, db,
    close: async () => {
      if (child.exitCode === null) {
        const gone = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGTERM');
        await gone;
      }
      rmSync(db, { recursive: true, force: true });
    },
  };
}
