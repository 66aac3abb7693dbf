// `npm run bench:record`: what a record update costs per document as one pair grows, against recomputing the pair.
// Usage: node --import tsx scripts/bench-record.mjs [--sizes 250,500,1000,2000] [--sample 40] [--pair KEN-GHA]
//          [--whole-max 500] [--seed 1] [--pg URL] [--story PER_YEAR]
// Generated articles (scripts/bench) all about one pair are ingested into a fresh store (embedded, or a fresh schema
// of the PostgreSQL database --pg names). Between checkpoints documents go in by batches; at each checkpoint the last
// `sample` documents go in one by one, and the record update of each (index its facts, recompute the blocks they
// touch) is timed apart from its ingest. Then the whole pair is recomputed once, as every ingest did before blocks,
// (up to --whole-max documents: it grows with the pair), and at the end the record is rebuilt. Times are CPU time of this process (the embedded store runs in it; with --pg
// the server's share is only in the wall time), with the statements and rows the update read (median and most: an
// update that moves crowded items reads more), and the load average.
// Two ways a pair grows: by default its articles fall at random over 14 years with people invented per article, so a
// bigger pair is more outlets covering the same years; with --story N it grows with time, N articles a year in date
// order, officials holding office for terms (scripts/bench/generate.mjs), as a followed pair's store grows.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestIds, writePairCorpus } from './bench/one-pair.mjs';

const { migrate } = await import('../src/storage/migrate.ts');
const { openPglite } = await import('../src/storage/pglite/index.ts');
const { openPostgres } = await import('../src/storage/postgres/index.ts');
const { createStore } = await import('../src/storage/store.ts');
const { createRecordKeeper } = await import('../src/service/record.ts');
const { pairName } = await import('../src/service/pairs.ts');
const { watchQueries } = await import('../src/storage/testing.ts');

function parseArgs(argv) {
  const o = { sizes: [250, 500, 1000, 2000], sample: 40, pair: 'KEN-GHA', seed: 1, pg: '', wholeMax: 500, story: 0 };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--sizes') o.sizes = v.split(',').map(Number).sort((a, b) => a - b);
    else if (k === '--sample') o.sample = Number(v);
    else if (k === '--seed') o.seed = Number(v);
    else if (k === '--whole-max') o.wholeMax = Number(v);
    else if (k === '--story') o.story = Number(v);
    else if (k === '--pair' || k === '--pg') o[k.slice(2)] = v;
    else { console.error(`bench-record: unknown option ${k} (known: --sizes, --sample, --pair, --whole-max, --seed, --pg, --story)`); process.exit(2); }
  }
  if (!o.sizes.every((n) => Number.isInteger(n) && n > 0) || !(o.sample >= 1 && o.sample <= o.sizes[0])) {
    console.error('bench-record: --sizes must be positive integers and --sample from 1 to the smallest size');
    process.exit(2);
  }
  return o;
}

/** A driver that counts the statements run through it and the rows they return, transactions included. */
function counting(driver, counts) {
  return watchQueries(driver, { after(_sql, rows) { counts.statements++; counts.rows += rows.length; } });
}

async function openFresh(o) {
  if (!o.pg) {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-record-'));
    const driver = await openPglite(dir);
    await migrate(driver);
    return { driver, dispose: async () => { await driver.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const schema = `dyad_bench_${randomBytes(5).toString('hex')}`;
  const admin = await openPostgres(o.pg);
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(o.pg);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const driver = await openPostgres(url.toString());
  await migrate(driver);
  return { driver, dispose: async () => { await driver.close(); await admin.query(`DROP SCHEMA ${schema} CASCADE`); await admin.close(); } };
}

const cpuMs = (since) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1000; };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (x) => x.toFixed(1);

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const [x, y] = o.pair.split('-');
  const pair = pairName(x, y);
  const total = o.sizes[o.sizes.length - 1];
  const { dir, files } = writePairCorpus(total, o.pair, o.seed, o.story ? { perYear: o.story } : undefined);
  const { driver, dispose } = await openFresh(o);
  const counts = { statements: 0, rows: 0 };
  const db = counting(driver, counts);
  const store = createStore(driver);
  const keeper = createRecordKeeper(db);
  const itemsOf = async () => (await driver.query('SELECT items FROM record_pairs WHERE pair = $1', [pair]))[0]?.items ?? 0;

  console.log(`bench-record: ${total} generated articles about ${pair}${o.story ? `, a story of ${o.story} a year` : ''}, `
    + `${o.pg ? 'PostgreSQL' : 'embedded store'}, `
    + `${cpus().length} cores, sample ${o.sample} documents per size`);
  console.log('| docs in pair | items | update per doc, ms CPU (median) | mean | wall ms (median) | statements / doc '
    + '| rows read / doc (median) | most | whole-pair recompute, ms CPU | load (1 min) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  let done = 0;
  try {
    for (const size of o.sizes) {
      for (const end = size - o.sample; done < end;) {
        const batch = files.slice(done, Math.min(end, done + 100));
        await keeper.updateDocuments(await ingestIds(store, batch));
        done += batch.length;
      }
      const cpu = [], wall = [], statements = [], rows = [];
      for (; done < size; done++) {
        const ids = await ingestIds(store, [files[done]]);
        counts.statements = 0;
        counts.rows = 0;
        const [c0, w0] = [process.cpuUsage(), performance.now()];
        await keeper.updateDocuments(ids);
        cpu.push(cpuMs(c0));
        wall.push(performance.now() - w0);
        statements.push(counts.statements);
        rows.push(counts.rows);
      }
      let whole = null;
      if (size <= o.wholeMax) {
        const c0 = process.cpuUsage();
        await keeper.recomputePairs([pair]);
        whole = cpuMs(c0);
      }
      console.log(`| ${size} | ${await itemsOf()} | ${fmt(median(cpu))} | ${fmt(mean(cpu))} | ${fmt(median(wall))} | `
        + `${median(statements)} | ${median(rows)} | ${Math.max(...rows)} | ${whole === null ? 'not run' : fmt(whole)} | `
        + `${loadavg()[0].toFixed(2)} |`);
    }
    const [c0, w0] = [process.cpuUsage(), performance.now()];
    const rebuilt = await keeper.rebuild();
    console.log(`\nrebuild of ${total} documents (${rebuilt.pairs} pairs, ${rebuilt.items} items): ${fmt(cpuMs(c0) / 1000)} s CPU, `
      + `${fmt((performance.now() - w0) / 1000)} s wall, load ${loadavg()[0].toFixed(2)}`);
  } finally {
    await dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
