/** Loading, empty and error states shared by every page; errors are shown in words, never swallowed. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.js';

export const Loading = ({ label }: { label?: string }) => {
  const { t } = useTranslation();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
};

export const Empty = ({ children }: { children: ReactNode }) => (
  <div className="state state-empty" role="status">
    {children}
  </div>
);

/** Describes an error the way a person would: what failed, the server's own message, and the request id. */
export const ErrorMessage = ({ error, retry }: { error: unknown; retry?: () => void }) => {
  const { t } = useTranslation();
  let lead: string;
  let detail: string | undefined;
  let requestId: string | undefined;
  if (isApiError(error)) {
    requestId = error.requestId;
    detail = error.message;
    if (error.status === 0) lead = t('errors.network');
    else if (error.status === 400) lead = t('errors.badRequest');
    else if (error.status === 403) lead = t('errors.forbidden');
    else if (error.status === 404) lead = t('errors.notFound');
    else if (error.status === 429) lead = t('errors.throttled');
    else if (error.status >= 500) lead = t('errors.server', { status: error.status });
    else lead = t('errors.generic', { status: error.status });
  } else {
    lead = t('errors.unexpected');
    detail = error instanceof Error ? error.message : String(error);
  }
  return (
    <div className="state state-error" role="alert">
      <strong>{lead}</strong>
      {detail ? <p className="error-detail">{detail}</p> : null}
      {requestId ? <p className="muted small">{t('errors.requestId', { id: requestId })}</p> : null}
      {retry ? (
        <button type="button" className="btn" onClick={retry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
};
