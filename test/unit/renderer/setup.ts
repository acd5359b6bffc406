import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { initI18n } from '../../../renderer/i18n/i18n';
import { noteStreamConnected } from '../../../renderer/bridge/connection';
import { resetStore } from '../../../renderer/store/store';

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
