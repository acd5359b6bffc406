import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RichText } from '../../../../renderer/components/status/RichText';
import { sanitizePostHtml } from '../../../../renderer/components/status/sanitize';
import { installFakeBridge } from '../fakeBridge';

const noop = () => undefined;

describe('post HTML', () => {
  it('strips scripts, event handlers, styles and javascript: links', () => {
    const clean = sanitizePostHtml(
      '<p style="color:red" onclick="x()">Hi<script>window.pwned=1</script><img src=x onerror="window.pwned=1">' +
        '<a href="javascript:alert(1)">bad</a><a href="https://ok.example" target="_top" class="evil mention">ok</a>' +
        '<iframe src="https://x"></iframe><style>body{}</style><span class="invisible other">hidden</span></p>',
    );
    expect(clean).not.toMatch(/script|onerror|onclick|style|javascript:|iframe|<img|target|evil|other/);
    expect(clean).toContain('<a href="https://ok.example" class="mention" rel="nofollow noopener noreferrer">ok</a>');
    expect(clean).toContain('<span class="invisible">hidden</span>');
    expect(clean).toContain('bad');
  });

  it('survives a 50 KB run of nested tags', () => {
    const nested = '<span><em><b>'.repeat(4000) + 'deep' + '</b></em></span>'.repeat(4000);
    expect(nested.length).toBeGreaterThan(50_000);
    render(<RichText html={nested} onOpenAccount={noop} onOpenTag={noop} />);
    expect(screen.getByText('deep')).toBeInTheDocument();
  });

  it('draws custom emoji from the entity, and only those', () => {
    const clean = sanitizePostHtml('<p>Hello :wave: and :nope:</p>', [{ shortcode: 'wave', url: 'https://social.example/e/wave.png', staticUrl: '', visibleInPicker: true }]);
    expect(clean).toContain('<img src="https://social.example/e/wave.png" alt=":wave:"');
    expect(clean).toContain(':nope:');
  });

  it('opens outside links through the URL gate, and mentions and hashtags inside Atrium', () => {
    const bridge = installFakeBridge({ openExternal: () => ({ ok: true, value: { done: true } }) });
    const onOpenAccount = vi.fn();
    const onOpenTag = vi.fn();
    render(
      <RichText
        html={
          '<p><a href="https://news.example/a">news</a> ' +
          '<span class="h-card"><a href="https://social.example/@bo" class="u-url mention">@<span>bo</span></a></span> ' +
          '<a href="https://social.example/tags/Design" class="mention hashtag" rel="tag">#<span>Design</span></a> ' +
          '<a href="https://far.example/@zed" class="u-url mention">@zed</a></p>'
        }
        mentions={[{ id: '42', username: 'bo', acct: 'bo', url: 'https://social.example/@bo' }]}
        tags={[{ name: 'design', url: 'https://social.example/tags/design' } as never]}
        onOpenAccount={onOpenAccount}
        onOpenTag={onOpenTag}
      />,
    );
    const click = (name: string) => fireEvent.click(screen.getByText(name, { exact: false }), { cancelable: true });
    click('news');
    expect(bridge.invoke).toHaveBeenCalledWith('openExternal', { url: 'https://news.example/a' });
    click('bo');
    expect(onOpenAccount).toHaveBeenLastCalledWith('42');
    click('Design');
    expect(onOpenTag).toHaveBeenCalledWith('design');
    click('@zed');
    expect(onOpenAccount).toHaveBeenLastCalledWith('zed@far.example');
    expect(bridge.invoke).toHaveBeenCalledTimes(1);
  });
});
