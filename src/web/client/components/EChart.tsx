// An ECharts canvas in a Preact component: created once, options replaced on change, resized with its box.
import { useEffect, useRef } from 'preact/hooks';
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, LineChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, CustomChart, LineChart, ScatterChart, DataZoomComponent, GridComponent, LegendComponent,
  MarkLineComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

interface Props {
  option: ChartOption; label: string; height?: number; testId: string; points: number;
  onPick?: (dataIndex: number, seriesIndex: number) => void;
}

/**
 * The chart draws on a canvas, so nothing in it is ever parsed as HTML. Tooltips use ECharts' rich text mode for the
 * same reason. `data-points` says how many marks were drawn, for readers of the DOM (tests, assistive tools).
 */
export function EChart({ option, label, height = 320, testId, points, onPick }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    const el = box.current!;
    const c = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p: { dataIndex?: number; seriesIndex?: number }) => {
      if (p.dataIndex !== undefined) pick.current?.(p.dataIndex, p.seriesIndex ?? 0);
    });
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => { ro.disconnect(); c.dispose(); chart.current = null; };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    box.current?.setAttribute('data-ready', 'true');
  }, [option]);
  return <div ref={box} class="chart" role="img" aria-label={label} data-testid={testId} data-points={points}
    style={{ height: `${height}px` }} />;
}
