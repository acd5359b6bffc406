import type { mastodon } from 'masto';
import { useEffect, useState } from 'react';
import { call, onBridgeEvent } from '../../bridge/bridge';
import type { BridgeEventPayload } from '../../../shared/bridge';
import type { StreamName } from '../../../shared/domain';
import { useAtrium } from '../../store/store';
import { lazyPoller } from '../live/lazyPoller';
import { nextLiveState, type LiveSignal, type LiveState } from '../live/liveState';

/** What a view does with the events of its stream. */
export interface StreamHandlers {
  onEvent(event: string, payload: unknown): void;
  /** The stream came back after a drop (or after a start while the server was down): fetch what was missed. */
  onReconnect(): void;
  /** While the stream is refused or unreachable: fetch what is new (`min_id`); resolves true when there was news. */
  onPoll(): Promise<boolean>;
  /** The stream stopped (false) or came back after stopping (true): the view is, or is again, live. */
  onLiveChange?(live: boolean): void;
}

type StreamState = BridgeEventPayload<'streamState'>;

/** How long a stream may stay "connecting" before the view stops waiting for it and checks by itself. */
const CONNECT_GRACE_MS = 15_000;

/**
 * Subscribes to a stream while mounted and unsubscribes on unmount. Events of other subscriptions are ignored;
 * a `connected: true` after a `false` calls `onReconnect`. When the server refuses the stream or the socket
 * cannot connect, `onPoll` runs at a gentle pace instead (slower while nothing happens) until the stream is back.
 * Answers how the view keeps up, for the column to say.
 */
export function useStream(accountId: string, request: { stream: StreamName; tag?: string; list?: string } | undefined, handlers: StreamHandlers): LiveState {
  const stream = request?.stream;
  const tag = request?.tag;
  const list = request?.list;
  const { onEvent, onReconnect, onPoll, onLiveChange } = handlers;
  // The state is kept with the stream it is about, so another stream starts from "connecting" without an extra render.
  const liveKey = stream ? [accountId, stream, tag ?? '', list ?? ''].join('|') : null;
  const [held, setHeld] = useState<{ key: string; state: LiveState } | null>(null);
  useEffect(() => {
    if (!stream || !liveKey) return;
    let subscriptionId: string | undefined;
    let dropped = false;
    let active = true;
    const signal = (news: LiveSignal) =>
      setHeld((current) => ({ key: liveKey, state: nextLiveState(current?.key === liveKey ? current.state : { mode: 'connecting' }, news) }));
    const poller = lazyPoller(onPoll, (intervalMs) => signal({ kind: 'pace', intervalMs }));
    const fallBack = (news: LiveSignal) => {
      signal(news);
      poller.start();
    };
    const grace = setTimeout(() => fallBack({ kind: 'dropped' }), CONNECT_GRACE_MS);
    const stopEvents = onBridgeEvent('streamEvent', (message) => {
      if (message.subscriptionId === subscriptionId) onEvent(message.event, message.payload);
    });
    // Main may say how the stream stands before the subscription's id has come back (a socket already open, a
    // stream the server does not carry): what arrives for unknown ids meanwhile is kept, and read once the id is known.
    const early = new Map<string, StreamState>();
    const onState = (message: StreamState) => {
      if (subscriptionId === undefined) early.set(message.subscriptionId, message);
      if (message.subscriptionId !== subscriptionId) return;
      clearTimeout(grace);
      if (message.refused) return fallBack({ kind: 'refused' });
      if (!message.connected) {
        if (!dropped) onLiveChange?.(false);
        dropped = true;
        return fallBack({ kind: 'dropped' });
      }
      poller.stop();
      signal({ kind: 'connected' });
      if (dropped) {
        dropped = false;
        onReconnect();
        onLiveChange?.(true);
      }
    };
    const stopState = onBridgeEvent('streamState', onState);
    call('subscribeStream', { accountId, stream, tag, list })
      .then((answer) => {
        if (!active) return void call('unsubscribeStream', { subscriptionId: answer.subscriptionId }).catch(() => undefined);
        subscriptionId = answer.subscriptionId;
        const before = early.get(answer.subscriptionId);
        early.clear();
        if (before) onState(before);
      })
      // Without a stream the view still keeps up, by checking now and then.
      .catch(() => {
        clearTimeout(grace);
        if (active) fallBack({ kind: 'dropped' });
      });
    return () => {
      active = false;
      clearTimeout(grace);
      poller.stop();
      stopEvents();
      stopState();
      if (subscriptionId) void call('unsubscribeStream', { subscriptionId }).catch(() => undefined);
    };
  }, [accountId, stream, tag, list, liveKey, onEvent, onReconnect, onPoll, onLiveChange]);
  if (!liveKey) return { mode: 'off' };
  return held?.key === liveKey ? held.state : { mode: 'connecting' };
}

/** Applies a timeline stream's events to the store: new posts wait, deletes and edits apply at once. */
export function applyTimelineEvent(key: string, event: string, payload: unknown): void {
  const store = useAtrium.getState();
  if (event === 'update') store.receiveStatus(key, payload as mastodon.v1.Status);
  else if (event === 'status.update') store.upsertStatuses([payload as mastodon.v1.Status]);
  else if (event === 'delete' && typeof payload === 'string') store.removeStatus(payload);
}
