import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../../renderer/i18n/i18n';

// Every string the English interface shows must exist in every other shipped language.
const files = import.meta.glob<Record<string, unknown>>('../../../../renderer/i18n/locales/*/*.json', { eager: true, import: 'default' });

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  const english = Object.entries(files).filter(([file]) => file.includes('/en/'));

  it('ships English strings', () => {
    expect(english.length).toBeGreaterThan(0);
  });

  for (const [file, strings] of english) {
    it(`has every key of ${file.split('/locales/')[1]} in Spanish`, () => {
      const spanish = files[file.replace('/en/', '/es/')];
      expect(spanish, `missing ${file.replace('/en/', '/es/')}`).toBeDefined();
      expect(keys(spanish).sort()).toEqual(keys(strings).sort());
    });
  }
});

describe('starting in a language', () => {
  it('has Spanish strings in place when it starts in Spanish, and English for anyone else', async () => {
    const spanish = await initI18n(['es-MX', 'en']);
    expect(spanish.language).toBe('es');
    expect(spanish.t('shell.loading')).toBe('Cargando…');
    const english = await initI18n(['fr-FR']);
    expect(english.language).toBe('en');
    expect(english.t('shell.loading')).toBe('Loading…');
  });
});
