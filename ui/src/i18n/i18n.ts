/**
 * i18next set up with both languages bundled (they are small; no loading flash on switching).
 * English is the source; a missing Japanese key is a type error and a test failure, never a
 * silent fallback at runtime.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { ja } from './ja.js';

export const resources = { en: { translation: en }, ja: { translation: ja } } as const;

export const createI18n = (lng: 'en' | 'ja'): I18n => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: false,
    supportedLngs: ['en', 'ja'],
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
};
