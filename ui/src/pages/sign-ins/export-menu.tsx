/**
 * Export of exactly the filtered rows through `/api/export` (same `$filter` and order as the list).
 * The download is streamed into memory with a progress count, then saved with the server's file
 * name; the bearer token cannot ride on a plain link.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client.js';
import { ErrorMessage } from '../../components/status.js';
import { useSettings } from '../../state/settings.js';
import { EXPORT_FORMATS, exportUrl, type ExportFormat } from '../../state/odata-filter.js';

const fileNameFrom = (res: Response, format: ExportFormat): string => {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  if (plain?.[1]) return plain[1];
  return `sign-ins-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '')}.${format}`;
};

export const ExportMenu = ({ filter }: { filter: string }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const [busy, setBusy] = useState<{ format: ExportFormat; bytes: number } | undefined>();
  const [error, setError] = useState<unknown>();
  const details = useRef<HTMLDetailsElement>(null);
  const abort = useRef<AbortController | undefined>(undefined);

  const run = async (format: ExportFormat) => {
    if (details.current) details.current.open = false;
    setError(undefined);
    const ctl = new AbortController();
    abort.current = ctl;
    setBusy({ format, bytes: 0 });
    try {
      const res = await apiFetch(exportUrl(filter, format), ctl.signal);
      const chunks: BlobPart[] = [];
      let bytes = 0;
      const reader = res.body?.getReader();
      if (reader) {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          bytes += value.byteLength;
          setBusy({ format, bytes });
        }
      } else chunks.push(await res.blob());
      const blob = new Blob(chunks, { type: res.headers.get('content-type') ?? 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileNameFrom(res, format);
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e);
    } finally {
      setBusy(undefined);
      abort.current = undefined;
    }
  };

  return (
    <div className="export">
      {busy ? (
        <span className="export-progress" role="status">
          {t('export.progress', { format: busy.format.toUpperCase(), size: fmt.number(Math.round(busy.bytes / 1024)) })}
          <button type="button" className="btn btn-quiet" onClick={() => abort.current?.abort()}>
            {t('common.cancel')}
          </button>
        </span>
      ) : (
        <details ref={details} className="menu">
          <summary className="btn">{t('export.button')}</summary>
          <div className="menu-panel" role="group" aria-label={t('export.button')}>
            <p className="muted small">{t('export.hint')}</p>
            {EXPORT_FORMATS.map((f) => (
              <button key={f} type="button" className="btn btn-block" onClick={() => void run(f)}>
                {t(`export.${f}`)}
              </button>
            ))}
          </div>
        </details>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
};
