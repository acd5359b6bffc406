import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

const noop = () => undefined;

describe('a post drawn before the sanitizer has loaded', () => {
  it('shows its words as plain text, runs nothing, then shows the sanitized HTML', async () => {
    // A fresh module graph: the sanitizer the other tests preload is not loaded in it yet.
    vi.resetModules();
    const { RichText } = await import('../../../../renderer/components/status/RichText');
    const hostile = '<p>Hello <a href="https://ok.example/x" class="mention">@ok</a><img src=x onerror="window.pwned=1"><script>window.pwned=1</script></p>';
    const { container } = render(<RichText html={hostile} onOpenAccount={noop} onOpenTag={noop} />);
    expect(container.textContent).toBe('Hello @ok');
    expect(container.querySelector('a, img, script')).toBeNull();

    expect(await screen.findByRole('link', { name: '@ok' })).toHaveAttribute('rel', 'nofollow noopener noreferrer');
    expect(container.querySelector('img, script')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});
