// `node scripts/bench-api.mjs`: API latency (p50/p95) of the pair summary, events and search on a large generated store.
// Usage: node scripts/bench-api.mjs [--n 10000] [--dense 600] [--runs 50] [--dir bench-api] [--pg URL]
//        node scripts/bench-api.mjs --serve-url URL [--runs 50]
//   --serve-url  serve this PostgreSQL store as it is (nothing built or emptied), e.g. the 100,000-document schema of
//                `node scripts/explain-100k.mjs --dense 60 --schema NAME --keep` with ?options=-c%20search_path%3DNAME
// The store holds n generated articles (scripts/bench): n - dense about random pairs of states and `dense` about three
// states only, so one pair is busy. It is built once (embedded store, or the PostgreSQL database of --pg, emptied
// first) and reused while n, dense and the backend stay the same. Each request is timed from the client over real
// HTTP against `dyad serve`, after one warm-up round; requests run one at a time.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureStore, freePort, pct, waitUp } from './bench/serve.mjs';
import { countries } from './bench/vocab.mjs';

const REPO = resolve(new URL('..', import.meta.url).pathname);
const DYAD = join(REPO, 'bin/dyad.js');
const SEED = 1;

function parseArgs(argv) {
  const o = { n: 10000, dense: 600, runs: 50, dir: 'bench-api', pg: '', serveUrl: '' };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--dir' || k === '--pg') o[k.slice(2)] = v;
    else if (k === '--serve-url') o.serveUrl = v;
    else if (['--n', '--dense', '--runs'].includes(k)) o[k.slice(2)] = Number(v);
    else { console.error(`bench-api: unknown option ${k} (known: --n, --dense, --runs, --dir, --pg, --serve-url)`); process.exit(2); }
  }
  for (const k of ['n', 'runs']) if (!Number.isInteger(o[k]) || o[k] < 1) { console.error(`bench-api: --${k} must be a positive integer`); process.exit(2); }
  if (!Number.isInteger(o.dense) || o.dense < 0 || o.dense >= o.n) { console.error('bench-api: --dense must be an integer from 0 to n-1'); process.exit(2); }
  return o;
}


/** CPU milliseconds (user + system) a process has used so far, from /proc (Linux); NaN where it cannot tell. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime and stime, in clock ticks of 1/100 s
  } catch { return NaN; }
}

async function timed(url) {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return performance.now() - t;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const env = o.serveUrl ? { ...process.env, DATABASE_URL: o.serveUrl, DYAD_DB: '' }
    : await ensureStore({ root: resolve(REPO, o.dir), n: o.n, dense: o.dense, seed: SEED, pg: o.pg, dyad: DYAD });

  const port = await freePort();
  const base = `http://127.0.0.1:${port}/api/v1`;
  const server = spawn(process.execPath, [DYAD, 'serve', '--port', String(port)], { env, stdio: 'ignore' });
  try {
    await waitUp(`${base}/documents?limit=1`, server, 300_000);
    // The record is brought up to date by the first read; not part of the measurement.
    const pairs = (await (await fetch(`${base}/pairs?limit=500`)).json()).items;
    const [x, y, z] = countries.slice(0, 3).map((c) => c.code);
    const denseKeys = [[x, y], [x, z], [y, z]].map((p) => [...p].sort().join('-'));
    const busy = pairs.filter((p) => denseKeys.includes(p.pair)).sort((a, b) => b.events - a.events)[0];
    const ordinary = pairs.filter((p) => !denseKeys.includes(p.pair)).sort((a, b) => b.documents - a.documents)[0];
    const cases = [];
    for (const p of [busy, ordinary].filter(Boolean)) {
      cases.push([`pair summary ${p.pair} (${p.documents} docs, ${p.events} events)`, `${base}/pairs/${p.pair}`]);
      cases.push([`events ${p.pair}, first page of 50`, `${base}/events?pair=${p.pair}&limit=50`]);
      cases.push([`events ${p.pair}, page 3 of 50, type visit`, `${base}/events?pair=${p.pair}&type=visit&limit=50&cursor=100`]);
      cases.push([`timeline ${p.pair}, every event as a mark`, `${base}/pairs/${p.pair}/timeline`]);
      cases.push([`chart ${p.pair}, every figure and target as a mark`, `${base}/pairs/${p.pair}/chart`]);
    }
    for (const q of ['trade', 'agreement signed', '"joint commission"', countries[5].name]) {
      cases.push([`search "${q}"`, `${base}/search?q=${encodeURIComponent(q)}&limit=20`]);
    }
    const rows = [];
    for (const [label, url] of cases) {
      // The first request of each kind is timed apart: a pair summary is computed there and kept until the pair changes.
      const first = await timed(url);
      const times = [];
      // The server's CPU time per request: unlike the wall times, it hardly moves when other processes share the cores.
      const cpu0 = cpuMs(server.pid);
      for (let i = 0; i < o.runs; i++) times.push(await timed(url));
      rows.push({ label, first, p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times), cpu: (cpuMs(server.pid) - cpu0) / o.runs });
    }
    const store = o.serveUrl ? `the PostgreSQL store ${o.serveUrl.replace(/:[^:@/]*@/, ':***@')}`
      : `${o.n} documents (${o.dense} about 3 states), ${o.pg ? 'PostgreSQL' : 'embedded PGlite'}`;
    console.log(`API latency over HTTP, ${store};`
      + ` ${o.runs} sequential requests each after one warm-up; ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
    console.log('| request | first ms | p50 ms | p95 ms | max ms | server CPU ms per request |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      console.log(`| ${r.label} | ${r.first.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${r.cpu.toFixed(1)} |`);
    }
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((err) => { console.error(`bench-api: ${err.message}`); process.exit(1); });
