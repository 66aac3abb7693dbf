// Figures across documents: series, the same figure from several sources, conflicts beyond 2%, targets judged.
import type { FigureFact } from '../shared/types';
import { byDocDateThenOrder, Cluster, type Entry } from './cluster';
import { canonicalPeriod } from './dates';
import { foldName } from './names';
import type { ConsolidateOptions, RecordItem, SourceFact } from './types';

export type FigureSource = FigureFact & SourceFact;
type FigureEntry = Entry<FigureSource>;

/** Two values within this share of the first are one figure; beyond it, two figures that disagree. */
export const SAME_VALUE_TOLERANCE = 0.02;

/** Metrics that flow from one state to another; the others (turnover, other) are about the pair, unordered. */
const DIRECTIONAL = new Set(['exports', 'shipment', 'investment', 'arms_sales']);

export const FIGURE_RULES = {
  sameValue: 'same series, value within 2%',
  periodless: 'period not given, value within 2% of the one figure of its measure and modality',
} as const;

/** The parties of a figure as its metric reads them: ordered for flows, sorted for the pair's own figures. */
function partiesKey(f: FigureFact): string {
  const pair = [f.from ?? '', f.to ?? ''];
  return (DIRECTIONAL.has(f.metric) ? pair : pair.sort()).join('>');
}

const commodityOf = (f: FigureFact): string => foldName(f.commodity ?? '');

/** What a value is a value of, without the period and modality: targets are judged against actuals of this. */
export function measureKey(f: FigureFact): string {
  return [f.metric, partiesKey(f), f.unit].join('|');
}

/** The series a figure belongs to: pair, metric, direction, unit, period, modality and commodity. */
export function seriesKey(f: FigureFact): string {
  return [measureKey(f), canonicalPeriod(f.period) ?? '', f.modality, commodityOf(f)].join('|');
}

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(a) * SAME_VALUE_TOLERANCE;
}

/** Significant digits: "178.7 million" is more precise than "close to 180 million". */
function significantDigits(value: number): number {
  return String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

interface FigureGroup { cluster: Cluster<FigureSource>; series: string; value: number }

export function consolidateFigures(entries: FigureEntry[], options: ConsolidateOptions = {}): RecordItem[] {
  const groups: FigureGroup[] = [];
  const bySeries = new Map<string, FigureGroup[]>();
  for (const e of [...entries].sort((a, b) => a.order - b.order)) {
    const series = seriesKey(e.fact);
    const inSeries = bySeries.get(series) ?? [];
    const match = inSeries.find((g) => sameValue(g.value, e.fact.value) && !g.cluster.vetoed(e, options.keepApart));
    if (match) {
      match.cluster.join(e, FIGURE_RULES.sameValue);
    } else {
      const group = { cluster: new Cluster(e), series, value: e.fact.value };
      groups.push(group);
      bySeries.set(series, [...inSeries, group]);
    }
  }
  adoptPeriodless(groups);
  const conflicting = conflicts(groups);
  const actuals = actualsByPeriod(groups);
  return groups.map((g) => {
    const item = toItem(g, conflicting.has(g));
    return item.modality === 'target' ? { ...item, ...judge(g, actuals) } : item;
  });
}

function groupBy<T>(items: readonly T[], keyOf: (x: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const x of items) {
    const key = keyOf(x);
    if (key === null) continue;
    const list = map.get(key);
    if (list) list.push(x);
    else map.set(key, [x]);
  }
  return map;
}

const firstFact = (g: FigureGroup): FigureSource => g.cluster.entries[0].fact;
const commoditiesAgree = (a: FigureFact, b: FigureFact): boolean =>
  !commodityOf(a) || !commodityOf(b) || commodityOf(a) === commodityOf(b);

/**
 * A figure whose report gives no period ("turnover reached $180 million") is the one figure of the same measure and
 * modality, from another document, whose value is within 2%, when there is exactly one: the value ties them as a
 * date ties two reports.
 */
function adoptPeriodless(groups: FigureGroup[]): void {
  const dated = groupBy(groups, (g) => (canonicalPeriod(firstFact(g).period) ? `${measureKey(firstFact(g))}|${firstFact(g).modality}` : null));
  const adopted = new Set<FigureGroup>();
  for (const g of groups) {
    const f = firstFact(g);
    if (canonicalPeriod(f.period)) continue;
    // Within one document two figures are two statements: the text tells them apart even when it omits a period.
    const homes = (dated.get(`${measureKey(f)}|${f.modality}`) ?? []).filter((h) => !h.cluster.docs.some((d) => g.cluster.hasDoc(d))
      && commoditiesAgree(firstFact(h), f) && sameValue(h.value, f.value));
    if (homes.length !== 1) continue;
    for (const e of g.cluster.entries) homes[0].cluster.join(e, FIGURE_RULES.periodless);
    adopted.add(g);
  }
  const kept = groups.filter((g) => !adopted.has(g));
  groups.splice(0, groups.length, ...kept);
}

/**
 * Groups of one series whose values disagree, told by different documents. A figure with no period is never in
 * conflict, nor is an `other` figure whose commodity is unnamed: nothing says the two values measure one thing.
 */
function conflicts(groups: FigureGroup[]): Set<FigureGroup> {
  const out = new Set<FigureGroup>();
  for (const series of groupBy(groups, (g) => g.series).values()) {
    if (series.length < 2) continue;
    const f = firstFact(series[0]);
    if (!canonicalPeriod(f.period) || (f.metric === 'other' && !commodityOf(f))) continue;
    for (const g of series) {
      if (series.some((h) => h !== g && h.cluster.docs.some((d) => !g.cluster.hasDoc(d)))) out.add(g);
    }
  }
  return out;
}

/** Every actual figure's source fact, by measure and period, oldest document first. */
function actualsByPeriod(groups: FigureGroup[]): Map<string, Entry<FigureSource>[]> {
  const entries = groups.flatMap((g) => g.cluster.entries).filter((e) => e.fact.modality === 'actual' && canonicalPeriod(e.fact.period));
  const map = groupBy(entries, (e) => `${measureKey(e.fact)}|${canonicalPeriod(e.fact.period)}`);
  for (const list of map.values()) list.sort(byDocDateThenOrder);
  return map;
}

function toItem({ cluster }: FigureGroup, conflict: boolean): RecordItem {
  const timeline = cluster.chronological();
  const first = timeline[0].fact;
  // The most precise value stands for the group; all are within 2% of each other.
  const value = timeline.map((e) => e.fact.value).reduce((a, b) => (significantDigits(b) > significantDigits(a) ? b : a));
  const commodity = timeline.map((e) => e.fact.commodity).find((c) => c);
  return {
    type: 'figure', metric: first.metric, from: first.from, to: first.to, value, unit: first.unit,
    period: canonicalPeriod(first.period), modality: first.modality, ...(commodity ? { commodity } : {}),
    ...(conflict ? { conflict: true } : {}),
    docs: cluster.docs, sources: cluster.sources(), merges: cluster.merges,
  };
}

/**
 * A target is judged on its own period only: met when an actual of the same measure for that period reaches its
 * value, missed when it falls short, open when there is no such actual or the target has no period. When sources
 * disagree on the actual, the one the newest document gives is the one judged against.
 */
function judge(target: FigureGroup, actualsOf: Map<string, Entry<FigureSource>[]>): { outcome: 'met' | 'missed' | 'open'; actual?: number } {
  const t = firstFact(target);
  const period = canonicalPeriod(t.period);
  if (!period) return { outcome: 'open' };
  const actuals = (actualsOf.get(`${measureKey(t)}|${period}`) ?? []).filter((a) => commoditiesAgree(a.fact, t));
  if (actuals.length === 0) return { outcome: 'open' };
  const actual = actuals[actuals.length - 1].fact.value;
  return { outcome: actual >= target.value ? 'met' : 'missed', actual };
}
