// Items of the stored record (consolidated across documents), paged and filtered in SQL, with their sources.
import type { Driver } from '../../storage/driver';
import { badParameter, notFound } from './page';
import type { Page, Pair, RowFilter } from './page';
import { factCurations, type Curation } from './curated';
import { queryFacts, type DocumentRef, type EvidenceSpan } from './facts';

export interface Source { factId: number; document: DocumentRef; evidence: EvidenceSpan }

export interface ApiItem {
  /**
   * The id of the fact that stands for the item (its first source in document order): stable while the record is
   * recomputed, and what curation of a fact takes. Merges and splits accept it too.
   */
  id: number;
  /** The record item's own id; it changes when its pair's record is recomputed (after an ingest or a decision). */
  itemId: number;
  type: string;
  pair: string;
  /** The item in the Record v1 shape (its kind's fields, `docs` and the extras of its kind). */
  body: Record<string, unknown>;
  /** Confirmed, rejected or edited when every source fact says so alike; else unreviewed. */
  curation: Curation;
  confidence: number;
  sources: Source[];
}

export interface ItemFilter extends RowFilter {
  /** Items consolidated from any of these facts. */
  factIds?: number[];
  /** `position`: the record's own order (type, then date, then first source: the items' sort keys). */
  order?: 'date' | 'date_desc' | 'position';
}

const ITEM_DATE = `coalesce(i.body ->> 'date', split_part(i.body ->> 'period', '/', 1))`;
const ITEM_DATE_END = `coalesce(i.body ->> 'date', nullif(split_part(i.body ->> 'period', '/', 2), ''), split_part(i.body ->> 'period', '/', 1))`;

/** The orders items are listed in; `date` puts undated items last. */
export const ITEM_ORDER = {
  date: `${ITEM_DATE} ASC NULLS LAST, i.pair, i.sort_key, i.id`,
  date_desc: `${ITEM_DATE} DESC NULLS LAST, i.pair, i.sort_key DESC, i.id DESC`,
  position: 'i.pair, i.sort_key, i.id',
};

/** The WHERE condition over `i` (record_items) for a filter, with its parameters numbered from $1. */
export function itemConditions(filter: ItemFilter): { sql: string; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown): string => { params.push(v); return `$${params.length}`; };
  if (filter.pair) conds.push(`i.pair = ${p(filter.pair.key)}`);
  if (filter.types?.length) conds.push(`i.type = ANY(${p([...filter.types])}::text[])`);
  if (filter.from) conds.push(`${ITEM_DATE_END} >= left(${p(filter.from)}::text, length(${ITEM_DATE_END}))`);
  if (filter.to) conds.push(`${ITEM_DATE} <= left(${p(filter.to)}::text, length(${ITEM_DATE}))`);
  if (filter.doc !== undefined) {
    const id = /^\d{1,9}$/.test(filter.doc) ? Number(filter.doc) : null;
    conds.push(`EXISTS (SELECT 1 FROM record_links l JOIN documents d ON d.id = l.document_id
      WHERE l.item_id = i.id AND (d.id = ${p(id)}::integer OR d.name = ${p(filter.doc)}::text))`);
  }
  if (filter.source !== undefined) {
    conds.push(`EXISTS (SELECT 1 FROM record_links l JOIN documents d ON d.id = l.document_id
      WHERE l.item_id = i.id AND d.source = ${p(filter.source)}::text)`);
  }
  if (filter.ids) conds.push(`i.id = ANY(${p(filter.ids)}::integer[])`);
  if (filter.factIds) {
    conds.push(`EXISTS (SELECT 1 FROM record_links l WHERE l.item_id = i.id AND l.fact_id = ANY(${p(filter.factIds)}::integer[]))`);
  }
  if (filter.where) {
    let sql = filter.where.sql;
    for (let n = filter.where.params.length; n >= 1; n--) sql = sql.replaceAll(`$${n}`, `$__${params.length + n}`);
    params.push(...filter.where.params);
    conds.push(sql.replaceAll('$__', '$'));
  }
  return { sql: conds.length ? conds.join(' AND ') : 'true', params };
}

export async function queryItems(driver: Driver, filter: ItemFilter, page?: Page): Promise<ApiItem[]> {
  const where = itemConditions(filter);
  const params = [...where.params];
  let limit = '';
  if (page) {
    params.push(page.limit + 1, page.offset);
    limit = `LIMIT $${params.length - 1} OFFSET $${params.length}`;
  }
  const rows = await driver.query<{ id: number; type: string; pair: string; body: Record<string, unknown> }>(
    `SELECT i.id, i.type, i.pair, i.body FROM record_items i
     WHERE ${where.sql}
     ORDER BY ${ITEM_ORDER[filter.order ?? 'date']} ${limit}`, params);
  return withSources(driver, rows);
}

/** Attaches to each item the facts it was consolidated from, each with its document and evidence span. */
async function withSources(driver: Driver, rows: { id: number; type: string; pair: string; body: Record<string, unknown> }[]): Promise<ApiItem[]> {
  if (!rows.length) return [];
  const links = await driver.query<{ item_id: number; fact_id: number }>(
    'SELECT item_id, fact_id FROM record_links WHERE item_id = ANY($1::integer[])', [rows.map((r) => r.id)]);
  const curations = await factCurations(driver, links.map((l) => l.fact_id));
  const facts = links.length
    ? await queryFacts(driver, { ids: links.map((l) => l.fact_id), includeRejected: true, order: 'document', curations }) : [];
  const byId = new Map(facts.map((f) => [f.id, f]));
  return rows.map((r) => {
    const own = links.filter((l) => l.item_id === r.id).map((l) => byId.get(l.fact_id)).filter((f) => f !== undefined);
    const states = new Set(own.map((f) => f.curation));
    const { sources: _sources, merges: _merges, ...body } = r.body;
    return {
      id: own[0]?.id ?? r.id, itemId: r.id, type: r.type, pair: r.pair, body,
      curation: states.size === 1 ? [...states][0] : 'unreviewed',
      confidence: own.reduce((m, f) => Math.max(m, f.confidence), 0),
      sources: own.map((f) => ({ factId: f.id, document: f.document, evidence: f.evidence })),
    };
  });
}

/** A record item as a chart draws it: what it says and how many documents report it, without its sources. */
export interface ItemMark {
  /** The id of its first source fact, as the lists give it (what a click on the mark looks up). */
  id: number;
  itemId: number;
  type: string;
  /** Documents reporting it. */
  documents: number;
  /** The item in the Record v1 shape, with `docs`. */
  body: Record<string, unknown>;
}

/**
 * A pair's items of some types as marks, in date order, paged: one read of the pair's items, and for each its first
 * source in document order (the fact the lists name it by) from its links; no facts or evidence are loaded, so a busy
 * pair's thousand marks cost a few milliseconds where the same items with their sources cost hundreds. (Reading the
 * order, the bodies and the links in a statement each was tried: 25–35% slower on the embedded store.)
 */
export async function itemMarks(driver: Driver, pair: Pair, types: readonly string[], page: Page): Promise<ItemMark[]> {
  const rows = await driver.query<{ id: number | null; item_id: number; type: string; body: Record<string, unknown> }>(
    `SELECT i.id AS item_id, i.type, i.body, (
         SELECT l.fact_id FROM record_links l
         -- The fact's first evidence, read through evidence_fact (see FIRST_EVIDENCE for the + 0).
         LEFT JOIN LATERAL (SELECT ev.char_start FROM evidence ev WHERE ev.fact_id = l.fact_id ORDER BY ev.id + 0 LIMIT 1) e ON true
         WHERE l.item_id = i.id ORDER BY l.document_id, e.char_start, l.fact_id LIMIT 1) AS id
     FROM record_items i
     WHERE i.pair = $1 AND i.type = ANY($2::text[])
     ORDER BY ${ITEM_ORDER.date}
     LIMIT $3 OFFSET $4`, [pair.key, [...types], page.limit + 1, page.offset]);
  return rows.map((r) => {
    const { sources: _sources, merges: _merges, ...body } = r.body;
    const docs = Array.isArray(body.docs) ? body.docs.length : 0;
    return { id: r.id ?? r.item_id, itemId: r.item_id, type: r.type, documents: Math.max(docs, 1), body };
  });
}

/**
 * The item of a pair that a fact stands for (the `id` lists and marks give an item), with every source; null when no
 * item of the pair rests on that fact. Read through the fact's links first, so only that one item is loaded.
 */
export async function pairItem(driver: Driver, pair: Pair, factId: number): Promise<ApiItem | null> {
  const found = await driver.query<{ item_id: number }>(
    `SELECT l.item_id FROM record_links l JOIN record_items i ON i.id = l.item_id
     WHERE l.fact_id = $1 AND i.pair = $2 ORDER BY l.item_id LIMIT 1`, [factId, pair.key]);
  if (!found.length) return null;
  const [item] = await queryItems(driver, { ids: [found[0].item_id] });
  return item ?? null;
}

/**
 * The record items that facts stand for, all of one pair: a fact naming three states belongs to an item in each of
 * their pairs, and the pair the facts have in common decides. Throws the API's 404 / 400 with the reason.
 */
export async function itemsOfFacts(driver: Driver, factIds: number[]): Promise<{ pair: string; itemIds: number[] }> {
  const rows = await driver.query<{ fact_id: number; item_id: number; pair: string }>(
    `SELECT l.fact_id, l.item_id, i.pair FROM record_links l JOIN record_items i ON i.id = l.item_id
     WHERE l.fact_id = ANY($1::integer[]) ORDER BY l.item_id`, [factIds]);
  const missing = factIds.filter((id) => !rows.some((r) => r.fact_id === id));
  if (missing.length) throw notFound('event', String(missing[0]));
  const pairs = [...new Set(rows.map((r) => r.pair))].filter((pair) => factIds.every((id) => rows.some((r) => r.fact_id === id && r.pair === pair)));
  if (!pairs.length) throw badParameter('ids', 'these events belong to different pairs of states');
  const pair = pairs[0];
  return { pair, itemIds: factIds.map((id) => rows.find((r) => r.fact_id === id && r.pair === pair)!.item_id) };
}
