// Events (visits, calls, meetings, agreements): the record's items, one per real event with all its sources.
import type { Driver } from '../../storage/driver';
import { EVENT_TYPES, type Page, type Pair } from './page';
import { itemMarks, queryItems, type ApiItem, type ItemFilter, type ItemMark } from './record';

export interface ApiEvent extends ApiItem {
  date: string | null;
}

export async function queryEvents(driver: Driver, filter: ItemFilter, page?: Page): Promise<ApiEvent[]> {
  const items = await queryItems(driver, { ...filter, types: filter.types?.length ? filter.types : EVENT_TYPES }, page);
  return items.map((i) => ({ ...i, date: typeof i.body.date === 'string' ? i.body.date : null }));
}

/** An event as a timeline draws it: what it says and how many documents report it, without its sources. */
export interface TimelineMark extends ItemMark {
  type: (typeof EVENT_TYPES)[number];
  date: string | null;
}

/**
 * Every event of a pair as timeline marks, in date order, paged: one read of the pair's items, and for each its first
 * source in document order (the same fact the events list names it by) from its links, no facts or evidence loaded.
 */
export async function timeline(driver: Driver, pair: Pair, page: Page): Promise<TimelineMark[]> {
  const marks = await itemMarks(driver, pair, EVENT_TYPES, page);
  return marks.map((m) => ({ ...m, type: m.type as TimelineMark['type'],
    date: typeof m.body.date === 'string' ? m.body.date : null }));
}
