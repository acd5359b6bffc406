import type { mastodon } from 'masto';
import { describe, expect, it } from 'vitest';
import { useAtrium } from '../../../../renderer/store/store';
import { account, idRange, installMasto, page } from '../timelines/fixtures';

const me = 'me@social.example';
const notification = (id: string): mastodon.v1.Notification =>
  ({ id, type: 'follow', createdAt: '2026-11-01T00:00:00Z', account: account({ id: `a${id}`, acct: `p${id}` }) }) as mastodon.v1.Notification;

/** A server with notifications 1..total that answers min_id like Mastodon: the ones just above it, newest first. */
function server(total: number) {
  const all = idRange(total, 1).map(notification);
  const asked: (string | undefined)[] = [];
  installMasto({
    'v1.notifications.list': (params) => {
      const minId = params?.['minId'] as string | undefined;
      asked.push(minId);
      if (minId === undefined) return page(all.slice(0, 40));
      const above = all.filter((item) => Number(item.id) > Number(minId));
      return page(above.slice(Math.max(0, above.length - 40)));
    },
  });
  return asked;
}

const pendingIds = () => useAtrium.getState().notificationLists[`${me}|all`]?.pending.map((item) => item.id) ?? [];
const itemIds = () => useAtrium.getState().notificationLists[`${me}|all`]?.items.map((item) => item.id) ?? [];

function loadedUpTo(newest: number) {
  useAtrium.setState({
    notificationLists: {
      [`${me}|all`]: { filter: 'all', items: [{ ...notification(String(newest)) } as never], pending: [], droppedNew: 0, status: 'ready', error: null, older: null, loadingOlder: false },
    },
  });
}

describe('catching up on notifications after a drop or a night asleep', () => {
  it('walks up page by page, so the newest missed ones are there too', async () => {
    const asked = server(190);
    loadedUpTo(100);
    await useAtrium.getState().catchUpNotifications(me, 'all');
    expect(asked).toEqual(['100', '140', '180']);
    expect(pendingIds()).toHaveLength(90);
    expect(pendingIds()[0]).toBe('190');
    expect(pendingIds().at(-1)).toBe('101');
  });

  it('starts afresh from the newest when more was missed than three pages', async () => {
    const asked = server(400);
    loadedUpTo(100);
    await useAtrium.getState().catchUpNotifications(me, 'all');
    expect(asked).toEqual(['100', '140', '180', undefined]);
    expect(itemIds()[0]).toBe('400');
    expect(pendingIds()).toEqual([]);
  });
});
