// `node --import tsx scripts/bench/record-trace.mjs [--docs 1000] [--updates 20] [--pair KEN-GHA] [--profile FILE]
//   [--story PER_YEAR]`:
// where one document's record update spends its time in a pair that already holds `docs` documents.
// Why: issue 8 point 6 wants the update to cost what the new document's facts cost, and bench-record.mjs shows that it
// grows with the pair. This tells what grows: the size of the blocks (by kind) a document's facts fall in, the
// statements an update runs (time and rows, per statement), and how many sources the pair's items have (big blocks of
// distinct items, or busy items). With --profile, a CPU profile of the updates alone is written to FILE.
// Generated articles (scripts/bench) about one pair go into a fresh embedded store in batches of 200, then `updates`
// more documents one at a time, each ingested and then timed through its record update. --story N: the pair's story
// told in date order, N articles a year, with a stable cast (see bench-record.mjs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestIds, writePairCorpus } from './one-pair.mjs';

const { migrate } = await import('../../src/storage/migrate.ts');
const { openPglite } = await import('../../src/storage/pglite/index.ts');
const { createStore } = await import('../../src/storage/store.ts');
const { createRecordKeeper } = await import('../../src/service/record.ts');
const { watchQueries } = await import('../../src/storage/testing.ts');

const o = { docs: 1000, updates: 20, pair: 'KEN-GHA', profile: '', story: 0 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const [k, v] = [argv[i], argv[i + 1]];
  if (k === '--docs' || k === '--updates' || k === '--story') o[k.slice(2)] = Number(v);
  else if (k === '--pair' || k === '--profile') o[k.slice(2)] = v;
  else { console.error(`record-trace: unknown option ${k} (known: --docs, --updates, --pair, --profile, --story)`); process.exit(2); }
}

const { dir: corpus, files } = writePairCorpus(o.docs + o.updates, o.pair, 1, o.story ? { perYear: o.story } : undefined);
const storeDir = mkdtempSync(join(tmpdir(), 'dyad-record-trace-'));
const driver = await openPglite(storeDir);
await migrate(driver);
const store = createStore(driver);
/** Per statement (its first 60 characters): runs, milliseconds, rows. */
const statements = new Map();
let started = 0;
const traced = watchQueries(driver, {
  async before() { started = performance.now(); },
  after(sql, rows) {
    const key = sql.replace(/\s+/g, ' ').trim().slice(0, 60);
    const s = statements.get(key) ?? { runs: 0, ms: 0, rows: 0 };
    s.runs += 1;
    s.ms += performance.now() - started;
    s.rows += rows.length;
    statements.set(key, s);
  },
});
const keeper = createRecordKeeper(traced);

/** Self time of a CPU profile summed by source file (or by function for native code), largest first, in ms. */
function selfTimeByFile(profile) {
  const ticks = new Map();
  profile.samples.forEach((id, n) => ticks.set(id, (ticks.get(id) ?? 0) + (profile.timeDeltas[n] ?? 0)));
  const byFile = new Map();
  for (const node of profile.nodes) {
    const { url, functionName } = node.callFrame;
    const file = url ? url.split('/').slice(-2).join('/') : `(${functionName || 'native'})`;
    byFile.set(file, (byFile.get(file) ?? 0) + (ticks.get(node.id) ?? 0) / 1000);
  }
  return [...byFile].sort((a, b) => b[1] - a[1]);
}

try {
  for (let i = 0; i < o.docs; i += 200) await keeper.updateDocuments(await ingestIds(store, files.slice(i, Math.min(o.docs, i + 200))));
  const sizes = new Map((await driver.query('SELECT pair, block, count(*)::int AS n FROM record_fact_pairs GROUP BY 1, 2'))
    .map((r) => [`${r.pair} ${r.block}`, r.n]));
  const byKind = new Map();
  for (const [key, n] of sizes) {
    const kind = key.split(' ')[1];
    const k = byKind.get(kind) ?? { blocks: 0, facts: 0, most: 0 };
    k.blocks += 1;
    k.facts += n;
    k.most = Math.max(k.most, n);
    byKind.set(kind, k);
  }
  console.log(`record-trace: ${o.docs} generated articles about ${o.pair} in an embedded store, then ${o.updates} one by one\n`);
  console.log('| block kind | blocks | facts | most facts in one block | facts read per update (mean) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const readByKind = new Map();
  statements.clear();
  const session = o.profile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  let total = 0;
  let profiled = null;
  for (const file of files.slice(o.docs)) {
    const [id] = await ingestIds(store, [file]);
    const t0 = performance.now();
    await keeper.updateDocuments([id]);
    total += performance.now() - t0;
    // The blocks the document's facts fall in, each counted at its size before the document came.
    const touched = await driver.query('SELECT DISTINCT pair, block FROM record_fact_pairs WHERE document_id = $1', [id]);
    for (const t of touched) {
      const kind = t.block.split(' ')[0];
      readByKind.set(kind, (readByKind.get(kind) ?? 0) + (sizes.get(`${t.pair} ${t.block}`) ?? 0));
    }
  }
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(o.profile, JSON.stringify(profile));
    profiled = selfTimeByFile(profile);
  }
  for (const [kind, k] of [...byKind].sort((a, b) => b[1].facts - a[1].facts)) {
    console.log(`| ${kind} | ${k.blocks} | ${k.facts} | ${k.most} | ${((readByKind.get(kind) ?? 0) / o.updates).toFixed(1)} |`);
  }
  console.log(`\nupdate per document: ${(total / o.updates).toFixed(1)} ms wall (mean of ${o.updates})\n`);
  console.log('| statement | runs per update | ms per update | rows per update |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [sql, s] of [...statements].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`| \`${sql.replace(/\|/g, '\\|')}\` | ${(s.runs / o.updates).toFixed(1)} | ${(s.ms / o.updates).toFixed(2)} | ${(s.rows / o.updates).toFixed(1)} |`);
  }
  if (profiled) {
    console.log('\n| where the CPU went (self time, by file; PGlite is its WebAssembly and its dist chunks) | ms per update |');
    console.log('| --- | ---: |');
    for (const [file, ms] of profiled.slice(0, 12)) console.log(`| ${file} | ${(ms / o.updates).toFixed(1)} |`);
  }
  console.log('\n| item type | items | sources per item (mean) | most sources | body bytes (mean) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const items = await driver.query(
    `SELECT type, count(*)::int AS n, avg(jsonb_array_length(body -> 'sources'))::float8 AS sources,
       max(jsonb_array_length(body -> 'sources'))::int AS most, avg(pg_column_size(body))::int AS bytes
     FROM record_items GROUP BY type ORDER BY n DESC`);
  for (const r of items) console.log(`| ${r.type} | ${r.n} | ${r.sources.toFixed(1)} | ${r.most} | ${r.bytes} |`);
} finally {
  await driver.close();
  rmSync(storeDir, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
}
