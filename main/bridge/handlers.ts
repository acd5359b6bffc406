import type { AccountSummary, PublicPolicy } from '../../shared/domain';
import type { BridgeOutput } from '../../shared/bridge';
import { AtriumFailure } from '../../shared/result';
import type { MastoDispatcher } from '../api/dispatcher';
import type { StreamHub } from '../api/streamHub';
import type { TimelineCache } from '../cache/timelineCache';
import type { DraftStore } from '../drafts/draftStore';
import type { MediaUploader } from '../media/mediaUploader';
import type { DesktopNotifier } from '../notifications/desktopNotifier';
import type { PublishWatch } from '../scheduled/publishWatch';
import type { SlotStore } from '../slots/slotStore';
import type { DirectoryService } from '../directory/directoryService';
import type { CapabilityStore } from '../capabilities/capabilityStore';
import { safeExternalUrl } from '../security/urlGate';
import type { BridgeHandlers } from './bridgeServer';

/** The account operations the bridge exposes; `AccountService` in main/accounts provides them. */
export interface AccountsPort {
  list(): Promise<{ accounts: AccountSummary[]; activeId: string | null }>;
  switchTo(accountId: string): Promise<void>;
  probeInstance(url: string): Promise<BridgeOutput<'probeInstance'>>;
  signIn(instanceUrl: string, options: { forceLogin?: boolean }): Promise<AccountSummary>;
  cancelSignIn(): void;
  onChange(listener: () => void): () => void;
  signOut(accountId: string): Promise<{ revoked: boolean }>;
  forget(accountId: string): Promise<void>;
  keychainState(): Promise<BridgeOutput<'getKeychainState'>['state']>;
}

/** Everything the handlers call into; the composition root passes the real services. */
export interface HandlerDeps {
  appInfo: BridgeOutput<'getAppInfo'>;
  policy: PublicPolicy;
  accounts: AccountsPort;
  dispatcher: MastoDispatcher;
  streams: StreamHub;
  homeCache: TimelineCache;
  notifier: DesktopNotifier;
  directory: DirectoryService;
  /** Hands a vetted URL to the operating system (shell.openExternal, or a page in the test host). */
  openExternal(url: string): Promise<void>;
  /** Posting slots per account, on this device. */
  slots: SlotStore;
  /** Desktop notifications when a scheduled post goes out. */
  publishWatch: PublishWatch;
  /** Removes everything this device keeps for an account (caches, directory, drafts) once it leaves. */
  forgetLocalData(accountId: string): Promise<void>;
  drafts: DraftStore;
  media: MediaUploader;
  /** Each account's server capabilities. */
  capabilities: CapabilityStore;
}

/** Maps each bridge call onto the service that does the work. */
export function createHandlers(deps: HandlerDeps): BridgeHandlers {
  // While an account signs out (revoking can take seconds), nothing more of it is written to disk.
  const signingOut = new Set<string>();
  return {
    getAppInfo: async () => deps.appInfo,
    getPolicy: async () => deps.policy,
    listAccounts: () => deps.accounts.list(),
    openSession: async () => {
      const accounts = await deps.accounts.list();
      const active = accounts.accounts.find((account) => account.id === accounts.activeId && !account.signOutPending && !account.blockedByPolicy);
      // The kept Home is a head start only: one that cannot be read is the same as none (`read` says so by null).
      const home = active ? { accountId: active.id, kept: await deps.homeCache.read(active.id) } : null;
      return { appInfo: deps.appInfo, policy: deps.policy, accounts, home };
    },
    switchAccount: async ({ accountId }) => {
      await deps.accounts.switchTo(accountId);
      return { done: true };
    },
    probeInstance: ({ url }) => deps.accounts.probeInstance(url),
    signIn: ({ instanceUrl, forceLogin }) => deps.accounts.signIn(instanceUrl, { forceLogin }),
    cancelSignIn: async () => {
      deps.accounts.cancelSignIn();
      return { done: true };
    },
    signOut: async ({ accountId }) => {
      signingOut.add(accountId);
      try {
        deps.streams.closeAll(accountId);
        const result = await deps.accounts.signOut(accountId);
        // Again: main's own subscriptions may have reopened a socket with the old token during the revoke.
        deps.streams.closeAll(accountId);
        await deps.forgetLocalData(accountId);
        return result;
      } finally {
        signingOut.delete(accountId);
      }
    },
    forgetAccount: async ({ accountId }) => {
      deps.streams.closeAll(accountId);
      await deps.accounts.forget(accountId);
      await deps.forgetLocalData(accountId);
      return { done: true };
    },
    // A failed call may teach something about the server (a 404 on the directory: it has none).
    callMastodon: async (call) => {
      try {
        return await deps.dispatcher.call(call);
      } catch (error) {
        deps.capabilities.learnFromFailure(call, error);
        throw error;
      }
    },
    readHomeCache: async ({ accountId }) => {
      await assertSignedIn(deps.accounts, accountId);
      return deps.homeCache.read(accountId);
    },
    writeHomeCache: async ({ accountId, statuses }) => {
      if (signingOut.has(accountId)) return { done: true };
      await assertSignedIn(deps.accounts, accountId);
      await deps.homeCache.write(accountId, statuses);
      return { done: true };
    },
    subscribeStream: async (request) => {
      // A socket opened now would carry a token that is being revoked, and outlive the sign-out.
      if (signingOut.has(request.accountId)) throw new AtriumFailure('signing_out', 'That account is signing out.');
      await assertSignedIn(deps.accounts, request.accountId);
      return { subscriptionId: deps.streams.subscribe(request) };
    },
    unsubscribeStream: async ({ subscriptionId }) => {
      deps.streams.unsubscribe(subscriptionId);
      return { done: true };
    },
    markNotificationsSeen: async () => {
      deps.notifier.markSeen();
      return { done: true };
    },
    openExternal: async ({ url }) => {
      const safe = safeExternalUrl(url);
      if (!safe) throw new AtriumFailure('unsafe_url', 'Atrium only opens web and e-mail links.');
      await deps.openExternal(safe);
      return { done: true };
    },
    readPostingSlots: () => deps.slots.read(),
    writePostingSlots: async ({ accountId, plan }) => {
      await assertSignedIn(deps.accounts, accountId);
      return deps.slots.write(accountId, plan);
    },
    watchScheduled: async ({ accountId, posts }) => {
      await assertSignedIn(deps.accounts, accountId);
      deps.publishWatch.track(accountId, posts);
      return { done: true };
    },
    readDirectory: async ({ accountId }) => {
      await assertSignedIn(deps.accounts, accountId);
      return deps.directory.read(accountId);
    },
    refreshDirectory: async ({ accountId }) => {
      await assertSignedIn(deps.accounts, accountId);
      return deps.directory.refresh(accountId);
    },
    listDrafts: async ({ accountId }) => {
      await assertSignedIn(deps.accounts, accountId);
      return { drafts: await deps.drafts.list(accountId) };
    },
    saveDraft: async ({ draft }) => {
      if (signingOut.has(draft.accountId)) return { done: true };
      await assertSignedIn(deps.accounts, draft.accountId);
      await deps.drafts.save(draft);
      return { done: true };
    },
    deleteDraft: async ({ accountId, draftId }) => {
      await deps.drafts.delete(accountId, draftId);
      return { done: true };
    },
    uploadMedia: async (input) => {
      await assertSignedIn(deps.accounts, input.accountId);
      return deps.media.upload(input);
    },
    cancelUpload: async ({ uploadId }) => {
      deps.media.cancel(uploadId);
      return { done: true };
    },
    getCapabilities: async ({ accountId }) => {
      await assertSignedIn(deps.accounts, accountId);
      return deps.capabilities.get(accountId);
    },
    getKeychainState: async () => ({ state: await deps.accounts.keychainState() }),
  };
}

async function assertSignedIn(accounts: AccountsPort, accountId: string): Promise<void> {
  const { accounts: signedIn } = await accounts.list();
  if (!signedIn.some((account) => account.id === accountId && !account.signOutPending)) {
    throw new AtriumFailure('unknown_account', 'That account is not signed in on this computer.');
  }
}
