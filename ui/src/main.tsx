/** Entry point: reads the token from the URL, sets up i18n and the query cache, renders the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initAuth } from './api/token.js';
import { createI18n } from './i18n/i18n.js';
import { createQueryClient, Root } from './root.js';
import { initialLang } from './state/settings.js';
import './styles.css';

initAuth();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root i18n={createI18n(initialLang())} queryClient={createQueryClient()} />
    </StrictMode>,
  );
}
