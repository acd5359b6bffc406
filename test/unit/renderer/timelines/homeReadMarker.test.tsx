import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { Timeline } from '../../../../renderer/features/timelines/Timeline';
import { useAtrium } from '../../../../renderer/store/store';
import { fakeLayout, fakeTimeline, installMasto } from './fixtures';

const me = 'me@social.example';
const callbacks = { onOpenStatus: vi.fn(), onOpenAccount: vi.fn(), onOpenTag: vi.fn(), onReply: vi.fn() };
const marker = (lastReadId: string) => ({ home: { lastReadId, version: 1, updatedAt: '2025-03-01T10:00:00.000Z' } });

function setup(markers: unknown) {
  return installMasto({
    'v1.timelines.home.list': fakeTimeline(10),
    'v1.timelines.public.list': fakeTimeline(10),
    'v1.markers.fetch': () => markers,
    'v1.markers.create': (params) => params,
  });
}

const markerSaves = (bridge: ReturnType<typeof setup>) =>
  bridge.invoke.mock.calls.filter(([name, input]) => name === 'callMastodon' && (input as { path: string[] }).path.join('.') === 'v1.markers.create').map(([, input]) => (input as { params: unknown }).params);

beforeEach(() => {
  fakeLayout();
  useAtrium.setState({ accounts: [{ id: me, instanceUrl: 'https://social.example', acct: 'me', displayName: 'Me', avatar: '', color: '#000', needsSignIn: false }] });
});

describe('Home read position', () => {
  it('shows "You last read up to here" above the marked post and opens Home there', async () => {
    // jsdom neither scrolls nor has content height: record the jump, and leave room to make it.
    const scrollTo = vi.fn();
    Object.defineProperty(HTMLElement.prototype, 'scrollTo', { configurable: true, value: scrollTo });
    onTestFinished(() => void Reflect.deleteProperty(HTMLElement.prototype, 'scrollTo'));
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(5_000);
    const bridge = setup(marker('7'));
    const view = render(<Timeline accountId={me} source={{ kind: 'home' }} title="Home" {...callbacks} />);
    // A separator inside the marked post, not an article of its own (a feed owns only articles).
    const divider = await screen.findByRole('separator', { name: 'You last read up to here' });
    expect(divider.closest('article')).toHaveTextContent('Post 7');
    expect(screen.getAllByRole('separator', { name: 'You last read up to here' })).toHaveLength(1);
    expect(screen.queryByRole('article', { name: 'You last read up to here' })).toBeNull();
    // Post 7 is the fourth row (fakeLayout makes rows 300 px): Home opens there, the three newer posts above it.
    expect(scrollTo).toHaveBeenCalledWith({ top: 900, behavior: 'auto' });
    // The newer posts the jump passed by (jsdom never lands it) were not read: nothing is saved.
    view.unmount();
    expect(markerSaves(bridge)).toEqual([]);
  });

  it('saves the newest post in view, not at once but when the reader settles or leaves', async () => {
    const bridge = setup({});
    const view = render(<Timeline accountId={me} source={{ kind: 'home' }} title="Home" {...callbacks} />);
    await screen.findByRole('feed', { name: 'Home' });
    await vi.waitFor(() => expect(bridge.invoke).toHaveBeenCalledWith('callMastodon', expect.objectContaining({ path: ['v1', 'markers', 'fetch'] })));
    expect(screen.queryByRole('separator', { name: 'You last read up to here' })).not.toBeInTheDocument();
    expect(markerSaves(bridge)).toEqual([]);
    view.unmount();
    expect(markerSaves(bridge)).toEqual([{ home: { lastReadId: '10' } }]);
  });

  it('does not save a position the server already holds', async () => {
    const bridge = setup(marker('10'));
    const view = render(<Timeline accountId={me} source={{ kind: 'home' }} title="Home" {...callbacks} />);
    await screen.findByRole('feed', { name: 'Home' });
    await vi.waitFor(() => expect(bridge.invoke).toHaveBeenCalledWith('callMastodon', expect.objectContaining({ path: ['v1', 'markers', 'fetch'] })));
    view.unmount();
    expect(markerSaves(bridge)).toEqual([]);
    expect(screen.queryByRole('separator', { name: 'You last read up to here' })).not.toBeInTheDocument();
  });

  it('leaves other timelines alone', async () => {
    const bridge = setup(marker('7'));
    const view = render(<Timeline accountId={me} source={{ kind: 'local' }} title="Organization" {...callbacks} />);
    await screen.findByRole('feed', { name: 'Organization' });
    view.unmount();
    const paths = bridge.invoke.mock.calls.map(([, input]) => (input as { path?: string[] }).path?.join('.'));
    expect(paths.filter((path) => path?.startsWith('v1.markers'))).toEqual([]);
  });
});
