import '@fontsource-variable/inter';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadSanitizer } from './components/status/sanitizer';
import { showOpeningHome } from './features/timelines/homeCacheRead';
import { initI18n } from './i18n/i18n';
import { useAtrium } from './store/store';
import './styles/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// The session and the active account's kept Home come in one answer the preload asked for as the page began
// loading; they go into the store as they arrive, not after the strings, the sanitizer or React's first render.
showOpeningHome();
void useAtrium.getState().startSession();

// English strings are in this bundle; another language's arrive before the first render, and so does the
// post sanitizer (fetched beside them), so a cached Home never draws as plain text first and then again.
// (Not a top-level await: that would make the bundler split the first bundle into many small chunks.)
void Promise.all([initI18n(), loadSanitizer()]).then(([i18n]) => {
  document.documentElement.lang = i18n.language;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
