// What the pair page's charts draw, worked out from the API's items: timeline marks and the figure series.
import type { Item } from './api';
import { dateRange, precision, sourceCount } from './format';

export const EVENT_TYPES = ['visit', 'call', 'meeting', 'agreement'] as const;

export interface Mark { item: Item; start: number; end: number; row: number; sources: number }

/** Dated events as marks; the undated ones the caller lists apart. */
export function timelineMarks(events: Item[]): { day: Mark[]; spans: Mark[]; undated: Item[] } {
  const day: Mark[] = []; const spans: Mark[] = []; const undated: Item[] = [];
  for (const item of events) {
    const row = EVENT_TYPES.indexOf(item.type as (typeof EVENT_TYPES)[number]);
    const range = typeof item.date === 'string' ? dateRange(item.date) : null;
    if (row < 0 || !range) { undated.push(item); continue; }
    const mark = { item, start: range[0], end: range[1], row, sources: sourceCount(item) };
    (precision(item.date) === 'day' ? day : spans).push(mark);
  }
  return { day, spans, undated };
}

/** The series a figure belongs to: metric, direction and unit (a chart never adds dollars to tonnes). */
export function seriesKey(f: Item): string {
  const dir = f.metric === 'trade_turnover' ? '' : ` ${f.from ?? '?'}→${f.to ?? '?'}`;
  // A quarter is not drawn on the same line as a year: the line would fall for no reason.
  const part = typeof f.period === 'string' && !/^\d{4}$/.test(f.period) ? ', part of a year' : '';
  return `${String(f.metric).replace(/_/g, ' ')}${dir} (${String(f.unit)}${part})`;
}

/** The year or range a period starts with, for ordering ("2020-01/2020-04" → "2020-01"). */
export const periodStart = (p: unknown) => String(p).split('/')[0];

/** Figures the chart draws: turnover and exports with a period, in the unit most of them use. */
export function chartable(figures: Item[]): { items: Item[]; unit: string | null } {
  const wanted = figures.filter((f) => (f.metric === 'trade_turnover' || f.metric === 'exports') && typeof f.period === 'string'
    && typeof f.value === 'number');
  const byUnit = new Map<string, number>();
  for (const f of wanted) byUnit.set(String(f.unit), (byUnit.get(String(f.unit)) ?? 0) + 1);
  const unit = [...byUnit.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { items: wanted.filter((f) => String(f.unit) === unit), unit };
}

