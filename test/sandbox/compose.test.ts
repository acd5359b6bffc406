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

  it('takes a full handle on another sandbox of this computer as one mention, not a local one plus text', () => {
    const asked: string[] = [];
    composeHtml('Thanks @comms@127.0.0.1:4100 and @ana@social.example.net', 'https://org.example', (acct) => (asked.push(acct), undefined), () => '');
    expect(asked).toEqual(['comms@127.0.0.1:4100', 'ana@social.example.net']);
  });

  it('escapes what people type', () => {
    expect(compose('<b>hi</b> & "quotes"').html).toBe('<p>&#60;b&#62;hi&#60;/b&#62; &#38; &#34;quotes&#34;</p>');
  });
});
