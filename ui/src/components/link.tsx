/** An anchor that navigates inside the app (history API) on a plain click and stays a real link otherwise. */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../state/use-view.js';

export const Link = ({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
};
