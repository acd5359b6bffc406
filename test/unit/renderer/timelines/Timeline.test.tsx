import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnnouncer } from '../../../../renderer/features/a11y/announcer';
import { Timeline } from '../../../../renderer/features/timelines/Timeline';
import { useAtrium } from '../../../../renderer/store/store';
import type { Result } from '../../../../shared/result';
import { installFakeBridge } from '../fakeBridge';
import { fakeLayout, fakeTimeline, status } from './fixtures';

const me = 'me@social.example';
const callbacks = { onOpenStatus: vi.fn(), onOpenAccount: vi.fn(), onOpenTag: vi.fn(), onReply: vi.fn() };
const home = { kind: 'home' } as const;

function setup(timeline = fakeTimeline(10), calls: Record<string, (input: unknown) => Result<unknown>> = {}) {
  const bridge = installFakeBridge({
    callMastodon: (input) => {
      const { params } = input as { params?: Record<string, unknown> };
      const answer = timeline(params) as unknown as { reply: unknown };
      return { ok: true, value: answer.reply };
    },
    subscribeStream: () => ({ ok: true, value: { subscriptionId: 'sub-1' } }),
    unsubscribeStream: () => ({ ok: true, value: { done: true } }),
    ...calls,
  });
  return bridge;
}

beforeEach(() => {
  fakeLayout();
  useAtrium.setState({ accounts: [{ id: me, instanceUrl: 'https://social.example', acct: 'me', displayName: 'Me', avatar: '', color: '#000', needsSignIn: false }] });
});

describe('the timeline view', () => {
  it('shows skeletons, then posts as articles in a feed, and subscribes to its stream', async () => {
    const bridge = setup();
    render(<Timeline accountId={me} source={home} title="Home" {...callbacks} />);
    expect(screen.getByRole('status', { name: 'Loading posts…' })).toBeInTheDocument();
    const feed = await screen.findByRole('feed', { name: 'Home' });
    expect(within(feed).getAllByRole('article').length).toBeGreaterThan(3);
    expect(bridge.invoke).toHaveBeenCalledWith('subscribeStream', { accountId: me, stream: 'user', tag: undefined, list: undefined });
  });

  it('keeps streamed posts behind "N new posts", applies deletes at once, and unsubscribes on unmount', async () => {
    const bridge = setup();
    const view = render(<Timeline accountId={me} source={home} title="Home" {...callbacks} />);
    await screen.findByRole('feed');
    act(() => {
      bridge.emit('streamEvent', { subscriptionId: 'sub-1', event: 'update', payload: { ...status('11'), createdAt: '2025-03-01T10:00:00.000Z', content: '<p>Fresh</p>' } });
      bridge.emit('streamEvent', { subscriptionId: 'sub-1', event: 'delete', payload: '10' });
    });
    expect(screen.queryByText('Fresh')).not.toBeInTheDocument();
    expect(screen.queryByText('Post 10')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '1 new post' }));
    expect(screen.getByText('Fresh')).toBeInTheDocument();
    view.unmount();
    expect(bridge.invoke).toHaveBeenCalledWith('unsubscribeStream', { subscriptionId: 'sub-1' });
  });

  it('catches up with min_id when the stream comes back after a drop', async () => {
    const bridge = setup();
    render(<Timeline accountId={me} source={home} title="Home" {...callbacks} />);
    await screen.findByRole('feed');
    act(() => {
      bridge.emit('streamState', { subscriptionId: 'sub-1', connected: false });
      bridge.emit('streamState', { subscriptionId: 'sub-1', connected: true });
    });
    await vi.waitFor(() => expect(bridge.invoke).toHaveBeenCalledWith('callMastodon', expect.objectContaining({ params: { limit: 40, minId: '10' } })));
  });

  it('catches up after a drop main announced before the subscription was known (a start while the server was down)', async () => {
    let answerSubscribe: () => void = () => undefined;
    const subscribed = new Promise<void>((resolve) => (answerSubscribe = resolve));
    const bridge = setup(fakeTimeline(10), {
      subscribeStream: (() => subscribed.then(() => ({ ok: true, value: { subscriptionId: 'sub-1' } }))) as unknown as (input: unknown) => Result<unknown>,
    });
    render(<Timeline accountId={me} source={home} title="Home" {...callbacks} />);
    await screen.findByRole('feed');
    // The drop comes before subscribeStream answers; only the reconnection comes after.
    act(() => bridge.emit('streamState', { subscriptionId: 'sub-1', connected: false }));
    await act(async () => {
      answerSubscribe();
      await subscribed;
    });
    act(() => bridge.emit('streamState', { subscriptionId: 'sub-1', connected: true }));
    await vi.waitFor(() => expect(bridge.invoke).toHaveBeenCalledWith('callMastodon', expect.objectContaining({ params: { limit: 40, minId: '10' } })));
  });

  it('does not fetch again when the stream says at once that it is live', async () => {
    const bridge = setup();
    render(<Timeline accountId={me} source={home} title="Home" {...callbacks} />);
    await screen.findByRole('feed');
    act(() => bridge.emit('streamState', { subscriptionId: 'sub-1', connected: true }));
    await vi.waitFor(() => expect(bridge.invoke).toHaveBeenCalledWith('subscribeStream', expect.anything()));
    await act(() => Promise.resolve());
    expect(bridge.invoke).not.toHaveBeenCalledWith('callMastodon', expect.objectContaining({ params: { limit: 40, minId: '10' } }));
  });

  it('says what to do when empty, and explains a failure with a retry', async () => {
    setup(fakeTimeline(0));
    render(<Timeline accountId={me} source={{ kind: 'bookmarks' }} title="Bookmarks" {...callbacks} />);
    expect(await screen.findByText(/No bookmarks yet/)).toBeInTheDocument();
    installFakeBridge({ callMastodon: () => ({ ok: false, error: { code: 'network', message: 'social.example cannot be reached.' } }) });
    render(<Timeline accountId={me} source={{ kind: 'favourites' }} title="Favourites" {...callbacks} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This timeline could not be loaded. social.example cannot be reached.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('moves between posts with j/k and Page Down, acts with f and says so, opens with Enter, and gives posts their place', async () => {
    setup(fakeTimeline(10), { callMastodon: (input) => {
      const { path, params } = input as { path: unknown[]; params?: Record<string, unknown> };
      if (path.at(-1) === 'favourite') return { ok: true, value: { data: status('9', { favourited: true, favouritesCount: 1 }) } };
      return { ok: true, value: (fakeTimeline(10)(params) as unknown as { reply: unknown }).reply };
    } });
    render(<Timeline accountId={me} source={home} title="Home" {...callbacks} />);
    const feed = await screen.findByRole('feed');
    const [first, second] = within(feed).getAllByRole('article');
    first!.focus();
    fireEvent.keyDown(first!, { key: 'j' });
    expect(second).toHaveFocus();
    fireEvent.keyDown(second!, { key: 'f' });
    expect(within(second!).getByRole('button', { name: /^Favourite/ })).toHaveAttribute('aria-pressed', 'true');
    expect(useAnnouncer.getState().current?.text).toBe('Added to favourites');
    fireEvent.keyDown(second!, { key: 'Enter' });
    expect(callbacks.onOpenStatus).toHaveBeenCalledWith('9');
    fireEvent.keyDown(second!, { key: 'PageDown' });
    const third = within(feed).getAllByRole('article')[2];
    expect(third).toHaveFocus();
    // The feed pattern's position: the second of ten, the whole feed being loaded (no next page).
    expect(second).toHaveAttribute('aria-posinset', '2');
    expect(second).toHaveAttribute('aria-setsize', '10');
  });
});
