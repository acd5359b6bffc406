import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { initI18n } from '../../../renderer/i18n/i18n';
import { noteStreamConnected } from '../../../renderer/bridge/connection';
import { resetStore } from '../../../renderer/store/store';

// findBy… and waitFor wait on a condition; the default second is too short when a lazy view loads on a busy
// machine (the suite runs beside six other engineers' work), so they wait up to most of a test's 5 s.
configure({ asyncUtilTimeout: 4_000 });

beforeAll(() => {
  initI18n(['en']);
});

afterEach(() => {
  cleanup();
  resetStore();
  // Each test starts online, with nothing kept in the page's storage.
  noteStreamConnected();
  localStorage.clear();
});
