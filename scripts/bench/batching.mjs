// `node --import tsx scripts/bench/batching.mjs [--docs 400] [--batches 100,7]`:
// whether the facts dyad stores depend on how an ingest is cut into batches. The same generated articles about one
// pair (told in date order, as bench-record.mjs --story 200) go into one fresh embedded store per batch size; the
// stored facts (document name and body) are compared, and those found with one batching only are listed.
// Why: a rebuild must give the same record from the same documents; if the facts themselves differ with batching
// (for instance through the people already known when a document is read), two stores of one corpus differ too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestIds, writePairCorpus } from './one-pair.mjs';

const { migrate } = await import('../../src/storage/migrate.ts');
const { openPglite } = await import('../../src/storage/pglite/index.ts');
const { createStore } = await import('../../src/storage/store.ts');

const o = { docs: 400, batches: '100,7' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const [k, v] = [argv[i], argv[i + 1]];
  if (k === '--docs') o.docs = Number(v);
  else if (k === '--batches') o.batches = v;
  else { console.error(`batching: unknown option ${k} (known: --docs, --batches)`); process.exit(2); }
}
const sizes = o.batches.split(',').map(Number);
const { dir: corpus, files } = writePairCorpus(o.docs, 'KEN-GHA', 1, { perYear: 200 });

/** The stored facts after ingesting `files` in batches of `batch`, as "document body" lines. */
async function storedFacts(batch) {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-batching-'));
  const driver = await openPglite(dir);
  try {
    await migrate(driver);
    const store = createStore(driver);
    for (let i = 0; i < files.length; i += batch) await ingestIds(store, files.slice(i, i + batch));
    const rows = await driver.query(`SELECT d.name, f.body FROM facts f JOIN document_versions v ON v.id = f.version_id
      JOIN documents d ON d.id = v.document_id WHERE v.is_latest ORDER BY d.name, f.id`);
    return rows.map((r) => `${r.name} ${JSON.stringify(r.body)}`);
  } finally {
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const runs = [];
for (const size of sizes) runs.push({ size, facts: await storedFacts(size) });
console.log(`batching: ${o.docs} generated articles about KEN-GHA, batches of ${sizes.join(' and ')}`);
for (const r of runs) console.log(`  batches of ${r.size}: ${r.facts.length} facts stored`);
const [first, ...rest] = runs;
for (const other of rest) {
  const a = new Set(first.facts);
  const b = new Set(other.facts);
  const onlyFirst = first.facts.filter((f) => !b.has(f));
  const onlyOther = other.facts.filter((f) => !a.has(f));
  console.log(`  only with batches of ${first.size}: ${onlyFirst.length}; only with batches of ${other.size}: ${onlyOther.length}`);
  for (const f of onlyFirst.slice(0, 5)) console.log(`    ${first.size}: ${f.slice(0, 200)}`);
  for (const f of onlyOther.slice(0, 5)) console.log(`    ${other.size}: ${f.slice(0, 200)}`);
}
rmSync(corpus, { recursive: true, force: true });
