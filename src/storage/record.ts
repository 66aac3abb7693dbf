// Storage of the record: which pair each fact belongs to, the consolidated items per pair and their links, and the
// reads of them; the writes of many pairs at once are in ./record-batch.ts.
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
  /** Where the fact's first evidence starts in its document's text (null without evidence). */
  charStart: number | null;
  /** The block of the fact in this pair (src/record/blocks.ts); absent for facts read through an item. */
  block?: string;
}

/** A consolidated item to store: its Record v1 body, the facts it came from, its block and its sort key. */
export interface ItemToStore {
  body: { type: string } & Record<string, unknown>;
  factIds: number[];
  block: string;
  sortKey: string;
}

/** A fact's place in the record: its pair and its block there. */
export interface FactBlockRow { factId: number; pair: string; block: string }

/** Blocks of one pair. */
export interface PairBlocks { pair: string; blocks: string[] }

export interface StoredItem {
  id: number;
  pair: string;
  body: { type: string; docs?: string[] } & Record<string, unknown>;
}

export interface RecordStore {
  /** Latest document versions whose pairs are not stored yet (an ingest interrupted before its record update). */
  unindexedDocuments(): Promise<number[]>;
  dirtyPairs(): Promise<string[]>;
  /** The facts of some blocks of a pair (all of them when none are named) from the latest versions, in document then text order. */
  pairFacts(pair: string, blocks?: readonly string[] | null): Promise<PairFact[]>;
  /** The blocks of some facts (in any pair). */
  factBlocks(factIds: readonly number[]): Promise<string[]>;
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

export const PAIR_FACT_COLUMNS = `f.id, f.body, f.confidence, e.quote, e.char_start, d.id AS document_id,
  d.name AS document_name, d.source, v.date`;

export interface PairFactRow {
  id: number; body: FactBody; confidence: number; quote: string | null; char_start: number | null; document_id: number;
  document_name: string; source: string; date: string | null; block?: string;
}

const URL_SOURCE = /^https?:\/\//i;

export function toPairFact(r: PairFactRow): PairFact {
  return {
    id: r.id, body: r.body, confidence: r.confidence, quote: r.quote ?? '', documentId: r.document_id,
    documentName: r.document_name, source: r.source, url: URL_SOURCE.test(r.source) ? r.source : null, date: r.date,
    charStart: r.char_start, ...(r.block === undefined ? {} : { block: r.block }),
  };
}

/** The first evidence row of each fact, joined laterally so one fact stays one row. */
export const FIRST_EVIDENCE = `LEFT JOIN LATERAL (
    SELECT quote, char_start FROM evidence WHERE evidence.fact_id = f.id ORDER BY evidence.id LIMIT 1
  ) AS e ON true`;

export function createRecordStore(driver: Driver): RecordStore {
  return {
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

    async pairFacts(pair, blocks) {
      const rows = await driver.query<PairFactRow>(
        `SELECT ${PAIR_FACT_COLUMNS}, p.block
         FROM record_fact_pairs p
         JOIN facts f ON f.id = p.fact_id
         JOIN document_versions v ON v.id = f.version_id AND v.is_latest
         JOIN documents d ON d.id = v.document_id
         ${FIRST_EVIDENCE}
         WHERE p.pair = $1 AND ($2::text[] IS NULL OR p.block = ANY($2::text[]))
         ORDER BY d.name, e.char_start NULLS LAST, f.id`, [pair, blocks ? [...blocks] : null]);
      return rows.map(toPairFact);
    },

    async factBlocks(factIds) {
      if (!factIds.length) return [];
      return (await driver.query<{ block: string }>(
        'SELECT DISTINCT block FROM record_fact_pairs WHERE fact_id = ANY($1::integer[]) ORDER BY block',
        [[...factIds]])).map((r) => r.block);
    },

    async listPairs() {
      const rows = await driver.query<{ pair: string; items: number; dirty: boolean; updated_at: Date | string }>(
        'SELECT pair, items, dirty, updated_at FROM record_pairs ORDER BY pair');
      return rows.map((r) => ({ pair: r.pair, items: r.items, dirty: r.dirty,
        updatedAt: new Date(r.updated_at).toISOString() }));
    },

    async listItems(filter = {}) {
      return driver.query<StoredItem>(
        `SELECT id, pair, body FROM record_items
         WHERE ($1::text IS NULL OR pair = $1) AND ($2::text IS NULL OR type = $2)
         ORDER BY pair, sort_key, id`, [filter.pair ?? null, filter.type ?? null]);
    },

    async getItem(id) {
      const [row] = await driver.query<StoredItem>(
        'SELECT id, pair, body FROM record_items WHERE id = $1', [id]);
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
      // TRUNCATE, not DELETE: the embedded store has no autovacuum, so deleted rows stayed as dead space that every
      // later rebuild read past (three rebuilds of 10,000 documents in a row: 45.8, 50.0, 58.5 s). It locks the
      // record's tables until the transaction commits, which readers wait out as they would the rebuild's writes.
      await driver.transaction(async (tx) => {
        await tx.exec('TRUNCATE record_links, record_items, record_pairs, record_fact_pairs, record_documents, '
          + 'record_dirty_blocks');
      });
    },
  };
}
