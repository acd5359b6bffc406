import type { mastodon } from 'masto';
import { useEffect } from 'react';
import { call, onBridgeEvent } from '../../bridge/bridge';
import type { StreamName } from '../../../shared/domain';
import { useAtrium } from '../../store/store';
import { StreamBatch } from './streamBatch';

/** What a view does with the events of its stream. */
export interface StreamHandlers {
  onEvent(event: string, payload: unknown): void;
  /** The stream came back after a drop: fetch what was missed. */
  onReconnect(): void;
  /** The stream stopped (false) or came back after stopping (true): the view is, or is again, live. */
  onLiveChange?(live: boolean): void;
}

/**
 * Subscribes to a stream while mounted and unsubscribes on unmount. Events of other
 * subscriptions are ignored; a `connected: true` after a `false` calls `onReconnect`.
 */
export function useStream(accountId: string, request: { stream: StreamName; tag?: string; list?: string } | undefined, handlers: StreamHandlers): void {
  const stream = request?.stream;
  const tag = request?.tag;
  const list = request?.list;
  const { onEvent, onReconnect, onLiveChange } = handlers;
  useEffect(() => {
    if (!stream) return;
    let subscriptionId: string | undefined;
    let dropped = false;
    let active = true;
    const stopEvents = onBridgeEvent('streamEvent', (message) => {
      if (message.subscriptionId === subscriptionId) onEvent(message.event, message.payload);
    });
    const stopState = onBridgeEvent('streamState', (message) => {
      if (message.subscriptionId !== subscriptionId) return;
      if (!message.connected) {
        if (!dropped) onLiveChange?.(false);
        dropped = true;
      } else if (dropped) {
        dropped = false;
        onReconnect();
        onLiveChange?.(true);
      }
    });
    call('subscribeStream', { accountId, stream, tag, list })
      .then((answer) => {
        if (active) subscriptionId = answer.subscriptionId;
        else void call('unsubscribeStream', { subscriptionId: answer.subscriptionId }).catch(() => undefined);
      })
      // Without a stream the timeline still works, only not live; opening it again catches up.
      .catch(() => undefined);
    return () => {
      active = false;
      stopEvents();
      stopState();
      if (subscriptionId) void call('unsubscribeStream', { subscriptionId }).catch(() => undefined);
    };
  }, [accountId, stream, tag, list, onEvent, onReconnect, onLiveChange]);
}

// Every timeline's new posts, gathered for one store update per batch (see StreamBatch).
const newPosts = new StreamBatch((key, statuses) => useAtrium.getState().receiveStatuses(key, statuses));

/** Applies a timeline stream's events to the store: new posts wait (gathered a moment), deletes and edits apply at once. */
export function applyTimelineEvent(key: string, event: string, payload: unknown): void {
  if (event === 'update') return newPosts.add(key, payload as mastodon.v1.Status);
  // A delete or an edit may be about a post still gathered: that post goes in first.
  newPosts.flush();
  const store = useAtrium.getState();
  if (event === 'status.update') store.upsertStatuses([payload as mastodon.v1.Status]);
  else if (event === 'delete' && typeof payload === 'string') store.removeStatus(payload);
}
