/**
 * The virtualised sign-in grid. Only the rows in view (plus overscan) exist in the DOM, and only
 * they are handed to TanStack Table, so the cost of a render does not grow with the number of
 * loaded rows. Scrolling near the end fetches the next page through `@odata.nextLink`.
 * Keyboard: the grid is one tab stop; ↑ ↓ PageUp PageDown Home End move the active row, Enter opens it.
 */
import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../api/catalog.js';
import type { ListRow } from '../../api/sign-in.js';
import { useSettings } from '../../state/settings.js';
import { COLUMN_IDS, type ColumnId } from '../../state/view-state.js';
import { COLUMN_WIDTHS, createColumns, features } from './columns.js';

/** Fixed row height: 32 px keeps a million rows under Chromium's ~33.5 million px element limit. */
export const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 36;
const PREFETCH_ROWS = 150;

interface GridProps {
  readonly rows: readonly ListRow[];
  readonly rowCount: number;
  readonly columns: readonly ColumnId[];
  readonly catalog: ReadonlyMap<number, CatalogEntry>;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly loadMore: () => void;
  readonly selectedId: string | undefined;
  readonly onOpen: (id: string) => void;
  readonly label: string;
  readonly gridRef?: React.RefObject<HTMLDivElement | null>;
}

export const SignInsGrid = ({ rows, rowCount, columns, catalog, hasMore, loadingMore, loadMore, selectedId, onOpen, label, gridRef }: GridProps) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const total = rowCount + (hasMore ? 1 : 0);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header sits above the first row inside the same scroller.
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && last >= rowCount - PREFETCH_ROWS) loadMore();
  }, [hasMore, loadingMore, last, rowCount, loadMore]);

  useEffect(() => {
    if (active >= rowCount && rowCount > 0) setActive(rowCount - 1);
  }, [active, rowCount]);

  // Only the rows in view go through the table model.
  const windowRows = useMemo(() => rows.slice(first, Math.min(last + 1, rowCount)), [rows, first, last, rowCount]);
  const columnDefs = useMemo(() => createColumns(t, fmt, catalog), [t, fmt, catalog]);
  const columnVisibility = useMemo(
    () => Object.fromEntries(COLUMN_IDS.map((c) => [c, columns.includes(c)])),
    [columns],
  );
  const table = useTable({
    features,
    columns: columnDefs,
    data: windowRows as ListRow[],
    getRowId: (r) => r.id,
    state: { columnVisibility, columnOrder: columns as string[] },
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const template = columns.map((c) => `minmax(${COLUMN_WIDTHS[c]}px, ${COLUMN_WIDTHS[c]}fr)`).join(' ');
  const width = columns.reduce((s, c) => s + COLUMN_WIDTHS[c], 0);
  const tableRows = table.getRowModel().rows;

  const move = (to: number) => {
    if (rowCount === 0) return;
    const next = Math.max(0, Math.min(rowCount - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + page),
      PageUp: () => move(active - page),
      Home: () => move(0),
      End: () => move(rowCount - 1),
      Enter: () => {
        const r = rows[active];
        if (r) onOpen(r.id);
      },
    };
    const f = keys[e.key];
    if (!f) return;
    e.preventDefault();
    f();
  };

  return (
    <div
      ref={(el) => {
        scrollRef.current = el;
        if (gridRef) gridRef.current = el;
      }}
      className="grid-scroll"
      role="grid"
      aria-label={label}
      aria-rowcount={hasMore ? -1 : rowCount + 1}
      aria-colcount={columns.length}
      aria-activedescendant={rowCount > 0 ? `signin-row-${active}` : undefined}
      aria-busy={loadingMore}
      tabIndex={0}
      onKeyDown={onKeyDown}
      style={{ '--grid-columns': template, '--grid-width': `${width}px` } as React.CSSProperties}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" className="grid-row grid-header-row" aria-rowindex={1}>
          {headers.map((h, i) => (
            <div role="columnheader" key={h.id} className="grid-cell" aria-colindex={i + 1}>
              <table.FlexRender header={h} />
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}>
        {items.map((item) => {
          if (item.index >= rowCount) {
            return (
              <div key="loader" role="row" className="grid-row grid-loader" style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }} aria-rowindex={item.index + 2}>
                <div role="gridcell" className="grid-cell">
                  {t('signIns.loadingMore')}
                </div>
              </div>
            );
          }
          const row = tableRows[item.index - first];
          const data = rows[item.index];
          if (!row || !data) return null;
          const classes = ['grid-row', 'grid-data-row'];
          if (item.index === active) classes.push('is-active');
          if (data.id === selectedId) classes.push('is-selected');
          return (
            <div
              key={data.id}
              id={`signin-row-${item.index}`}
              data-id={data.id}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={data.id === selectedId}
              className={classes.join(' ')}
              style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
              onClick={() => {
                setActive(item.index);
                onOpen(data.id);
              }}
            >
              {row.getVisibleCells().map((cell, i) => (
                <div role="gridcell" key={cell.id} className="grid-cell" aria-colindex={i + 1}>
                  <table.FlexRender cell={cell} />
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
};
