// The strings stay in i18next's v4 JSON format (nested keys, `{{name}}` placeholders, `_zero`/`_one`/`_other`
// plural suffixes) and this translator reads them the way i18next does for the part of it Atrium used, so the
// locale files could go back to i18next unchanged. It exists because i18next and react-i18next were an eighth
// of the JavaScript the first screen waits for; what Atrium needs of them fits in this file.

/** Strings as a locale file holds them: nested objects whose leaves are sentences. */
export interface Strings {
  [key: string]: string | Strings;
}

/** Values for a sentence's `{{name}}` placeholders; a numeric `count` also picks the plural form. */
export type TOptions = Readonly<Record<string, unknown>> & { readonly count?: number };

/** Looks a dotted key up and fills its placeholders; an unknown key comes back as itself. */
export type TFunction = (key: string, options?: TOptions) => string;

/** Holds every loaded language's strings and the one in use, and tells listeners when it changes. */
export interface Translator {
  /** The language in use (a shipped language's short tag, `en` or `es`). */
  readonly language: string;
  /** The sentence for `key` in the language in use, then in the fallback language; the key if neither has it. */
  t: TFunction;
  /** Whether `key` names a sentence in the language in use or in the fallback. */
  exists(key: string, options?: TOptions): boolean;
  /** A `t` that always answers in `language` (one function per language, so it can be a hook's dependency). */
  getFixedT(language: string): TFunction;
  /** Merges strings into a language's; a key it already has keeps its sentence. */
  addResources(language: string, strings: Strings): void;
  /** Switches the language in use and tells every listener. */
  changeLanguage(language: string): void;
  /** Calls `listener` after each language change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

const isStrings = (value: unknown): value is Strings => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `into` with what `from` adds, copied so later merges never change an imported file's object. */
function merged(into: Strings, from: Strings): Strings {
  const result: Strings = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const held = result[key];
    if (isStrings(held) && isStrings(value)) result[key] = merged(held, value);
    else if (held === undefined) result[key] = isStrings(value) ? merged({}, value) : value;
  }
  return result;
}

function lookUp(strings: Strings | undefined, key: string): string | undefined {
  let node: string | Strings | undefined = strings;
  for (const part of key.split('.')) node = isStrings(node) ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

// As i18next: a value that is not given leaves its placeholder in place (errorText relies on that), null is empty.
function interpolate(sentence: string, options: TOptions | undefined): string {
  if (!options) return sentence;
  return sentence.replace(/\{\{([^{}]+)\}\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(options, name.trim()) ? options[name.trim()] : undefined;
    return value === undefined ? placeholder : String(value ?? '');
  });
}

/** A translator whose sentences come from `fallback` when the language in use lacks them. */
export function createTranslator(fallback: string): Translator {
  const resources = new Map<string, Strings>();
  const listeners = new Set<() => void>();
  const fixed = new Map<string, TFunction>();
  const pluralRules = new Map<string, Intl.PluralRules>();
  let language = fallback;

  const pluralSuffix = (code: string, count: number) => {
    let rules = pluralRules.get(code);
    if (!rules) pluralRules.set(code, (rules = new Intl.PluralRules(code)));
    return rules.select(count);
  };

  // i18next's order within each language: `_zero` when count is 0, then the language's plural form, then the bare key.
  // One step more than i18next: a form the file lacks falls to the language's `_other` before the fallback
  // language, so a Spanish "1.000.000" (CLDR's `many`, which no file has) stays Spanish.
  function candidates(lang: string, key: string, count: unknown): string[] {
    if (typeof count !== 'number') return [key];
    const form = pluralSuffix(lang, count);
    return [...(count === 0 ? [`${key}_zero`] : []), `${key}_${form}`, ...(form === 'other' ? [] : [`${key}_other`]), key];
  }

  function resolve(code: string, key: string, options: TOptions | undefined): string | undefined {
    for (const lang of code === fallback ? [code] : [code, fallback]) {
      const strings = resources.get(lang);
      for (const candidate of candidates(lang, key, options?.count)) {
        const sentence = lookUp(strings, candidate);
        if (sentence !== undefined) return sentence;
      }
    }
    return undefined;
  }

  const translate = (code: string, key: string, options?: TOptions) => {
    const sentence = resolve(code, key, options);
    return sentence === undefined ? key : interpolate(sentence, options);
  };

  const translator: Translator = {
    get language() {
      return language;
    },
    t: (key, options) => translate(language, key, options),
    exists: (key, options) => resolve(language, key, options) !== undefined,
    getFixedT(code) {
      let t = fixed.get(code);
      if (!t) fixed.set(code, (t = (key, options) => translate(code, key, options)));
      return t;
    },
    addResources(code, strings) {
      resources.set(code, merged(resources.get(code) ?? {}, strings));
    },
    changeLanguage(code) {
      if (code === language) return;
      language = code;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return translator;
}
