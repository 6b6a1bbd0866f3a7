/**
 * An ECharts canvas with only the parts the pages use registered (bar and scatter charts, grid, tooltip,
 * legend): the full library would double the bundle. The chart follows the system's
 * colour scheme and its container's size; clicks on data items reach `onItemClick`.
 */
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useColorScheme } from './use-color-scheme.js';

let registered = false;
const register = (): void => {
  if (registered) return;
  use([BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);
  registered = true;
};

export interface ChartClick {
  readonly seriesId?: string | undefined;
  readonly seriesName?: string | undefined;
  readonly dataIndex: number;
  readonly name: string;
}

interface ChartProps {
  readonly option: EChartsCoreOption;
  readonly label: string;
  readonly height: number;
  readonly onItemClick?: (p: ChartClick) => void;
}

export const Chart = ({ option, label, height, onItemClick }: ChartProps) => {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | undefined>(undefined);
  const click = useRef(onItemClick);
  click.current = onItemClick;
  const scheme = useColorScheme();

  useEffect(() => {
    const node = el.current;
    if (!node) return undefined;
    register();
    const c = init(node, scheme === 'dark' ? 'dark' : undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p) => {
      const params = p as { seriesId?: string; seriesName?: string; dataIndex?: number; name?: string };
      click.current?.({ seriesId: params.seriesId, seriesName: params.seriesName, dataIndex: params.dataIndex ?? 0, name: params.name ?? '' });
    });
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(node);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = undefined;
    };
  }, [scheme]);

  useEffect(() => {
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    chart.current?.setOption({ backgroundColor: 'transparent', animation: !still, ...option }, { notMerge: true });
  }, [option, scheme]);

  // The canvas is not readable by assistive technology: it is labelled as an image, and every
  // chart on the page has its numbers in a table as well.
  return (
    <div className="chart" role="img" aria-label={label}>
      <div ref={el} style={{ height }} />
    </div>
  );
};
