/**
 * Sign-ins of one entity over time, stacked by outcome, with the failure rate as a line on its own
 * axis (the application page's "is it getting worse?"). The numbers are also in a table.
 */
import { LineChart } from 'echarts/charts';
import { use } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityTimeline } from '../../api/entity.js';
import { Chart } from '../../components/chart.js';
import { useColorScheme } from '../../components/use-color-scheme.js';
import { useSettings } from '../../state/settings.js';

const COLORS = { success: '#2f9e44', failure: '#e03131', interrupted: '#f08c00', rate: '#7048e8' } as const;
const OUTCOMES = ['success', 'interrupted', 'failure'] as const;

let registered = false;
const registerLine = (): void => {
  if (registered) return;
  use([LineChart]);
  registered = true;
};

/** Failures over all sign-ins of a bucket; null (a gap in the line) when the bucket is empty. */
export const bucketFailureRate = (b: { success: number; failure: number; interrupted: number }): number | null => {
  const total = b.success + b.failure + b.interrupted;
  return total === 0 ? null : b.failure / total;
};

export const TimelineChart = ({ data, showRate }: { data: EntityTimeline; showRate: boolean }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const scheme = useColorScheme();
  registerLine();
  const label = (iso: string) => (data.bucket === 'hour' ? fmt.hour(iso) : fmt.day(iso));
  const option = useMemo(() => {
    const c = scheme === 'dark' ? { text: '#ced4da', line: '#495057', split: '#343a40' } : { text: '#495057', line: '#adb5bd', split: '#e9ecef' };
    const axis = { axisLabel: { color: c.text }, splitLine: { lineStyle: { color: c.split } } };
    return {
      tooltip: { trigger: 'axis', confine: true, renderMode: 'richText' },
      legend: { bottom: 0, textStyle: { color: c.text } },
      grid: { left: 56, right: showRate ? 56 : 16, top: 16, bottom: 64 },
      xAxis: { type: 'category', data: data.series.map((b) => label(b.bucket)), axisLabel: { color: c.text }, axisLine: { lineStyle: { color: c.line } } },
      yAxis: [
        { type: 'value', minInterval: 1, ...axis },
        ...(showRate ? [{ type: 'value', min: 0, max: 1, axisLabel: { color: c.text, formatter: (v: number) => fmt.percent(v) }, splitLine: { show: false } }] : []),
      ],
      series: [
        ...OUTCOMES.map((o) => ({
          id: o,
          name: t(`outcome.${o}`),
          type: 'bar',
          stack: 'signIns',
          itemStyle: { color: COLORS[o] },
          data: data.series.map((b) => b[o]),
        })),
        ...(showRate
          ? [
              {
                id: 'rate',
                name: t('entity.failureRateSeries'),
                type: 'line',
                yAxisIndex: 1,
                connectNulls: false,
                showSymbol: data.series.length <= 60,
                itemStyle: { color: COLORS.rate },
                lineStyle: { width: 2 },
                data: data.series.map(bucketFailureRate),
                tooltip: { valueFormatter: (v: number | null) => (v === null ? '—' : fmt.percent(v)) },
              },
            ]
          : []),
      ],
    };
    // `label` depends only on fmt and the bucket, both listed.
  }, [data, showRate, t, fmt, scheme]);
  return (
    <>
      <Chart option={option} height={280} label={t('entity.overTimeChart')} />
      <details className="data-details">
        <summary>{t('entity.asTable')}</summary>
        <div className="table-wrap entity-list-scroll" tabIndex={0} role="region" aria-label={t('entity.overTime')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('entity.bucketColumn')}</th>
                <th scope="col" className="num">{t('outcome.success')}</th>
                <th scope="col" className="num">{t('outcome.failure')}</th>
                <th scope="col" className="num">{t('outcome.interrupted')}</th>
                <th scope="col" className="num">{t('entity.failureRateSeries')}</th>
              </tr>
            </thead>
            <tbody>
              {data.series.map((b) => {
                const r = bucketFailureRate(b);
                return (
                  <tr key={b.bucket}>
                    <th scope="row">{label(b.bucket)}</th>
                    <td className="num">{fmt.number(b.success)}</td>
                    <td className="num">{fmt.number(b.failure)}</td>
                    <td className="num">{fmt.number(b.interrupted)}</td>
                    <td className="num">{r === null ? '—' : fmt.percent(r)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
};
