import { describe, expect, it } from 'vitest';
import { useAtrium } from '../../../renderer/store/store';
import { installFakeBridge } from './fakeBridge';

const account = { id: 'a@social.example', instanceUrl: 'https://social.example', acct: 'a', displayName: 'A', avatar: '', color: '#000', needsSignIn: false };

function sessionBridge() {
  const answered = { count: 0 };
  const bridge = installFakeBridge({
    getAppInfo: () => ({ ok: true, value: { version: 't', platform: 'linux', demoInstanceUrl: null } }),
    getPolicy: () => ({ ok: true, value: { pinnedInstanceUrl: null, allowOtherInstances: true, defaultVisibility: 'public', requireAltText: false, hideDemo: false, accentColor: null } }),
    listAccounts: () => {
      answered.count += 1;
      return { ok: true, value: { accounts: [account], activeId: account.id } };
    },
  });
  return { ...bridge, answered };
}

/** The openSession calls the page made itself (the preload's early one is not among them). */
const sessionCalls = (bridge: ReturnType<typeof sessionBridge>) => bridge.invoke.mock.calls.filter(([call]) => call === 'openSession').length;

describe('starting the session', () => {
  it('takes the answer the preload asked for, once, when the page start and App both ask while it loads', async () => {
    const bridge = sessionBridge();
    // createBridgeApi asked as it was built, as the preload does before the page's scripts run.
    expect(bridge.answered.count).toBe(1);
    const early = useAtrium.getState().startSession();
    const fromApp = useAtrium.getState().startSession();
    await Promise.all([early, fromApp]);
    expect(bridge.answered.count).toBe(1);
    expect(sessionCalls(bridge)).toBe(0);
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
    expect(bridge.answered.count).toBe(1);
    expect(states).toEqual([]);
  });

  it('asks main afresh when asked to retry', async () => {
    const bridge = sessionBridge();
    await useAtrium.getState().startSession();
    await useAtrium.getState().loadSession();
    expect(sessionCalls(bridge)).toBe(1);
    expect(bridge.answered.count).toBe(2);
  });
});
