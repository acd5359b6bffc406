import type { mastodon } from 'masto';
import { useEffect } from 'react';
import { call, onBridgeEvent } from '../../bridge/bridge';
import type { StreamName } from '../../../shared/domain';
import { useAtrium } from '../../store/store';

/** What a view does with the events of its stream. */
export interface StreamHandlers {
  onEvent(event: string, payload: unknown): void;
  /** The stream came back after a drop (or after a start while the server was down): fetch what was missed. */
  onReconnect(): void;
}

/**
 * Subscribes to a stream while mounted and unsubscribes on unmount. Events of other
 * subscriptions are ignored; a `connected: true` after a `false` calls `onReconnect`.
 */
export function useStream(accountId: string, request: { stream: StreamName; tag?: string; list?: string } | undefined, handlers: StreamHandlers): void {
  const stream = request?.stream;
  const tag = request?.tag;
  const list = request?.list;
  const { onEvent, onReconnect } = handlers;
  useEffect(() => {
    if (!stream) return;
    let subscriptionId: string | undefined;
    let dropped = false;
    let active = true;
    // States that came before the subscription's id did (main may say "not connected" at once, when the server
    // is down at start): they are played back once the id is known, so that drop is not missed.
    const early: { subscriptionId: string; connected: boolean }[] = [];
    const onState = (message: { subscriptionId: string; connected: boolean }) => {
      if (message.subscriptionId !== subscriptionId) return;
      if (!message.connected) dropped = true;
      else if (dropped) {
        dropped = false;
        onReconnect();
      }
    };
    const stopEvents = onBridgeEvent('streamEvent', (message) => {
      if (message.subscriptionId === subscriptionId) onEvent(message.event, message.payload);
    });
    const stopState = onBridgeEvent('streamState', (message) => (subscriptionId ? onState(message) : early.push(message)));
    call('subscribeStream', { accountId, stream, tag, list })
      .then((answer) => {
        if (!active) return void call('unsubscribeStream', { subscriptionId: answer.subscriptionId }).catch(() => undefined);
        subscriptionId = answer.subscriptionId;
        for (const message of early.splice(0)) onState(message);
      })
      // Without a stream the timeline still works, only not live; opening it again catches up.
      .catch(() => undefined);
    return () => {
      active = false;
      stopEvents();
      stopState();
      if (subscriptionId) void call('unsubscribeStream', { subscriptionId }).catch(() => undefined);
    };
  }, [accountId, stream, tag, list, onEvent, onReconnect]);
}

/** Applies a timeline stream's events to the store: new posts wait, deletes and edits apply at once. */
export function applyTimelineEvent(key: string, event: string, payload: unknown): void {
  const store = useAtrium.getState();
  if (event === 'update') store.receiveStatus(key, payload as mastodon.v1.Status);
  else if (event === 'status.update') store.upsertStatuses([payload as mastodon.v1.Status]);
  else if (event === 'delete' && typeof payload === 'string') store.removeStatus(payload);
}
