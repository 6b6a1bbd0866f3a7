/** Shown when there is no API token, or the server refused it: explains where to get one. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn } from './api/token.js';
import { LanguageSwitch } from './components/prefs.js';

export const SignInScreen = ({ rejected }: { rejected: boolean }) => {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const id = useId();
  return (
    <main className="sign-in-screen" id="main">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <h1>{t('app.name')}</h1>
          <LanguageSwitch />
        </div>
        {rejected ? (
          <p className="state state-error" role="alert">
            {t('auth.rejected')}
          </p>
        ) : null}
        <p>{t('auth.intro')}</p>
        <ol className="steps">
          <li>{t('auth.step1')}</li>
          <li>{t('auth.step2')}</li>
        </ol>
        <pre className="code-block">signin-report token create --name browser --scope read</pre>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (token.trim()) signIn(token);
          }}
        >
          <label htmlFor={id}>{t('auth.tokenLabel')}</label>
          <div className="row">
            <input id={id} type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} required />
            <button type="submit" className="btn btn-primary">
              {t('auth.submit')}
            </button>
          </div>
        </form>
        <p className="muted small">{t('auth.storage')}</p>
      </div>
    </main>
  );
};
