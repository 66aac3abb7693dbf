// Events (visits, calls, meetings, agreements): the record's items, one per real event with all its sources.
import type { Driver } from '../../storage/driver';
import { EVENT_TYPES, type Page } from './page';
import { queryItems, type ApiItem, type ItemFilter } from './record';

export interface ApiEvent extends ApiItem {
  date: string | null;
}

export async function queryEvents(driver: Driver, filter: ItemFilter, page?: Page): Promise<ApiEvent[]> {
  const items = await queryItems(driver, { ...filter, types: filter.types?.length ? filter.types : EVENT_TYPES }, page);
  return items.map((i) => ({ ...i, date: typeof i.body.date === 'string' ? i.body.date : null }));
}
