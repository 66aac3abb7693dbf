// Figure series, conflicting figures and pledges (targets with their outcome) from the record's figure items.
import type { Driver } from '../../storage/driver';
import { queryItems, type ApiItem, type ItemFilter, type Source } from './record';

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

export async function figureSeries(driver: Driver, filter: ItemFilter & { metric?: string; modality?: string }): Promise<FigureSeries[]> {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (filter.metric) { params.push(filter.metric); conds.push(`i.body ->> 'metric' = $${params.length}`); }
  if (filter.modality) { params.push(filter.modality); conds.push(`coalesce(i.body ->> 'modality', 'actual') = $${params.length}`); }
  const items = await queryItems(driver, { ...filter, types: ['figure'], order: 'date',
    where: conds.length ? { sql: conds.join(' AND '), params } : undefined });
  const groups = new Map<string, ApiItem[]>();
  for (const i of items) {
    const key = seriesKey(i.pair, i.body);
    groups.set(key, [...(groups.get(key) ?? []), i]);
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
  }).sort((x, y) => x.pair.localeCompare(y.pair) || x.metric.localeCompare(y.metric) || x.key.localeCompare(y.key));
}

/** Targets as the record judged them on their own period: met, missed or open, with the actual used. */
export async function pledges(driver: Driver, filter: ItemFilter & { outcome?: string }, page?: { limit: number; offset: number }): Promise<Pledge[]> {
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

/** Points of a series the record flags as conflicting. */
export function conflicts(series: FigureSeries[]): { series: FigureSeries; points: FigurePoint[] }[] {
  return series.map((s) => ({ series: s, points: s.points.filter((p) => p.conflict) }))
    .filter((c) => c.points.length > 0);
}
