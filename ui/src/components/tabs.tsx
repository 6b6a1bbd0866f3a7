/**
 * WAI-ARIA tabs (automatic activation): one tab stop, arrow keys / Home / End move and select.
 * The caller renders the panel with `tabPanelProps` so ids and labels line up.
 */
import { useRef, type KeyboardEvent } from 'react';

export interface TabItem<T extends string> {
  readonly id: T;
  readonly label: string;
}

interface TabsProps<T extends string> {
  readonly idPrefix: string;
  readonly label: string;
  readonly items: readonly TabItem<T>[];
  readonly selected: T;
  readonly onSelect: (id: T) => void;
  readonly className?: string;
}

export const tabId = (prefix: string, id: string): string => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string): string => `${prefix}-panel-${id}`;

export const tabPanelProps = (prefix: string, id: string) => ({
  role: 'tabpanel' as const,
  id: panelId(prefix, id),
  'aria-labelledby': tabId(prefix, id),
  tabIndex: 0,
});

export const Tabs = <T extends string>({ idPrefix, label, items, selected, onSelect, className }: TabsProps<T>) => {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = items.findIndex((it) => it.id === selected);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % items.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + items.length) % items.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const item = items[next];
    if (!item) return;
    onSelect(item.id);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={`tabs ${className ?? ''}`} onKeyDown={onKeyDown}>
      {items.map((it, i) => (
        <button
          key={it.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={tabId(idPrefix, it.id)}
          aria-selected={it.id === selected}
          aria-controls={panelId(idPrefix, it.id)}
          tabIndex={it.id === selected ? 0 : -1}
          className="tab"
          onClick={() => onSelect(it.id)}
        >
          {it.label}
        </button>
      ))}
    </div>
  );
};
