// Figure series, conflicting figures and pledges (targets with their outcome) from stored figure facts.
import type { Driver } from '../../storage/driver';
import { queryFacts, type ApiFact, type DocumentRef, type EvidenceSpan, type FactFilter } from './facts';

/** Two reports of one figure further apart than this share are a conflict (Record v1's rule). */
const CONFLICT_SHARE = 0.02;

interface Source { factId: number; document: DocumentRef; evidence: EvidenceSpan }

export interface FigurePoint {
  period: string | null;
  value: number;
  /** Another report of the same figure differs by more than 2%. */
  conflict: boolean;
  sources: Source[];
}

export interface FigureSeries {
  key: string;
  pair: string | null;
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
  pair: string | null;
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

/** Direction of a figure; trade turnover has none (Facts v1), so its two states are sorted. */
function direction(b: Record<string, unknown>): [string | null, string | null] {
  const [from, to] = [str(b.from), str(b.to)];
  if (b.metric === 'trade_turnover' && from && to && from > to) return [to, from];
  return [from, to];
}

function seriesKey(f: ApiFact, modality = str(f.body.modality) ?? 'actual'): string {
  const b = f.body;
  const [from, to] = direction(b);
  return [f.pair, b.metric, from ?? '', to ?? '', b.unit, modality, b.commodity ?? ''].join('|');
}

function sourceOf(f: ApiFact): Source {
  return { factId: f.id, document: f.document, evidence: f.evidence };
}

const near = (x: number, y: number): boolean => Math.abs(x - y) <= CONFLICT_SHARE * Math.max(Math.abs(x), Math.abs(y));

/** Reports of one series and period: values within 2% are one point; a differing value is a point of its own. */
function pointsOf(facts: ApiFact[]): FigurePoint[] {
  const byPeriod = new Map<string, ApiFact[]>();
  for (const f of facts) {
    const period = f.date ?? '';
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), f]);
  }
  const points: FigurePoint[] = [];
  for (const [period, group] of byPeriod) {
    const here: FigurePoint[] = [];
    for (const f of group) {
      const value = Number(f.body.value);
      const same = here.find((p) => near(p.value, value));
      if (same) same.sources.push(sourceOf(f));
      else here.push({ period: period || null, value, conflict: false, sources: [sourceOf(f)] });
    }
    if (here.length > 1) for (const p of here) p.conflict = true;
    points.push(...here);
  }
  return points.sort((x, y) => (x.period ?? '\uffff').localeCompare(y.period ?? '\uffff') || x.value - y.value);
}

export async function figureSeries(driver: Driver, filter: FactFilter & { metric?: string }): Promise<FigureSeries[]> {
  const facts = await queryFacts(driver, {
    ...filter, types: ['figure'],
    where: filter.metric ? { sql: `f.body ->> 'metric' = $1`, params: [filter.metric] } : undefined,
  });
  const groups = new Map<string, ApiFact[]>();
  for (const f of facts) groups.set(seriesKey(f), [...(groups.get(seriesKey(f)) ?? []), f]);
  return [...groups.entries()].map(([key, group]) => {
    const b = group[0].body;
    const [from, to] = direction(b);
    return {
      key, pair: group[0].pair, metric: String(b.metric), from, to, unit: String(b.unit),
      modality: str(b.modality) ?? 'actual', commodity: str(b.commodity), points: pointsOf(group),
    };
  }).sort((x, y) => (x.pair ?? '').localeCompare(y.pair ?? '') || x.metric.localeCompare(y.metric)
    || x.key.localeCompare(y.key));
}

/** Every target judged on its own period against the actuals of the same metric, parties and unit. */
export async function pledges(driver: Driver, filter: FactFilter): Promise<Pledge[]> {
  const facts = await queryFacts(driver, { ...filter, types: ['figure'] });
  const actuals = new Map<string, number[]>();
  for (const f of facts) {
    if (f.body.modality === 'target' || !f.date) continue;
    const k = `${seriesKey(f, 'x')}|${f.date}`;
    actuals.set(k, [...(actuals.get(k) ?? []), Number(f.body.value)]);
  }
  return facts.filter((f) => f.body.modality === 'target').map((f): Pledge => {
    const value = Number(f.body.value);
    const found = f.date ? actuals.get(`${seriesKey(f, 'x')}|${f.date}`) : undefined;
    // Several actuals for one period: the highest is the one the target is judged against (any report of success).
    const actual = found?.length ? Math.max(...found) : null;
    const outcome = actual === null ? 'open' : actual >= value ? 'met' : 'missed';
    const b = f.body;
    const [from, to] = direction(b);
    return { id: f.id, pair: f.pair, metric: String(b.metric), from, to, unit: String(b.unit),
      value, period: f.date, outcome, actual, sources: [sourceOf(f)] };
  });
}

/** Figures of the same series and period that disagree, each with its sources. */
export function conflicts(series: FigureSeries[]): { series: FigureSeries; points: FigurePoint[] }[] {
  return series.map((s) => ({ series: s, points: s.points.filter((p) => p.conflict) }))
    .filter((c) => c.points.length > 0);
}
