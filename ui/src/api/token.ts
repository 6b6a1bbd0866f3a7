/**
 * The API token: taken once from the URL fragment the server prints (`/#token=...`), kept in
 * session storage (gone when the tab closes), and removed from the address bar so it is not
 * bookmarked, shared with a link or left in history. A 401 from any call clears it.
 */

const KEY = 'signin-report.token';

type Listener = () => void;
const listeners = new Set<Listener>();

export interface AuthState {
  readonly token: string | undefined;
  /** Set when the server refused the stored token (revoked, expired, mistyped). */
  readonly rejected: boolean;
}

let state: AuthState = { token: undefined, rejected: false };

const emit = (next: AuthState): void => {
  state = next;
  for (const l of listeners) l();
};

const readStorage = (): string | undefined => {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
};

const writeStorage = (token: string | undefined): void => {
  try {
    if (token === undefined) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, token);
  } catch {
    // Storage can be disabled (private modes); the token then lives for this page only.
  }
};

/** Takes `#token=...` out of the address bar and returns it. */
const takeTokenFromFragment = (): string | undefined => {
  const hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = hash.get('token');
  if (!token) return undefined;
  hash.delete('token');
  const rest = hash.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${rest ? `#${rest}` : ''}`);
  writeStorage(token);
  return token;
};

let listening = false;

/** Reads the token from `#token=...` (then strips the fragment) or from session storage. */
export const initAuth = (): void => {
  state = { token: takeTokenFromFragment() ?? readStorage(), rejected: false };
  if (listening) return;
  listening = true;
  // The printed URL pasted into a tab that already shows the app changes only the fragment.
  window.addEventListener('hashchange', () => {
    const token = takeTokenFromFragment();
    if (token) emit({ token, rejected: false });
  });
};

export const getAuth = (): AuthState => state;

export const subscribeAuth = (l: Listener): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const signIn = (token: string): void => {
  const t = token.trim().replace(/^Bearer\s+/i, '');
  writeStorage(t);
  emit({ token: t, rejected: false });
};

export const signOut = (): void => {
  writeStorage(undefined);
  emit({ token: undefined, rejected: false });
};

export const rejectToken = (): void => {
  writeStorage(undefined);
  emit({ token: undefined, rejected: true });
};
