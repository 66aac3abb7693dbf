// Events (visits, calls, meetings, agreements): the record's items, one per real event with all its sources.
import type { Driver } from '../../storage/driver';
import { EVENT_TYPES, type Page, type Pair } from './page';
import { ITEM_ORDER, queryItems, type ApiItem, type ItemFilter } from './record';

export interface ApiEvent extends ApiItem {
  date: string | null;
}

export async function queryEvents(driver: Driver, filter: ItemFilter, page?: Page): Promise<ApiEvent[]> {
  const items = await queryItems(driver, { ...filter, types: filter.types?.length ? filter.types : EVENT_TYPES }, page);
  return items.map((i) => ({ ...i, date: typeof i.body.date === 'string' ? i.body.date : null }));
}

/** An event as a timeline draws it: what it says and how many documents report it, without its sources. */
export interface TimelineMark {
  /** The id of its first source fact, as the events list gives it (what a click on the mark looks up). */
  id: number;
  itemId: number;
  type: (typeof EVENT_TYPES)[number];
  date: string | null;
  /** Documents reporting it. */
  documents: number;
  /** The item in the Record v1 shape, with `docs`. */
  body: Record<string, unknown>;
}

/**
 * Every event of a pair as timeline marks, in date order, paged: one read of the pair's items, and for each its first
 * source in document order (the same fact the events list names it by) from its links, no facts or evidence loaded.
 */
export async function timeline(driver: Driver, pair: Pair, page: Page): Promise<TimelineMark[]> {
  const rows = await driver.query<{ id: number | null; item_id: number; type: TimelineMark['type']; body: Record<string, unknown> }>(
    `SELECT i.id AS item_id, i.type, i.body, (
         SELECT l.fact_id FROM record_links l
         -- The fact's first evidence, read through evidence_fact (see FIRST_EVIDENCE for the + 0).
         LEFT JOIN LATERAL (SELECT ev.char_start FROM evidence ev WHERE ev.fact_id = l.fact_id ORDER BY ev.id + 0 LIMIT 1) e ON true
         WHERE l.item_id = i.id ORDER BY l.document_id, e.char_start, l.fact_id LIMIT 1) AS id
     FROM record_items i
     WHERE i.pair = $1 AND i.type = ANY($2::text[])
     ORDER BY ${ITEM_ORDER.date}
     LIMIT $3 OFFSET $4`, [pair.key, [...EVENT_TYPES], page.limit + 1, page.offset]);
  return rows.map((r) => {
    const { sources: _sources, merges: _merges, ...body } = r.body;
    const docs = Array.isArray(body.docs) ? body.docs.length : 0;
    return { id: r.id ?? r.item_id, itemId: r.item_id, type: r.type, date: typeof body.date === 'string' ? body.date : null,
      documents: Math.max(docs, 1), body };
  });
}
