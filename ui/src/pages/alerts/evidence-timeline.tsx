/**
 * The evidence sign-ins on a time axis, one row per outcome (failed above, succeeded below), so
 * a burst of failures and the success that follows it read at a glance. Times are labelled in
 * the viewer's zone (local or UTC) by our own formatter, not ECharts' local-only one.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListRow } from '../../api/sign-in.js';
import { Chart } from '../../components/chart.js';
import { useColorScheme } from '../../components/use-color-scheme.js';
import { useSettings } from '../../state/settings.js';

const COLORS = { success: '#2f9e44', failure: '#e03131' } as const;

const MIN = 60_000;
const STEPS = [MIN, 5 * MIN, 15 * MIN, 30 * MIN, 60 * MIN, 3 * 60 * MIN, 6 * 60 * MIN, 12 * 60 * MIN, 24 * 60 * MIN, 7 * 24 * 60 * MIN];

/** Round tick steps (a minute … a week), at most about six ticks, so the labels read as times people use. */
export const timeAxis = (first: number, last: number): { min: number; max: number; step: number } => {
  const pad = Math.max((last - first) * 0.05, 30_000);
  const span = last - first + 2 * pad;
  const step = STEPS.find((s) => span / s <= 6) ?? 30 * 24 * 60 * MIN;
  return { min: Math.floor((first - pad) / step) * step, max: Math.ceil((last + pad) / step) * step, step };
};

export const EvidenceTimeline = ({ rows }: { rows: readonly ListRow[] }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const scheme = useColorScheme();
  const option = useMemo(() => {
    const c = scheme === 'dark' ? { text: '#ced4da', line: '#495057', split: '#343a40' } : { text: '#495057', line: '#adb5bd', split: '#e9ecef' };
    const times = rows.map((r) => Date.parse(r.createdDateTime));
    // A little room either side; a single sign-in still gets a visible axis.
    const axis = timeAxis(Math.min(...times), Math.max(...times));
    const tick = (v: number) => (axis.step >= 24 * 60 * MIN ? fmt.day : fmt.hour)(new Date(v).toISOString());
    const outcomes = ['success', 'failure'] as const;
    const label = (ms: number) => fmt.dateTime(new Date(ms).toISOString());
    return {
      tooltip: {
        trigger: 'item',
        confine: true,
        // Drawn on the canvas: HTML tooltips carry inline styles, which the CSP blocks.
        renderMode: 'richText',
        formatter: (p: { data?: [number, number, string] }) => (p.data ? `${label(p.data[0])}\n${p.data[2]}` : ''),
      },
      grid: { left: 96, right: 24, top: 16, bottom: 40 },
      xAxis: {
        type: 'value',
        min: axis.min,
        max: axis.max,
        interval: axis.step,
        axisLabel: { color: c.text, formatter: tick },
        axisLine: { lineStyle: { color: c.line } },
        splitLine: { lineStyle: { color: c.split } },
      },
      yAxis: {
        type: 'category',
        data: outcomes.map((o) => t(`outcome.${o}`)),
        axisLabel: { color: c.text },
        axisLine: { lineStyle: { color: c.line } },
      },
      series: outcomes.map((o, y) => ({
        id: o,
        name: t(`outcome.${o}`),
        type: 'scatter',
        symbolSize: 10,
        itemStyle: { color: COLORS[o], opacity: 0.75 },
        data: rows
          .filter((r) => (r.errorCode === 0) === (o === 'success'))
          .map((r) => [Date.parse(r.createdDateTime), y, [r.userPrincipalName, r.ipAddress, r.errorCode ? String(r.errorCode) : ''].filter(Boolean).join(' · ')]),
      })),
    };
  }, [rows, fmt, scheme, t]);
  return <Chart option={option} label={t('alerts.timelineLabel', { n: fmt.number(rows.length) })} height={180} />;
};
