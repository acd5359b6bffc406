import type { StateCreator } from 'zustand';
import type { BridgeOutput } from '../../shared/bridge';
import type { AccountSummary, PublicPolicy } from '../../shared/domain';
import { call } from '../bridge/bridge';
import { errorText } from '../bridge/errorText';

/** Who is signed in, which account is active, and what the app and IT policy allow. */
export interface SessionSlice {
  sessionStatus: 'loading' | 'ready' | 'error';
  sessionError: string | null;
  appInfo: BridgeOutput<'getAppInfo'> | null;
  policy: PublicPolicy | null;
  /** The accounts signed in here (never one whose sign-out is pending). */
  accounts: AccountSummary[];
  /** Signed out here, but the server could not be told to end the sign-in; `signOut` again or `forgetAccount`. */
  pendingSignOuts: AccountSummary[];
  activeAccountId: string | null;
  /** The active account's kept Home as main read it with the session, until homeCacheRead.ts puts it in the store for Home's first render. */
  openingHome: BridgeOutput<'openSession'>['home'];
  /**
   * Loads app info, policy, accounts and the active account's kept Home in one answer (again, on retry);
   * a load already under way is shared, not repeated.
   */
  loadSession(): Promise<void>;
  /**
   * Loads the session unless it is loaded or loading: the page's start asks before React's first render
   * (renderer/main.tsx), and App asks again when it mounts, which must not load it twice or start it over.
   */
  startSession(): Promise<void>;
  /** Re-reads IT's policy after main says it changed (pin, accent colour). */
  refreshPolicy(): Promise<void>;
  /** Re-reads the accounts after main says they changed. */
  refreshAccounts(): Promise<void>;
  switchAccount(accountId: string): Promise<void>;
  /** Signs out, or tries again for a pending sign-out; `revoked: false` when the server still could not be told. */
  signOut(accountId: string): Promise<{ revoked: boolean }>;
  /** Forgets a pending sign-out on this computer; the sign-in stays valid on the server. */
  forgetAccount(accountId: string): Promise<void>;
}

/** Splits main's list into the accounts in use and the sign-outs still pending. */
function byState({ accounts, activeId }: BridgeOutput<'listAccounts'>) {
  return {
    accounts: accounts.filter((account) => !account.signOutPending),
    pendingSignOuts: accounts.filter((account) => account.signOutPending === true),
    activeAccountId: activeId,
  };
}

/** The session load under way, shared by whoever asks meanwhile. */
let loading: Promise<void> | null = null;

export const createSessionSlice: StateCreator<SessionSlice> = (set, get) => ({
  sessionStatus: 'loading',
  sessionError: null,
  appInfo: null,
  policy: null,
  accounts: [],
  pendingSignOuts: [],
  activeAccountId: null,
  openingHome: null,
  loadSession: () => {
    loading ??= (async () => {
      set({ sessionStatus: 'loading', sessionError: null });
      try {
        // The first of these the page makes takes the answer the preload asked for (shared/bridgeApi.ts).
        const { appInfo, policy, accounts, home } = await call('openSession', {});
        set({ sessionStatus: 'ready', appInfo, policy, ...byState(accounts), openingHome: home });
        // For the cold start benchmark's split of the page's time (test/bench/coldStartChild.ts).
        performance.mark('atrium:session-ready');
      } catch (error) {
        set({ sessionStatus: 'error', sessionError: errorText(error) });
      } finally {
        loading = null;
      }
    })();
    return loading;
  },
  startSession: () => {
    if (loading) return loading;
    // 'loading' is also the state before the first load: nothing is shown yet.
    return get().sessionStatus === 'loading' ? get().loadSession() : Promise.resolve();
  },
  refreshPolicy: async () => {
    set({ policy: await call('getPolicy', {}) });
  },
  refreshAccounts: async () => {
    set(byState(await call('listAccounts', {})));
  },
  switchAccount: async (accountId) => {
    // A paused account cannot be made active (main refuses too); its entry in the switcher says why.
    if (get().accounts.find((account) => account.id === accountId)?.blockedByPolicy) return;
    await call('switchAccount', { accountId });
    set({ activeAccountId: accountId });
  },
  signOut: async (accountId) => {
    const result = await call('signOut', { accountId });
    set(byState(await call('listAccounts', {})));
    return result;
  },
  forgetAccount: async (accountId) => {
    await call('forgetAccount', { accountId });
    set(byState(await call('listAccounts', {})));
  },
});
