import { describe, expect, it } from 'vitest';
import { hostileCorpus, hostileUrls } from '../../../corpus/index';
import { keepText } from '../../../../renderer/components/status/keepText';
import { postBounds, startsCollapsed } from '../../../../renderer/components/status/postBounds';
import { quietMarkup } from '../../../../renderer/components/status/quietMarkup';
import { sanitizePost } from '../../../../renderer/components/status/sanitize';
import { webUrl } from '../../../../renderer/components/webUrl';

const allowedTags = new Set(['P', 'BR', 'SPAN', 'A', 'DEL', 'PRE', 'CODE', 'EM', 'STRONG', 'B', 'I', 'U', 'UL', 'OL', 'LI', 'BLOCKQUOTE']);
const allowedAttributes = new Set(['href', 'rel', 'class']);

/** Everything wrong with sanitized HTML: a tag, attribute or link the allow-list does not admit. */
function offences(html: string): string[] {
  const holder = document.createElement('template');
  holder.innerHTML = html;
  return [...holder.content.querySelectorAll('*')].flatMap((element) => [
    ...(allowedTags.has(element.tagName) ? [] : [`<${element.tagName.toLowerCase()}>`]),
    ...[...element.attributes].filter((attribute) => !allowedAttributes.has(attribute.name)).map((attribute) => `${attribute.name}=`),
    ...(element.hasAttribute('href') && !/^(https?:|mailto:)/i.test(element.getAttribute('href') ?? '') ? [`href=${element.getAttribute('href')}`] : []),
  ]);
}

describe('the hostile corpus through the post sanitizer', () => {
  const corpus = hostileCorpus();

  it('has at least 150 inputs across every family the issue names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((input) => input.family))).toEqual(
      new Set(['classic XSS', 'mutation XSS', 'SVG and MathML', 'dangerous link', 'dangerous image', 'CSS injection', 'bidirectional override', 'homoglyph', 'zero-width', 'malformed', 'huge']),
    );
  });

  it.each(corpus.map((input) => [input.id, input.html] as const))('%s leaves only allowed tags, attributes and links, within bounds', { timeout: 20_000 }, (_id, html) => {
    const post = sanitizePost(html);
    expect(offences(post.html)).toEqual([]);
    expect(post.html).not.toMatch(/__atriumPwned|evil\.example\/(?!phish)/);
    expect(post.length).toBeLessThanOrEqual(postBounds.maxText);
  });

  // jsdom parses slowly: a few huge inputs, and time for a busy machine.
  it('collapses the huge and the deep, and leaves a short post open', { timeout: 30_000 }, () => {
    const huge = corpus.filter((input) => input.family === 'huge').slice(0, 4).map((input) => sanitizePost(input.html));
    expect(huge.map(startsCollapsed)).toEqual([true, true, true, true]);
    expect(startsCollapsed(sanitizePost('<p>Lunch at noon?</p>'))).toBe(false);
    const spans = sanitizePost(`<p>${'<span>'.repeat(5_000)}deep${'</span>'.repeat(5_000)}</p>`);
    expect(spans.depth).toBeGreaterThan(postBounds.collapseDepth);
    expect(spans.html.match(/<span>/g)?.length ?? 0).toBeLessThan(40);
  });

  it('keeps at most a thousand tags of 3,000 paragraphs', { timeout: 30_000 }, () => {
    const post = sanitizePost('<p>paragraph</p>'.repeat(3_000));
    expect(post.html.match(/<p>/g)?.length).toBeLessThanOrEqual(500);
    expect(post.html.startsWith('<p>paragraph</p><p>paragraph</p>')).toBe(true);
  });

  it('cuts a 200,000-character word to the text bound, with an ellipsis', () => {
    const post = sanitizePost(`<p>${'W'.repeat(200_000)}</p>`);
    expect(post.cut).toBe(true);
    expect(post.html).toBe(`<p>${'W'.repeat(postBounds.maxText)}…</p>`);
  });
});

describe('bounds and quiet markup', () => {
  it('keeps the first characters and drops every element after the cut', () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<p>one two</p><p>three</p><p><b>four</b></p>';
    expect(keepText(holder, 5)).toEqual({ length: 5, cut: true });
    expect(holder.innerHTML).toBe('<p>one t…</p>');
  });

  it('never splits an emoji in two', () => {
    const holder = document.createElement('div');
    holder.textContent = '😀😀😀';
    keepText(holder, 3);
    expect(holder.textContent).toBe('😀…');
  });

  it('renames handlers, style and base before parsing, and leaves text alone', () => {
    expect(quietMarkup('<img/src=x/onerror=go() STYLE="a"><style>b{}</style><base href=x> turn on=off')).toBe(
      '<img/src=x/data-quiet-onerror=go() data-quiet-STYLE="a"><noembed>b{}</noembed><x-base href=x> turn on=off',
    );
  });

  it('draws pictures only from absolute http(s) addresses', () => {
    expect(hostileUrls.map(webUrl).filter(Boolean)).toEqual([]);
    expect(webUrl('https://files.example.org/a.png')).toBe('https://files.example.org/a.png');
    expect(webUrl('/relative.png')).toBeUndefined();
  });
});
