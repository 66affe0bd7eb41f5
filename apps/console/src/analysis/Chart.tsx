import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** One bar chart answering one question, its numbers printed on the bars (readable without hovering). */
export function BarChartView({ categories, values, horizontal = false, color = '#b7202e', testId }: Readonly<{ categories: readonly string[]; values: readonly number[]; horizontal?: boolean; color?: string; testId?: string }>) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current === null) return undefined;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    const category = { type: 'category' as const, data: [...categories], axisLabel: { interval: 0 } };
    // Counts (units, grades) get whole steps on their axis: no 2.5 units.
    const value = { type: 'value' as const, ...(values.every((v) => Number.isInteger(v)) ? { minInterval: 1 } : {}) };
    chart.setOption({
      // Drawn at once: the numbers are read (and screenshotted) as they are, not mid-animation.
      animation: false,
      grid: { left: horizontal ? 120 : 40, right: 40, top: 20, bottom: 40 },
      tooltip: {},
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{ type: 'bar', data: [...values], itemStyle: { color }, label: { show: true, position: horizontal ? 'right' : 'top' } }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [categories, values, horizontal, color]);
  return <div ref={ref} style={{ width: '100%', height: Math.max(240, horizontal ? categories.length * 36 + 60 : 280) }} data-testid={testId} />;
}
