import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { initI18n, loadLanguage, loadLazyStrings } from '../../../renderer/i18n/i18n';
import { loadSanitizer } from '../../../renderer/components/status/sanitizer';
import { noteStreamConnected } from '../../../renderer/bridge/connection';
import { resetStore } from '../../../renderer/store/store';
import { useRevealState } from '../../../renderer/components/status/revealState';

// findBy… and waitFor wait on a condition; the default second is too short when a lazy view loads on a busy
// machine (the suite runs beside six other engineers' work), so they wait up to most of a test's 5 s.
configure({ asyncUtilTimeout: 4_000 });

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
  useRevealState.setState({ warnings: {}, media: {} });
  // Each test starts online, with nothing kept in the page's storage.
  noteStreamConnected();
  localStorage.clear();
});
