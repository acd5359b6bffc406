import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStream } from '../../../../renderer/features/timelines/useTimelineStream';
import { installFakeBridge } from '../fakeBridge';

afterEach(() => vi.useRealTimers());

/** A bridge whose `subscribeStream` answers when the test says, so main's news can come before the id does. */
function streamBridge() {
  let answer: (id: string) => void = () => undefined;
  const bridge = installFakeBridge({
    subscribeStream: () => new Promise((resolve) => (answer = (subscriptionId) => resolve({ ok: true, value: { subscriptionId } }))),
    unsubscribeStream: () => ({ ok: true, value: { done: true } }),
  });
  return { ...bridge, answer: (id: string) => act(async () => answer(id)) };
}

// The same handlers across renders, as views keep them with useCallback (new ones would resubscribe).
const handlers = () => ({ onEvent: vi.fn(), onReconnect: vi.fn(), onPoll: vi.fn(async () => false) });
const tagStream = { stream: 'hashtag' as const, tag: 'launch' };

describe('useStream', () => {
  it('reads main\'s word that came before the subscription id: live at once on an open socket', async () => {
    const bridge = streamBridge();
    const own = handlers();
    const { result } = renderHook(() => useStream('me', tagStream, own));
    expect(result.current).toEqual({ mode: 'connecting' });
    act(() => bridge.emit('streamState', { subscriptionId: 's-1', connected: true }));
    await bridge.answer('s-1');
    expect(result.current).toEqual({ mode: 'live' });
  });

  it('checks now and then when the server refuses the stream, slowing down while nothing is new', async () => {
    vi.useFakeTimers();
    const bridge = streamBridge();
    const own = handlers();
    const { result } = renderHook(() => useStream('me', tagStream, own));
    await bridge.answer('s-2');
    act(() => bridge.emit('streamState', { subscriptionId: 's-2', connected: false, refused: true }));
    expect(result.current).toEqual({ mode: 'polling', reason: 'refused', intervalMs: 30_000 });
    // The poller's code loads on first use, then waits its first 30 s: a second at a time until it checks.
    let waited = 0;
    while (own.onPoll.mock.calls.length === 0 && waited < 60) {
      await act(() => vi.advanceTimersByTimeAsync(1_000));
      waited += 1;
    }
    expect(waited).toBeGreaterThanOrEqual(30);
    expect(own.onPoll).toHaveBeenCalledTimes(1);
    // Nothing new: the next check waits twice as long.
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current).toMatchObject({ mode: 'polling', intervalMs: 60_000 });
    // A refusal stands even if the shared socket comes and goes.
    act(() => bridge.emit('streamState', { subscriptionId: 's-2', connected: true }));
    expect(result.current).toMatchObject({ mode: 'polling', reason: 'refused' });
  });

  it('falls back when the socket drops and catches up once it is back', async () => {
    const bridge = streamBridge();
    const own = handlers();
    const { result } = renderHook(() => useStream('me', { stream: 'user' }, own));
    await bridge.answer('s-3');
    act(() => bridge.emit('streamState', { subscriptionId: 's-3', connected: false }));
    expect(result.current).toMatchObject({ mode: 'polling', reason: 'unreachable' });
    act(() => bridge.emit('streamState', { subscriptionId: 's-3', connected: true }));
    expect(result.current).toEqual({ mode: 'live' });
    expect(own.onReconnect).toHaveBeenCalledTimes(1);
  });

  it('says nothing for a source without a stream', () => {
    streamBridge();
    const own = handlers();
    const { result } = renderHook(() => useStream('me', undefined, own));
    expect(result.current).toEqual({ mode: 'off' });
  });
});
