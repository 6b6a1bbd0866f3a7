/**
 * Viewer preferences that are not part of a shared view: language and local/UTC time. They are
 * remembered in local storage (a link opened by a colleague keeps the colleague's language).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatter, type Formatter, type Lang, type TimeMode } from '../format/format.js';

const LANG_KEY = 'signin-report.lang';
const TIME_KEY = 'signin-report.time';

interface Settings {
  readonly lang: Lang;
  readonly timeMode: TimeMode;
  readonly fmt: Formatter;
  setLang(lang: Lang): void;
  setTimeMode(mode: TimeMode): void;
}

const SettingsContext = createContext<Settings | undefined>(undefined);

const read = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};

const write = (key: string, value: string): void => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage disabled: the preference lasts for this page only.
  }
};

/** The language to start with: the stored choice, else the browser's. */
export const initialLang = (): Lang => {
  const stored = read(LANG_KEY);
  if (stored === 'en' || stored === 'ja') return stored;
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
};

export const SettingsProvider = ({ children }: { children: ReactNode }) => {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'ja' ? 'ja' : 'en';
  const [timeMode, setTime] = useState<TimeMode>(() => (read(TIME_KEY) === 'utc' ? 'utc' : 'local'));

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback(
    (l: Lang) => {
      write(LANG_KEY, l);
      void i18n.changeLanguage(l);
    },
    [i18n],
  );
  const setTimeMode = useCallback((m: TimeMode) => {
    write(TIME_KEY, m);
    setTime(m);
  }, []);
  const fmt = useMemo(() => createFormatter(lang, timeMode), [lang, timeMode]);
  const value = useMemo(() => ({ lang, timeMode, fmt, setLang, setTimeMode }), [lang, timeMode, fmt, setLang, setTimeMode]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
};

export const useSettings = (): Settings => {
  const s = useContext(SettingsContext);
  if (!s) throw new Error('useSettings outside SettingsProvider');
  return s;
};
