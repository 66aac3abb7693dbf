// Search's ranking on lead vectors, its phrase check and the stored vectors it reads, on PGlite and PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from '../../storage/driver';
import { factAt, makeDoc, splitSentences } from '../../storage/fixtures';
import { migrate } from '../../storage/migrate';
import { MIGRATIONS } from '../../storage/migrations';
import { openPglite } from '../../storage/pglite';
import { openPostgres } from '../../storage/postgres';
import { createStore } from '../../storage/store';
import { freshPgSchema } from '../../storage/testing-pg';
import { search } from './search';

const backends: { name: string; fresh(): Promise<{ driver: Driver; dispose(): Promise<void> }> }[] = [
  { name: 'PGlite', async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-search-'));
    const driver = await openPglite(dir);
    return { driver, async dispose() { await driver.close(); rmSync(dir, { recursive: true, force: true }); } };
  } },
  { name: 'PostgreSQL', async fresh() {
    const schema = await freshPgSchema();
    const driver = await openPostgres(schema.url);
    return { driver, async dispose() { await driver.close(); await schema.drop(); } };
  } },
];

/** n filler words that match none of the words searched for below. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `filler${i % 7}`).join(' ') + '.';
const PAGE = { limit: 20, offset: 0 };
const names = async (driver: Driver, q: string) =>
  (await search(driver, { q }, PAGE)).items.flatMap((h) => (h.kind === 'document' ? [h.document.name] : []));

for (const backend of backends) {
  describe(`search on ${backend.name}`, () => {
    let driver: Driver;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ driver, dispose } = await backend.fresh());
      await migrate(driver);
      const store = createStore(driver);
      const docs: [string, string, string?][] = [
        // Tin in the opening, once; tin far down the text, often (past the first 100 words).
        ['tin-lead', 'Bolivia and Peru agreed on tin exports. ' + filler(150), 'Exports'],
        ['tin-deep', filler(150) + ' Tin, tin and more tin was shipped; tin prices rose.'],
        // The phrase "joint commission" in one; both words, apart, in the other.
        ['phrase', 'Ghana and Togo set up a joint commission on the border.'],
        ['apart', 'Ghana and Togo held joint patrols; a commission will study the border.'],
      ];
      for (const [name, text, title] of docs) {
        const sentences = splitSentences(text);
        const facts = name === 'phrase'
          ? [factAt(sentences, 'joint commission', { type: 'meeting', parties: ['GHA', 'TGO'], date: null, place: null })]
          : [];
        await store.saveDocument(makeDoc(`/s/${name}`, name, text, title ? { title } : {}), sentences, facts);
      }
    });
    after(async () => { await dispose?.(); });

    test('of more matches than are kept, those naming the words in their title and opening are kept', async () => {
      // 100 more documents say "tin" 17 times past their first 100 words: 102 match, 100 are kept.
      const store = createStore(driver);
      for (let i = 0; i < 100; i++) {
        const text = filler(150) + ` ${'Tin and tin. '.repeat(8)}Tin prices rose (${i}).`;
        await store.saveDocument(makeDoc(`/s/tin-deep-${i}`, `tin-deep-${i}`, text), splitSentences(text), []);
      }
      const result = await search(driver, { q: 'tin' }, { limit: 200, offset: 0 });
      assert.equal(result.total.documents, 100);
      const kept = result.items.flatMap((h) => (h.kind === 'document' ? [h.document.name] : []));
      assert.ok(kept.includes('tin-lead'), 'the document about tin is kept');
      assert.ok(!kept.includes('tin-deep'), 'the oldest of the documents naming it only further down is not');
    });

    test('a phrase finds the documents holding it, not those holding its words apart', async () => {
      assert.deepEqual(await names(driver, '"joint commission"'), ['phrase']);
      assert.deepEqual((await names(driver, 'joint commission')).sort(), ['apart', 'phrase']);
      assert.deepEqual(await names(driver, '"commission joint"'), [], 'the order of the words counts');
    });

    test('the evidence of a fact is matched on its stored vector', async () => {
      const result = await search(driver, { q: 'joint commission' }, PAGE);
      assert.equal(result.total.facts, 1);
      const [row] = await driver.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM evidence WHERE quote_search @@ to_tsquery('english', 'commission')`);
      assert.equal(row.n, 1);
    });

    test('the lead vector holds the title and the first 100 words of the text only', async () => {
      const rows = await driver.query<{ name: string; in_lead: boolean; in_full: boolean }>(
        `SELECT d.name, s.lead @@ to_tsquery('english', 'tin') AS in_lead, s.search @@ to_tsquery('english', 'tin') AS in_full
         FROM document_search s JOIN documents d ON d.id = s.document_id WHERE d.name IN ('tin-deep', 'tin-lead') ORDER BY d.name`);
      assert.deepEqual(rows, [{ name: 'tin-deep', in_lead: false, in_full: true }, { name: 'tin-lead', in_lead: true, in_full: true }]);
    });
  });

  describe(`migration 008 on ${backend.name}`, () => {
    test('fills the lead vector of the documents and the vector of the evidence stored before it', async () => {
      const { driver, dispose } = await backend.fresh();
      try {
        await migrate(driver, MIGRATIONS.filter((m) => m.version < 8));
        await driver.exec(`
          INSERT INTO documents (name, source) VALUES ('old', '/old');
          INSERT INTO document_versions (document_id, version, hash, title, text, language, size, is_latest)
            SELECT id, 1, 'h', 'Nickel deal', 'Chile and Peru signed a nickel deal. ${filler(120)} Cobalt too.', 'en', 10, true
            FROM documents;
          INSERT INTO document_search (document_id, version_id, search)
            SELECT document_id, id, to_tsvector('english', title || ' ' || text) FROM document_versions;
          INSERT INTO sentences (version_id, sentence_index, char_start, char_end, text)
            SELECT id, 0, 0, 36, 'Chile and Peru signed a nickel deal.' FROM document_versions;
          INSERT INTO facts (version_id, type, country_a, country_b, body, confidence)
            SELECT id, 'agreement', 'CHL', 'PER', '{"type": "agreement"}'::jsonb, 0.9 FROM document_versions;
          INSERT INTO evidence (fact_id, version_id, sentence_index, char_start, char_end, quote)
            SELECT f.id, f.version_id, 0, 0, 36, 'Chile and Peru signed a nickel deal.' FROM facts f;`);
        assert.deepEqual(await migrate(driver, MIGRATIONS.filter((m) => m.version <= 8)), [8]);
        const [row] = await driver.query<Record<string, boolean>>(
          `SELECT s.lead @@ to_tsquery('english', 'nickel') AS nickel, s.lead @@ to_tsquery('english', 'cobalt') AS cobalt,
                  (SELECT bool_and(quote_search @@ to_tsquery('english', 'nickel')) FROM evidence) AS evidence
           FROM document_search s`);
        assert.deepEqual(row, { nickel: true, cobalt: false, evidence: true });
        assert.deepEqual(await names(driver, 'cobalt'), ['old'], 'matched on the full vector still');
      } finally {
        await dispose();
      }
    });
  });
}
