import { describe, expect, it } from 'vitest';
import { cardArt } from './render/cardArt';

describe('link preview pictures', () => {
  it('are the same for a site every time, differ between sites, and carry the site initial safely', () => {
    expect(cardArt('news.example')).toBe(cardArt('news.example'));
    expect(cardArt('news.example')).not.toBe(cardArt('blog.example.org'));
    expect(cardArt('www.docs.example.com')).toContain('>D</text>');
    expect(cardArt('<x>.example')).toContain('>&#60;</text>');
  });
});
