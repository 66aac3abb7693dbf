// `node scripts/bench-ui.mjs`: how long the pair page takes to become interactive in Chromium on a large generated store.
// Usage: node scripts/bench-ui.mjs [--n 10000] [--dense 600] [--runs 7] [--dir bench-ui]
// The store holds n generated articles (scripts/bench): n - dense about random pairs of 194 states, and `dense` about
// three states only, so that one pair has hundreds of documents — the page a user of a busy pair opens. The store is
// built once and reused while n, dense and the seed stay the same. A load counts as interactive when the timeline, the
// chart and the event list's first page are drawn and the main thread is idle (requestIdleCallback), timed from
// navigation start; the rest of the events and the sections below the fold load after that.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureStore, freePort, pct, waitUp } from './bench/serve.mjs';
import { countries } from './bench/vocab.mjs';

/** A process's parent pid and CPU seconds (user + system) so far, from /proc (Linux); null where it cannot tell. */
function procStat(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // ppid, then utime and stime in clock ticks of 1/100 s
    return { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / 100 };
  } catch { return null; }
}

/** CPU seconds used so far by the processes under `root` (itself excluded), except the subtree of `skip`. */
function treeCpuSeconds(root, skip) {
  const stats = new Map();
  for (const name of readdirSync('/proc')) if (/^\d+$/.test(name)) { const s = procStat(Number(name)); if (s) stats.set(Number(name), s); }
  const under = (pid) => { for (let p = stats.get(pid)?.ppid; p; p = stats.get(p)?.ppid) { if (p === skip) return false; if (p === root) return true; } return false; };
  let total = 0;
  for (const [pid, s] of stats) if (pid !== skip && under(pid)) total += s.cpu;
  return total;
}

const REPO = resolve(new URL('..', import.meta.url).pathname);
const DYAD = join(REPO, 'bin/dyad.js');
const SEED = 1;

function parseArgs(argv) {
  const o = { n: 10000, dense: 600, runs: 7, dir: 'bench-ui' };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--dir') o.dir = v;
    else if (['--n', '--dense', '--runs'].includes(k)) o[k.slice(2)] = Number(v);
    else { console.error(`bench-ui: unknown option ${k} (known: --n, --dense, --runs, --dir)`); process.exit(2); }
  }
  for (const k of ['n', 'runs']) if (!Number.isInteger(o[k]) || o[k] < 1) { console.error(`bench-ui: --${k} must be a positive integer`); process.exit(2); }
  if (!Number.isInteger(o.dense) || o.dense < 0 || o.dense >= o.n) { console.error('bench-ui: --dense must be an integer from 0 to n-1'); process.exit(2); }
  return o;
}


async function main() {
  const o = parseArgs(process.argv.slice(2));
  // The same store as scripts/bench-api.mjs builds: `--dir bench-api` serves the API benchmark's store.
  const env = await ensureStore({ root: resolve(REPO, o.dir), n: o.n, dense: o.dense, seed: SEED, dyad: DYAD });
  const built = spawnSync(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: REPO, stdio: 'ignore' });
  if (built.status !== 0) throw new Error('vite build failed');

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [DYAD, 'serve', '--port', String(port)], { env, stdio: 'ignore' });
  const profile = mkdtempSync(join(tmpdir(), 'dyad-bench-ui-'));
  let context;
  try {
    await waitUp(`${url}/api/v1/documents?limit=1`, server, 120_000);
    // The busiest pair among the three dense states, and one ordinary pair for contrast.
    const [x, y, z] = countries.slice(0, 3).map((c) => c.code);
    const dense = await Promise.all([[x, y], [x, z], [y, z]].map(async (p) => {
      const res = await fetch(`${url}/api/v1/pairs/${[...p].sort().join('-')}`);
      return res.ok ? res.json() : null;
    }));
    const busiest = dense.filter(Boolean).sort((a, b) => b.events - a.events)[0];
    const ordinary = (await (await fetch(`${url}/api/v1/pairs?limit=50`)).json()).items
      .filter((p) => p.pair !== busiest?.pair).sort((a, b) => b.documents - a.documents)[0];
    const three = [busiest, ordinary].filter(Boolean);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
    });
    const page = context.pages()[0] ?? await context.newPage();
    // CPU time of Chromium's processes and of the server per load: unlike the wall times, it hardly moves when other
    // processes share the cores.
    const browserCpu = () => treeCpuSeconds(process.pid, server.pid);
    const serverCpu = () => procStat(server.pid)?.cpu ?? NaN;
    const rows = [];
    for (const pair of three) {
      const times = [];
      const apiTimes = [];
      const browserMs = [];
      let serverFrom = NaN;
      for (let i = 0; i <= o.runs; i++) {
        await page.goto('about:blank');
        if (i === 1) serverFrom = serverCpu();
        const before = browserCpu();
        await page.goto(`${url}/#/pair/${pair.pair}`);
        await page.waitForSelector('[data-testid=timeline][data-ready=true]', { timeout: 60_000 });
        await page.waitForSelector('[data-testid=event-list]', { timeout: 60_000 });
        await page.waitForSelector('[data-testid=figure-chart]', { timeout: 60_000 });
        const ms = await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => ok(performance.now()))));
        // When the last API answer of the page arrived: the rest of the time is the browser's (parse, render, draw).
        const api = await page.evaluate(() => Math.max(0, ...performance.getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/v1/')).map((e) => e.responseEnd)));
        const after = browserCpu();
        if (i > 0) { // the first load warms the server's caches and the browser's
          times.push(ms); apiTimes.push(api); browserMs.push((after - before) * 1000);
        }
      }
      // The server's CPU over the measured loads, each load's later requests (events pages, projects...) included.
      const serverMs = ((serverCpu() - serverFrom) * 1000) / o.runs;
      // The event list fills in page by page after the first screen: counted once complete (not timed).
      await page.waitForSelector('[data-testid=event-list][data-complete=true]', { timeout: 120_000 });
      const events = await page.locator('[data-testid=event-list] [data-testid=fact]').count();
      rows.push({ pair: pair.pair, documents: pair.documents, events, median: pct(times, 50), p95: pct(times, 95),
        max: Math.max(...times), api: pct(apiTimes, 50), browser: pct(times.map((t, k) => t - apiTimes[k]), 50),
        browserMs: pct(browserMs, 50), serverMs });
    }
    const load = (await import('node:os')).loadavg()[0];
    console.log(`pair page interactive in Chromium (1280x800), ${o.n} documents in the store, ${o.runs} loads each after one warm-up;`
      + ` ${cpus().length} cores, load average ${load.toFixed(1)} at the end`);
    console.log('| pair | documents | events listed | median ms | p95 ms | max ms | median: last API answer ms | median: browser after it ms '
      + '| median: Chromium CPU ms until interactive | server CPU ms per load |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      console.log(`| ${r.pair} | ${r.documents} | ${r.events} | ${[r.median, r.p95, r.max, r.api, r.browser].map((x) => x.toFixed(0)).join(' | ')} `
        + `| ${r.browserMs.toFixed(0)} | ${r.serverMs.toFixed(0)} |`);
    }
  } finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    server.kill('SIGTERM');
  }
}

main().catch((err) => { console.error(`bench-ui: ${err.message}`); process.exit(1); });
