// `npm run bench:ingest`: ingest rate into the embedded store and PostgreSQL with 1 and 2 workers, against wink-nlp's bare tokenizer.
// Usage: node scripts/bench-ingest.mjs [--n 2000] [--runs 3] [--workers 1,2] [--stores extract,embedded,postgres] [--seed 1] [--dir bench-corpus]
// PostgreSQL: DYAD_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/test); each run gets a fresh schema.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ensureCorpus, DEFAULTS } from './bench/generate.mjs';

const TIME = '/usr/bin/time';
const PG_URL = process.env.DYAD_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function parseArgs(argv) {
  const o = { ...DEFAULTS, n: 2000, runs: 3, workers: [1, 2], stores: ['extract', 'embedded', 'postgres'] };
  for (let i = 0; i < argv.length; i += 2) {
    const [a, v] = [argv[i], argv[i + 1]];
    if (a === '--n') o.n = Number(v);
    else if (a === '--runs') o.runs = Number(v);
    else if (a === '--seed') o.seed = Number(v);
    else if (a === '--dir') o.dir = v;
    else if (a === '--workers') o.workers = v.split(',').map(Number);
    else if (a === '--stores') o.stores = v.split(',');
    else {
      console.error(`bench-ingest: unknown option ${a} (known: --n, --runs, --seed, --dir, --workers, --stores)`);
      process.exit(2);
    }
  }
  if (![o.n, o.runs, ...o.workers].every((x) => Number.isInteger(x) && x >= 1)) {
    console.error('bench-ingest: --n, --runs and --workers must be positive whole numbers');
    process.exit(2);
  }
  if (!o.stores.every((s) => ['embedded', 'postgres', 'extract'].includes(s))) {
    console.error('bench-ingest: --stores takes embedded, postgres and/or extract (no store: dyad extract)');
    process.exit(2);
  }
  return o;
}

/** Articles per second of wink-nlp with no pipeline but its tokenizer, over the same files, in this process. */
function tokenizerRate(dir) {
  const nlp = winkNLP(model, []);
  const texts = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8'));
  const rates = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    let tokens = 0;
    for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
    rates.push({ rate: texts.length / ((performance.now() - t0) / 1000), tokens });
  }
  return median(rates.map((r) => r.rate));
}

async function withSchema(fn) {
  const schema = `dyad_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  try {
    return await fn(url.toString());
  } finally {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`DROP SCHEMA ${schema} CASCADE`);
    await c.end();
  }
}

/**
 * One `dyad ingest` run. Besides the wall time of the whole command (start-up and, for the embedded store, creating
 * it), the steady rate counts the documents reported between the first and the last stderr line, so it is the rate
 * a long run approaches.
 */
function runIngest(dir, workers, env, extraArgs) {
  return new Promise((resolve) => {
    const tmp = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'));
    const rssFile = join(tmp, 'rss');
    const dyad = [process.execPath, 'bin/dyad.js', 'ingest', dir, '--workers', String(workers), ...extraArgs];
    const haveTime = existsSync(TIME);
    const [cmd, ...args] = haveTime ? [TIME, '-f', '%M', '-o', rssFile, ...dyad] : dyad;
    const t0 = performance.now();
    let first = null;
    let last = null;
    let reported = 0;
    const times = [];
    let failed = 0;
    let rest = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      const now = performance.now();
      for (const l of lines) {
        if (!/^(ingested|unchanged|new version|failed) /.test(l)) continue;
        if (first === null) first = { at: now, count: reported };
        reported++;
        times.push(now);
        if (l.startsWith('failed')) failed++;
        last = { at: now, count: reported };
      }
    });
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      let rssMB = null;
      if (haveTime && existsSync(rssFile)) {
        const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
        if (kb > 0) rssMB = kb / 1024;
      }
      rmSync(tmp, { recursive: true, force: true });
      const steady = first && last && last.at > first.at ? (last.count - first.count) / ((last.at - first.at) / 1000) : null;
      resolve({ code, seconds, docs: reported, failed, overall: reported / seconds, steady, rssMB,
        firstAt: first && (first.at - t0) / 1000, lastAt: last && (last.at - t0) / 1000, tenths: tenthRates(times) });
    });
  });
}

/**
 * The rate within each tenth of the documents reported (the first tenth from the first report): whether the cost per
 * document stays flat as the store grows (issue 10 point 4), which the overall and steady rates cannot show.
 */
function tenthRates(times) {
  if (times.length < 20) return null;
  const at = (k) => times[Math.min(times.length - 1, Math.round((k * (times.length - 1)) / 10))];
  const out = [];
  for (let k = 1; k <= 10; k++) {
    const docs = Math.round((k * (times.length - 1)) / 10) - Math.round(((k - 1) * (times.length - 1)) / 10);
    out.push(docs / ((at(k) - at(k - 1)) / 1000));
  }
  return out;
}

/** `dyad extract` (no store): the rate of loading, cleaning and extraction alone; steady from the first to the last output. */
function runExtract(dir, workers) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let first = null;
    let last = null;
    const child = spawn(process.execPath, ['bin/dyad.js', 'extract', dir, '--workers', String(workers), '--format', 'json'],
      { stdio: ['ignore', 'pipe', 'ignore'] });
    let docs = 0;
    let firstDocs = 0;
    const times = [];
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      const now = performance.now();
      const lines = chunk.split('\n').length - 1;
      if (first === null) { first = now; firstDocs = lines; }
      docs += lines;
      for (let i = 0; i < lines; i++) times.push(now);
      last = now;
    });
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const steady = first !== null && last > first ? (docs - firstDocs) / ((last - first) / 1000) : null;
      resolve({ code, seconds, docs, failed: 0, overall: docs / seconds, steady, rssMB: null,
        firstAt: first === null ? null : (first - t0) / 1000, lastAt: last === null ? null : (last - t0) / 1000,
        tenths: tenthRates(times) });
    });
  });
}

async function runOnce(store, dir, workers) {
  if (store === 'extract') return runExtract(dir, workers);
  if (store === 'postgres') {
    return withSchema((url) => runIngest(dir, workers, { DATABASE_URL: url }, []));
  }
  const db = mkdtempSync(join(tmpdir(), 'dyad-bench-db-'));
  try {
    // An empty DATABASE_URL selects the embedded store even when the caller's environment names a server.
    return await runIngest(dir, workers, { DATABASE_URL: '' }, ['--db', db]);
  } finally {
    rmSync(db, { recursive: true, force: true });
  }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const f = (x, d) => (x == null ? 'n/a' : x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));

const o = parseArgs(process.argv.slice(2));
const corpus = ensureCorpus({ n: o.n, dir: o.dir, seed: o.seed });
console.log(`${corpus.generated ? 'generated' : 'using existing'} ${o.dir} (${o.n} articles, seed ${o.seed})`);
console.log(`machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, `
  + `Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start`);
const bare = tokenizerRate(o.dir);
console.log(`wink-nlp bare tokenizer: ${f(bare, 0)} articles/s (median of 3, one thread, in process)`);

const results = [];
for (const store of o.stores) {
  for (const workers of o.workers) {
    const runs = [];
    for (let run = 1; run <= o.runs; run++) {
      const r = await runOnce(store, o.dir, workers);
      if (r.code !== 0 && r.docs === 0) {
        console.error(`${store}, ${workers} workers, run ${run}: ingest exited with code ${r.code} and stored nothing`);
        process.exit(1);
      }
      console.log(`${store}, --workers ${workers}, run ${run}: ${f(r.seconds, 1)} s, ${r.docs} documents (${r.failed} failed), `
        + `steady ${f(r.steady, 1)} docs/s, peak RSS ${f(r.rssMB, 0)} MB`
        + (r.firstAt == null ? '' : ` (first report at ${f(r.firstAt, 1)} s, last at ${f(r.lastAt, 1)} s)`)
        + (r.tenths ? `\n  docs/s in each tenth of the documents: ${r.tenths.map((x) => f(x, 0)).join(', ')}` : ''));
      runs.push(r);
    }
    results.push({ store, workers, overall: median(runs.map((r) => r.overall)), steady: median(runs.map((r) => r.steady ?? 0)),
      rssMB: runs.some((r) => r.rssMB == null) ? null : median(runs.map((r) => r.rssMB)) });
  }
}

console.log(`\n| store | --workers | docs/s overall | docs/s steady | × --workers 1 (steady) | bare tokenizer ÷ steady | peak RSS MB (process) |`);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const one = results.find((x) => x.store === r.store && x.workers === 1);
  console.log(`| ${r.store} | ${r.workers} | ${f(r.overall, 1)} | ${f(r.steady, 1)} | ${one ? f(r.steady / one.steady, 2) : 'n/a'} | `
    + `${f(bare / r.steady, 1)} | ${f(r.rssMB, 0)} |`);
}
console.log(`\nmedians of ${o.runs} runs of ${o.n} articles; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end. `
  + 'Worker threads share one process, so the RSS column covers the writer and all its workers.');
