import { useSyncExternalStore } from 'react';
import { i18n } from './i18n';
import type { TFunction, Translator } from './translator';

const currentLanguage = () => i18n.language;

/**
 * The interface's strings for a component: `t` answers in the language in use, and the component renders
 * again when the language changes (then `t` is another function, so hooks that depend on it run again).
 * Shaped as react-i18next's hook, which Atrium used before.
 */
export function useTranslation(): { t: TFunction; i18n: Translator } {
  const language = useSyncExternalStore(i18n.subscribe, currentLanguage);
  return { t: i18n.getFixedT(language), i18n };
}
