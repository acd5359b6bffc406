import path from 'node:path';
import type { BridgeEvent, BridgeEventPayload, BridgeOutput } from '../shared/bridge';
import type { PublicPolicy } from '../shared/domain';
import { MastoClientPool, type AccountCredentials } from './api/clientPool';
import { MastoDispatcher } from './api/dispatcher';
import { StreamHub } from './api/streamHub';
import { CapabilityStore } from './capabilities/capabilityStore';
import { TimelineCache } from './cache/timelineCache';
import { DirectoryCache } from './directory/directoryCache';
import { DirectoryService } from './directory/directoryService';
import { DraftStore } from './drafts/draftStore';
import { mediaLimitsSchema, type MediaLimits } from './media/mediaLimits';
import { MediaUploader } from './media/mediaUploader';
import { DesktopNotifier, notifierStrings, type DesktopSurface } from './notifications/desktopNotifier';
import { NotificationStreams } from './notifications/notificationStreams';
import { createBridgeServer, type BridgeServer, type ErrorLog } from './bridge/bridgeServer';
import { createHandlers, type AccountsPort } from './bridge/handlers';
import { withAccountScope } from './bridge/accountScope';
import { PublishWatch, publishStrings } from './scheduled/publishWatch';
import { SlotStore } from './slots/slotStore';

/** What the Electron glue and the test host hand to the core of main. */
export interface AtriumDeps {
  appInfo: BridgeOutput<'getAppInfo'>;
  policy: PublicPolicy;
  accounts: AccountsPort & AccountCredentials;
  /** Where per-account caches live (a `cache` folder in the app's data folder). */
  cacheDir: string;
  /** Where drafts live (a `drafts` folder in the app's data folder); beside the cache folder when not given. */
  draftsDir?: string;
  /** The origin the renderer is served from (`app://atrium`, or the test host's loopback address). */
  trustedOrigin: string;
  openExternal(url: string): Promise<void>;
  /** Native notifications and the unread badge. */
  desktop: DesktopSurface;
  /** The OS locale, for the few sentences main writes itself (desktop notifications). */
  locale: string;
  emit<E extends BridgeEvent>(event: E, payload: BridgeEventPayload<E>): void;
  log: ErrorLog;
}

/** The assembled core of the main process: the bridge server and what it drives. */
export interface AtriumCore {
  bridge: BridgeServer;
  streams: StreamHub;
  /** A policy IT changed while Atrium runs: `getPolicy` answers it from now on and the page is told. */
  applyPolicy(policy: PublicPolicy): void;
  dispose(): void;
}

/**
 * The composition root: builds the API layer and the bridge from their dependencies.
 * Both the Electron app and the e2e test host call this, so they run the same code.
 */
export function createAtriumCore(deps: AtriumDeps): AtriumCore {
  const pool = new MastoClientPool(deps.accounts);
  const dispatcher = new MastoDispatcher(pool, deps.accounts);
  const streamingUrls = new Map<string, string>();
  const capabilities = new CapabilityStore(async (accountId) => (await pool.rest(accountId)).v2.instance.fetch());
  const streams = new StreamHub({
    carries: (accountId, stream) => capabilities.carries(accountId, stream),
    refused: (accountId, stream) => capabilities.learn(accountId, { kind: 'stream-refused', stream }),
    emit: deps.emit,
    log: (message) => deps.log('stream', new Error(message)),
    endpoint: async (accountId) => {
      let streamingUrl = streamingUrls.get(accountId);
      if (!streamingUrl) {
        const instance = await (await pool.rest(accountId)).v2.instance.fetch();
        // Servers without a separate streaming host leave it empty: the instance itself streams.
        streamingUrl = instance.configuration.urls.streaming || (await deps.accounts.instanceUrl(accountId));
        streamingUrls.set(accountId, streamingUrl);
      }
      return { streamingUrl, instanceUrl: await deps.accounts.instanceUrl(accountId), token: await deps.accounts.accessToken(accountId) };
    },
  });
  const notifier = new DesktopNotifier(deps.desktop, notifierStrings(deps.locale));
  const notificationStreams = new NotificationStreams(streams, notifier, async (accountId, minId) =>
    // camelCased by masto, the shape the stream hub delivers too, so the notifier reads both alike.
    (await pool.rest(accountId)).v1.notifications.list({ limit: 40, ...(minId ? { minId } : {}) }),
  );
  const syncNotifications = async () => {
    const { accounts } = await deps.accounts.list();
    // An account IT's policy pauses keeps no socket open: one opened before the policy changed is closed.
    for (const account of accounts) if (account.blockedByPolicy) streams.closeAll(account.id);
    notificationStreams.sync(accounts.filter((account) => !account.needsSignIn && !account.blockedByPolicy && !account.signOutPending).map((account) => account.id));
  };
  void syncNotifications().catch((error: unknown) => deps.log('notifications', error));
  const stopWatchingAccounts = deps.accounts.onChange(() => {
    // The renderer re-reads the list: an account added elsewhere, or one whose token the server refused.
    deps.emit('accountsChanged', {});
    void syncNotifications().catch((error: unknown) => deps.log('notifications', error));
  });
  // Slots are settings, not cache: they live beside the cache folder, in the app's data folder.
  const slots = new SlotStore(path.join(path.dirname(deps.cacheDir), 'posting-slots.json'));
  const publishWatch = new PublishWatch(streams, (notification) => deps.desktop.show(notification), publishStrings(deps.locale));
  // Scheduled posts are watched from the start (and after a sign-in), so one that goes out notifies even if the desk was never opened.
  const primePublishWatch = async () => {
    const { accounts } = await deps.accounts.list();
    const usable = accounts.filter((account) => !account.needsSignIn && !account.blockedByPolicy).map((account) => account.id);
    await publishWatch.prime(usable, async (accountId) =>
      (await (await pool.rest(accountId)).v1.scheduledStatuses.list({ limit: 40 })).map((scheduled) => ({ id: scheduled.id, text: scheduled.params.text })),
    );
  };
  void primePublishWatch().catch((error: unknown) => deps.log('scheduled', error));
  const stopPriming = deps.accounts.onChange(() => void primePublishWatch().catch((error: unknown) => deps.log('scheduled', error)));
  const mediaLimits = new Map<string, Promise<MediaLimits>>();
  const media = new MediaUploader({
    credentials: deps.accounts,
    emit: (progress) => deps.emit('uploadProgress', progress),
    limits: (accountId) => {
      let limits = mediaLimits.get(accountId);
      if (!limits) {
        limits = pool.rest(accountId).then(async (client) => mediaLimitsSchema.parse(await client.v2.instance.fetch()));
        // A failed look-up is asked again next time rather than remembered.
        limits.catch(() => mediaLimits.delete(accountId));
        mediaLimits.set(accountId, limits);
      }
      return limits;
    },
  });
  const drafts = new DraftStore(deps.draftsDir ?? path.join(path.dirname(deps.cacheDir), 'drafts'), (problem, error) => deps.log(`drafts: ${problem}`, error));
  let currentPolicy = deps.policy;
  const directory = new DirectoryService({
    rest: (accountId) => pool.rest(accountId),
    instanceUrl: (accountId) => deps.accounts.instanceUrl(accountId),
    cache: new DirectoryCache(deps.cacheDir),
    progress: (progress) => deps.emit('directoryProgress', progress),
  });
  const homeCache = new TimelineCache(deps.cacheDir);
  const forgetLocalData = async (accountId: string) => {
    publishWatch.forget(accountId);
    await Promise.all([homeCache.remove(accountId), directory.remove(accountId), drafts.removeAccount(accountId), slots.write(accountId, null)]);
  };
  const handlers = createHandlers({ ...deps, dispatcher, streams, notifier, directory, homeCache, drafts, media, forgetLocalData, slots, publishWatch, capabilities });
  return {
    bridge: createBridgeServer(
      // Each call acts only for the account the page shows, or for any on a documented cross-account rule.
      withAccountScope({
        ...handlers,
        getPolicy: async () => currentPolicy,
        signOut: async (input) => {
          const result = await handlers.signOut(input);
          pool.forget(input.accountId);
          streamingUrls.delete(input.accountId);
          capabilities.forget(input.accountId);
          mediaLimits.delete(input.accountId);
          return result;
        },
      }, deps.accounts),
      deps.trustedOrigin,
      deps.log,
    ),
    streams,
    applyPolicy: (policy) => {
      currentPolicy = policy;
      deps.emit('policyChanged', {});
    },
    dispose: () => {
      stopWatchingAccounts();
      stopPriming();
      streams.closeAll();
    },
  };
}
