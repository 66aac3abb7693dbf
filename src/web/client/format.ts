// Text for the page from facts: dates at their precision, amounts with units, a one-line summary per fact.
import type { Item } from './api';

export type Precision = 'day' | 'month' | 'year' | 'none';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR = /^\d{4}$/;

/** How precise a partial ISO date is ("2021-03-04" day, "2021-03" month, "2021" year). */
export function precision(date: unknown): Precision {
  if (typeof date !== 'string') return 'none';
  if (DAY.test(date)) return 'day';
  if (MONTH.test(date)) return 'month';
  if (YEAR.test(date)) return 'year';
  return 'none';
}

/** The first and last instant a partial date covers (UTC ms), so a month-precise event spans its month. */
export function dateRange(date: string): [number, number] | null {
  const p = precision(date);
  if (p === 'none') return null;
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  const start = Date.UTC(y, m - 1, d);
  const end = p === 'day' ? Date.UTC(y, m - 1, d + 1) : p === 'month' ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  return [start, end - 1];
}

const UNIT_WORDS: Record<string, string> = { t: 'tonnes', bbl: 'barrels', m3: 'm³', pct: '%', count: '' };

/** "USD 1.2 billion", "40,000 tonnes": the value in words a reader scans quickly. */
export function amount(value: unknown, unit: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value ?? '');
  const abs = Math.abs(value);
  const scaled = abs >= 1e9 ? `${+(value / 1e9).toFixed(2)} billion` : abs >= 1e6 ? `${+(value / 1e6).toFixed(2)} million`
    : value.toLocaleString('en-US');
  const u = typeof unit === 'string' ? unit : '';
  if (u === 'pct') return `${scaled}%`;
  if (u in UNIT_WORDS) return `${scaled} ${UNIT_WORDS[u]}`.trim();
  return `${u} ${scaled}`.trim();
}

const s = (v: unknown) => (v === null || v === undefined || v === '' ? '' : String(v));
const parties = (v: unknown) => (Array.isArray(v) ? v.join('–') : '');
const words = (v: unknown) => s(v).replace(/_/g, ' ');

/** One line that says what a fact is, from its fields only (never from document text). */
export function summary(f: Item): string {
  const date = s(f.date);
  switch (f.type) {
    case 'visit': return `${s(f.who) || s(f.visitor)} visits ${s(f.host)}${f.place ? ` (${s(f.place)})` : ''}${date ? `, ${date}` : ''}`;
    case 'call': return `Call ${parties(f.parties)}${date ? `, ${date}` : ''}`;
    case 'meeting': return `Meeting ${parties(f.parties)}${f.place ? ` in ${s(f.place)}` : ''}${date ? `, ${date}` : ''}`;
    case 'agreement': return `${words(f.topic)} agreement ${parties(f.parties)}, ${words(f.status)}${date ? `, ${date}` : ''}`;
    case 'figure': {
      const dir = f.from || f.to ? ` ${s(f.from) || '?'}→${s(f.to) || '?'}` : '';
      const target = f.modality === 'target' ? ' (target)' : '';
      return `${words(f.metric)}${dir}: ${amount(f.value, f.unit)}${f.period ? `, ${s(f.period)}` : ''}${target}`;
    }
    case 'project': return `${s(f.name)} (${words(f.sector)}, ${words(f.status)})`;
    case 'person': return `${s(f.name)}, ${s(f.title) || words(f.role)}${f.country ? ` (${s(f.country)})` : ''}`;
    default: return s((f as { type: string }).type);
  }
}

/** How many documents report an item: its sources, its docs, or the one document of a plain fact. */
export function sourceCount(f: Item): number {
  if (Array.isArray(f.sources) && f.sources.length) return new Set(f.sources.map((x) => x.doc)).size;
  if (Array.isArray(f.docs) && f.docs.length) return f.docs.length;
  return 1;
}
