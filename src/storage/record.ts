// Storage of the record: which pair each fact belongs to, the consolidated items per pair and their links.
import type { FactBody } from '../shared/kinds/index';
import type { Driver } from './driver';

/** A fact of a pair as consolidation needs it: body, evidence, and the document it was read in. */
export interface PairFact {
  id: number;
  body: FactBody;
  confidence: number;
  quote: string;
  documentId: number;
  documentName: string;
  source: string;
  url: string | null;
  date: string | null;
}

/** A consolidated item to store: its Record v1 body and the facts it came from. */
export interface ItemToStore {
  body: { type: string } & Record<string, unknown>;
  factIds: number[];
}

export interface StoredItem {
  id: number;
  pair: string;
  position: number;
  body: { type: string; docs?: string[] } & Record<string, unknown>;
}

export interface RecordStore {
  /** The latest version's facts of a document, with their evidence, to compute their pairs. */
  documentFacts(documentId: number): Promise<{ versionId: number; facts: { id: number; body: FactBody }[] } | null>;
  /** Replaces the pairs of a document's facts; returns every pair it touched before or now, marked dirty. */
  setDocumentPairs(documentId: number, versionId: number, rows: { factId: number; pair: string }[]): Promise<string[]>;
  /** Latest document versions whose pairs are not stored yet (an ingest interrupted before its record update). */
  unindexedDocuments(): Promise<number[]>;
  dirtyPairs(): Promise<string[]>;
  /** Every fact of a pair from the latest versions, in document then text order. */
  pairFacts(pair: string): Promise<PairFact[]>;
  /** Replaces a pair's items in one transaction and marks it clean. */
  replacePairItems(pair: string, items: ItemToStore[]): Promise<void>;
  markDirty(pairs: string[]): Promise<void>;
  listPairs(): Promise<{ pair: string; items: number; dirty: boolean; updatedAt: string }[]>;
  listItems(filter?: { pair?: string; type?: string }): Promise<StoredItem[]>;
  getItem(id: number): Promise<StoredItem | null>;
  /** The facts an item was consolidated from. */
  itemFacts(itemId: number): Promise<PairFact[]>;
  /** One fact by row id with its document and the pairs it belongs to; null when there is none. */
  factById(id: number): Promise<{ id: number; body: FactBody; documentName: string; latest: boolean;
    pairs: string[] } | null>;
  /** Forgets every pair, item and link (the facts stay), before a rebuild. */
  clear(): Promise<void>;
}

const PAIR_FACT_COLUMNS = `f.id, f.body, f.confidence, e.quote, d.id AS document_id, d.name AS document_name,
  d.source, v.date`;

interface PairFactRow {
  id: number; body: FactBody; confidence: number; quote: string | null; document_id: number; document_name: string;
  source: string; date: string | null;
}

const URL_SOURCE = /^https?:\/\//i;

function toPairFact(r: PairFactRow): PairFact {
  return {
    id: r.id, body: r.body, confidence: r.confidence, quote: r.quote ?? '', documentId: r.document_id,
    documentName: r.document_name, source: r.source, url: URL_SOURCE.test(r.source) ? r.source : null, date: r.date,
  };
}

/** The first evidence row of each fact, joined laterally so one fact stays one row. */
const FIRST_EVIDENCE = `LEFT JOIN LATERAL (
    SELECT quote, char_start FROM evidence WHERE evidence.fact_id = f.id ORDER BY evidence.id LIMIT 1
  ) AS e ON true`;

export function createRecordStore(driver: Driver): RecordStore {
  return {
    async documentFacts(documentId) {
      const [version] = await driver.query<{ id: number }>(
        'SELECT id FROM document_versions WHERE document_id = $1 AND is_latest', [documentId]);
      if (!version) return null;
      const facts = await driver.query<{ id: number; body: FactBody }>(
        'SELECT id, body FROM facts WHERE version_id = $1 ORDER BY id', [version.id]);
      return { versionId: version.id, facts };
    },

    setDocumentPairs(documentId, versionId, rows) {
      return driver.transaction(async (tx) => {
        const before = await tx.query<{ pair: string }>(
          'DELETE FROM record_fact_pairs WHERE document_id = $1 RETURNING pair', [documentId]);
        if (rows.length) {
          await tx.query(
            `INSERT INTO record_fact_pairs (fact_id, document_id, pair)
             SELECT r.f, $1::integer, r.p FROM jsonb_to_recordset($2::jsonb) AS r(f integer, p text)
             ON CONFLICT DO NOTHING`,
            [documentId, JSON.stringify(rows.map((r) => ({ f: r.factId, p: r.pair })))]);
        }
        await tx.query(
          `INSERT INTO record_documents (document_id, version_id) VALUES ($1, $2)
           ON CONFLICT (document_id) DO UPDATE SET version_id = excluded.version_id`, [documentId, versionId]);
        const pairs = [...new Set([...before.map((r) => r.pair), ...rows.map((r) => r.pair)])].sort();
        await markDirtyIn(tx, pairs);
        return pairs;
      });
    },

    async unindexedDocuments() {
      const rows = await driver.query<{ document_id: number }>(
        `SELECT v.document_id FROM document_versions v
         LEFT JOIN record_documents r ON r.document_id = v.document_id AND r.version_id = v.id
         WHERE v.is_latest AND r.document_id IS NULL ORDER BY v.document_id`);
      return rows.map((r) => r.document_id);
    },

    async dirtyPairs() {
      return (await driver.query<{ pair: string }>('SELECT pair FROM record_pairs WHERE dirty ORDER BY pair'))
        .map((r) => r.pair);
    },

    async pairFacts(pair) {
      const rows = await driver.query<PairFactRow>(
        `SELECT ${PAIR_FACT_COLUMNS}
         FROM record_fact_pairs p
         JOIN facts f ON f.id = p.fact_id
         JOIN document_versions v ON v.id = f.version_id AND v.is_latest
         JOIN documents d ON d.id = v.document_id
         ${FIRST_EVIDENCE}
         WHERE p.pair = $1
         ORDER BY d.name, e.char_start NULLS LAST, f.id`, [pair]);
      return rows.map(toPairFact);
    },

    replacePairItems(pair, items) {
      return driver.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO record_pairs (pair) VALUES ($1) ON CONFLICT (pair) DO NOTHING`, [pair]);
        await tx.query('DELETE FROM record_items WHERE pair = $1', [pair]);
        if (items.length) {
          const ids = await tx.query<{ id: number; position: number }>(
            `INSERT INTO record_items (pair, position, type, body)
             SELECT $1::text, i.n, i.b ->> 'type', i.b FROM jsonb_to_recordset($2::jsonb) AS i(n integer, b jsonb)
             RETURNING id, position`,
            [pair, JSON.stringify(items.map((item, n) => ({ n, b: item.body })))]);
          const idAt = new Map(ids.map((r) => [r.position, r.id]));
          const links = items.flatMap((item, n) => item.factIds.map((f) => ({ i: idAt.get(n), f })));
          if (links.length) {
            await tx.query(
              `INSERT INTO record_links (item_id, fact_id, document_id)
               SELECT l.i, l.f, v.document_id FROM jsonb_to_recordset($1::jsonb) AS l(i integer, f integer)
               JOIN facts f ON f.id = l.f JOIN document_versions v ON v.id = f.version_id
               ON CONFLICT DO NOTHING`, [JSON.stringify(links)]);
          }
        }
        await tx.query(
          'UPDATE record_pairs SET dirty = false, items = $2, updated_at = clock_timestamp() WHERE pair = $1',
          [pair, items.length]);
      });
    },

    markDirty: (pairs) => markDirtyIn(driver, pairs),

    async listPairs() {
      const rows = await driver.query<{ pair: string; items: number; dirty: boolean; updated_at: Date | string }>(
        'SELECT pair, items, dirty, updated_at FROM record_pairs ORDER BY pair');
      return rows.map((r) => ({ pair: r.pair, items: r.items, dirty: r.dirty,
        updatedAt: new Date(r.updated_at).toISOString() }));
    },

    async listItems(filter = {}) {
      return driver.query<StoredItem>(
        `SELECT id, pair, position, body FROM record_items
         WHERE ($1::text IS NULL OR pair = $1) AND ($2::text IS NULL OR type = $2)
         ORDER BY pair, position`, [filter.pair ?? null, filter.type ?? null]);
    },

    async getItem(id) {
      const [row] = await driver.query<StoredItem>(
        'SELECT id, pair, position, body FROM record_items WHERE id = $1', [id]);
      return row ?? null;
    },

    async itemFacts(itemId) {
      const rows = await driver.query<PairFactRow>(
        `SELECT ${PAIR_FACT_COLUMNS}
         FROM record_links l
         JOIN facts f ON f.id = l.fact_id
         JOIN document_versions v ON v.id = f.version_id
         JOIN documents d ON d.id = v.document_id
         ${FIRST_EVIDENCE}
         WHERE l.item_id = $1 ORDER BY d.name, e.char_start NULLS LAST, f.id`, [itemId]);
      return rows.map(toPairFact);
    },

    async factById(id) {
      const [row] = await driver.query<{ id: number; body: FactBody; name: string; is_latest: boolean; pairs: string[] }>(
        `SELECT f.id, f.body, d.name, v.is_latest,
                coalesce((SELECT jsonb_agg(p.pair ORDER BY p.pair) FROM record_fact_pairs p WHERE p.fact_id = f.id),
                         '[]'::jsonb) AS pairs
         FROM facts f JOIN document_versions v ON v.id = f.version_id JOIN documents d ON d.id = v.document_id
         WHERE f.id = $1`, [id]);
      return row ? { id: row.id, body: row.body, documentName: row.name, latest: row.is_latest, pairs: row.pairs } : null;
    },

    async clear() {
      await driver.transaction(async (tx) => {
        await tx.exec('DELETE FROM record_links; DELETE FROM record_items; DELETE FROM record_pairs; '
          + 'DELETE FROM record_fact_pairs; DELETE FROM record_documents;');
      });
    },
  };
}

async function markDirtyIn(db: Driver, pairs: string[]): Promise<void> {
  if (!pairs.length) return;
  await db.query(
    `INSERT INTO record_pairs (pair, dirty) SELECT p, true FROM jsonb_array_elements_text($1::jsonb) AS p
     ON CONFLICT (pair) DO UPDATE SET dirty = true`, [JSON.stringify(pairs)]);
}
