import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAccentColor } from '../../../../renderer/features/policy/useAccentColor';

describe('useAccentColor', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sets the accent variables on the root while IT names a colour, and removes them after', async () => {
    // jsdom has no matchMedia: a light desktop.
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
    const root = document.documentElement.style;
    const { rerender, unmount } = renderHook(({ color }: { color: string | null }) => useAccentColor(color), { initialProps: { color: '#0b7a75' as string | null } });
    await vi.waitFor(() => expect(root.getPropertyValue('--accent')).toBe('#0b7a75'));
    expect(root.getPropertyValue('--on-accent')).toBe('#ffffff');
    rerender({ color: null });
    expect(root.getPropertyValue('--accent')).toBe('');
    rerender({ color: '#1a73e8' });
    await vi.waitFor(() => expect(root.getPropertyValue('--accent')).toBe('#1a73e8'));
    unmount();
    expect(root.getPropertyValue('--accent-strong')).toBe('');
  });
});
