/**
 * 16.7: the bridge acts for the account the page shows, or for another only through a call on the
 * documented cross-account list. Played against the real core, account service and sandbox, with
 * two accounts signed in and the page acting as the first.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allowedMastoCalls } from '../../../../main/api/allowList';
import { bridgeAccountRules, crossAccountMastoCalls } from '../../../../main/bridge/accountScope';
import { bridgeCallNames } from '../../../../shared/bridgeApi';
import { startTwoAccountCore, type TwoAccountCore } from '../support/twoAccountCore';

let app: TwoAccountCore;
beforeAll(async () => {
  app = await startTwoAccountCore();
}, 30_000);
afterAll(() => app.close());

const serverId = (accountId: string) => accountId.slice(0, accountId.lastIndexOf('@'));
const refusedAsNotActing = { ok: false, error: { code: 'not_acting_account' } };

describe('a page acting as one account', () => {
  it("cannot read the other account's notifications, timelines, cache or directory, or stream them", async () => {
    const b = app.second.id;
    const requests = vi.spyOn(globalThis, 'fetch');
    try {
      for (const path of [
        ['v1', 'notifications', 'list'],
        ['v1', 'timelines', 'home', 'list'],
        ['v1', 'markers', 'fetch'],
        ['v1', 'bookmarks', 'list'],
      ]) {
        expect(await app.invoke('callMastodon', { accountId: b, path })).toMatchObject(refusedAsNotActing);
      }
      expect(await app.invoke('readHomeCache', { accountId: b })).toMatchObject(refusedAsNotActing);
      expect(await app.invoke('readDirectory', { accountId: b })).toMatchObject(refusedAsNotActing);
      expect(await app.invoke('subscribeStream', { accountId: b, stream: 'user:notification' })).toMatchObject(refusedAsNotActing);
      // Refused before any request left main.
      expect(requests).not.toHaveBeenCalled();
    } finally {
      requests.mockRestore();
    }
  });

  it('cannot favourite, follow or read posts of others as the other account', async () => {
    const b = app.second.id;
    const post = await app.sandbox.postAs(app.sandbox.demoUser.username, { status: 'A post to like' });
    expect(await app.invoke('callMastodon', { accountId: b, path: ['v1', 'statuses', { select: post.id }, 'favourite'] })).toMatchObject(refusedAsNotActing);
    expect(await app.invoke('callMastodon', { accountId: b, path: ['v1', 'accounts', { select: serverId(app.first.id) }, 'follow'] })).toMatchObject(refusedAsNotActing);
    // The desk may read the other account's own posts, and no one else's through it.
    expect(await app.invoke('callMastodon', { accountId: b, path: ['v1', 'accounts', { select: serverId(app.first.id) }, 'statuses', 'list'] })).toMatchObject(
      refusedAsNotActing,
    );
    expect(await app.invoke('callMastodon', { accountId: b, path: ['v1', 'accounts', { select: serverId(b) }, 'statuses', 'list'] })).toMatchObject({ ok: true });
  });

  it("searches as the other account for people, hashtags or one post's address, never through its posts", async () => {
    const b = app.second.id;
    const search = (params: Record<string, unknown>) => app.invoke('callMastodon', { accountId: b, path: ['v2', 'search', 'list'], params });
    expect(await search({ q: 'ana', type: 'accounts', resolve: false })).toMatchObject({ ok: true });
    expect(await search({ q: 'launch', type: 'hashtags' })).toMatchObject({ ok: true });
    expect(await search({ q: `${app.sandbox.url}/@someone/1`, type: 'statuses', resolve: true, limit: 1 })).toMatchObject({ ok: true });
    // A full-text search of posts as B would reach B's private mentions.
    expect(await search({ q: 'salary', type: 'statuses' })).toMatchObject(refusedAsNotActing);
    expect(await search({ q: 'salary' })).toMatchObject(refusedAsNotActing);
    expect(await app.invoke('callMastodon', { accountId: app.first.id, path: ['v2', 'search', 'list'], params: { q: 'salary' } })).toMatchObject({ ok: true });
  });

  it('schedules and lists posts for the other account through the named cross-account calls', async () => {
    const b = app.second.id;
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const created = await app.invoke<{ data: { id: string } }>('callMastodon', {
      accountId: b,
      path: ['v1', 'statuses', 'create'],
      params: { status: 'Scheduled as the colleague', scheduledAt: at },
    });
    expect(created).toMatchObject({ ok: true });
    const queue = await app.invoke<{ data: { id: string }[] }>('callMastodon', { accountId: b, path: ['v1', 'scheduledStatuses', 'list'] });
    expect(queue.ok && queue.value.data.map((item) => item.id)).toContain(created.ok && created.value.data.id);
    expect(await app.invoke('listDrafts', { accountId: b })).toEqual({ ok: true, value: { drafts: [] } });
  });

  it('acts for the other account once the page switched to it, and no longer for the first', async () => {
    expect(await app.invoke('switchAccount', { accountId: app.second.id })).toEqual({ ok: true, value: { done: true } });
    try {
      expect(await app.invoke('callMastodon', { accountId: app.second.id, path: ['v1', 'notifications', 'list'] })).toMatchObject({ ok: true });
      expect(await app.invoke('callMastodon', { accountId: app.first.id, path: ['v1', 'notifications', 'list'] })).toMatchObject(refusedAsNotActing);
    } finally {
      await app.invoke('switchAccount', { accountId: app.first.id });
    }
  });

  it("ends the page's streams of an account once it switched away, and cannot end main's own", async () => {
    const unsubscribe = vi.spyOn(app.core.streams, 'unsubscribe');
    const mine = app.core.streams.subscribe({ accountId: app.first.id, stream: 'user' }, () => undefined);
    try {
      const opened = await app.invoke<{ subscriptionId: string }>('subscribeStream', { accountId: app.first.id, stream: 'public:local' });
      expect(opened).toMatchObject({ ok: true });
      // Main's own subscription is not the page's to end, even by its id.
      expect(await app.invoke('unsubscribeStream', { subscriptionId: mine })).toEqual({ ok: true, value: { done: true } });
      expect(unsubscribe).not.toHaveBeenCalled();

      await app.invoke('switchAccount', { accountId: app.second.id });
      expect(unsubscribe.mock.calls).toEqual([[opened.ok ? opened.value.subscriptionId : '']]);
    } finally {
      await app.invoke('switchAccount', { accountId: app.first.id });
      app.core.streams.unsubscribe(mine);
      unsubscribe.mockRestore();
    }
  });

  it("opens the session with the acting account's kept Home only, and follows a switch", async () => {
    const keep = (id: string) => [{ id, content: `<p>kept ${id}</p>` }];
    expect(await app.invoke('writeHomeCache', { accountId: app.first.id, statuses: keep('1') })).toMatchObject({ ok: true });
    await app.invoke('switchAccount', { accountId: app.second.id });
    try {
      expect(await app.invoke('writeHomeCache', { accountId: app.second.id, statuses: keep('2') })).toMatchObject({ ok: true });
      const asSecond = await app.invoke<{ accounts: { activeId: string }; home: { accountId: string; kept: { statuses: { id: string }[] } } }>('openSession', {});
      expect(asSecond.ok && asSecond.value.home).toMatchObject({ accountId: app.second.id, kept: { statuses: [{ id: '2' }] } });
      expect(asSecond.ok && asSecond.value.accounts.activeId).toBe(app.second.id);
    } finally {
      await app.invoke('switchAccount', { accountId: app.first.id });
    }
    const asFirst = await app.invoke('openSession', {});
    expect(asFirst).toMatchObject({ ok: true, value: { home: { accountId: app.first.id, kept: { statuses: [{ id: '1' }] } } } });
  });

  it('refuses an account that is not signed in here, for every kind of call', async () => {
    const stranger = `999@${new URL(app.sandbox.url).host}`;
    expect(await app.invoke('callMastodon', { accountId: stranger, path: ['v1', 'statuses', 'create'], params: { status: 'hi' } })).toMatchObject({
      ok: false,
      error: { code: 'unknown_account' },
    });
    expect(await app.invoke('listDrafts', { accountId: stranger })).toMatchObject({ ok: false, error: { code: 'unknown_account' } });
    expect(await app.invoke('readHomeCache', { accountId: stranger })).toMatchObject(refusedAsNotActing);
  });
});

describe('the cross-account list', () => {
  it('names only allow-listed calls, each with its reason', () => {
    for (const [key, rule] of crossAccountMastoCalls) {
      expect(allowedMastoCalls.has(key), key).toBe(true);
      expect(rule.reason.length, key).toBeGreaterThan(20);
    }
    // Reading notifications, conversations or timelines of another account is never on it.
    for (const key of ['v1.notifications.list', 'v1.timelines.home.list', 'v1.accounts.$select.follow', 'v1.statuses.$select.favourite']) {
      expect(crossAccountMastoCalls.has(key), key).toBe(false);
    }
  });

  it('gives every bridge call a rule, and a reason to each that acts for any account', () => {
    expect(Object.keys(bridgeAccountRules).sort()).toEqual([...bridgeCallNames].sort());
    for (const [call, rule] of Object.entries(bridgeAccountRules)) if (rule.kind === 'any') expect(rule.reason.length, call).toBeGreaterThan(20);
  });
});
