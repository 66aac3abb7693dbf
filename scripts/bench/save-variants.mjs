// `node scripts/bench/save-variants.mjs [--n 400] [--rounds 4] [VARIANT...]`: the embedded store's save CPU with one
// index, column or storage setting taken away at a time, to see which part of a save costs what.
// Why: a save is one statement (storage/save.ts), so a profile shows only "the database". Each variant saves the
// same extracted articles (32 per transaction, as an ingest does) into a fresh store altered by its SQL; the first
// round warms the process up (V8's and the WebAssembly compilers: its figures run 20-40% high) and is left out of
// the medians; the order of the variants rotates from round to round. Prints ms of process CPU per document.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { generate } from './generate.mjs';

register();
const { extract } = await import('../../src/service/extract.ts');
const { openDatabase } = await import('../../src/storage/index.ts');
const { createStore } = await import('../../src/storage/store.ts');

/** What each variant takes away from a freshly migrated store. */
const VARIANTS = {
  base: '',
  'no search index': 'DROP INDEX document_search_vector;',
  'no quote vectors': 'ALTER TABLE evidence DROP COLUMN quote_search;',
  'no fact indexes': 'DROP INDEX facts_country_b_id; DROP INDEX facts_pair_sorted_id; DROP INDEX facts_pair_id; DROP INDEX facts_type_id;',
  'no mention and evidence indexes': 'DROP INDEX mentions_version; DROP INDEX evidence_version;',
  'text uncompressed': 'ALTER TABLE document_versions ALTER COLUMN text SET STORAGE EXTERNAL; '
    + 'ALTER TABLE document_search ALTER COLUMN search SET STORAGE EXTERNAL;',
};

const o = { n: 400, rounds: 4, which: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--n' || argv[i] === '--rounds') o[argv[i].slice(2)] = Number(argv[++i]);
  else if (argv[i] in VARIANTS) o.which.push(argv[i]);
  else {
    console.error(`save-variants: unknown argument ${argv[i]} (options --n, --rounds; variants: ${Object.keys(VARIANTS).join(', ')})`);
    process.exit(2);
  }
}
const which = o.which.length ? o.which : Object.keys(VARIANTS);

const dir = mkdtempSync(join(tmpdir(), 'dyad-save-variants-'));
const docs = [];
try {
  generate({ n: o.n, dir, seed: 3 });
  await extract([dir], { workers: 1 }, { onDocument: (d) => { docs.push(d); } });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const results = new Map(which.map((v) => [v, []]));
for (let round = 0; round < o.rounds; round++) {
  const order = [...which.slice(round % which.length), ...which.slice(0, round % which.length)];
  for (const variant of order) {
    const db = mkdtempSync(join(tmpdir(), 'dyad-save-variants-db-'));
    const driver = await openDatabase({ dataDir: db });
    try {
      if (VARIANTS[variant]) await driver.exec(VARIANTS[variant]);
      const store = createStore(driver);
      const c0 = process.cpuUsage();
      for (let i = 0; i < docs.length; i += 32) {
        await store.saveDocuments(docs.slice(i, i + 32).map((d) => ({ doc: d.document, sentences: d.sentences, facts: d.facts })));
      }
      const c = process.cpuUsage(c0);
      const ms = (c.user + c.system) / 1000 / docs.length;
      if (round > 0) results.get(variant).push(ms);
      console.log(`round ${round + 1}${round ? '' : ' (warm-up)'}: ${variant}: ${ms.toFixed(2)} ms CPU per document`);
    } finally {
      await driver.close();
      rmSync(db, { recursive: true, force: true });
    }
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`\n| variant | ms CPU per document (median of ${o.rounds - 1}) |\n| --- | ---: |`);
for (const [variant, xs] of results) console.log(`| ${variant} | ${xs.length ? median(xs).toFixed(2) : 'n/a'} |`);
