/**
 * The dashboard's charts as ECharts options. Colours are fixed per category so the same category
 * has the same colour on every chart; text colours follow the system's colour scheme.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../api/analytics.js';
import { CATEGORIES, isCategory, OUTCOMES, type ErrorCategory, type Outcome } from '../../api/catalog.js';
import { Chart } from '../../components/chart.js';
import { useColorScheme } from '../../components/use-color-scheme.js';
import { useSettings } from '../../state/settings.js';

export const CATEGORY_COLORS: Record<ErrorCategory, string> = {
  credentials: '#d9480f',
  mfa: '#7048e8',
  'conditional-access': '#c2255c',
  'account-state': '#e67700',
  consent: '#1c7ed6',
  'application-config': '#0c8599',
  'token-protocol': '#5c940d',
  device: '#2f9e44',
  federation: '#9c36b5',
  'tenant-config': '#3b5bdb',
  'throttling-lockout': '#f03e3e',
  service: '#868e96',
  other: '#adb5bd',
};

const OUTCOME_COLORS: Record<Outcome, string> = { success: '#2f9e44', failure: '#e03131', interrupted: '#f08c00' };

const useAxisColors = () => {
  const scheme = useColorScheme();
  return scheme === 'dark'
    ? { text: '#ced4da', line: '#495057', split: '#343a40' }
    : { text: '#495057', line: '#adb5bd', split: '#e9ecef' };
};

// Drawn on the canvas: ECharts' HTML tooltips carry inline style attributes, which the CSP blocks.
const tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, renderMode: 'richText' } as const;

export const OverTimeChart = ({ data, categories, onClick }: { data: Dashboard; categories: readonly ErrorCategory[]; onClick: (index: number, category: string | undefined) => void }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const c = useAxisColors();
  const option = useMemo(() => {
    const labels = data.failuresOverTime.map((b) => (data.bucket === 'hour' ? fmt.hour(b.bucket) : fmt.day(b.bucket)));
    return {
      tooltip,
      legend: { type: 'plain', bottom: 0, textStyle: { color: c.text } },
      grid: { left: 48, right: 16, top: 16, bottom: 64 },
      xAxis: { type: 'category', data: labels, axisLabel: { color: c.text }, axisLine: { lineStyle: { color: c.line } } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: c.text }, splitLine: { lineStyle: { color: c.split } } },
      series: categories.map((cat) => ({
        id: cat,
        name: t(`category.${cat}`),
        type: 'bar',
        stack: 'failures',
        itemStyle: { color: CATEGORY_COLORS[cat] },
        emphasis: { focus: 'series' },
        data: data.failuresOverTime.map((b) => b.byCategory[cat] ?? 0),
        cursor: 'pointer',
      })),
    };
  }, [data, categories, t, fmt, c]);
  return (
    <>
      <Chart option={option} height={300} label={t('dashboard.overTimeChart')} onItemClick={(p) => onClick(p.dataIndex, p.seriesId)} />
      <details className="data-details">
        <summary>{t('dashboard.asTable')}</summary>
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.bucket')}</th>
                <th scope="col" className="num">{t('outcome.failure')}</th>
                <th scope="col" className="num">{t('outcome.interrupted')}</th>
                <th scope="col" className="num">{t('outcome.success')}</th>
              </tr>
            </thead>
            <tbody>
              {data.failuresOverTime.map((b, i) => (
                <tr key={b.bucket}>
                  <td>
                    <button type="button" className="link-button" onClick={() => onClick(i, undefined)}>
                      {data.bucket === 'hour' ? fmt.hour(b.bucket) : fmt.day(b.bucket)}
                    </button>
                  </td>
                  <td className="num">{fmt.number(b.failure)}</td>
                  <td className="num">{fmt.number(b.interrupted)}</td>
                  <td className="num">{fmt.number(b.success)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
};

export const TopCodesChart = ({ data, onClick }: { data: Dashboard; onClick: (code: number) => void }) => {
  const { t } = useTranslation();
  const { lang, fmt } = useSettings();
  const c = useAxisColors();
  const codes = data.topErrorCodes.slice(0, 10);
  const option = useMemo(() => {
    // Horizontal bars, largest on top: ECharts draws category axes bottom-up.
    const rows = [...codes].reverse();
    const label = (i: number) => {
      const r = rows[i];
      if (!r) return '';
      const title = r.title?.[lang] ?? r.title?.en ?? t('category.unknown');
      return `${r.errorCode}  ${title.length > 48 ? `${title.slice(0, 47)}…` : title}`;
    };
    return {
      tooltip: { ...tooltip, valueFormatter: (v: unknown) => (typeof v === 'number' ? fmt.number(v) : String(v)) },
      grid: { left: 8, right: 48, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: c.text }, splitLine: { lineStyle: { color: c.split } } },
      yAxis: {
        type: 'category',
        data: rows.map((_, i) => label(i)),
        axisLabel: { color: c.text, width: 380, overflow: 'truncate' },
        axisLine: { lineStyle: { color: c.line } },
      },
      series: [
        {
          id: 'codes',
          name: t('dashboard.failures'),
          type: 'bar',
          cursor: 'pointer',
          label: { show: true, position: 'right', color: c.text, formatter: (p: { value: number }) => fmt.number(p.value) },
          data: rows.map((r) => ({
            value: r.count,
            itemStyle: { color: r.category && isCategory(r.category) ? CATEGORY_COLORS[r.category] : CATEGORY_COLORS.other },
          })),
        },
      ],
    };
  }, [codes, lang, t, fmt, c]);
  const height = Math.max(120, codes.length * 30 + 24);
  return (
    <Chart
      option={option}
      height={height}
      label={t('dashboard.topCodesChart')}
      onItemClick={(p) => {
        const r = [...codes].reverse()[p.dataIndex];
        if (r) onClick(r.errorCode);
      }}
    />
  );
};

export const CategoryOutcomeChart = ({ data, onClick }: { data: Dashboard; onClick: (category: ErrorCategory, outcome: Outcome) => void }) => {
  const { t } = useTranslation();
  const c = useAxisColors();
  // Category axes are drawn bottom-up; reversed, the list reads top-down in catalog order.
  const cats = CATEGORIES.filter((cat) => data.categoryByOutcome.some((x) => x.category === cat && x.count > 0)).reverse();
  const outcomes = OUTCOMES.filter((o) => o !== 'success' && data.categoryByOutcome.some((x) => x.outcome === o && x.count > 0));
  const option = useMemo(
    () => ({
      tooltip,
      legend: { bottom: 0, textStyle: { color: c.text } },
      grid: { left: 8, right: 16, top: 8, bottom: 40, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: c.text }, splitLine: { lineStyle: { color: c.split } } },
      yAxis: { type: 'category', data: cats.map((cat) => t(`category.${cat}`)), axisLabel: { color: c.text }, axisLine: { lineStyle: { color: c.line } } },
      series: outcomes.map((o) => ({
        id: o,
        name: t(`outcome.${o}`),
        type: 'bar',
        stack: 'outcome',
        cursor: 'pointer',
        itemStyle: { color: OUTCOME_COLORS[o] },
        data: cats.map((cat) => data.categoryByOutcome.find((x) => x.category === cat && x.outcome === o)?.count ?? 0),
      })),
    }),
    [cats, outcomes, data, t, c],
  );
  if (cats.length === 0) return null;
  return (
    <Chart
      option={option}
      height={Math.max(140, cats.length * 28 + 56)}
      label={t('dashboard.categoryByOutcome')}
      onItemClick={(p) => {
        const cat = cats[p.dataIndex];
        const o = OUTCOMES.find((x) => x === p.seriesId);
        if (cat && o) onClick(cat, o);
      }}
    />
  );
};
