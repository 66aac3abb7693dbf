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
  for (const e of [...entries].sort((a, b) => a.order - b.order)) {
    const series = seriesKey(e.fact);
    const match = groups.find((g) => g.series === series && sameValue(g.value, e.fact.value) && !g.cluster.vetoed(e, options.keepApart));
    if (match) match.cluster.join(e, FIGURE_RULES.sameValue);
    else groups.push({ cluster: new Cluster(e), series, value: e.fact.value });
  }
  adoptPeriodless(groups);
  const conflicting = conflicts(groups);
  return groups.map((g) => {
    const item = toItem(g, conflicting.has(g));
    return item.modality === 'target' ? { ...item, ...judge(g, groups) } : item;
  });
}

/**
 * A figure whose report gives no period ("turnover reached $180 million") is the one figure of the same measure and
 * modality, from another document, whose value is within 2%, when there is exactly one: the value ties them as a
 * date ties two reports.
 */
function adoptPeriodless(groups: FigureGroup[]): void {
  for (const g of [...groups]) {
    const f = g.cluster.entries[0].fact;
    if (canonicalPeriod(f.period)) continue;
    const homes = groups.filter((h) => {
      const x = h.cluster.entries[0].fact;
      // Within one document two figures are two statements: the text tells them apart even when it omits a period.
      return h !== g && !h.cluster.docs.some((d) => g.cluster.hasDoc(d)) && canonicalPeriod(x.period) !== null && measureKey(x) === measureKey(f) && x.modality === f.modality
        && (!commodityOf(x) || !commodityOf(f) || commodityOf(x) === commodityOf(f)) && sameValue(h.value, f.value);
    });
    if (homes.length !== 1) continue;
    const home = homes[0];
    for (const e of g.cluster.entries) home.cluster.join(e, FIGURE_RULES.periodless);
    groups.splice(groups.indexOf(g), 1);
  }
}

/**
 * Groups of one series whose values disagree, told by different documents. A figure with no period is never in
 * conflict, nor is an `other` figure whose commodity is unnamed: nothing says the two values measure one thing.
 */
function conflicts(groups: FigureGroup[]): Set<FigureGroup> {
  const out = new Set<FigureGroup>();
  for (const g of groups) {
    const f = g.cluster.entries[0].fact;
    if (!canonicalPeriod(f.period) || (f.metric === 'other' && !commodityOf(f))) continue;
    const docs = new Set(g.cluster.docs);
    const rivals = groups.filter((h) => h !== g && h.series === g.series && h.cluster.docs.some((d) => !docs.has(d)));
    if (rivals.length > 0) out.add(g);
  }
  return out;
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
function judge(target: FigureGroup, groups: readonly FigureGroup[]): { outcome: 'met' | 'missed' | 'open'; actual?: number } {
  const t = target.cluster.entries[0].fact;
  const period = canonicalPeriod(t.period);
  if (!period) return { outcome: 'open' };
  const commodity = commodityOf(t);
  const actuals = groups.flatMap((g) => g.cluster.entries).filter(({ fact: a }) => a.modality === 'actual'
    && canonicalPeriod(a.period) === period && measureKey(a) === measureKey(t)
    && (!commodity || !commodityOf(a) || commodityOf(a) === commodity)).sort(byDocDateThenOrder);
  if (actuals.length === 0) return { outcome: 'open' };
  const actual = actuals[actuals.length - 1].fact.value;
  return { outcome: actual >= target.value ? 'met' : 'missed', actual };
}
