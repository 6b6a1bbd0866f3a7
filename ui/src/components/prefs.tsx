/** The viewer's preference switches: language and local/UTC time. */
import { useTranslation } from 'react-i18next';
import { useSettings } from '../state/settings.js';

export const LanguageSwitch = () => {
  const { t } = useTranslation();
  const { lang, setLang } = useSettings();
  return (
    <div className="segmented" role="group" aria-label={t('prefs.language')}>
      <button type="button" aria-pressed={lang === 'en'} lang="en" onClick={() => setLang('en')}>
        English
      </button>
      <button type="button" aria-pressed={lang === 'ja'} lang="ja" onClick={() => setLang('ja')}>
        日本語
      </button>
    </div>
  );
};

export const TimeSwitch = () => {
  const { t } = useTranslation();
  const { timeMode, setTimeMode, fmt } = useSettings();
  return (
    <div className="segmented" role="group" aria-label={t('prefs.time')}>
      <button type="button" aria-pressed={timeMode === 'local'} onClick={() => setTimeMode('local')} title={fmt.timeZone}>
        {t('prefs.local')}
      </button>
      <button type="button" aria-pressed={timeMode === 'utc'} onClick={() => setTimeMode('utc')}>
        UTC
      </button>
    </div>
  );
};

