import { describe, expect, it } from 'vitest';

// Every string the English interface shows must exist in every other shipped language.
const files = import.meta.glob<Record<string, unknown>>('../../../renderer/i18n/locales/*/*.json', { eager: true, import: 'default' });

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
