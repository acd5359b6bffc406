import { describe, expect, it } from 'vitest';
import { readGroupedPage } from '../../../../renderer/features/notifications/groupedNotifications';
import { groupNotifications } from '../../../../renderer/features/notifications/notificationLogic';
import { account, status } from '../timelines/fixtures';

describe('grouped notifications (v2)', () => {
  it('reads one group per row, with its people, its post and the exact id of its newest notification', () => {
    const page = readGroupedPage({
      accounts: [account({ id: '1', acct: 'ana' }), account({ id: '2', acct: 'ben' })],
      statuses: [status('50')],
      notificationGroups: [
        // Mastodon sends this id as a number too big to stay exact; page_max_id holds it as text.
        { groupKey: 'favourite-50', type: 'favourite', mostRecentNotificationId: JSON.parse('113010503322889311') as number, pageMaxId: '113010503322889311', sampleAccountIds: ['2', '1'], statusId: '50', latestPageNotificationAt: '2026-11-29T10:00:00Z' },
        { groupKey: 'ungrouped-7', type: 'mention', mostRecentNotificationId: 7, sampleAccountIds: ['1'], statusId: '50' },
      ],
    });
    expect(page.statuses.map((post) => post.id)).toEqual(['50']);
    expect(page.notifications.map((n) => n.id)).toEqual(['113010503322889311', '7']);
    const rows = groupNotifications(page.notifications);
    expect(rows[0]?.accounts.map((person) => person.acct)).toEqual(['ben', 'ana']);
    expect(rows[1]).toMatchObject({ type: 'mention', statusId: '50' });
  });

  it('leaves out what it cannot read instead of drawing half a row', () => {
    expect(readGroupedPage('nonsense')).toEqual({ notifications: [], statuses: [] });
    const page = readGroupedPage({
      accounts: [account({ id: '1' })],
      statuses: [{ nope: true }],
      notificationGroups: [{ type: 'follow', sampleAccountIds: ['1'] }, { pageMaxId: '3', type: 'follow', sampleAccountIds: ['404'] }, null],
    });
    expect(page).toEqual({ notifications: [], statuses: [] });
  });
});
