import '@fontsource-variable/inter';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadSanitizer } from './components/status/sanitizer';
import { initI18n } from './i18n/i18n';
import './styles/theme.css';

// Posts need the sanitizer, which is not in this bundle: fetched now, it is ready before the first post arrives.
void loadSanitizer();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// English strings are in this bundle; another language's arrive before the first render.
// (Not a top-level await: that would make the bundler split the first bundle into many small chunks.)
void initI18n().then((i18n) => {
  document.documentElement.lang = i18n.language;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
