// The pair's contacts on a zoomable time axis: day-precise events as dots, month- or year-precise ones as bars.
import { useMemo } from 'preact/hooks';
import type { Item } from '../api';
import { summary } from '../format';
import { EVENT_TYPES, timelineMarks, type Mark } from '../chart-data';
import { EChart, type ChartOption } from './EChart';

export { EVENT_TYPES };
const COLORS: Record<string, string> = { visit: '#2f6fb0', call: '#8a4fbf', meeting: '#b5651d', agreement: '#2e8b57' };

function paddedRange(marks: Mark[]): { min?: number; max?: number } {
  if (!marks.length) return {};
  const lo = Math.min(...marks.map((m) => m.start));
  const hi = Math.max(...marks.map((m) => m.end));
  const pad = Math.max((hi - lo) * 0.05, 15 * 86400e3);
  return { min: lo - pad, max: hi + pad };
}

/** The marks each series of the timeline draws, in series order, and those series' options. */
function timelineSeries(day: Mark[], spans: Mark[]): { groups: Mark[][]; series: object[] } {
  const groups: Mark[][] = [];
  const series: object[] = [];
  // Day-precise marks reported once, one series per type in its colour, drawn in ECharts' large mode (all the points
  // of a series as one shape): for a busy pair's hundreds of marks, one element each with its hover states was most
  // of the time the timeline took to draw. Clicks and tooltips still find the point under the pointer.
  EVENT_TYPES.forEach((type, row) => {
    const once = day.filter((m) => m.row === row && m.sources <= 1);
    if (!once.length) return;
    groups.push(once);
    series.push({ name: `${type}, day-precise`, type: 'scatter', large: true, largeThreshold: 100, symbolSize: 13,
      itemStyle: { color: COLORS[type] }, data: once.map((m) => [m.start, m.row]) });
  });
  // Those reported by several sources: larger, the number of sources on them.
  const many = day.filter((m) => m.sources > 1);
  if (many.length) {
    groups.push(many);
    series.push({
      name: 'day-precise, several sources', type: 'scatter', data: many.map((m) => [m.start, m.row, m.sources]),
      itemStyle: { color: (p: { value: number[] }) => COLORS[EVENT_TYPES[p.value[1]]] },
      symbolSize: (v: number[]) => 10 + Math.min(v[2], 6) * 3,
      label: { show: true, position: 'inside', formatter: (p: { value: number[] }) => String(p.value[2]), color: '#fff', fontSize: 10 },
    });
  }
  if (spans.length) {
    groups.push(spans);
    series.push({
      name: 'month- or year-precise', type: 'custom',
      data: spans.map((m) => [m.start, m.end, m.row, m.sources]),
      encode: { x: [0, 1], y: 2 },
      renderItem: (_: unknown, api: { value: (i: number) => number; coord: (v: number[]) => number[]; size: (v: number[]) => number[] }) => {
        const from = api.coord([api.value(0), api.value(2)]);
        const to = api.coord([api.value(1), api.value(2)]);
        const h = api.size([0, 1])[1] * 0.35;
        const type = EVENT_TYPES[api.value(2)];
        return {
          type: 'rect', shape: { x: from[0], y: from[1] - h / 2, width: Math.max(to[0] - from[0], 6), height: h },
          style: { fill: `${COLORS[type]}33`, stroke: COLORS[type], lineDash: [4, 3], lineWidth: 1.5,
            text: api.value(3) > 1 ? String(api.value(3)) : '', textFill: '#222', fontSize: 10 },
        };
      },
    });
  }
  return { groups, series };
}

export function Timeline({ events, onPick }: { events: Item[]; onPick: (item: Item) => void }) {
  const { day, spans, undated } = useMemo(() => timelineMarks(events), [events]);
  const { option, groups } = useMemo(() => {
    const { groups, series } = timelineSeries(day, spans);
    const option: ChartOption = {
      animation: false,
      grid: { left: 90, right: 24, top: 16, bottom: 70 },
      tooltip: { renderMode: 'richText', formatter: (p: { seriesIndex: number; dataIndex: number }) => {
        const m = groups[p.seriesIndex]?.[p.dataIndex];
        return m ? `${summary(m.item)}\n${m.sources} source${m.sources === 1 ? '' : 's'}` : '';
      } },
      // A margin around the marks, so a lone event or a month-long bar is not glued to the edges.
      xAxis: { type: 'time', ...paddedRange([...day, ...spans]) },
      yAxis: { type: 'category', data: [...EVENT_TYPES], inverse: true },
      dataZoom: [{ type: 'inside', xAxisIndex: 0 }, { type: 'slider', xAxisIndex: 0, height: 22, bottom: 16 }],
      series,
    };
    return { option, groups };
  }, [day, spans]);
  const pick = (index: number, series: number) => {
    const m = groups[series]?.[index];
    if (m) onPick(m.item);
  };
  return (
    <figure class="timeline">
      <EChart option={option} testId="timeline" points={day.length + spans.length} height={300} onPick={pick}
        label={`Timeline of ${day.length + spans.length} dated contacts; scroll or drag the slider to zoom`} />
      <figcaption>
        <span class="key"><span class="dot" /> day-precise</span>
        <span class="key"><span class="bar" /> month- or year-precise (bar spans the period)</span>
        <span class="key">number on a mark: sources reporting it</span>
        {undated.length > 0 && <span class="key">{undated.length} undated, listed below</span>}
      </figcaption>
    </figure>
  );
}
