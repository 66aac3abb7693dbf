// `node --import tsx scripts/bench/rebuild-statements.mjs DIR`: `dyad rebuild` of the embedded store in DIR, with the
// time of each kind of statement it runs (count, ms, rows returned), to see where a record rebuild's time goes.
// Why: the record keeper sends a few batch statements per 200 pairs (storage/record-batch.ts); which of them is
// costly, and how much is the consolidation itself (the rest), is not visible in a CPU profile of the database.
// Rebuilding changes nothing a rebuild would not: run it on a copy if the store is in use.
const { openPglite } = await import('../../src/storage/pglite/index.ts');
const { migrate } = await import('../../src/storage/migrate.ts');
const { createRecordKeeper } = await import('../../src/service/record.ts');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node --import tsx scripts/bench/rebuild-statements.mjs STORE_DIR');
  process.exit(2);
}
const driver = await openPglite(dir);
await migrate(driver);
const stats = new Map();
/** A statement's kind: its first 90 characters, spaces collapsed. */
const kindOf = (sql) => sql.replace(/\s+/g, ' ').trim().slice(0, 90);
const timed = (d) => ({
  ...d,
  location: d.location,
  backend: d.backend,
  async query(sql, params, options) {
    const t0 = performance.now();
    const rows = await d.query(sql, params, options);
    const s = stats.get(kindOf(sql)) ?? { n: 0, ms: 0, rows: 0 };
    s.n += 1;
    s.ms += performance.now() - t0;
    s.rows += rows.length;
    stats.set(kindOf(sql), s);
    return rows;
  },
  exec: (sql) => d.exec(sql),
  transaction: (fn) => d.transaction((tx) => fn(timed(tx))),
  close: () => d.close(),
});
try {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await createRecordKeeper(timed(driver)).rebuild();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const inStatements = [...stats.values()].reduce((sum, s) => sum + s.ms, 0);
  console.log(`rebuilt ${result.pairs} pairs, ${result.items} items: ${(wall / 1000).toFixed(2)} s wall, `
    + `${((c.user + c.system) / 1e6).toFixed(2)} s CPU, ${(inStatements / 1000).toFixed(2)} s of it in statements`);
  console.log('\n| ms | statements | rows returned | statement |\n| ---: | ---: | ---: | --- |');
  for (const [sql, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
    console.log(`| ${s.ms.toFixed(0)} | ${s.n} | ${s.rows} | \`${sql}\` |`);
  }
} finally {
  await driver.close();
}
