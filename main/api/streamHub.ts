import { randomUUID } from 'node:crypto';
import type { BridgeEvent, BridgeEventPayload } from '../../shared/bridge';
import type { StreamName } from '../../shared/domain';
import { AtriumFailure } from '../../shared/result';
import { StreamRefused, streamingSocketUrl } from './streamingUrl';
import { isRefusal, matches, parseStreamMessage, sameStream, streamKey } from './streamMessages';

export { parseStreamMessage } from './streamMessages';

/** Where an account's stream lives and how to authenticate to it. */
export interface StreamEndpoint {
  /** From the instance's `configuration.urls.streaming`, e.g. `wss://streaming.example.org`. */
  streamingUrl: string;
  /** The account's instance origin: the stream must stay on its site (see `streamingSocketUrl`). */
  instanceUrl: string;
  token: string;
}

/** A stream the renderer asked for. */
export interface StreamRequest {
  accountId: string;
  stream: StreamName;
  tag?: string;
  list?: string;
}

/** What the hub needs from the rest of main. */
export interface StreamHubDeps {
  endpoint(accountId: string): Promise<StreamEndpoint>;
  emit<E extends BridgeEvent>(event: E, payload: BridgeEventPayload<E>): void;
  /** Defaults to the platform WebSocket (Node 22+ and Electron's main have one). */
  createSocket?: (url: string, protocols: string[]) => WebSocket;
  backoff?: { initialMs: number; maxMs: number };
  /** Where a stream that will not be opened is reported (an unsafe streaming address, a paused account). */
  log?: (message: string) => void;
  /**
   * Whether the account's server carries a stream (its capabilities). A stream it does not carry is never
   * asked for: its subscribers hear at once that it is refused, and check for news by other means.
   */
  carries?: (accountId: string, stream: StreamName) => Promise<boolean>;
  /** The server answered a subscription with an error: it does not carry that stream (a lesson for its capabilities). */
  refused?: (accountId: string, stream: StreamName) => void;
}

/** Receives a stream's events inside main instead of sending them to the renderer. */
export type StreamListener = (event: string, payload: unknown) => void;

/** Tells a listener in main whether its stream is live, and whether the server refused it for good. */
export type StreamStateListener = (state: { connected: boolean; refused: boolean }) => void;

interface Subscription extends StreamRequest {
  id: string;
  listener?: StreamListener;
  onState?: StreamStateListener;
}

/**
 * Multiplexes the renderer's stream subscriptions over one WebSocket per account.
 * When the connection drops it tells every subscriber (`streamState`), reconnects with
 * exponential backoff and tells them again once it is back, so they can fetch what they missed.
 */
export class StreamHub {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly connections = new Map<string, AccountConnection>();
  /** Subscriptions waiting for the account's capabilities to say whether the server carries their stream. */
  private readonly checking = new Map<string, Subscription>();
  /** Subscriptions to streams the server does not carry: kept only so that unsubscribing them is quiet. */
  private readonly refusedSubscriptions = new Map<string, Subscription>();

  constructor(private readonly deps: StreamHubDeps) {}

  /**
   * Starts a subscription; with a `listener`, main itself receives the events (desktop notifications), and
   * `onState` hears whether the stream is live. A stream the server does not carry is announced refused.
   */
  subscribe(request: StreamRequest, listener?: StreamListener, onState?: StreamStateListener): string {
    const subscription: Subscription = { ...request, id: randomUUID(), ...(listener ? { listener } : {}), ...(onState ? { onState } : {}) };
    const carries = this.deps.carries;
    if (!carries) {
      this.attach(subscription);
      return subscription.id;
    }
    this.checking.set(subscription.id, subscription);
    void carries(request.accountId, request.stream)
      .catch(() => true)
      .then((carried) => {
        // Unsubscribed (or signed out) while the capabilities were looked up.
        if (!this.checking.delete(subscription.id)) return;
        if (carried) this.attach(subscription);
        else this.refuse(subscription);
      });
    return subscription.id;
  }

  private attach(subscription: Subscription): void {
    const { accountId } = subscription;
    this.subscriptions.set(subscription.id, subscription);
    let connection = this.connections.get(accountId);
    // A connection that was refused (a paused account, an unsafe address) is asked again: things may have changed.
    if (!connection || connection.refused) {
      connection = new AccountConnection(accountId, this.deps, () => this.subscriptionsOf(accountId), (key) => this.refusedByServer(accountId, key));
      this.connections.set(accountId, connection);
    }
    connection.add(subscription);
  }

  /** A stream the server does not carry: its subscriber hears so once and is never sent to the server. */
  private refuse(subscription: Subscription): void {
    this.refusedSubscriptions.set(subscription.id, subscription);
    announce(this.deps, subscription, false, true);
  }

  /** The server answered the subscription to `key` with an error: every subscriber of that stream is refused. */
  private refusedByServer(accountId: string, key: string): void {
    const refused = this.subscriptionsOf(accountId).filter((subscription) => streamKey(subscription) === key);
    const first = refused[0];
    if (!first) return;
    this.deps.log?.(`The server refused the ${first.stream} stream of ${accountId}.`);
    this.deps.refused?.(accountId, first.stream);
    for (const subscription of refused) {
      this.subscriptions.delete(subscription.id);
      this.refuse(subscription);
    }
  }

  unsubscribe(subscriptionId: string): void {
    if (this.checking.delete(subscriptionId) || this.refusedSubscriptions.delete(subscriptionId)) return;
    const subscription = this.subscriptions.get(subscriptionId);
    if (!subscription) return;
    this.subscriptions.delete(subscriptionId);
    const connection = this.connections.get(subscription.accountId);
    const remaining = this.subscriptionsOf(subscription.accountId);
    if (!connection) return;
    if (remaining.length === 0) {
      connection.close();
      this.connections.delete(subscription.accountId);
    } else if (!remaining.some((other) => sameStream(other, subscription))) {
      connection.send('unsubscribe', subscription);
    }
  }

  /** Closes every connection of an account (sign-out) or of all accounts. */
  closeAll(accountId?: string): void {
    for (const held of [this.subscriptions, this.checking, this.refusedSubscriptions]) {
      for (const [id, subscription] of held) {
        if (!accountId || subscription.accountId === accountId) held.delete(id);
      }
    }
    for (const [id, connection] of this.connections) {
      if (accountId && id !== accountId) continue;
      connection.close();
      this.connections.delete(id);
    }
  }

  private subscriptionsOf(accountId: string): Subscription[] {
    return [...this.subscriptions.values()].filter((subscription) => subscription.accountId === accountId);
  }
}

class AccountConnection {
  private socket: WebSocket | undefined;
  private closed = false;
  /** True once the stream was refused for good; nothing more happens on this connection. */
  refused = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The stream last asked for: Mastodon's error answer to a subscription does not say which one it refuses. */
  private lastSubscribed: string | undefined;

  constructor(
    private readonly accountId: string,
    private readonly deps: StreamHubDeps,
    private readonly subscriptions: () => Subscription[],
    private readonly onRefused: (key: string) => void,
  ) {
    void this.connect();
  }

  add(subscription: Subscription): void {
    if (this.socket?.readyState === WebSocket.OPEN) {
      this.send('subscribe', subscription);
      this.announce(subscription, true);
    } else if (this.attempt > 0) {
      // Joining a connection that is waiting to try again (the server is down): not live, so it catches up once open.
      this.announce(subscription, false);
    }
  }

  send(type: 'subscribe' | 'unsubscribe', request: StreamRequest): void {
    if (this.socket?.readyState !== WebSocket.OPEN) return;
    if (type === 'subscribe') this.lastSubscribed = streamKey(request);
    this.socket.send(JSON.stringify({ type, stream: request.stream, tag: request.tag, list: request.list }));
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    // Forget the socket first: its close event must not speak for a connection that replaces this one.
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    let socket: WebSocket;
    try {
      const { streamingUrl, instanceUrl, token } = await this.deps.endpoint(this.accountId);
      // Closed while the endpoint was looked up: open nothing that nobody would close.
      if (this.closed) return;
      const url = streamingSocketUrl(streamingUrl, instanceUrl);
      // The token travels as the subprotocol, which Mastodon accepts, so it never appears in a URL or log.
      socket = (this.deps.createSocket ?? ((u, p) => new WebSocket(u, p)))(url.href, [token]);
    } catch (error) {
      if (!isPermanent(error)) {
        // Not connected (the server is down, say at start): subscribers hear so, and catch up once it opens.
        for (const subscription of this.subscriptions()) this.announce(subscription, false);
        return this.retry();
      }
      // Trying again would meet the same refusal: say why once, and send the token nowhere.
      this.closed = true;
      this.refused = true;
      this.deps.log?.(`Not streaming for ${this.accountId}: ${(error as Error).message}.`);
      for (const subscription of this.subscriptions()) this.announce(subscription, false);
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempt = 0;
      const seen = new Set<string>();
      for (const subscription of this.subscriptions()) {
        const key = streamKey(subscription);
        if (!seen.has(key)) this.send('subscribe', subscription);
        seen.add(key);
        this.announce(subscription, true);
      }
    });
    socket.addEventListener('message', (message) => this.route(String(message.data)));
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      for (const subscription of this.subscriptions()) this.announce(subscription, false);
      this.retry();
    });
  }

  private announce(subscription: Subscription, connected: boolean): void {
    announce(this.deps, subscription, connected, false);
  }

  private retry(): void {
    if (this.closed) return;
    const { initialMs, maxMs } = this.deps.backoff ?? { initialMs: 1_000, maxMs: 60_000 };
    const delay = Math.min(maxMs, initialMs * 2 ** this.attempt) * (0.75 + Math.random() * 0.5);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => void this.connect(), delay);
  }

  private route(raw: string): void {
    if (isRefusal(raw)) {
      // Best effort: the refusal answers a subscription, most likely the one asked for last.
      if (this.lastSubscribed !== undefined) this.onRefused(this.lastSubscribed);
      return;
    }
    const message = parseStreamMessage(raw);
    if (!message) return;
    for (const subscription of this.subscriptions()) {
      if (!matches(subscription, message.stream)) continue;
      // Each delivery stands alone: one that throws (a notifier meeting a hostile post, a window going away)
      // must not keep the event from the others, nor escape into the socket's listener and take main down.
      try {
        if (subscription.listener) subscription.listener(message.event, message.payload);
        else this.deps.emit('streamEvent', { subscriptionId: subscription.id, event: message.event, payload: message.payload });
      } catch (error) {
        this.deps.log?.(`A ${subscription.stream} ${message.event} event for ${this.accountId} could not be delivered: ${error instanceof Error ? error.message : String(error)}.`);
      }
    }
  }
}

/** Tells a subscriber whether its stream is live: the renderer through `streamState`, main's own listeners directly. */
function announce(deps: StreamHubDeps, subscription: Subscription, connected: boolean, refused: boolean): void {
  if (subscription.listener) subscription.onState?.({ connected, refused });
  else deps.emit('streamState', { subscriptionId: subscription.id, connected, ...(refused ? { refused } : {}) });
}

/**
 * Refusals that stand until something changes (the instance document, IT's policy, the account signed
 * in again), unlike a network failure: an unknown or signed-out account must not be retried forever.
 */
function isPermanent(error: unknown): boolean {
  if (error instanceof StreamRefused) return true;
  return error instanceof AtriumFailure && ['forbidden_by_policy', 'unknown_account', 'signed_out'].includes(error.code);
}
