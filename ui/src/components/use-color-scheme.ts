/** Follows the system's light/dark preference (prefers-color-scheme) live. */
import { useSyncExternalStore } from 'react';

const query = (): MediaQueryList | undefined =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : undefined;

const subscribe = (l: () => void): (() => void) => {
  const q = query();
  q?.addEventListener('change', l);
  return () => q?.removeEventListener('change', l);
};

export const useColorScheme = (): 'light' | 'dark' =>
  useSyncExternalStore(subscribe, () => (query()?.matches ? 'dark' : 'light'), () => 'light');
