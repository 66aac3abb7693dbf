// `node scripts/bench-store.mjs`: how fast the reading commands answer on a large store, on both backends.
// Ingests --base generated articles (scripts/bench's generator) through dyad, clones their rows in SQL up to --n
// documents (distinct names, sources and hashes; same texts and facts), gathers statistics, then times
// `dyad docs`, `dyad docs --limit 20`, `dyad facts --limit 20 --pair A-B` and `dyad search` end to end
// (median of --runs, with the CPU time of the command's process) and prints the EXPLAIN ANALYZE plan of each query.
// Usage: node scripts/bench-store.mjs [--n 10000] [--base 200] [--runs 3] [--backend pglite|postgres|both]
//   [--dir DIR] [--schema NAME]
// PostgreSQL: DYAD_TEST_PG_URL or DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test (a schema of its own).
// --dir keeps the embedded store in DIR and --schema the PostgreSQL one in that schema, and a later run with the
// same option times the commands on it without building it again (so a change is compared on the very same store).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { register } from 'tsx/esm/api';
import { generate } from './bench/generate.mjs';

register();
const { openDatabase } = await import('../src/storage/index.ts');
const { createStore } = await import('../src/storage/store.ts');
const { statementsOf } = await import('../src/storage/explain.ts');

function parseArgs(argv) {
  const o = { n: 10000, base: 200, runs: 3, backend: 'both', dir: '', schema: '' };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i].replace(/^--/, ''), argv[i + 1]];
    if (!(k in o)) {
      console.error(`bench-store: unknown option ${argv[i]} (known: --n, --base, --runs, --backend, --dir, --schema)`);
      process.exit(2);
    }
    o[k] = typeof o[k] === 'string' ? v : Number(v);
  }
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const work = mkdtempSync(join(tmpdir(), 'dyad-bench-store-'));
const corpus = join(work, 'corpus');
generate({ n: opts.base, dir: corpus, seed: 1 });

/** CPU seconds of the children waited for so far (Linux /proc; null elsewhere), to tell a command's own work. */
function childCpu() {
  try {
    // Fields 16 and 17 (cutime, cstime) after the command name, which is in parentheses; clock ticks of 1/100 s.
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

function dyad(args, env) {
  const t0 = performance.now();
  const cpu0 = childCpu();
  const r = spawnSync(process.execPath, ['bin/dyad.js', ...args], {
    env: { ...process.env, DATABASE_URL: '', DYAD_DB: '', ...env }, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  const ms = performance.now() - t0;
  const cpu1 = childCpu();
  if (r.status !== 0) throw new Error(`dyad ${args.join(' ')} failed: ${r.stderr}`);
  return { ms, cpuMs: cpu0 === null ? NaN : (cpu1 - cpu0) * 1000, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Copies the base documents' rows until there are `n` documents, with ids offset per copy. */
async function grow(driver, n) {
  const [{ k, kv, f }] = await driver.query(`SELECT (SELECT max(id) FROM documents) AS k,
    (SELECT max(id) FROM document_versions) AS kv, (SELECT max(id) FROM facts) AS f`);
  const copies = Math.ceil(n / k) - 1;
  if (copies < 1) return;
  await driver.transaction(async (tx) => {
    // $1 documents, $2 versions, $3 facts: the id offset of one copy; $4 the number of copies.
    const q = (sql) => tx.query(sql.replace(/\$([1-4])\b/g, (_, i) => String([k, kv, f, copies][i - 1])));
    await q(`INSERT INTO documents (id, name, source) OVERRIDING SYSTEM VALUE
      SELECT d.id + c * $1, d.name || '-c' || c, d.source || '#c' || c
      FROM documents d, generate_series(1, $4) c WHERE d.id + c * $1 <= ${n}`);
    await q('INSERT INTO document_sources (source, document_id) SELECT source, id FROM documents WHERE id > $1');
    await q(`INSERT INTO document_versions (id, document_id, version, hash, title, text, language, date, date_source, size, is_latest)
      OVERRIDING SYSTEM VALUE
      SELECT v.id + c * $2, v.document_id + c * $1, v.version, md5(v.hash || c), v.title, v.text,
             v.language, v.date, v.date_source, v.size, v.is_latest
      FROM document_versions v, generate_series(1, $4) c WHERE v.document_id + c * $1 IN (SELECT id FROM documents)`);
    await q(`INSERT INTO document_search (document_id, version_id, search, lead)
      SELECT s.document_id + c * $1, s.version_id + c * $2, s.search, s.lead
      FROM document_search s, generate_series(1, $4) c WHERE s.version_id + c * $2 IN (SELECT id FROM document_versions)`);
    await q(`INSERT INTO sentences (version_id, sentence_index, char_start, char_end, text)
      SELECT s.version_id + c * $2, s.sentence_index, s.char_start, s.char_end, s.text
      FROM sentences s, generate_series(1, $4) c WHERE s.version_id + c * $2 IN (SELECT id FROM document_versions)`);
    await q(`INSERT INTO facts (id, version_id, type, country_a, country_b, date_or_period, body, confidence)
      OVERRIDING SYSTEM VALUE
      SELECT x.id + c * $3, x.version_id + c * $2, x.type, x.country_a, x.country_b, x.date_or_period, x.body, x.confidence
      FROM facts x, generate_series(1, $4) c WHERE x.version_id + c * $2 IN (SELECT id FROM document_versions)`);
    await q(`INSERT INTO evidence (fact_id, version_id, sentence_index, char_start, char_end, quote)
      SELECT e.fact_id + c * $3, e.version_id + c * $2, e.sentence_index, e.char_start, e.char_end, e.quote
      FROM evidence e, generate_series(1, $4) c WHERE e.fact_id + c * $3 IN (SELECT id FROM facts)`);
    for (const [table, col] of [['documents', 'id'], ['document_versions', 'id'], ['facts', 'id']]) {
      await tx.query(`SELECT setval(pg_get_serial_sequence('${table}', '${col}'), (SELECT max(${col}) FROM ${table}))`);
    }
  });
}

/** The SQL a store call sends, captured so that its plan can be shown with the same parameters. */
async function planOf(driver, call) {
  // The store's own statement watcher (it follows statements into transactions, where a search runs).
  const seen = await statementsOf(driver, (d) => call(createStore(d)));
  const { sql, params } = seen[seen.length - 1];
  const rows = await driver.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${sql}`, params);
  return rows.map((r) => Object.values(r)[0]).join('\n');
}

/** Builds the store (unless `reuse`), then times the commands on it and explains their queries. */
async function benchBackend(name, env, open, reuse = false) {
  const t0 = performance.now();
  let driver;
  if (reuse) {
    console.log(`\n## ${name}: the store kept by an earlier run`);
    driver = await open();
  } else {
    console.log(`\n## ${name}: ingesting ${opts.base} generated articles, growing to ${opts.n} documents`);
    dyad(['ingest', corpus, '--workers', '1'], env);
    driver = await open();
    await grow(driver, opts.n);
    await driver.exec('ANALYZE');
    if (driver.backend === 'pglite') await driver.exec('CHECKPOINT');
  }
  const t1 = performance.now();
  const [counts] = await driver.query(`SELECT (SELECT count(*) FROM documents)::integer AS documents,
    (SELECT count(*) FROM facts)::integer AS facts, (SELECT count(*) FROM sentences)::integer AS sentences`);
  const [pair] = await driver.query(`SELECT country_a AS a, country_b AS b FROM facts WHERE country_b IS NOT NULL
    GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`);
  // A common word (most documents) and a rare one (a word of few base documents, so about n/base hits per one).
  const word = 'agreement';
  const [{ rare }] = await driver.query(`SELECT word AS rare FROM ts_stat(
    'SELECT search FROM document_search WHERE document_id <= ${opts.base}') WHERE length(word) > 5 ORDER BY ndoc, word LIMIT 1`);
  console.log(`store: ${counts.documents} documents, ${counts.facts} facts, ${counts.sentences} sentences ` +
    `(built in ${((t1 - t0) / 1000).toFixed(1)} s); pair ${pair.a}-${pair.b}`);
  const plans = [
    ['docs (first 20)', (s) => s.listDocuments({ limit: 21 })],
    [`facts --limit 20 --pair ${pair.a}-${pair.b}`, (s) => s.listFacts({ pair: [pair.a, pair.b], limit: 21 })],
    [`search ${word}`, (s) => s.search(word, 20)],
    [`search ${rare}`, (s) => s.search(rare, 20)],
  ];
  const explained = [];
  for (const [label, call] of plans) explained.push([label, await planOf(driver, call)]);
  await driver.close();

  const commands = [
    ['docs', ['docs']],
    ['docs --limit 20', ['docs', '--limit', '20']],
    [`facts --limit 20 --pair ${pair.a}-${pair.b}`, ['facts', '--limit', '20', '--pair', `${pair.a}-${pair.b}`]],
    [`search ${word}`, ['search', word]],
    [`search ${rare}`, ['search', rare]],
    ['dyad --help (start-up alone)', ['--help']],
  ];
  const rows = [];
  for (const [label, args] of commands) {
    const runs = Array.from({ length: opts.runs }, () => dyad(args, env));
    const times = runs.map((r) => r.ms);
    rows.push([label, median(times), Math.min(...times), Math.max(...times), median(runs.map((r) => r.cpuMs))]);
  }
  console.log('\n| command | median ms | min | max | CPU ms (median) |\n| --- | ---: | ---: | ---: | ---: |');
  for (const [label, med, min, max, cpu] of rows) {
    console.log(`| ${label} | ${med.toFixed(0)} | ${min.toFixed(0)} | ${max.toFixed(0)} | ${cpu.toFixed(0)} |`);
  }
  for (const [label, plan] of explained) console.log(`\nEXPLAIN ANALYZE, ${label}:\n${plan}`);
}

console.log(`bench-store: ${cpus().length} cores (${cpus()[0]?.model}), node ${process.version}, runs ${opts.runs}`);
try {
  if (opts.backend !== 'postgres') {
    const dir = opts.dir ? resolve(opts.dir) : join(work, 'pglite');
    const reuse = Boolean(opts.dir) && existsSync(join(dir, 'PG_VERSION'));
    if (opts.dir) mkdirSync(dir, { recursive: true });
    await benchBackend('PGlite', { DYAD_DB: dir }, () => openDatabase({ dataDir: dir, url: '' }), reuse);
  }
  if (opts.backend !== 'pglite') {
    const base = process.env.DYAD_TEST_PG_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
    const schema = opts.schema || `dyad_bench_${randomBytes(4).toString('hex')}`;
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    const { rowCount } = await admin.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2',
      [schema, 'documents']);
    if (!rowCount) await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    const url = new URL(base);
    url.searchParams.set('options', `-c search_path=${schema}`);
    try {
      await benchBackend('PostgreSQL', { DATABASE_URL: url.toString() }, () => openDatabase({ url: url.toString() }), rowCount > 0);
    } finally {
      if (!opts.schema) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
