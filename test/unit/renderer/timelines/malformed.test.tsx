import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionNotices } from '../../../../renderer/components/status/ActionNotices';
import { Timeline } from '../../../../renderer/features/timelines/Timeline';
import { useAtrium } from '../../../../renderer/store/store';
import { installFakeBridge } from '../fakeBridge';
import { fakeLayout, status } from './fixtures';

const me = 'me@social.example';
const callbacks = { onOpenStatus: vi.fn(), onOpenAccount: vi.fn(), onOpenTag: vi.fn(), onReply: vi.fn() };

/** A server answering Home with whatever `data` is, as a hostile or broken one might. */
function serverSends(data: unknown) {
  installFakeBridge({
    callMastodon: () => ({ ok: true, value: { data } }),
    subscribeStream: () => ({ ok: true, value: { subscriptionId: 'sub-1' } }),
    unsubscribeStream: () => ({ ok: true, value: { done: true } }),
  });
}

const show = () =>
  render(
    <>
      <Timeline accountId={me} source={{ kind: 'home' }} title="Home" {...callbacks} />
      <ActionNotices />
    </>,
  );

beforeEach(() => {
  fakeLayout();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('a server that sends malformed posts', () => {
  it('leaves out posts without an author or time, shows the rest, and says so', async () => {
    serverSends([status('3'), { id: '2', content: '<p>no author</p>' }, null, status('1')]);
    show();
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    expect(screen.getByRole('alert')).toHaveTextContent('2 posts from the server could not be read and were left out.');
    expect(Object.keys(useAtrium.getState().statuses).sort()).toEqual(['1', '3']);
  });

  it('says in words when a page is not a list of posts at all', async () => {
    serverSends({ error: 'surprise' });
    show();
    expect(await screen.findByText(/The server sent a page of posts Atrium could not read/)).toBeInTheDocument();
  });

  it('says in words when no post of a page can be read, rather than calling the timeline empty', async () => {
    serverSends([{ id: '2' }, { id: '1' }]);
    show();
    expect(await screen.findByText(/The server sent a page of posts Atrium could not read/)).toBeInTheDocument();
    expect(screen.queryByText(/timeline is empty/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows one post as unreadable when a field is the wrong kind, and keeps the others', async () => {
    serverSends([status('2', { mediaAttachments: 'not a list' as never }), status('1', { content: '<p>Still here</p>' })]);
    show();
    expect(await screen.findByText('Still here')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: /could not be shown/ })).toBeInTheDocument();
  });
});

describe('a stream that sends malformed payloads', () => {
  it('neither counts nor shows a streamed post it cannot read', async () => {
    const timeline = fakeStreamedHome();
    const { applyTimelineEvent } = await import('../../../../renderer/features/timelines/useTimelineStream');
    applyTimelineEvent(timeline, 'update', { id: '99', content: '<p>no author</p>' });
    applyTimelineEvent(timeline, 'update', null);
    // Streamed posts arriving together reach the store together; a delete hands over what is gathered first.
    applyTimelineEvent(timeline, 'delete', 'nothing-here');
    expect(useAtrium.getState().timelines[timeline]?.pendingNew).toEqual([]);
    // Both arrived in one batch: one notice says both.
    expect(useAtrium.getState().notices.map((notice) => notice.detail)).toEqual(['2 posts from the server could not be read and were left out.']);
  });
});

/** A Home timeline already in the store, ready to receive streamed posts. */
function fakeStreamedHome(): string {
  const key = `${me}|home`;
  useAtrium.setState({ timelines: { [key]: { source: { kind: 'home' }, items: [], pendingNew: [], droppedNew: 0, status: 'ready', error: null, older: null, loadingOlder: false, olderError: null, fillingGap: null } } });
  return key;
}
