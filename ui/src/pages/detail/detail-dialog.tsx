/**
 * The detail panel: a modal dialog (native `<dialog>`, so focus is trapped and Esc closes it) with
 * tabs for basic info, location, device, authentication details, conditional access and
 * troubleshooting. The open tab is part of the URL.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../api/catalog.js';
import { useSignIn } from '../../api/queries.js';
import { optNum, optStr, isObject } from '../../api/decode.js';
import { LanguageSwitch } from '../../components/prefs.js';
import { ErrorMessage, Loading } from '../../components/status.js';
import { Tabs, tabPanelProps } from '../../components/tabs.js';
import { useSettings } from '../../state/settings.js';
import { DETAIL_TABS, type DetailTab } from '../../state/view-state.js';
import { outcomeOf, OutcomeBadge } from '../sign-ins/columns.js';
import { AuthenticationSection, BasicSection, ConditionalAccessSection, DeviceSection, LocationSection } from './sections.js';
import { Troubleshooting } from './troubleshooting.js';

interface DetailProps {
  readonly id: string;
  readonly tab: DetailTab;
  readonly catalog: ReadonlyMap<number, CatalogEntry>;
  readonly onTab: (tab: DetailTab) => void;
  readonly onClose: () => void;
}

export const DetailDialog = ({ id, tab, catalog, onTab, onClose }: DetailProps) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const ref = useRef<HTMLDialogElement>(null);
  const q = useSignIn(id);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open && typeof d.showModal === 'function') d.showModal();
    return () => {
      if (d?.open) d.close();
    };
  }, []);

  // Close the modal first: while it is open the rest of the page is inert and cannot take focus back.
  const close = () => {
    if (ref.current?.open) ref.current.close();
    onClose();
  };

  const rec = q.data;
  const status = rec && isObject(rec.status) ? rec.status : {};
  const code = optNum(status.errorCode) ?? 0;
  const outcome = outcomeOf(code, catalog);
  const who = rec ? (optStr(rec.userDisplayName) ?? optStr(rec.servicePrincipalName) ?? optStr(rec.userPrincipalName) ?? '—') : '';

  return (
    <dialog
      ref={ref}
      className="detail"
      aria-labelledby="detail-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <header className="detail-head">
        <div>
          <h2 id="detail-title">{rec ? t('detail.title', { who, app: optStr(rec.appDisplayName) ?? '—' }) : t('detail.titleLoading')}</h2>
          {rec ? (
            <p className="muted">
              <OutcomeBadge outcome={outcome} label={t(`outcome.${outcome}`)} />{' '}
              <time dateTime={rec.createdDateTime}>{fmt.dateTime(rec.createdDateTime)}</time> · {fmt.relative(rec.createdDateTime)}
              {code !== 0 ? (
                <>
                  {' '}
                  · {t('detail.code', { code })}
                </>
              ) : null}
            </p>
          ) : null}
        </div>
        <div className="detail-actions">
          {/* The modal makes the header unreachable; the language switch comes along. */}
          <LanguageSwitch />
          <button type="button" className="btn btn-icon" onClick={close} aria-label={t('common.close')}>
            ×
          </button>
        </div>
      </header>
      <Tabs
        idPrefix="detail"
        label={t('detail.tabsLabel')}
        items={DETAIL_TABS.map((d) => ({ id: d, label: t(`detail.tabs.${d}`) }))}
        selected={tab}
        onSelect={onTab}
      />
      <div {...tabPanelProps('detail', tab)} className="detail-body">
        {q.isPending ? (
          <Loading />
        ) : q.isError ? (
          <ErrorMessage error={q.error} retry={() => void q.refetch()} />
        ) : tab === 'basic' ? (
          <BasicSection rec={q.data} outcome={outcome} />
        ) : tab === 'location' ? (
          <LocationSection rec={q.data} />
        ) : tab === 'device' ? (
          <DeviceSection rec={q.data} />
        ) : tab === 'authentication' ? (
          <AuthenticationSection rec={q.data} />
        ) : tab === 'conditionalAccess' ? (
          <ConditionalAccessSection rec={q.data} />
        ) : (
          <Troubleshooting rec={q.data} catalog={catalog} />
        )}
      </div>
    </dialog>
  );
};
