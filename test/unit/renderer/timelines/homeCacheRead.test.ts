import { describe, expect, it } from 'vitest';
import { readActiveHomeEarly, readHomeCache, startHomeCacheRead } from '../../../../renderer/features/timelines/homeCacheRead';
import { useAtrium } from '../../../../renderer/store/store';
import { installFakeBridge } from '../fakeBridge';
import { status } from './fixtures';

const kept = { savedAt: '2026-11-29T10:00:00.000Z', statuses: [status('9')] };
const reads = (bridge: ReturnType<typeof installFakeBridge>) => bridge.invoke.mock.calls.filter(([call]) => call === 'readHomeCache').length;

describe('reading the kept Home early', () => {
  it('hands the read started at the page start to Home, without asking main again', async () => {
    const bridge = installFakeBridge({ readHomeCache: () => ({ ok: true, value: kept }) });
    startHomeCacheRead('early@social.example');
    startHomeCacheRead('early@social.example');
    expect(await readHomeCache('early@social.example')).toEqual(kept);
    expect(reads(bridge)).toBe(1);
  });

  it('reads afresh the next time Home shows that account', async () => {
    const bridge = installFakeBridge({ readHomeCache: () => ({ ok: true, value: null }) });
    startHomeCacheRead('again@social.example');
    await readHomeCache('again@social.example');
    await readHomeCache('again@social.example');
    expect(reads(bridge)).toBe(2);
  });

  it('gives a failed early read to Home, which shows the server instead', async () => {
    installFakeBridge({ readHomeCache: () => ({ ok: false, error: { code: 'io', message: 'The disk said no.' } }) });
    startHomeCacheRead('broken@social.example');
    await expect(readHomeCache('broken@social.example')).rejects.toThrow('The disk said no.');
  });
});

describe('reading the active account’s kept Home at start', () => {
  const account = { id: 'start@social.example', instanceUrl: 'https://social.example', acct: 'start', displayName: 'Start', avatar: '', color: '#000', needsSignIn: false };

  it('asks main the moment the session names the account, before anything that renders on the session could', async () => {
    const bridge = installFakeBridge({
      getAppInfo: () => ({ ok: true, value: { version: 't', platform: 'linux', demoInstanceUrl: null } }),
      getPolicy: () => ({ ok: true, value: { pinnedInstanceUrl: null, allowOtherInstances: true, defaultVisibility: 'public', requireAltText: false, hideDemo: false, accentColor: null } }),
      listAccounts: () => ({ ok: true, value: { accounts: [account], activeId: account.id } }),
      readHomeCache: () => ({ ok: true, value: kept }),
    });
    readActiveHomeEarly();
    // Stands in for React: it hears of the change after the early listener, in the same moment.
    let readsWhenReady = -1;
    const stop = useAtrium.subscribe((state) => {
      if (state.sessionStatus === 'ready' && readsWhenReady < 0) readsWhenReady = reads(bridge);
    });
    await useAtrium.getState().startSession();
    stop();
    expect(readsWhenReady).toBe(1);
    expect(await readHomeCache(account.id)).toEqual(kept);
    expect(reads(bridge)).toBe(1);
  });

  it('reads nothing when nobody is signed in', async () => {
    const bridge = installFakeBridge({
      getAppInfo: () => ({ ok: true, value: { version: 't', platform: 'linux', demoInstanceUrl: null } }),
      getPolicy: () => ({ ok: true, value: { pinnedInstanceUrl: null, allowOtherInstances: true, defaultVisibility: 'public', requireAltText: false, hideDemo: false, accentColor: null } }),
      listAccounts: () => ({ ok: true, value: { accounts: [], activeId: null } }),
    });
    readActiveHomeEarly();
    await useAtrium.getState().startSession();
    expect(reads(bridge)).toBe(0);
  });
});
