import { createTranslator, type Strings } from './translator';

/** The languages Atrium ships; English is the fallback for anything missing. */
export const supportedLanguages = ['en', 'es'] as const;
type Language = (typeof supportedLanguages)[number];

/** The interface's translator: `i18n.t` for code outside React, `useTranslation()` inside it. */
export const i18n = createTranslator('en');

// Each feature keeps its strings in its own file (locales/<language>/<feature>.json) under its own top-level key.
// A view that loads on first use keeps the rest of its strings in <feature>.lazy.json, loaded with it.
// English, the fallback, is in the first bundle; another language is loaded before the first render that needs it.
const english = import.meta.glob<Strings>(['./locales/en/*.json', '!./locales/en/*.lazy.json'], { eager: true, import: 'default' });
const otherLanguages = import.meta.glob<Strings>(['./locales/*/*.json', '!./locales/en/*.json', '!./locales/*/*.lazy.json'], { import: 'default' });
const lazyFiles = import.meta.glob<Strings>('./locales/*/*.lazy.json', { import: 'default' });

/** Starts in the first of the person's languages we have, its strings loaded before it resolves. */
export async function initI18n(languages: readonly string[] = navigator.languages): Promise<typeof i18n> {
  const preferred = languages.map((tag) => tag.split('-')[0]).find((tag): tag is Language => supportedLanguages.includes(tag as Language));
  for (const strings of Object.values(english)) i18n.addResources('en', strings);
  if (preferred && preferred !== 'en') await loadLanguage(preferred);
  i18n.changeLanguage(preferred ?? 'en');
  return i18n;
}

/** Adds a shipped language's strings (those of the first screen; lazy views bring the rest). */
export async function loadLanguage(language: Language): Promise<void> {
  const loads = Object.entries(otherLanguages).filter(([file]) => file.startsWith(`./locales/${language}/`));
  for (const strings of await Promise.all(loads.map(([, load]) => load()))) i18n.addResources(language, strings);
}

/** Adds a lazily loaded view's strings (`locales/<language>/<feature>.lazy.json`) in every shipped language. */
export async function loadLazyStrings(feature: string): Promise<void> {
  await Promise.all(
    supportedLanguages.map(async (language) => {
      const load = lazyFiles[`./locales/${language}/${feature}.lazy.json`];
      if (load) i18n.addResources(language, await load());
    }),
  );
}
