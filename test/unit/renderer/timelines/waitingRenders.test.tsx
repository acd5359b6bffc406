import { act, render, screen } from '@testing-library/react';
import { createElement, type ComponentProps } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as StatusCardModule from '../../../../renderer/components/status/StatusCard';
import { Timeline } from '../../../../renderer/features/timelines/Timeline';
import { timelineKey } from '../../../../renderer/features/timelines/timelineSource';
import { useAtrium } from '../../../../renderer/store/store';
import { installFakeBridge } from '../fakeBridge';
import { fakeLayout, fakeTimeline, status } from './fixtures';

// Every card drawn is counted, to see what a post streaming in costs the list.
const cards = vi.hoisted(() => ({ rendered: 0 }));
vi.mock('../../../../renderer/components/status/StatusCard', async (importOriginal) => {
  const original = await importOriginal<typeof StatusCardModule>();
  return {
    ...original,
    StatusCard: (props: ComponentProps<typeof original.StatusCard>) => {
      cards.rendered += 1;
      return createElement(original.StatusCard, props);
    },
  };
});

const me = 'me@social.example';
const home = { kind: 'home' } as const;

beforeEach(() => {
  fakeLayout();
  const timeline = fakeTimeline(10);
  installFakeBridge({
    callMastodon: (input) => ({ ok: true, value: (timeline((input as { params?: Record<string, unknown> }).params) as unknown as { reply: unknown }).reply }),
    subscribeStream: () => ({ ok: true, value: { subscriptionId: 'sub-1' } }),
    unsubscribeStream: () => ({ ok: true, value: { done: true } }),
  });
  useAtrium.setState({ accounts: [{ id: me, instanceUrl: 'https://social.example', acct: 'me', displayName: 'Me', avatar: '', color: '#000', needsSignIn: false }] });
});

describe('posts streaming in behind the button', () => {
  it('update the count alone: the list and its cards are not drawn again', async () => {
    render(<Timeline accountId={me} source={home} title="Home" onOpenStatus={vi.fn()} onOpenAccount={vi.fn()} onOpenTag={vi.fn()} onReply={vi.fn()} />);
    await screen.findAllByRole('article');
    const before = cards.rendered;
    for (const id of ['11', '12', '13']) act(() => useAtrium.getState().receiveStatuses(timelineKey(me, home), [status(id)]));
    expect(screen.getByRole('button', { name: '3 new posts' })).toBeInTheDocument();
    expect(cards.rendered).toBe(before);
  });
});
