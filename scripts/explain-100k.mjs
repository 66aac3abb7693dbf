// `npm run bench:explain`: EXPLAIN (ANALYZE, BUFFERS) of every hot read on a 100,000-document PostgreSQL store,
// failing when a plan scans a big table (facts, evidence, sentences, documents...) whole.
//
// Building the store: `dyad ingest` of --base generated articles (scripts/bench, with the record), then every row
// of the per-document tables is copied in SQL under new ids, names, sources and hashes until there are --n
// documents. Why that stands for a real archive of that size: every copied document has the rows, sizes and
// value distributions of an ingested one (texts, sentences, facts, evidence, mentions, search vectors, record
// links), ids and names stay unique so the unique indexes and keysets work as with real data, and each pair of
// states gets --n/--base times the facts, documents and record items it had, as a long archive about the same pairs
// would. What it does not imitate: the vocabulary (copies repeat the base texts, so a rare word is met --n/--base
// times) and the number of distinct pairs and people (entities are shared, not copied).
//
// Usage: node scripts/explain-100k.mjs [--n 100000] [--base 1000] [--dense 0] [--plans] [--schema NAME --keep]
//   --dense   this many of the --base articles are about three states only (as in scripts/bench-api.mjs), so that
//             after the copies one pair is as busy as a long archive's main pair (--dense 60: 6,000 documents)
//   --plans   print every plan in full (otherwise only the plans of failing reads)
//   --schema  build into (or reuse, when it already holds --n documents) this schema; --keep leaves it afterwards
// PostgreSQL: DYAD_TEST_PG_URL or DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { register } from 'tsx/esm/api';
import { generate } from './bench/generate.mjs';
import { denseCorpus } from './bench/serve.mjs';

register();
const { openDatabase } = await import('../src/storage/index.ts');
const { explain, hotReads, statementsOf } = await import('../src/storage/explain.ts');

/**
 * Tables no hot read may scan whole (issue 10: "no sequential scan of facts or sentences for a pair page, a
 * document page or a search"). Other big tables' scans are shown but allowed: a search for a word most documents
 * hold reads most of the narrow search table whichever way, and a scan is then the cheaper way.
 */
const MUST_NOT_SCAN = new Set(['documents', 'document_versions', 'sentences', 'facts', 'evidence']);

function parseArgs(argv) {
  const o = { n: 100000, base: 1000, dense: 0, plans: false, schema: null, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (key === 'plans' || key === 'keep') o[key] = true;
    else if (key === 'n' || key === 'base' || key === 'dense') o[key] = Number(argv[++i]);
    else if (key === 'schema') o.schema = argv[++i];
    else {
      console.error(`explain-100k: unknown option ${argv[i]} (known: --n, --base, --dense, --plans, --schema, --keep)`);
      process.exit(2);
    }
  }
  if (!(Number.isInteger(o.n) && Number.isInteger(o.base) && Number.isInteger(o.dense) && o.base >= 1 && o.n >= o.base
    && o.dense >= 0 && o.dense < o.base)) {
    console.error('explain-100k: --n, --base and --dense must be whole numbers with --n >= --base > --dense >= 0');
    process.exit(2);
  }
  if (o.schema !== null && !/^[a-z_][a-z0-9_]*$/.test(o.schema)) {
    console.error('explain-100k: --schema takes a plain lower-case name');
    process.exit(2);
  }
  return o;
}

/**
 * How each per-document table's copy differs from its original: `$c` is the copy's number, `$X` the id offset of
 * one copy for the id space X (D documents, V versions, F facts, E evidence, M mentions, I record items). Columns not named are copied as they are, so columns added later need no change here.
 */
const COPIES = [
  ['documents', { id: 'id + $c * $D', name: `name || '-x' || $c`, source: `source || '#x' || $c` }],
  ['document_sources', { source: `source || '#x' || $c`, document_id: 'document_id + $c * $D' }],
  ['document_versions', { id: 'id + $c * $V', document_id: 'document_id + $c * $D', hash: 'md5(hash || $c)' }],
  ['document_search', { document_id: 'document_id + $c * $D', version_id: 'version_id + $c * $V' }],
  ['sentences', { version_id: 'version_id + $c * $V' }],
  ['facts', { id: 'id + $c * $F', version_id: 'version_id + $c * $V' }],
  ['evidence', { id: 'id + $c * $E', fact_id: 'fact_id + $c * $F', version_id: 'version_id + $c * $V' }],
  ['mentions', { id: 'id + $c * $M', version_id: 'version_id + $c * $V' }],
  ['record_fact_pairs', { fact_id: 'fact_id + $c * $F', document_id: 'document_id + $c * $D' }],
  ['record_documents', { document_id: 'document_id + $c * $D', version_id: 'version_id + $c * $V' }],
  // A copy's sort key is its original's with the copy's number after it: it lists just after its original, and no
  // two items of a pair share a key (src/storage/record-order.ts).
  ['record_items', { id: 'id + $c * $I', sort_key: `sort_key || '~' || lpad($c::text, 6, '0')` }],
  ['record_links', { item_id: 'item_id + $c * $I', fact_id: 'fact_id + $c * $F', document_id: 'document_id + $c * $D' }],
];

async function multiply(db, copies) {
  const [offsets] = await db.query(`SELECT
    (SELECT coalesce(max(id), 0) FROM documents) AS "D", (SELECT coalesce(max(id), 0) FROM document_versions) AS "V",
    (SELECT coalesce(max(id), 0) FROM facts) AS "F", (SELECT coalesce(max(id), 0) FROM evidence) AS "E",
    (SELECT coalesce(max(id), 0) FROM mentions) AS "M", (SELECT coalesce(max(id), 0) FROM record_items) AS "I"`);
  const columns = await db.query(`SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`);
  // Copies are made in slices, so each statement stays a size the server handles without a huge transaction.
  const slice = 10;
  for (let from = 1; from <= copies; from += slice) {
    const to = Math.min(copies, from + slice - 1);
    for (const [table, overrides] of COPIES) {
      const cols = columns.filter((c) => c.table_name === table).map((c) => c.column_name);
      if (cols.length === 0) continue;
      const exprs = cols.map((c) => (overrides[c] ?? c).replace(/\$([A-Z])/g, (_, k) => String(offsets[k])));
      const t0 = performance.now();
      await db.query(`INSERT INTO ${table} (${cols.join(', ')}) OVERRIDING SYSTEM VALUE
        SELECT ${exprs.join(', ')} FROM (SELECT * FROM ${table} WHERE ${baseRows(table, offsets)}) AS t,
        generate_series(${from}, ${to}) AS c(n)`.replace(/\$c/g, 'c.n'));
      process.stderr.write(`  copies ${from}-${to}: ${table} ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    }
  }
  await db.query(`UPDATE record_pairs p SET items = (SELECT count(*) FROM record_items i WHERE i.pair = p.pair)`);
  for (const table of ['documents', 'document_versions', 'facts', 'evidence', 'mentions', 'record_items']) {
    await db.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
  }
}

/** The rows of the ingested documents only (the originals), by the id space the table belongs to. */
function baseRows(table, o) {
  const by = {
    documents: `id <= ${o.D}`, document_sources: `document_id <= ${o.D}`, document_versions: `id <= ${o.V}`,
    document_search: `document_id <= ${o.D}`, sentences: `version_id <= ${o.V}`, facts: `id <= ${o.F}`,
    evidence: `id <= ${o.E}`, mentions: `id <= ${o.M}`, record_fact_pairs: `fact_id <= ${o.F}`,
    record_documents: `document_id <= ${o.D}`, record_items: `id <= ${o.I}`, record_links: `item_id <= ${o.I}`,
  };
  return by[table];
}

function ingestBase(url, base, dense) {
  const work = mkdtempSync(join(tmpdir(), 'dyad-explain-'));
  try {
    generate({ n: base - dense, dir: join(work, 'corpus'), seed: 1 });
    const dirs = [join(work, 'corpus')];
    if (dense > 0) {
      denseCorpus(join(work, 'dense'), dense, 1);
      dirs.push(join(work, 'dense'));
    }
    const r = spawnSync(process.execPath, ['bin/dyad.js', 'ingest', ...dirs], {
      env: { ...process.env, DATABASE_URL: url, DYAD_DB: '' }, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`dyad ingest failed: ${r.stderr.split('\n').slice(-5).join('\n')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The API's reads of a pair page and a search, when the server's read functions are where this script knows. */
async function apiReads(sample) {
  const [a, b] = [...sample.pair].sort();
  const pair = { a, b, key: `${a}-${b}` };
  const page = { limit: 50, offset: 0 };
  const reads = [];
  // The API's read functions live in src/service/read (src/server/data before): whichever this checkout has.
  const tryImport = async (name) => (await import(`../src/service/read/${name}.ts`).catch(() => null))
    ?? import(`../src/server/data/${name}.ts`).catch(() => null);
  const events = await tryImport('events');
  if (events) reads.push({ label: `API events of ${pair.key}, first page`, run: (d) => events.queryEvents(d, { pair }, page) });
  const facts = await tryImport('facts');
  if (facts) reads.push({ label: `API facts of ${pair.key}, first page`, run: (d) => facts.queryFacts(d, { pair }, page) });
  const documents = await tryImport('documents');
  if (documents) reads.push({ label: `API document ${sample.document}`, run: (d) => documents.getDocument(d, sample.document) });
  const search = await tryImport('search');
  if (search) reads.push({ label: `API search ${sample.rareWord}`, run: (d) => search.search(d, { q: sample.rareWord }, page) });
  return reads;
}

async function pickSample(db, base) {
  const [pair] = await db.query(`SELECT least(country_a, country_b) AS a, greatest(country_a, country_b) AS b
    FROM facts WHERE country_b IS NOT NULL AND country_a <> country_b AND id <= (SELECT max(id) FROM facts WHERE version_id <= ${base})
    GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1`);
  const [doc] = await db.query(`SELECT name FROM documents ORDER BY id DESC LIMIT 1 OFFSET (SELECT count(*) / 2 FROM documents)`);
  const [{ rare }] = await db.query(`SELECT word AS rare FROM ts_stat(
    'SELECT search FROM document_search WHERE document_id <= ${base}') WHERE length(word) > 5 ORDER BY ndoc, word LIMIT 1`);
  return { pair: [pair.a, pair.b], document: doc.name, commonWord: 'agreement', rareWord: rare };
}

const opts = parseArgs(process.argv.slice(2));
const server = process.env.DYAD_TEST_PG_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const schema = opts.schema ?? `dyad_explain_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
const url = new URL(server);
url.searchParams.set('options', `-c search_path=${schema}`);

console.log(`explain-100k: ${cpus().length} cores, node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
let failed = 0;
try {
  let db = await openDatabase({ url: url.toString() });
  const [{ n }] = await db.query('SELECT count(*)::integer AS n FROM documents');
  if (n < opts.n) {
    if (n > 0) throw new Error(`schema ${schema} holds ${n} documents, fewer than --n ${opts.n}: use a new schema`);
    await db.close();
    const t0 = performance.now();
    ingestBase(url.toString(), opts.base, opts.dense);
    const t1 = performance.now();
    db = await openDatabase({ url: url.toString() });
    await multiply(db, Math.round(opts.n / opts.base) - 1);
    await db.exec('VACUUM ANALYZE');
    console.log(`built in ${((performance.now() - t0) / 1000).toFixed(0)} s (ingest of ${opts.base}: ` +
      `${((t1 - t0) / 1000).toFixed(0)} s; copies, VACUUM ANALYZE: ${((performance.now() - t1) / 1000).toFixed(0)} s)`);
  }
  const [size] = await db.query(`SELECT (SELECT count(*) FROM documents)::integer AS documents,
    (SELECT count(*) FROM facts)::integer AS facts, (SELECT count(*) FROM sentences)::integer AS sentences,
    (SELECT count(*) FROM record_items)::integer AS items,
    pg_size_pretty((SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r')) AS size`);
  const sample = await pickSample(db, opts.base);
  console.log(`store: ${size.documents} documents, ${size.facts} facts, ${size.sentences} sentences, ` +
    `${size.items} record items, ${size.size}; pair ${sample.pair.join('-')}, document ${sample.document}, ` +
    `rare word ${sample.rareWord}\n`);

  console.log('| read | statement | verdict | execution ms | buffers (shared hit / read) |');
  console.log('| --- | ---: | --- | ---: | --- |');
  const full = [];
  for (const read of [...hotReads(sample), ...(await apiReads(sample))]) {
    const statements = await statementsOf(db, read.run);
    for (const [i, statement] of statements.entries()) {
      if (!/^\s*(WITH|SELECT)/i.test(statement.sql)) continue;
      const result = await explain(db, statement, { analyze: true });
      const buffers = /Buffers: shared( hit=(\d+))?( read=(\d+))?/.exec(result.plan);
      const forbidden = result.seqScans.filter((t) => MUST_NOT_SCAN.has(t));
      const verdict = forbidden.length ? `**FAIL: Seq Scan on ${forbidden.join(', ')}**`
        : result.seqScans.length ? `Seq Scan on ${result.seqScans.join(', ')}` : 'indexes only';
      if (forbidden.length) failed += 1;
      console.log(`| ${read.label} | ${i + 1} | ${verdict} | ${result.executionMs?.toFixed(1) ?? 'n/a'} | ` +
        `${buffers ? `${buffers[2] ?? 0} / ${buffers[4] ?? 0}` : 'n/a'} |`);
      if (opts.plans || forbidden.length) full.push(`### ${read.label}, statement ${i + 1}\n${result.plan}`);
    }
  }
  if (full.length) console.log(`\n${full.join('\n\n')}`);
  await db.close();
  console.log(`\nload average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end`);
} finally {
  if (!opts.keep) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
}
if (failed) {
  console.error(`explain-100k: ${failed} statement(s) scan a big table whole`);
  process.exit(1);
}
