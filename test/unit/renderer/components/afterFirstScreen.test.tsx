import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

describe('what waits for the first screen', () => {
  it('waits for the frame after the first render that asks, then shows for every part and for good', async () => {
    // The module remembers that the first screen was drawn: a fresh copy starts before it.
    vi.resetModules();
    const { useAfterFirstScreen } = await import('../../../../renderer/components/afterFirstScreen');
    const frames: FrameRequestCallback[] = [];
    const frame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    try {
      const liveLine = renderHook(() => useAfterFirstScreen());
      const announcements = renderHook(() => useAfterFirstScreen());
      expect([liveLine.result.current, announcements.result.current]).toEqual([false, false]);
      // One frame is asked for, however many parts wait on it.
      expect(frames).toHaveLength(1);
      act(() => frames[0]?.(performance.now()));
      await waitFor(() => expect([liveLine.result.current, announcements.result.current]).toEqual([true, true]));
      expect(renderHook(() => useAfterFirstScreen()).result.current).toBe(true);
      expect(frames).toHaveLength(1);
    } finally {
      frame.mockRestore();
    }
  });
});
