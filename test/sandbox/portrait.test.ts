import { describe, expect, it } from 'vitest';
import { officialMark, personPortrait } from './render/portrait';

describe('generated pictures', () => {
  it('draw the same person the same way every time, and different people differently', () => {
    expect(personPortrait('1234', 40)).toBe(personPortrait('1234', 40));
    const portraits = new Set(Array.from({ length: 40 }, (_, i) => personPortrait(String(100_000 + i * 7), 40)));
    // Same hue for all, so only the drawn traits can tell them apart.
    expect(portraits.size).toBeGreaterThan(30);
  });

  it('give official accounts an emblem, not a face or initials', () => {
    for (const username of ['comms', 'news', 'events', 'anything']) {
      const mark = officialMark(username, 200);
      expect(mark).not.toMatch(/<text|<circle cx="52"/);
      expect(mark).toMatch(/^<rect width="120" height="120"/);
    }
    expect(officialMark('comms', 200)).not.toBe(officialMark('news', 200));
  });
});
