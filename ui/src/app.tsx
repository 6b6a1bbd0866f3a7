/**
 * The app shell: header with navigation and the viewer's preferences (language, local/UTC time),
 * the sign-in screen when there is no valid token, and the page the URL names.
 */
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { getAuth, signOut, subscribeAuth } from './api/token.js';
import { Link } from './components/link.js';
import { Loading } from './components/status.js';
import { LanguageSwitch, TimeSwitch } from './components/prefs.js';
import { AlertsBadge } from './pages/alerts/alerts-badge.js';
import { ErrorCodesPage } from './pages/error-codes/error-codes-page.js';
import { SignInsPage } from './pages/sign-ins/sign-ins-page.js';
import { SignInScreen } from './sign-in-screen.js';
import { pageHref, useView } from './state/use-view.js';
import { PAGES, type Page } from './state/view-state.js';

// The dashboard brings ECharts; loading it on demand keeps the list's first paint light.
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page.js').then((m) => ({ default: m.DashboardPage })));
// The entity pages bring ECharts and the world map's outlines: loaded on demand as well.
const EntityPage = lazy(() => import('./pages/entity/entity-page.js').then((m) => ({ default: m.EntityPage })));
const AlertsPage = lazy(() => import('./pages/alerts/alerts-page.js').then((m) => ({ default: m.AlertsPage })));

const NAV_LABEL: Record<Page, 'nav.signIns' | 'nav.dashboard' | 'nav.alerts' | 'nav.errorCodes'> = {
  'sign-ins': 'nav.signIns',
  dashboard: 'nav.dashboard',
  alerts: 'nav.alerts',
  'error-codes': 'nav.errorCodes',
};

export const App = () => {
  const { t } = useTranslation();
  const auth = useSyncExternalStore(subscribeAuth, getAuth);
  const view = useView();
  const queryClient = useQueryClient();
  // A new token may see what the old one could not: forget every answer given to the old one.
  const previous = useRef(auth.token);
  useEffect(() => {
    if (auth.token && previous.current !== auth.token) void queryClient.resetQueries();
    previous.current = auth.token;
  }, [auth.token, queryClient]);
  if (!auth.token) return <SignInScreen rejected={auth.rejected} />;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {PAGES.map((p) => (
              <li key={p}>
                <Link href={pageHref(p)} aria-current={view.page === p ? 'page' : undefined}>
                  {t(NAV_LABEL[p])}
                  {p === 'alerts' ? <AlertsBadge /> : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="prefs">
          <LanguageSwitch />
          <TimeSwitch />
          <button type="button" className="btn btn-quiet" onClick={signOut}>
            {t('auth.signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {view.page === 'dashboard' ? (
          <Suspense fallback={<Loading />}>
            <DashboardPage view={view.dashboard} />
          </Suspense>
        ) : view.page === 'entity' ? (
          <Suspense fallback={<Loading />}>
            <EntityPage key={`${view.entity.kind}:${view.entity.key}`} view={view.entity} />
          </Suspense>
        ) : view.page === 'alerts' ? (
          <Suspense fallback={<Loading />}>
            <AlertsPage view={view.alerts} />
          </Suspense>
        ) : view.page === 'error-codes' ? (
          <ErrorCodesPage view={view.errorCodes} />
        ) : (
          <SignInsPage view={view.signIns} />
        )}
      </main>
    </>
  );
};
