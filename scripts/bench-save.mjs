// `node scripts/bench-save.mjs`: the store's write path alone — statements, time and CPU per document saved.
// Extracts --n generated articles (scripts/bench) in this process first, then saves them into a fresh store of each
// backend and reports, per statement kind, how many each document sends and the time they take, with the CPU
// the whole process spent per document while saving (the database's own CPU too on the embedded store; on
// PostgreSQL the server's CPU is another process, reported separately from /proc when the server is local).
// Usage: node scripts/bench-save.mjs [--n 300] [--runs 1] [--backend pglite|postgres|both] [--batch 1]
//   --batch  documents saved per transaction through store.saveDocuments (1: one saveDocument call each)
// PostgreSQL: DYAD_TEST_PG_URL or DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test (a schema of its own).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { register } from 'tsx/esm/api';
import { generate } from './bench/generate.mjs';

register();
const { extract } = await import('../src/service/extract.ts');
const { openDatabase } = await import('../src/storage/index.ts');
const { createStore } = await import('../src/storage/store.ts');

function parseArgs(argv) {
  const o = { n: 300, runs: 1, backend: 'both', batch: 1 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in o)) {
      console.error(`bench-save: unknown option ${argv[i]} (known: --n, --runs, --backend, --batch)`);
      process.exit(2);
    }
    o[key] = key === 'backend' ? argv[i + 1] : Number(argv[i + 1]);
  }
  return o;
}

/** A statement's kind: the table it writes, or the first table it reads, or what it does. */
function kindOf(sql) {
  const m = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.exec(sql)
    ?? /pg_advisory_xact_lock/.exec(sql)
    ?? /INSERT INTO (\w+)/i.exec(sql) ?? /^\s*UPDATE (\w+)/i.exec(sql) ?? /FROM (\w+)/i.exec(sql);
  return m ? (m[1] ?? m[0]).toLowerCase() : sql.trim().slice(0, 20);
}

/** The driver with every statement counted and timed by kind (transactions' own BEGIN/COMMIT included). */
function counting(driver, stats) {
  const note = async (sql, run) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    try {
      return await run();
    } finally {
      const s = stats.get(kindOf(sql)) ?? { count: 0, ms: 0, cpu: 0 };
      const c = process.cpuUsage(c0);
      s.count += 1;
      s.ms += performance.now() - t0;
      // This process's CPU while the statement ran: on the embedded store that is the database's own work.
      s.cpu += (c.user + c.system) / 1000;
      stats.set(kindOf(sql), s);
    }
  };
  const wrap = (d) => ({
    ...d,
    query: (sql, params, options) => note(sql, () => d.query(sql, params, options)),
    exec: (sql) => note(sql, () => d.exec(sql)),
    transaction: (fn) => {
      const t0 = performance.now();
      return d.transaction((tx) => fn(wrap(tx))).finally(() => {
        const s = stats.get('transaction (BEGIN, COMMIT, wait)') ?? { count: 0, ms: 0, cpu: null, outer: true };
        s.count += 1;
        s.ms += performance.now() - t0;
        stats.set('transaction (BEGIN, COMMIT, wait)', s);
      });
    },
  });
  return wrap(driver);
}

/** CPU seconds of the PostgreSQL server's processes, when they run on this machine and can be read. */
async function serverCpu(admin) {
  try {
    const { readFileSync, readdirSync } = await import('node:fs');
    const [{ pid }] = (await admin.query('SELECT pg_backend_pid() AS pid')).rows;
    // The postmaster is the backend's parent; its children are every server process.
    const stat = (p) => readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
    const parent = stat(pid)[1];
    let ticks = 0;
    for (const p of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
      try {
        const s = stat(p);
        if (s[1] === parent) ticks += Number(s[11]) + Number(s[12]);
      } catch { /* gone meanwhile */ }
    }
    return ticks / 100;
  } catch {
    return null;
  }
}

async function extracted(n) {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-save-'));
  try {
    generate({ n, dir, seed: 1 });
    const docs = [];
    await extract([dir], { workers: 1 }, { onDocument: (d) => { docs.push(d); } });
    return docs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function saveAll(driver, docs, batch) {
  const stats = new Map();
  const store = createStore(counting(driver, stats));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  if (batch > 1 && store.saveDocuments) {
    for (let i = 0; i < docs.length; i += batch) {
      await store.saveDocuments(docs.slice(i, i + batch).map((d) => ({ doc: d.document, sentences: d.sentences, facts: d.facts })));
    }
  } else {
    for (const d of docs) await store.saveDocument(d.document, d.sentences, d.facts);
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { stats, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

function report(name, docs, { stats, wall, cpu }, serverCpuS) {
  const n = docs.length;
  const statements = [...stats].filter(([k, s]) => !s.outer).reduce((x, [, s]) => x + s.count, 0);
  console.log(`\n### ${name}: ${n} documents (${docs.reduce((x, d) => x + d.facts.length, 0)} facts)\n`);
  console.log('| statement kind | per document | wall ms per document | process CPU ms per document |\n| --- | ---: | ---: | ---: |');
  for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`| ${k} | ${(s.count / n).toFixed(2)} | ${(s.ms / n).toFixed(2)} | ${s.cpu == null ? '' : (s.cpu / n).toFixed(2)} |`);
  }
  console.log(`\n| backend | statements per document | wall ms per document | documents/s (saving alone) | ` +
    'process CPU ms per document | server CPU ms per document |\n| --- | ---: | ---: | ---: | ---: | ---: |');
  console.log(`| ${name} | ${(statements / n).toFixed(2)} | ${(wall / n).toFixed(2)} | ${(n / (wall / 1000)).toFixed(1)} | ` +
    `${(cpu / n).toFixed(2)} | ${serverCpuS == null ? 'n/a' : ((serverCpuS * 1000) / n).toFixed(2)} |`);
}

const opts = parseArgs(process.argv.slice(2));
console.log(`bench-save: ${cpus().length} cores, node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const docs = await extracted(opts.n);
console.log(`extracted ${docs.length} documents; batch ${opts.batch}`);

for (let run = 1; run <= opts.runs; run++) {
  if (opts.backend !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-save-db-'));
    try {
      const driver = await openDatabase({ dataDir: dir, url: '' });
      report(`PGlite, run ${run}`, docs, await saveAll(driver, docs, opts.batch), null);
      await driver.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (opts.backend !== 'pglite') {
    const server = process.env.DYAD_TEST_PG_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `dyad_bench_save_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(server);
    url.searchParams.set('options', `-c search_path=${schema}`);
    try {
      const driver = await openDatabase({ url: url.toString() });
      const before = await serverCpu(admin);
      const result = await saveAll(driver, docs, opts.batch);
      const after = await serverCpu(admin);
      report(`PostgreSQL, run ${run}`, docs, result, before == null || after == null ? null : after - before);
      await driver.close();
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
}
console.log(`\nload average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end`);
