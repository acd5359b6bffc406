import { describe, expect, it } from 'vitest';
import { accentPalette, contrastRatio } from '../../../../renderer/features/policy/accentPalette';

const backgrounds = { light: ['#ffffff', '#f6f7f9'], dark: ['#171a21', '#0f1115'] } as const;

describe('accentPalette', () => {
  it.each(['#1a73e8', '#ffff00', '#00ff00', '#777777', '#000000', '#ffffff', '#e11d48', '#0b7a75'])('keeps text readable with %s in both schemes', (color) => {
    for (const scheme of ['light', 'dark'] as const) {
      const palette = accentPalette(color, scheme);
      // Text on the accent, and on the hover colour.
      expect(contrastRatio(palette['--accent'], palette['--on-accent'])).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(palette['--accent-strong'], palette['--on-accent'])).toBeGreaterThanOrEqual(4.5);
      // Accent-coloured text on every background it is used on.
      for (const background of [...backgrounds[scheme], palette['--accent-soft']]) {
        expect(contrastRatio(palette['--accent-strong'], background)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps a colour that is already readable as IT chose it', () => {
    expect(accentPalette('#1a73e8', 'light')['--accent']).toBe('#1a73e8');
    expect(accentPalette('#a5b4fc', 'dark')['--accent']).toBe('#a5b4fc');
  });

  it('darkens a pale colour on light and lightens a deep one on dark', () => {
    expect(contrastRatio(accentPalette('#ffff00', 'light')['--accent'], '#ffff00')).toBeGreaterThan(2);
    expect(contrastRatio(accentPalette('#1e1b4b', 'dark')['--accent'], '#1e1b4b')).toBeGreaterThan(2);
  });

  it('refuses something that is not a colour', () => {
    expect(() => accentPalette('blue', 'light')).toThrow('"blue" is not a colour');
  });
});
