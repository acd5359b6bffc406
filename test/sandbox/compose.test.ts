import { describe, expect, it } from 'vitest';
import { composeHtml } from './core/compose';

const compose = (text: string) => composeHtml(text, 'https://org.example', () => undefined, () => '');

describe('post text to HTML, as Mastodon formats it', () => {
  it('links hashtags that have a letter, and leaves numbers alone', () => {
    const { html, tags } = compose('Sprint #42 for #team4 and #café');
    expect(tags).toEqual(['team4', 'café']);
    expect(html).toContain('Sprint #42 for');
    expect(html).toContain('href="https://org.example/tags/team4"');
  });

  it('escapes what people type', () => {
    expect(compose('<b>hi</b> & "quotes"').html).toBe('<p>&#60;b&#62;hi&#60;/b&#62; &#38; &#34;quotes&#34;</p>');
  });
});
