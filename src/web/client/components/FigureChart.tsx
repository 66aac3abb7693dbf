// Turnover and exports by period in each direction, targets drawn over them (met, missed, open), conflicts marked.
import { useMemo } from 'preact/hooks';
import type { Item } from '../api';
import { amount, summary } from '../format';
import { EChart, type ChartOption } from './EChart';
import { chartable, periodStart, seriesKey } from '../chart-data';

const OUTCOME_COLORS: Record<string, string> = { met: '#2e8b57', missed: '#c0392b', open: '#7f8c8d' };

export function FigureChart({ figures, onPick }: { figures: Item[]; onPick: (item: Item) => void }) {
  const { items, unit } = useMemo(() => chartable(figures), [figures]);
  const { option, marks } = useMemo(() => {
    const periods = [...new Set(items.map((f) => String(f.period)))].sort((a, b) => periodStart(a).localeCompare(periodStart(b)) || a.localeCompare(b));
    const keys = [...new Set(items.map(seriesKey))].sort();
    const marks: Item[][] = [];
    const series: object[] = [];
    // Points as flat [period, value] pairs: ECharts builds a model object for every data item given as an object,
    // which for a busy pair's hundreds of points was much of the time the chart took to draw.
    for (const key of keys) {
      const actual = items.filter((f) => seriesKey(f) === key && f.modality !== 'target');
      const target = items.filter((f) => seriesKey(f) === key && f.modality === 'target');
      if (actual.length) {
        marks.push(actual);
        series.push({ name: key, type: 'line', connectNulls: false, symbolSize: 9, data: actual.map((f) => [String(f.period), f.value]) });
      }
      if (target.length) {
        marks.push(target);
        series.push({
          name: `${key} target`, type: 'scatter',
          data: target.map((f) => ({
            value: [String(f.period), f.value], symbol: 'diamond', symbolSize: 16,
            itemStyle: { color: 'transparent', borderColor: OUTCOME_COLORS[f.outcome ?? 'open'], borderWidth: 3 },
          })),
        });
      }
    }
    // Conflicting figures: one layer of red-edged triangles over their points, in every series.
    const conflicting = items.filter((f) => f.conflict && f.modality !== 'target');
    if (conflicting.length) {
      marks.push(conflicting);
      series.push({
        // Large mode: the layer is one shape, not an element per triangle (a busy pair has hundreds of conflicts).
        name: 'conflicting figures', type: 'scatter', symbol: 'triangle', symbolSize: 16, z: 3, large: true, largeThreshold: 100,
        itemStyle: { color: 'transparent', borderColor: '#c0392b', borderWidth: 3 },
        data: conflicting.map((f) => [String(f.period), f.value]),
      });
    }
    const option: ChartOption = {
      animation: false,
      grid: { left: 80, right: 24, top: 56, bottom: 40, containLabel: true },
      legend: { type: 'scroll', top: 0 },
      tooltip: { renderMode: 'richText', formatter: (p: { seriesIndex: number; dataIndex: number }) => {
        const f = marks[p.seriesIndex]?.[p.dataIndex];
        if (!f) return '';
        const notes = [f.modality === 'target' ? `target: ${f.outcome ?? 'open'}` : '', f.conflict ? 'conflicting figures' : '']
          .filter(Boolean).join(', ');
        return `${summary(f)}${notes ? `\n${notes}` : ''}`;
      } },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => amount(v, unit) } },
      series,
    };
    return { option, marks };
  }, [items, unit]);
  // Each figure once (a conflicting one is drawn twice: its point and the triangle over it).
  const points = items.length;
  if (!items.length) return <p class="muted" data-testid="figure-chart" data-points={0}>No turnover or export figures with a period.</p>;
  return (
    <figure class="figure-chart">
      <EChart option={option} testId="figure-chart" points={points} height={340}
        onPick={(i, s) => { const f = marks[s]?.[i]; if (f) onPick(f); }}
        label={`Chart of ${points} turnover and export figures in ${unit}, targets as diamonds`} />
      <figcaption>
        <span class="key">◆ target: <span class="met">met</span>, <span class="missed">missed</span>, <span class="open">open</span></span>
        <span class="key">▲ with a red edge: sources disagree on this figure</span>
      </figcaption>
    </figure>
  );
}
