import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { initI18n, loadLanguage, loadLazyStrings } from '../../../renderer/i18n/i18n';
import { loadSanitizer } from '../../../renderer/components/status/sanitizer';
import { noteStreamConnected } from '../../../renderer/bridge/connection';
import { resetStore } from '../../../renderer/store/store';

const lazyFeatures = Object.keys(import.meta.glob('../../../renderer/i18n/locales/en/*.lazy.json')).map((file) => file.replace(/^.*\/(\w+)\.lazy\.json$/, '$1'));

beforeAll(async () => {
  await initI18n(['en']);
  // Some tests switch to Spanish; in the app the language is chosen once, at start.
  await loadLanguage('es');
  // As in the app, which starts loading it at once: posts render sanitized from their first draw.
  await loadSanitizer();
  // Tests render lazily loaded views directly, without the loader that brings their strings in the app.
  await Promise.all(lazyFeatures.map(loadLazyStrings));
});

afterEach(() => {
  cleanup();
  resetStore();
  // Each test starts online, with nothing kept in the page's storage.
  noteStreamConnected();
  localStorage.clear();
});
