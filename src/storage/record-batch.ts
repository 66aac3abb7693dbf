// The record's writes for many documents and pairs at once: a bounded number of statements per batch, not per pair.
//
// Why: after an ingest the record of every pair its documents touch is recomputed. Done pair by pair, that was about
// ten statements per pair (1,764 pairs for 1,000 generated articles), and the statements, not the consolidation,
// took most of the time. Here each step reads or writes the rows of every pair of a batch in one statement, with
// the pairs' rows passed as arrays (unnest) or JSON records (jsonb_to_recordset), so PGlite and PostgreSQL run the
// same SQL.
import { createHash } from 'node:crypto';
import type { FactBody } from '../shared/kinds/index';
import { DyadError } from '../shared/errors';
import type { Driver } from './driver';
import { FIRST_EVIDENCE, PAIR_FACT_COLUMNS, toPairFact, type FactBlockRow, type ItemToStore, type PairBlocks,
  type PairFact, type PairFactRow } from './record';

/** A document's latest version and its facts, as indexing needs them. */
export interface DocumentFacts {
  documentId: number;
  versionId: number;
  documentName: string;
  date: string | null;
  facts: { id: number; body: FactBody }[];
}

/** The pairs and blocks of a document's facts, to store in place of the ones it had. */
export interface DocumentIndex {
  documentId: number;
  versionId: number;
  rows: FactBlockRow[];
}

/** New items for some blocks of a pair, or for the whole pair (`whole`: every item it had is among the blocks). */
export interface PairItems {
  pair: string;
  blocks: readonly string[];
  items: readonly ItemToStore[];
  whole: boolean;
}

/** Advisory lock keys: one space for pairs, one for documents (hashtext of a prefixed name). */
const PAIR_LOCK = 'dyad record ';
const DOCUMENT_LOCK = 'dyad record document ';

/**
 * Takes the transaction-scoped locks of some names, in the order of their keys, so that two transactions locking
 * overlapping sets always queue on the first lock they share and never hold one each of two (a deadlock). Two names
 * with one hash are one lock, taken once.
 */
async function lockNames(tx: Driver, names: readonly string[]): Promise<void> {
  if (!names.length) return;
  await tx.query(
    `SELECT pg_advisory_xact_lock(k) FROM (
       SELECT DISTINCT hashtext(n) AS k FROM unnest($1::text[]) AS n ORDER BY k
     ) AS keys`, [[...names]]);
}

/** Rows grouped by pair, each pair's blocks once and sorted, pairs sorted. */
export function byPair(rows: readonly { pair: string; block: string }[]): PairBlocks[] {
  const map = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!map.has(r.pair)) map.set(r.pair, new Set());
    map.get(r.pair)!.add(r.block);
  }
  return [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([pair, blocks]) => ({ pair, blocks: [...blocks].sort() }));
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The latest versions and facts of some documents (those that still have one), in document id order. */
export async function documentsFacts(db: Driver, documentIds: readonly number[]): Promise<DocumentFacts[]> {
  if (!documentIds.length) return [];
  const versions = await db.query<{ document_id: number; id: number; name: string; date: string | null }>(
    `SELECT v.document_id, v.id, d.name, v.date FROM document_versions v JOIN documents d ON d.id = v.document_id
     WHERE v.document_id = ANY($1::integer[]) AND v.is_latest ORDER BY v.document_id`, [[...documentIds]]);
  if (!versions.length) return [];
  const facts = await db.query<{ id: number; version_id: number; body: FactBody }>(
    'SELECT id, version_id, body FROM facts WHERE version_id = ANY($1::integer[]) ORDER BY id',
    [versions.map((v) => v.id)]);
  const factsOf = new Map<number, { id: number; body: FactBody }[]>(versions.map((v) => [v.id, []]));
  for (const f of facts) factsOf.get(f.version_id)!.push({ id: f.id, body: f.body });
  return versions.map((v) => ({ documentId: v.document_id, versionId: v.id, documentName: v.name, date: v.date,
    facts: factsOf.get(v.id)! }));
}

/**
 * Replaces the pairs and blocks of some documents' facts in one transaction; returns every block they touched before
 * or now (and their pairs), each marked dirty, so that an update interrupted before its recompute is finished by the
 * next catch-up. The documents are locked first, so two processes indexing one document take turns.
 */
export function setDocumentsPairs(driver: Driver, docs: readonly DocumentIndex[]): Promise<PairBlocks[]> {
  if (!docs.length) return Promise.resolve([]);
  const ids = docs.map((d) => d.documentId);
  return driver.transaction(async (tx) => {
    await lockNames(tx, ids.map((id) => `${DOCUMENT_LOCK}${id}`));
    const before = await tx.query<{ pair: string; block: string }>(
      'DELETE FROM record_fact_pairs WHERE document_id = ANY($1::integer[]) RETURNING pair, block', [ids]);
    const rows = docs.flatMap((d) => d.rows.map((r) => ({ ...r, documentId: d.documentId })));
    if (rows.length) {
      await tx.query(
        `INSERT INTO record_fact_pairs (fact_id, document_id, pair, block)
         SELECT * FROM unnest($1::integer[], $2::integer[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
        [rows.map((r) => r.factId), rows.map((r) => r.documentId), rows.map((r) => r.pair), rows.map((r) => r.block)]);
    }
    await tx.query(
      `INSERT INTO record_documents (document_id, version_id) SELECT * FROM unnest($1::integer[], $2::integer[])
       ON CONFLICT (document_id) DO UPDATE SET version_id = excluded.version_id`, [ids, docs.map((d) => d.versionId)]);
    const touched = byPair([...before, ...rows]);
    await markBlocksDirty(tx, touched);
    return touched;
  });
}

/**
 * Marks blocks dirty: one new mark per block, never merged into a mark that a recompute is clearing (migration 007),
 * and the pairs flagged, in pair order so that two transactions lock their rows in one order.
 */
async function markBlocksDirty(tx: Driver, touched: readonly PairBlocks[]): Promise<void> {
  if (!touched.length) return;
  const marks = touched.flatMap((t) => t.blocks.map((block) => ({ pair: t.pair, block })));
  await tx.query('INSERT INTO record_dirty_blocks (pair, block) SELECT * FROM unnest($1::text[], $2::text[])',
    [marks.map((m) => m.pair), marks.map((m) => m.block)]);
  await tx.query(
    `INSERT INTO record_pairs (pair, dirty) SELECT p, true FROM unnest($1::text[]) AS p
     ON CONFLICT (pair) DO UPDATE SET dirty = true`, [touched.map((t) => t.pair).sort(byKey)]);
}

/** The pairs with blocks waiting for a recompute. */
export async function dirtyBlockPairs(db: Driver): Promise<string[]> {
  return (await db.query<{ pair: string }>('SELECT DISTINCT pair FROM record_dirty_blocks ORDER BY pair'))
    .map((r) => r.pair);
}

/** Takes the record locks of some pairs for the rest of the transaction (see lockNames). */
export function lockPairs(tx: Driver, pairs: readonly string[]): Promise<void> {
  return lockNames(tx, pairs.map((p) => `${PAIR_LOCK}${p}`));
}

/**
 * Takes the dirty marks of some pairs: deletes them and returns their blocks. Called holding the pairs' locks and
 * before their facts are read, so that a mark committed by now comes with its facts into this recompute, and a mark
 * committed later is left for the next one; rolled back with the transaction when the recompute fails.
 */
export async function claimDirtyBlocks(tx: Driver, pairs: readonly string[]): Promise<PairBlocks[]> {
  if (!pairs.length) return [];
  return byPair(await tx.query<{ pair: string; block: string }>(
    'DELETE FROM record_dirty_blocks WHERE pair = ANY($1::text[]) RETURNING pair, block', [[...pairs]]));
}

/** Every block of some pairs: of their facts, their items and their dirty marks. */
export async function pairsBlocks(db: Driver, pairs: readonly string[]): Promise<PairBlocks[]> {
  if (!pairs.length) return [];
  const rows = await db.query<{ pair: string; block: string }>(
    `SELECT pair, block FROM record_fact_pairs WHERE pair = ANY($1::text[])
     UNION SELECT pair, block FROM record_items WHERE pair = ANY($1::text[])
     UNION SELECT pair, block FROM record_dirty_blocks WHERE pair = ANY($1::text[])`, [[...pairs]]);
  const found = byPair(rows);
  const have = new Set(found.map((f) => f.pair));
  return [...found, ...pairs.filter((p) => !have.has(p)).map((pair) => ({ pair, blocks: [] }))]
    .sort((a, b) => byKey(a.pair, b.pair));
}

/**
 * The facts of some blocks of some pairs, from the latest versions, in one statement: by pair, each pair's in
 * document then text order (what consolidation expects).
 */
export async function blocksFacts(db: Driver, wanted: readonly PairBlocks[]): Promise<Map<string, PairFact[]>> {
  const out = new Map<string, PairFact[]>(wanted.map((w) => [w.pair, []]));
  const keys = wanted.flatMap((w) => w.blocks.map((block) => ({ pair: w.pair, block })));
  if (!keys.length) return out;
  const rows = await db.query<PairFactRow & { pair: string }>(
    `SELECT ${PAIR_FACT_COLUMNS}, p.pair, p.block
     FROM unnest($1::text[], $2::text[]) AS w(pair, block)
     -- Each block through the (pair, block) index, whatever the number of blocks: a plain join of a few thousand
     -- blocks was planned as a hash join over every fact's row (0.15 s at 10,000 documents, growing with the store).
     CROSS JOIN LATERAL (SELECT fact_id, pair, block FROM record_fact_pairs p
       WHERE p.pair = w.pair AND p.block = w.block OFFSET 0) AS p
     JOIN facts f ON f.id = p.fact_id
     JOIN document_versions v ON v.id = f.version_id AND v.is_latest
     JOIN documents d ON d.id = v.document_id
     ${FIRST_EVIDENCE}
     ORDER BY p.pair, d.name, e.char_start NULLS LAST, f.id`, [keys.map((k) => k.pair), keys.map((k) => k.block)]);
  for (const r of rows) out.get(r.pair)!.push(toPairFact(r));
  return out;
}

/**
 * Replaces the items of some blocks of many pairs, inside the caller's transaction (which holds the pairs' locks):
 * the old items that the new ones do not repeat deleted, the others inserted with their links to facts, and each
 * pair's count and dirty flag (still dirty when a mark came in meanwhile). No other item of a pair is read or
 * written: items are listed by their sort keys, so a new one needs no room among the stored. `documentOf` gives each
 * fact's document for its link.
 */
export async function replaceItems(tx: Driver, updates: readonly PairItems[],
  documentOf: ReadonlyMap<number, number>): Promise<void> {
  if (!updates.length) return;
  const pairs = updates.map((u) => u.pair).sort(byKey);
  // The pairs' rows, created if new and locked now, in pair order, rather than at the count update below in
  // whatever order its join takes; and whether each pair has any item stored yet.
  const stored = await tx.query<{ pair: string; some: boolean }>(
    `INSERT INTO record_pairs AS r (pair) SELECT p FROM unnest($1::text[]) AS p
     ON CONFLICT (pair) DO UPDATE SET updated_at = clock_timestamp()
     RETURNING r.pair, EXISTS (SELECT 1 FROM record_items i WHERE i.pair = r.pair) AS some`, [pairs]);
  // A pair with no item yet (every pair of a first ingest) has nothing to compare or delete.
  const empty = new Set(stored.filter((r) => !r.some).map((r) => r.pair));
  const { keep, deleted } = await dropChanged(tx, updates.filter((u) => !empty.has(u.pair)));
  const fresh = updates.flatMap((u) => u.items.filter((i) => !keep.has(i)).map((item) => ({ pair: u.pair, item })));
  if (fresh.length) {
    // Each new row's id is matched to its item by pair and sort key, which no two items of a pair share (a key
    // ends with the id of the item's first fact, and a fact is in one item of a pair).
    const keyOf = (pair: string, sortKey: string): string => `${pair}\u0000${sortKey}`;
    if (new Set(fresh.map((f) => keyOf(f.pair, f.item.sortKey))).size !== fresh.length) {
      throw new DyadError('internal', 'two new record items of one pair share a sort key');
    }
    const ids = await tx.query<{ id: number; pair: string; sort_key: string }>(
      `INSERT INTO record_items (pair, type, body, block, sort_key, digest)
       SELECT i.p, i.b ->> 'type', i.b, i.k, i.s, i.d
       FROM jsonb_to_recordset($1::jsonb) AS i(p text, b jsonb, k text, s text, d text)
       RETURNING id, pair, sort_key`,
      [JSON.stringify(fresh.map((f) => ({ p: f.pair, b: f.item.body, k: f.item.block, s: f.item.sortKey,
        d: digestOf(f.item) })))]);
    const idOf = new Map(ids.map((r) => [keyOf(r.pair, r.sort_key), r.id]));
    const links = fresh.flatMap((f) => [...new Set(f.item.factIds)].map((factId) =>
      ({ item: idOf.get(keyOf(f.pair, f.item.sortKey))!, factId, documentId: documentOf.get(factId) })));
    const known = links.filter((l) => l.documentId !== undefined);
    if (known.length) {
      await tx.query(
        'INSERT INTO record_links (item_id, fact_id, document_id) SELECT * FROM unnest($1::integer[], $2::integer[], $3::integer[])',
        [known.map((l) => l.item), known.map((l) => l.factId), known.map((l) => l.documentId!)]);
    }
    // A fact whose document the caller did not read (none in practice): its document found through its version.
    const unknown = links.filter((l) => l.documentId === undefined);
    if (unknown.length) {
      await tx.query(
        `INSERT INTO record_links (item_id, fact_id, document_id)
         SELECT l.i, l.f, v.document_id FROM unnest($1::integer[], $2::integer[]) AS l(i, f)
         JOIN facts f ON f.id = l.f JOIN document_versions v ON v.id = f.version_id ON CONFLICT DO NOTHING`,
        [unknown.map((l) => l.item), unknown.map((l) => l.factId)]);
    }
  }
  const added = new Map<string, number>();
  for (const f of fresh) added.set(f.pair, (added.get(f.pair) ?? 0) + 1);
  await tx.query(
    `UPDATE record_pairs r SET items = r.items + d.delta, updated_at = clock_timestamp(),
       dirty = EXISTS (SELECT 1 FROM record_dirty_blocks b WHERE b.pair = r.pair)
     FROM unnest($1::text[], $2::integer[]) AS d(pair, delta) WHERE r.pair = d.pair`,
    [pairs, pairs.map((p) => (added.get(p) ?? 0) - (deleted.get(p) ?? 0))]);
}

/**
 * What an item is, as a short string: its body, facts, block and sort key. Two items with one digest are stored
 * alike, so a stored item whose digest a recompute gives again can stay as it is.
 */
export function digestOf(item: ItemToStore): string {
  let digest = digests.get(item);
  if (digest === undefined) {
    digest = createHash('sha1')
      .update(JSON.stringify([item.block, item.sortKey, [...new Set(item.factIds)].sort((a, b) => a - b), item.body]))
      .digest('base64');
    digests.set(item, digest);
  }
  return digest;
}
/** Digests already computed: an item's is needed to compare it with the stored ones, then to store it. */
const digests = new WeakMap<ItemToStore, string>();

/**
 * Deletes the stored items of the updates' blocks that the new items do not repeat, and returns the new items that
 * repeat a stored one (left in place, with their ids and links) and the number deleted per pair. A whole pair is
 * deleted outright.
 */
async function dropChanged(tx: Driver, updates: readonly PairItems[]):
  Promise<{ keep: Set<ItemToStore>; deleted: Map<string, number> }> {
  const keep = new Set<ItemToStore>();
  const deleted = new Map<string, number>();
  const count = (pair: string): void => { deleted.set(pair, (deleted.get(pair) ?? 0) + 1); };
  const whole = updates.filter((u) => u.whole);
  if (whole.length) {
    // The items' links go with them (no foreign key cascades since migration 011).
    const rows = await tx.query<{ pair: string }>(
      `WITH gone AS (DELETE FROM record_items WHERE pair = ANY($1::text[]) RETURNING id, pair),
         links AS (DELETE FROM record_links WHERE item_id IN (SELECT id FROM gone))
       SELECT pair FROM gone`, [whole.map((u) => u.pair)]);
    for (const r of rows) count(r.pair);
  }
  const some = updates.filter((u) => !u.whole);
  const keys = some.flatMap((u) => u.blocks.map((block) => ({ pair: u.pair, block })));
  if (!keys.length) return { keep, deleted };
  const stored = await tx.query<{ id: number; pair: string; digest: string | null }>(
    `SELECT i.id, i.pair, i.digest FROM unnest($1::text[], $2::text[]) AS b(pair, block)
     JOIN record_items i ON i.pair = b.pair AND i.block = b.block`, [keys.map((k) => k.pair), keys.map((k) => k.block)]);
  // Stored items by pair and digest: a digest may be held by several items, each repeated by one new item.
  const free = new Map<string, number[]>();
  for (const r of stored) {
    const key = `${r.pair} ${r.digest}`;
    if (!free.has(key)) free.set(key, []);
    free.get(key)!.push(r.id);
  }
  const kept = new Set<number>();
  for (const u of some) {
    for (const item of u.items) {
      const id = free.get(`${u.pair} ${digestOf(item)}`)?.pop();
      if (id === undefined) continue;
      kept.add(id);
      keep.add(item);
    }
  }
  const gone = stored.filter((r) => !kept.has(r.id));
  if (gone.length) {
    await tx.query(
      `WITH links AS (DELETE FROM record_links WHERE item_id = ANY($1::integer[]))
       DELETE FROM record_items WHERE id = ANY($1::integer[])`, [gone.map((r) => r.id)]);
  }
  for (const r of gone) count(r.pair);
  return { keep, deleted };
}
