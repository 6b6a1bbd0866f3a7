/** Entry point: reads the token from the URL, sets up i18n and the query cache, renders the app. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { isApiError } from './api/client.js';
import { initAuth } from './api/token.js';
import { App } from './app.js';
import { createI18n } from './i18n/i18n.js';
import { initialLang, SettingsProvider } from './state/settings.js';
import './styles.css';

initAuth();
const i18n = createI18n(initialLang());
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; network errors and 5xx get two more tries.
      retry: (count, e) => count < 2 && !(isApiError(e) && e.status >= 400 && e.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <SettingsProvider>
            <App />
          </SettingsProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
