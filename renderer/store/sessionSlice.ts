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
  accounts: AccountSummary[];
  activeAccountId: string | null;
  /** Loads app info, policy and accounts; called once at start and on retry. */
  loadSession(): Promise<void>;
  /** Re-reads the accounts after main says they changed. */
  refreshAccounts(): Promise<void>;
  switchAccount(accountId: string): Promise<void>;
  /** Signs out; says so when the server could not be told to revoke the token. */
  signOut(accountId: string): Promise<{ revoked: boolean }>;
}

export const createSessionSlice: StateCreator<SessionSlice> = (set, get) => ({
  sessionStatus: 'loading',
  sessionError: null,
  appInfo: null,
  policy: null,
  accounts: [],
  activeAccountId: null,
  loadSession: async () => {
    set({ sessionStatus: 'loading', sessionError: null });
    try {
      const [appInfo, policy, { accounts, activeId }] = await Promise.all([
        call('getAppInfo', {}),
        call('getPolicy', {}),
        call('listAccounts', {}),
      ]);
      set({ sessionStatus: 'ready', appInfo, policy, accounts, activeAccountId: activeId });
    } catch (error) {
      set({ sessionStatus: 'error', sessionError: errorText(error) });
    }
  },
  refreshAccounts: async () => {
    const { accounts, activeId } = await call('listAccounts', {});
    set({ accounts, activeAccountId: activeId });
  },
  switchAccount: async (accountId) => {
    // A paused account cannot be made active (main refuses too); its entry in the switcher says why.
    if (get().accounts.find((account) => account.id === accountId)?.blockedByPolicy) return;
    await call('switchAccount', { accountId });
    set({ activeAccountId: accountId });
  },
  signOut: async (accountId) => {
    const result = await call('signOut', { accountId });
    const { accounts, activeId } = await call('listAccounts', {});
    set({ accounts, activeAccountId: activeId });
    return result;
  },
});
