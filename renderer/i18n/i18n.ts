import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The languages Atrium ships; English is the fallback for anything missing. */
export const supportedLanguages = ['en', 'es'] as const;
type Language = (typeof supportedLanguages)[number];

// Each feature keeps its strings in its own file (locales/<language>/<feature>.json) under its own top-level key.
// A view that loads on first use keeps the rest of its strings in <feature>.lazy.json, loaded with it.
const files = import.meta.glob<Record<string, unknown>>(['./locales/*/*.json', '!./locales/*/*.lazy.json'], { eager: true, import: 'default' });
const lazyFiles = import.meta.glob<Record<string, unknown>>('./locales/*/*.lazy.json', { import: 'default' });

function translations(language: Language): Record<string, unknown> {
  return Object.assign({}, ...Object.entries(files).filter(([file]) => file.startsWith(`./locales/${language}/`)).map(([, strings]) => strings));
}

/** Starts i18next with the bundled translations, in the first of the person's languages we have. */
export function initI18n(languages: readonly string[] = navigator.languages): typeof i18next {
  const preferred = languages.map((tag) => tag.split('-')[0]).find((tag): tag is Language => supportedLanguages.includes(tag as Language));
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(supportedLanguages.map((language) => [language, { translation: translations(language) }])),
    lng: preferred ?? 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes.
    initAsync: false,
  });
  return i18next;
}

/** Adds a lazily loaded view's strings (`locales/<language>/<feature>.lazy.json`) in every shipped language. */
export async function loadLazyStrings(feature: string): Promise<void> {
  await Promise.all(
    supportedLanguages.map(async (language) => {
      const load = lazyFiles[`./locales/${language}/${feature}.lazy.json`];
      if (load) i18next.addResourceBundle(language, 'translation', await load(), true, false);
    }),
  );
}
