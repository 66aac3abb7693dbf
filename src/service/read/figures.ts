// Figure series, conflicting figures and pledges (targets with their outcome) from the record's figure items.
import type { Driver } from '../../storage/driver';
import type { Page, Pair } from './page';
import { itemConditions, itemMarks, queryItems, type ApiItem, type ItemFilter, type ItemMark, type Source } from './record';

export interface FigurePoint {
  itemId: number;
  period: string | null;
  value: number;
  /** Another source gives a value for the same period that differs by more than 2%. */
  conflict: boolean;
  sources: Source[];
}

export interface FigureSeries {
  key: string;
  pair: string;
  metric: string;
  from: string | null;
  to: string | null;
  unit: string;
  modality: string;
  commodity: string | null;
  points: FigurePoint[];
}

export interface Pledge {
  id: number;
  pair: string;
  metric: string;
  from: string | null;
  to: string | null;
  unit: string;
  value: number;
  period: string | null;
  outcome: 'met' | 'missed' | 'open';
  actual: number | null;
  sources: Source[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Trade turnover has no direction (Facts v1): its two states are sorted so both spellings are one series. */
export function direction(b: Record<string, unknown>): [string | null, string | null] {
  const [from, to] = [str(b.from), str(b.to)];
  if (b.metric === 'trade_turnover' && from && to && from > to) return [to, from];
  return [from, to];
}

/** The series a figure item belongs to: pair, metric, direction, unit, modality and commodity. */
export function seriesKey(pair: string, b: Record<string, unknown>): string {
  return [pair, b.metric, ...direction(b), b.unit, b.modality ?? 'actual', b.commodity ?? ''].join('|');
}

/** Points in period order (undated last), equal periods by value: the order the chart and the key figures read. */
export function byPeriod<P extends { period: string | null; value: number }>(x: P, y: P): number {
  return (x.period ?? '\uffff').localeCompare(y.period ?? '\uffff') || x.value - y.value;
}

/** Where a figure item's series key starts and ends, as `seriesKey` writes it. */
const FROM = `i.body ->> 'from'`;
const TO = `i.body ->> 'to'`;
const TURNOVER_SWAPPED = `(i.body ->> 'metric' = 'trade_turnover' AND ${FROM} > ${TO})`;
/** `seriesKey` in SQL (trade turnover's two states sorted), so series can be paged before their items are read. */
const SERIES_KEY = `concat_ws('|', i.pair, coalesce(i.body ->> 'metric', ''),
  coalesce(CASE WHEN ${TURNOVER_SWAPPED} THEN ${TO} ELSE ${FROM} END, ''),
  coalesce(CASE WHEN ${TURNOVER_SWAPPED} THEN ${FROM} ELSE ${TO} END, ''),
  coalesce(i.body ->> 'unit', ''), coalesce(i.body ->> 'modality', 'actual'), coalesce(i.body ->> 'commodity', ''))`;

/** Code-point order, as SQL's "C" collation sorts the keys of a page. */
const byCodePoint = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Figure series in key order (pair, metric, direction, unit...). With a page, the page's series keys are read first
 * (one pass over the matching items' bodies) and only those series' items are loaded with their sources.
 */
export async function figureSeries(driver: Driver, filter: ItemFilter & { metric?: string; modality?: string },
  page?: Page): Promise<FigureSeries[]> {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (filter.metric) { params.push(filter.metric); conds.push(`i.body ->> 'metric' = $${params.length}`); }
  if (filter.modality) { params.push(filter.modality); conds.push(`coalesce(i.body ->> 'modality', 'actual') = $${params.length}`); }
  if (page) {
    const where = itemConditions({ ...filter, types: ['figure'], where: conds.length ? { sql: conds.join(' AND '), params } : undefined });
    const n = where.params.length;
    const keys = (await driver.query<{ key: string }>(
      `SELECT DISTINCT ${SERIES_KEY} COLLATE "C" AS key FROM record_items i WHERE ${where.sql}
       ORDER BY key LIMIT $${n + 1} OFFSET $${n + 2}`, [...where.params, page.limit + 1, page.offset])).map((r) => r.key);
    if (!keys.length) return [];
    params.push(keys);
    conds.push(`${SERIES_KEY} = ANY($${params.length}::text[])`);
  }
  const items = await queryItems(driver, { ...filter, types: ['figure'], order: 'date',
    where: conds.length ? { sql: conds.join(' AND '), params } : undefined });
  const groups = new Map<string, ApiItem[]>();
  for (const i of items) {
    const key = seriesKey(i.pair, i.body);
    const group = groups.get(key);
    if (group) group.push(i); else groups.set(key, [i]);
  }
  return [...groups.entries()].map(([key, group]) => {
    const b = group[0].body;
    const [from, to] = direction(b);
    return {
      key, pair: group[0].pair, metric: String(b.metric), from, to, unit: String(b.unit),
      modality: str(b.modality) ?? 'actual', commodity: str(b.commodity),
      points: group.map((i) => ({ itemId: i.id, period: str(i.body.period), value: Number(i.body.value),
        conflict: i.body.conflict === true, sources: i.sources }))
        .sort(byPeriod),
    };
  }).sort((x, y) => byCodePoint(x.key, y.key));
}

/** Targets as the record judged them on their own period: met, missed or open, with the actual used. */
export async function pledges(driver: Driver, filter: ItemFilter & { outcome?: string }, page?: Page): Promise<Pledge[]> {
  const params: unknown[] = [];
  let sql = `i.body ->> 'modality' = 'target'`;
  if (filter.outcome) { params.push(filter.outcome); sql += ` AND i.body ->> 'outcome' = $1`; }
  const items = await queryItems(driver, { ...filter, types: ['figure'], order: 'date', where: { sql, params } }, page);
  return items.map((i) => {
    const b = i.body;
    const [from, to] = direction(b);
    return { id: i.id, pair: i.pair, metric: String(b.metric), from, to, unit: String(b.unit), value: Number(b.value),
      period: str(b.period), outcome: (str(b.outcome) ?? 'open') as Pledge['outcome'],
      actual: typeof b.actual === 'number' ? b.actual : null, sources: i.sources };
  });
}

/**
 * A pair's figures and targets as a chart draws them, in period order: each item's fields (metric, direction, value,
 * unit, period, modality, `conflict`, a target's `outcome` and `actual`) and how many documents report it, without
 * sources. The chart is drawn from these; a point's sources are read when it is picked.
 */
export async function chartMarks(driver: Driver, pair: Pair, page: Page): Promise<ItemMark[]> {
  return itemMarks(driver, pair, ['figure'], page);
}

/** Points of a series the record flags as conflicting. */
export function conflicts(series: FigureSeries[]): { series: FigureSeries; points: FigurePoint[] }[] {
  return series.map((s) => ({ series: s, points: s.points.filter((p) => p.conflict) }))
    .filter((c) => c.points.length > 0);
}
