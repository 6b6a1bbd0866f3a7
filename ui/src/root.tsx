/** The provider stack around the app (i18n, query cache, viewer settings); shared by main.tsx and tests. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { isApiError } from './api/client.js';
import { App } from './app.js';
import { SettingsProvider } from './state/settings.js';

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; network errors and 5xx get two more tries.
        retry: (count, e) => count < 2 && !(isApiError(e) && e.status >= 400 && e.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });

export const Root = ({ i18n, queryClient }: { i18n: I18n; queryClient: QueryClient }) => (
  <I18nextProvider i18n={i18n}>
    <QueryClientProvider client={queryClient}>
      <SettingsProvider>
        <App />
      </SettingsProvider>
    </QueryClientProvider>
  </I18nextProvider>
);
