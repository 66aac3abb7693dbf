// A pair's story for the terminal: events by date, figure series with targets, agreements, projects, people.
import { compareDates } from './dates';
import type { RecordItem } from './types';

const EVENT_TYPES = new Set(['visit', 'call', 'meeting']);

const sources = (i: RecordItem): string => `(${i.docs.length} source${i.docs.length === 1 ? '' : 's'})`;
const dateOr = (d: unknown): string => String(d ?? 'undated').padEnd(10);
const parties = (i: RecordItem): string => ((i.parties as string[] | undefined) ?? []).join('–');

/** "450 million", "1.3 million", "5,300": values as a reader says them. */
export function formatValue(value: number, unit: string): string {
  const scales: [number, string][] = [[1e9, 'billion'], [1e6, 'million']];
  const scale = scales.find(([n]) => Math.abs(value) >= n);
  const amount = scale ? `${Number((value / scale[0]).toFixed(3))} ${scale[1]}` : value.toLocaleString('en-US');
  return unit === 'pct' ? `${value}%` : `${amount} ${unit}`;
}

function eventLine(i: RecordItem): string {
  const what = i.type === 'visit' ? `visit ${i.visitor} → ${i.host}` : `${i.type} ${parties(i)}`;
  const place = i.place ? `, ${i.place}` : '';
  return `  ${dateOr(i.date)}  ${what}${place}  ${sources(i)}`;
}

function figureLine(i: RecordItem): string {
  const flags = [i.modality === 'target' ? `target, ${i.outcome ?? 'open'}${i.actual != null ? ` (actual ${formatValue(i.actual as number, i.unit as string)})` : ''}` : '',
    i.conflict ? 'CONFLICT' : ''].filter(Boolean).join('; ');
  return `    ${String(i.period ?? 'no period').padEnd(16)} ${formatValue(i.value as number, i.unit as string)}${flags ? `  [${flags}]` : ''}  ${sources(i)}`;
}

function seriesName(i: RecordItem): string {
  const direction = i.metric === 'trade_turnover' ? [i.from, i.to].sort().join('–') : `${i.from ?? '?'} → ${i.to ?? '?'}`;
  return `${String(i.metric).replace('_', ' ')}${i.commodity ? ` (${i.commodity})` : ''} ${direction}, ${i.unit}`;
}

/** The whole record as plain text, one section per kind; empty sections are left out. */
export function renderPairStory(items: readonly RecordItem[]): string {
  const out: string[] = [];
  const section = (title: string, lines: string[]): void => {
    if (lines.length) out.push(title, ...lines, '');
  };
  // Undated events after the dated ones: the story reads forward in time.
  const byDate = (a: RecordItem, b: RecordItem): number => (a.date ? 0 : 1) - (b.date ? 0 : 1)
    || compareDates(a.date as string, b.date as string);

  section('Events', items.filter((i) => EVENT_TYPES.has(i.type)).sort(byDate).map(eventLine));

  const series = new Map<string, RecordItem[]>();
  for (const f of items.filter((i) => i.type === 'figure')) {
    const key = seriesName(f);
    if (!series.has(key)) series.set(key, []);
    series.get(key)!.push(f);
  }
  section('Figures', [...series].flatMap(([name, figs]) => [`  ${name}`,
    ...figs.sort((a, b) => compareDates(a.period as string, b.period as string)).map(figureLine)]));

  const topics = new Map<string, RecordItem[]>();
  for (const a of items.filter((i) => i.type === 'agreement')) {
    if (!topics.has(a.topic as string)) topics.set(a.topic as string, []);
    topics.get(a.topic as string)!.push(a);
  }
  section('Agreements', [...topics].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([topic, list]) => [`  ${topic}`,
    ...list.sort(byDate).map((a) => `    ${dateOr(a.date)}  ${a.status}  ${parties(a)}  ${sources(a)}`)]));

  section('Projects', items.filter((i) => i.type === 'project').flatMap((p) => {
    const history = (p.history as { status: string; date: string | null }[] | undefined) ?? [];
    const steps = history.length > 1 ? history.map((h) => `${h.status} (${h.date ?? 'undated'})`).join(' → ') : String(p.status);
    return [`  ${p.name} [${p.sector}${p.place ? `, ${p.place}` : ''}] ${parties(p)}: ${steps}  ${sources(p)}`];
  }));

  section('People', items.filter((i) => i.type === 'person').sort((a, b) => b.docs.length - a.docs.length).map((p) => {
    const aliases = (p.aliases as string[] | undefined)?.length ? ` (also ${(p.aliases as string[]).join(', ')})` : '';
    return `  ${p.name}${aliases}, ${String(p.role).replace(/_/g, ' ')}${p.country ? `, ${p.country}` : ''}  ${sources(p)}`;
  }));
  return out.join('\n');
}
