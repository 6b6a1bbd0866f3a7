/**
 * One list of an entity page (countries, IP addresses, apps, codes...): each value with its count,
 * failures, and first and last seen within the period. Values may link to their own page.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fact } from '../../api/entity.js';
import { Link } from '../../components/link.js';
import { useSettings } from '../../state/settings.js';

export interface ExtraColumn<F> {
  readonly header: string;
  readonly cell: (f: F) => ReactNode;
  readonly numeric?: boolean;
}

interface FactTableProps<F extends Omit<Fact, 'value'> & { value: string | number }> {
  readonly id: string;
  readonly title: string;
  readonly facts: readonly F[];
  readonly valueHeader?: string;
  /** Text of a value (defaults to the value itself). */
  readonly label?: (f: F) => string;
  /** A page the value opens, if any. */
  readonly href?: (f: F) => string | undefined;
  readonly linkLabel?: (f: F) => string;
  readonly extra?: readonly ExtraColumn<F>[];
  readonly mono?: boolean;
  readonly hint?: ReactNode;
  /** Spans both columns of the lists' grid (tables with extra columns). */
  readonly wide?: boolean;
}

export const FactTable = <F extends Omit<Fact, 'value'> & { value: string | number }>({
  id,
  title,
  facts,
  valueHeader,
  label,
  href,
  linkLabel,
  extra = [],
  mono,
  hint,
  wide,
}: FactTableProps<F>) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const max = Math.max(1, ...facts.map((f) => f.count));
  return (
    <section className={wide ? 'panel panel-wide entity-list' : 'panel entity-list'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {hint}
      {facts.length === 0 ? (
        <p className="muted">{t('entity.lists.none')}</p>
      ) : (
        // Focusable so the keyboard can scroll a long list.
        <div className="table-wrap entity-list-scroll" tabIndex={0} role="region" aria-labelledby={id}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{valueHeader ?? t('entity.lists.value')}</th>
                {extra.map((c) => (
                  <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>
                    {c.header}
                  </th>
                ))}
                <th scope="col" className="num">{t('entity.lists.count')}</th>
                <th scope="col" className="num">{t('entity.lists.failures')}</th>
                <th scope="col">{t('entity.lists.firstSeen')}</th>
                <th scope="col">{t('entity.lists.lastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {facts.map((f) => {
                const text = label ? label(f) : String(f.value);
                const to = href?.(f);
                return (
                  <tr key={String(f.value)}>
                    <th scope="row" className={mono ? 'mono nowrap' : undefined}>
                      {to ? (
                        <Link href={to} aria-label={linkLabel?.(f)}>
                          {text}
                        </Link>
                      ) : (
                        text
                      )}
                    </th>
                    {extra.map((c) => (
                      <td key={c.header} className={c.numeric ? 'num' : undefined}>
                        {c.cell(f)}
                      </td>
                    ))}
                    <td className="num">
                      <span className="bar" aria-hidden="true">
                        <span className="bar-fill" style={{ width: `${(f.count / max) * 100}%` }} />
                      </span>
                      {fmt.number(f.count)}
                    </td>
                    <td className={f.failures > 0 ? 'num fail-count' : 'num'}>{fmt.number(f.failures)}</td>
                    <td>
                      <time dateTime={f.firstSeen}>{fmt.dateTime(f.firstSeen)}</time>
                    </td>
                    <td>
                      <time dateTime={f.lastSeen}>{fmt.dateTime(f.lastSeen)}</time>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
