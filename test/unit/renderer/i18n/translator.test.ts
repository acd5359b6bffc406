import { describe, expect, it, vi } from 'vitest';
import { createTranslator, type Strings } from '../../../../renderer/i18n/translator';
import englishNotifications from '../../../../renderer/i18n/locales/en/notifications.lazy.json';
import spanishNotifications from '../../../../renderer/i18n/locales/es/notifications.lazy.json';

const english: Strings = {
  inbox: { unread_zero: 'Nothing new', unread_one: '{{count}} new message', unread_other: '{{count}} new messages' },
  greeting: 'Hello, {{name}}',
  onlyEnglish: 'Only in English',
  tally: { posts_one: 'one post', posts_other: '{{count}} posts' },
};
const spanish: Strings = {
  inbox: { unread_one: '{{count}} mensaje nuevo', unread_other: '{{count}} mensajes nuevos' },
  greeting: 'Hola, {{ name }}',
};

function translator(language = 'en') {
  const i18n = createTranslator('en');
  i18n.addResources('en', english);
  i18n.addResources('es', spanish);
  i18n.changeLanguage(language);
  return i18n;
}

describe('plurals', () => {
  it('picks English forms by count, with _zero for nothing', () => {
    const { t } = translator();
    expect(t('inbox.unread', { count: 0 })).toBe('Nothing new');
    expect(t('inbox.unread', { count: 1 })).toBe('1 new message');
    expect(t('inbox.unread', { count: 2 })).toBe('2 new messages');
  });

  it('picks Spanish forms, and a language without _zero says zero with its plural', () => {
    const { t } = translator('es');
    expect(t('inbox.unread', { count: 1 })).toBe('1 mensaje nuevo');
    expect(t('inbox.unread', { count: 0 })).toBe('0 mensajes nuevos');
    expect(t('inbox.unread', { count: 7 })).toBe('7 mensajes nuevos');
  });

  it('keeps a Spanish million in Spanish though CLDR calls it "many", a form no file has', () => {
    expect(new Intl.PluralRules('es').select(1_000_000)).toBe('many');
    expect(translator('es').t('inbox.unread', { count: 1_000_000 })).toBe('1000000 mensajes nuevos');
  });

  it('reads the shipped notification strings in both languages', () => {
    const i18n = createTranslator('en');
    i18n.addResources('en', englishNotifications);
    i18n.addResources('es', spanishNotifications);
    expect(i18n.t('notifications.actions.reblog', { count: 0 })).toBe('boosted your post');
    expect(i18n.t('notifications.actions.reblog', { count: 3 })).toBe('and 3 others boosted your post');
    i18n.changeLanguage('es');
    expect(i18n.t('notifications.actions.follow', { count: 0 })).toBe('te sigue');
    expect(i18n.t('notifications.actions.follow', { count: 1 })).toBe(spanishNotifications.notifications.actions.follow_one.replace('{{count}}', '1'));
  });
});

describe('interpolation', () => {
  it('fills placeholders as given, without escaping (React escapes), spaces inside the braces allowed', () => {
    expect(translator().t('greeting', { name: '<Ana & Bo>' })).toBe('Hello, <Ana & Bo>');
    expect(translator('es').t('greeting', { name: 'Ana' })).toBe('Hola, Ana');
  });

  it('leaves the placeholder of a value not given, as i18next does, and writes null as nothing', () => {
    const { t } = translator();
    expect(t('greeting')).toBe('Hello, {{name}}');
    expect(t('greeting', { other: 'x' })).toBe('Hello, {{name}}');
    expect(t('greeting', { name: null })).toBe('Hello, ');
    expect(t('greeting', { name: 42 })).toBe('Hello, 42');
  });

  it('never reads a value as a sentence: braces in a name stay as typed, and inherited names are no values', () => {
    const { t } = translator();
    expect(t('greeting', { name: '{{name}} {{count}}', count: 3 })).toBe('Hello, {{name}} {{count}}');
    const i18n = createTranslator('en');
    i18n.addResources('en', { hi: 'Hi {{constructor}}' });
    expect(i18n.t('hi', {})).toBe('Hi {{constructor}}');
  });
});

describe('lookup', () => {
  it('falls back to English per key, and answers an unknown key or a branch with the key itself', () => {
    const { t } = translator('es');
    expect(t('onlyEnglish')).toBe('Only in English');
    expect(t('tally.posts', { count: 1 })).toBe('one post');
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('inbox')).toBe('inbox');
    expect(t('greeting.name')).toBe('greeting.name');
  });

  it('says whether a key exists in the language in use or the fallback', () => {
    const i18n = translator('es');
    expect(i18n.exists('greeting')).toBe(true);
    expect(i18n.exists('onlyEnglish')).toBe(true);
    expect(i18n.exists('inbox')).toBe(false);
    expect(i18n.exists('missing')).toBe(false);
  });

  it('answers in a fixed language whatever the language in use, one function per language', () => {
    const i18n = translator('en');
    expect(i18n.getFixedT('es')('greeting', { name: 'Ana' })).toBe('Hola, Ana');
    expect(i18n.getFixedT('es')).toBe(i18n.getFixedT('es'));
    expect(i18n.getFixedT('en')).not.toBe(i18n.getFixedT('es'));
  });
});

describe('bundles', () => {
  it('merges a lazily loaded bundle into what a language holds, keeping sentences it already has', () => {
    const i18n = translator('es');
    const lazy: Strings = { inbox: { title: 'Bandeja', unread_one: 'reemplazo' }, panel: { close: 'Cerrar' } };
    i18n.addResources('es', lazy);
    expect(i18n.t('inbox.title')).toBe('Bandeja');
    expect(i18n.t('panel.close')).toBe('Cerrar');
    expect(i18n.t('inbox.unread', { count: 1 })).toBe('1 mensaje nuevo');
  });

  it('never changes the objects it was given (imported locale files)', () => {
    const file: Strings = { a: { b: 'one' } };
    const snapshot = structuredClone(file);
    const i18n = createTranslator('en');
    i18n.addResources('en', file);
    i18n.addResources('en', { a: { c: 'two' } });
    expect(file).toEqual(snapshot);
    expect(i18n.t('a.c')).toBe('two');
  });
});

describe('changing language', () => {
  it('tells listeners once per actual change and stops after unsubscribing', () => {
    const i18n = translator('en');
    const listener = vi.fn();
    const unsubscribe = i18n.subscribe(listener);
    i18n.changeLanguage('es');
    i18n.changeLanguage('es');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(i18n.language).toBe('es');
    expect(i18n.t('greeting', { name: 'Ana' })).toBe('Hola, Ana');
    unsubscribe();
    i18n.changeLanguage('en');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
