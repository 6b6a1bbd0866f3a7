/**
 * A link to a user, IP address or application page, for cells of other pages. In the sign-in grid
 * it stays out of the tab order (the grid is one tab stop; the detail panel's links serve the
 * keyboard) and does not also open the row's detail panel.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/link.js';
import { entityHref, type EntityKind } from '../../state/entity-view.js';

interface EntityLinkProps {
  readonly kind: EntityKind;
  readonly value: string;
  readonly children?: ReactNode;
  readonly inGrid?: boolean;
  readonly className?: string;
  readonly title?: string;
}

export const EntityLink = ({ kind, value, children, inGrid, className, title }: EntityLinkProps) => {
  const { t } = useTranslation();
  return (
    <Link
      href={entityHref(kind, value)}
      className={['entity-link', className].filter(Boolean).join(' ')}
      title={title ?? t(`entity.open.${kind}`, { name: value })}
      tabIndex={inGrid ? -1 : undefined}
      onClick={(e) => e.stopPropagation()}
    >
      {children ?? value}
    </Link>
  );
};
