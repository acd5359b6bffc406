import { describe, expect, it } from 'vitest';
import { keptHomeShownAtStart, readHomeCache, showOpeningHome } from '../../../../renderer/features/timelines/homeCacheRead';
import { timelineKey } from '../../../../renderer/features/timelines/timelineSource';
import { useAtrium } from '../../../../renderer/store/store';
import type { FakeAnswers } from '../fakeBridge';
import { installFakeBridge } from '../fakeBridge';
import { status } from './fixtures';

const kept = { savedAt: '2026-11-29T10:00:00.000Z', statuses: [status('9'), status('8')] };
const reads = (bridge: ReturnType<typeof installFakeBridge>) => bridge.invoke.mock.calls.filter(([call]) => call === 'readHomeCache').length;
const homeIds = (accountId: string) => useAtrium.getState().timelines[timelineKey(accountId, { kind: 'home' })]?.items.map((item) => (item.type === 'status' ? item.id : item.type));

function sessionOf(accountId: string | null, readHome: FakeAnswers['readHomeCache']): FakeAnswers {
  const accounts = accountId ? [{ id: accountId, instanceUrl: 'https://social.example', acct: 'start', displayName: 'Start', avatar: '', color: '#000', needsSignIn: false }] : [];
  return {
    getAppInfo: () => ({ ok: true, value: { version: 't', platform: 'linux', demoInstanceUrl: null } }),
    getPolicy: () => ({ ok: true, value: { pinnedInstanceUrl: null, allowOtherInstances: true, defaultVisibility: 'public', requireAltText: false, hideDemo: false, accentColor: null } }),
    listAccounts: () => ({ ok: true, value: { accounts, activeId: accountId } }),
    ...(readHome ? { readHomeCache: readHome } : {}),
  };
}

describe('the kept Home that comes with the session', () => {
  it('is in the store by the time anything that renders on the session hears of it', async () => {
    installFakeBridge(sessionOf('start@social.example', () => ({ ok: true, value: kept })));
    showOpeningHome();
    // Stands in for React, which renders after the changes made in the moment the session is set (never within
    // them): Home's posts as they are when that moment ends, before anything else that is waited for can arrive.
    let postsWhenReady: string[] | undefined;
    let momentOver = false;
    const stop = useAtrium.subscribe((state) => {
      if (state.sessionStatus !== 'ready' || momentOver) return;
      if (!postsWhenReady) queueMicrotask(() => (momentOver = true));
      postsWhenReady = homeIds('start@social.example') ?? [];
    });
    await useAtrium.getState().startSession();
    stop();
    expect(postsWhenReady).toEqual(['9', '8']);
    expect(keptHomeShownAtStart('start@social.example')).toBe(true);
    // Taken once shown: the store holds the posts, not the answer as well.
    expect(useAtrium.getState().openingHome).toBeNull();
  });

  it('is not read from main again by Home, but is the next time Home shows that account', async () => {
    const bridge = installFakeBridge({ ...sessionOf('again@social.example', () => ({ ok: true, value: kept })) });
    showOpeningHome();
    await useAtrium.getState().startSession();
    expect(await readHomeCache('again@social.example')).toBe('shown');
    expect(reads(bridge)).toBe(0);
    expect(await readHomeCache('again@social.example')).toEqual(kept);
    expect(reads(bridge)).toBe(1);
  });

  it('is none when main could not read it: Home goes to the server without reading again', async () => {
    const bridge = installFakeBridge(sessionOf('broken@social.example', () => ({ ok: false, error: { code: 'io', message: 'The disk said no.' } })));
    showOpeningHome();
    await useAtrium.getState().startSession();
    expect(homeIds('broken@social.example')).toBeUndefined();
    expect(await readHomeCache('broken@social.example')).toBe('shown');
    expect(reads(bridge)).toBe(0);
  });

  it('is nothing when nobody is signed in', async () => {
    installFakeBridge(sessionOf(null, undefined));
    showOpeningHome();
    await useAtrium.getState().startSession();
    expect(useAtrium.getState().sessionStatus).toBe('ready');
    expect(Object.keys(useAtrium.getState().timelines)).toEqual([]);
  });
});
