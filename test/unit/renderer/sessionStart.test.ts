import { describe, expect, it } from 'vitest';
import { useAtrium } from '../../../renderer/store/store';
import { installFakeBridge } from './fakeBridge';

const account = { id: 'a@social.example', instanceUrl: 'https://social.example', acct: 'a', displayName: 'A', avatar: '', color: '#000', needsSignIn: false };

function sessionBridge() {
  return installFakeBridge({
    getAppInfo: () => ({ ok: true, value: { version: 't', platform: 'linux', demoInstanceUrl: null } }),
    getPolicy: () => ({ ok: true, value: { pinnedInstanceUrl: null, allowOtherInstances: true, defaultVisibility: 'public', requireAltText: false, hideDemo: false, accentColor: null } }),
    listAccounts: () => ({ ok: true, value: { accounts: [account], activeId: account.id } }),
  });
}

const sessionCalls = (bridge: ReturnType<typeof sessionBridge>) => bridge.invoke.mock.calls.filter(([call]) => call === 'listAccounts').length;

describe('starting the session', () => {
  it('asks main once when the page start and App both ask while it loads', async () => {
    const bridge = sessionBridge();
    const early = useAtrium.getState().startSession();
    const fromApp = useAtrium.getState().startSession();
    await Promise.all([early, fromApp]);
    expect(sessionCalls(bridge)).toBe(1);
    expect(useAtrium.getState().sessionStatus).toBe('ready');
    expect(useAtrium.getState().activeAccountId).toBe(account.id);
  });

  it('does not load again, or show loading again, once the session is there', async () => {
    const bridge = sessionBridge();
    await useAtrium.getState().startSession();
    const states: string[] = [];
    const stop = useAtrium.subscribe((state) => states.push(state.sessionStatus));
    await useAtrium.getState().startSession();
    stop();
    expect(sessionCalls(bridge)).toBe(1);
    expect(states).toEqual([]);
  });

  it('loads again when asked to retry', async () => {
    const bridge = sessionBridge();
    await useAtrium.getState().startSession();
    await useAtrium.getState().loadSession();
    expect(sessionCalls(bridge)).toBe(2);
  });
});
