// Storage of the record: which pair each fact belongs to, the consolidated items per pair and their links.
import type { FactBody } from '../shared/kinds/index';
import type { Driver } from './driver';
import { placeBetween, renumber, typeRange } from './record-positions';

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
  position: number;
  body: { type: string; docs?: string[] } & Record<string, unknown>;
}

export interface RecordStore {
  /** The latest version's facts of a document, with its name and date, to compute their pairs and blocks. */
  documentFacts(documentId: number): Promise<{ versionId: number; documentName: string; date: string | null;
    facts: { id: number; body: FactBody }[] } | null>;
  /**
   * Replaces the pairs and blocks of a document's facts; returns every block it touched before or now, marked dirty
   * (and their pairs), so an interrupted update is finished by the next catch-up.
   */
  setDocumentPairs(documentId: number, versionId: number, rows: FactBlockRow[]): Promise<PairBlocks[]>;
  /** Latest document versions whose pairs are not stored yet (an ingest interrupted before its record update). */
  unindexedDocuments(): Promise<number[]>;
  dirtyPairs(): Promise<string[]>;
  /** Blocks waiting for a recompute, by pair. */
  dirtyBlocks(): Promise<PairBlocks[]>;
  /** Every block of a pair: of its facts, its items and those waiting for a recompute. */
  pairBlocks(pair: string): Promise<string[]>;
  /** The facts of some blocks of a pair (all of them when none are named) from the latest versions, in document then text order. */
  pairFacts(pair: string, blocks?: readonly string[] | null): Promise<PairFact[]>;
  /** The blocks of some facts (in any pair). */
  factBlocks(factIds: readonly number[]): Promise<string[]>;
  /**
   * Replaces the items of some blocks of a pair (all of them for null) in one transaction and marks those blocks
   * clean; new items take positions between their neighbours (see ./record-positions.ts).
   */
  replaceBlockItems(pair: string, blocks: readonly string[] | null, items: ItemToStore[]): Promise<void>;
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

const PAIR_FACT_COLUMNS = `f.id, f.body, f.confidence, e.quote, e.char_start, d.id AS document_id,
  d.name AS document_name, d.source, v.date`;

interface PairFactRow {
  id: number; body: FactBody; confidence: number; quote: string | null; char_start: number | null; document_id: number;
  document_name: string; source: string; date: string | null; block?: string;
}

const URL_SOURCE = /^https?:\/\//i;

function toPairFact(r: PairFactRow): PairFact {
  return {
    id: r.id, body: r.body, confidence: r.confidence, quote: r.quote ?? '', documentId: r.document_id,
    documentName: r.document_name, source: r.source, url: URL_SOURCE.test(r.source) ? r.source : null, date: r.date,
    charStart: r.char_start, ...(r.block === undefined ? {} : { block: r.block }),
  };
}

/** The first evidence row of each fact, joined laterally so one fact stays one row. */
const FIRST_EVIDENCE = `LEFT JOIN LATERAL (
    SELECT quote, char_start FROM evidence WHERE evidence.fact_id = f.id ORDER BY evidence.id LIMIT 1
  ) AS e ON true`;

export function createRecordStore(driver: Driver): RecordStore {
  return {
    async documentFacts(documentId) {
      const [version] = await driver.query<{ id: number; name: string; date: string | null }>(
        `SELECT v.id, d.name, v.date FROM document_versions v JOIN documents d ON d.id = v.document_id
         WHERE v.document_id = $1 AND v.is_latest`, [documentId]);
      if (!version) return null;
      const facts = await driver.query<{ id: number; body: FactBody }>(
        'SELECT id, body FROM facts WHERE version_id = $1 ORDER BY id', [version.id]);
      return { versionId: version.id, documentName: version.name, date: version.date, facts };
    },

    setDocumentPairs(documentId, versionId, rows) {
      return driver.transaction(async (tx) => {
        const before = await tx.query<{ pair: string; block: string }>(
          'DELETE FROM record_fact_pairs WHERE document_id = $1 RETURNING pair, block', [documentId]);
        if (rows.length) {
          await tx.query(
            `INSERT INTO record_fact_pairs (fact_id, document_id, pair, block)
             SELECT r.f, $1::integer, r.p, r.b FROM jsonb_to_recordset($2::jsonb) AS r(f integer, p text, b text)
             ON CONFLICT DO NOTHING`,
            [documentId, JSON.stringify(rows.map((r) => ({ f: r.factId, p: r.pair, b: r.block })))]);
        }
        await tx.query(
          `INSERT INTO record_documents (document_id, version_id) VALUES ($1, $2)
           ON CONFLICT (document_id) DO UPDATE SET version_id = excluded.version_id`, [documentId, versionId]);
        const touched = byPair([...before, ...rows]);
        await markBlocksDirty(tx, touched);
        return touched;
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

    async dirtyBlocks() {
      return byPair(await driver.query<{ pair: string; block: string }>('SELECT pair, block FROM record_dirty_blocks'));
    },

    async pairBlocks(pair) {
      return (await driver.query<{ block: string }>(
        `SELECT block FROM record_fact_pairs WHERE pair = $1 UNION SELECT block FROM record_items WHERE pair = $1
         UNION SELECT block FROM record_dirty_blocks WHERE pair = $1 ORDER BY block`, [pair])).map((r) => r.block);
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

    replaceBlockItems(pair, blocks, items) {
      return driver.transaction(async (tx) => {
        await tx.query('INSERT INTO record_pairs (pair) VALUES ($1) ON CONFLICT (pair) DO NOTHING', [pair]);
        const only = blocks && [...blocks];
        const deleted = await tx.query<{ id: number }>(
          'DELETE FROM record_items WHERE pair = $1 AND ($2::text[] IS NULL OR block = ANY($2::text[])) RETURNING id',
          [pair, only]);
        const sorted = [...items].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
        if (sorted.length) await insertItems(tx, pair, sorted, only === null);
        await tx.query('DELETE FROM record_dirty_blocks WHERE pair = $1 AND ($2::text[] IS NULL OR block = ANY($2::text[]))',
          [pair, only]);
        await tx.query(
          `UPDATE record_pairs SET items = items - $2 + $3, updated_at = clock_timestamp(),
             dirty = EXISTS (SELECT 1 FROM record_dirty_blocks b WHERE b.pair = $1)
           WHERE pair = $1`, [pair, deleted.length, sorted.length]);
      });
    },

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
          + 'DELETE FROM record_fact_pairs; DELETE FROM record_documents; DELETE FROM record_dirty_blocks;');
      });
    },
  };
}

/** Rows grouped by pair, each pair's blocks once and sorted. */
function byPair(rows: readonly { pair: string; block: string }[]): PairBlocks[] {
  const map = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!map.has(r.pair)) map.set(r.pair, new Set());
    map.get(r.pair)!.add(r.block);
  }
  return [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([pair, blocks]) => ({ pair, blocks: [...blocks].sort() }));
}

async function markBlocksDirty(db: Driver, touched: readonly PairBlocks[]): Promise<void> {
  if (!touched.length) return;
  await db.query(
    `INSERT INTO record_dirty_blocks (pair, block)
     SELECT r.p, r.b FROM jsonb_to_recordset($1::jsonb) AS r(p text, b text) ON CONFLICT DO NOTHING`,
    [JSON.stringify(touched.flatMap((t) => t.blocks.map((b) => ({ p: t.pair, b }))))]);
  await markDirtyIn(db, touched.map((t) => t.pair));
}

/**
 * Inserts a pair's new items (in sort-key order) with their links, each at a position between its stored neighbours
 * (or, for a whole pair, numbered afresh).
 */
async function insertItems(tx: Driver, pair: string, items: readonly ItemToStore[], wholePair: boolean): Promise<void> {
  // A whole pair is numbered afresh: looking for neighbours would only walk the index entries just deleted.
  const positions = wholePair ? renumber(items.map((i) => i.body)) : await positionsAmongNeighbours(tx, pair, items);
  const ids = await tx.query<{ id: number; position: number }>(
    `INSERT INTO record_items (pair, position, type, body, block, sort_key)
     SELECT $1::text, i.n, i.b ->> 'type', i.b, i.k, i.s FROM jsonb_to_recordset($2::jsonb) AS i(n integer, b jsonb, k text, s text)
     RETURNING id, position`,
    [pair, JSON.stringify(items.map((item, n) => ({ n: positions[n], b: item.body, k: item.block, s: item.sortKey })))]);
  const idAt = new Map(ids.map((r) => [r.position, r.id]));
  const links = items.flatMap((item, n) => item.factIds.map((f) => ({ i: idAt.get(positions[n]), f })));
  if (links.length) {
    await tx.query(
      `INSERT INTO record_links (item_id, fact_id, document_id)
       SELECT l.i, l.f, v.document_id FROM jsonb_to_recordset($1::jsonb) AS l(i integer, f integer)
       JOIN facts f ON f.id = l.f JOIN document_versions v ON v.id = f.version_id
       ON CONFLICT DO NOTHING`, [JSON.stringify(links)]);
  }
}

/** Positions for new items between their stored neighbours, found through the (pair, sort_key) index in one statement. */
async function positionsAmongNeighbours(tx: Driver, pair: string, items: readonly ItemToStore[]): Promise<number[]> {
  const neighbours = await tx.query<{ n: number; before: number | null; after: number | null }>(
    `SELECT k.n,
       (SELECT i.position FROM record_items i WHERE i.pair = $1 AND i.sort_key < k.key COLLATE "C"
          AND i.sort_key >= k.low COLLATE "C" ORDER BY i.sort_key DESC LIMIT 1) AS before,
       (SELECT i.position FROM record_items i WHERE i.pair = $1 AND i.sort_key > k.key COLLATE "C"
          AND i.sort_key < k.high COLLATE "C" ORDER BY i.sort_key LIMIT 1) AS after
     FROM jsonb_to_recordset($2::jsonb) AS k(n integer, key text, low text, high text) ORDER BY k.n`,
    [pair, JSON.stringify(items.map((item, n) => ({ n, key: item.sortKey, ...typeRange(item.body.type) })))]);
  const placed = placeBetween(neighbours.map((r, n) => ({ type: items[n].body.type, before: r.before, after: r.after })));
  return placed ?? renumberPair(tx, pair, items);
}

/**
 * Gives every stored item of the pair and the new ones fresh positions, a STEP apart; returns the new ones'. Stored
 * items are first moved to negative numbers so that no two rows ever hold one position on the way.
 */
async function renumberPair(tx: Driver, pair: string, fresh: readonly ItemToStore[]): Promise<number[]> {
  const stored = await tx.query<{ id: number; type: string; sort_key: string }>(
    'SELECT id, type, sort_key FROM record_items WHERE pair = $1', [pair]);
  const all = [...stored.map((r) => ({ id: r.id as number | null, n: -1, type: r.type, key: r.sort_key })),
    ...fresh.map((item, n) => ({ id: null, n, type: item.body.type, key: item.sortKey }))]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const positions = renumber(all);
  await tx.query('UPDATE record_items SET position = -1 - position WHERE pair = $1', [pair]);
  const moves = all.flatMap((x, k) => (x.id === null ? [] : [{ id: x.id, p: positions[k] }]));
  if (moves.length) {
    await tx.query(
      `UPDATE record_items i SET position = m.p FROM jsonb_to_recordset($1::jsonb) AS m(id integer, p integer)
       WHERE i.id = m.id`, [JSON.stringify(moves)]);
  }
  const out: number[] = new Array(fresh.length);
  all.forEach((x, k) => { if (x.id === null) out[x.n] = positions[k]; });
  return out;
}

async function markDirtyIn(db: Driver, pairs: string[]): Promise<void> {
  if (!pairs.length) return;
  await db.query(
    `INSERT INTO record_pairs (pair, dirty) SELECT p, true FROM jsonb_array_elements_text($1::jsonb) AS p
     ON CONFLICT (pair) DO UPDATE SET dirty = true`, [JSON.stringify(pairs)]);
}
