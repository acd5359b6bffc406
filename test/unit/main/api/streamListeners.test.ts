/**
 * One stream listener that throws cannot keep an event from the others, nor escape into the socket's
 * own listener and take main down (issue 16.5). The hostile event is a real one: a mention whose text
 * holds a character reference beyond Unicode, which once made the desktop notifier throw.
 */
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { StreamHub } from '../../../../main/api/streamHub';
import { DesktopNotifier, type DesktopNotification } from '../../../../main/notifications/desktopNotifier';

let close: () => Promise<void> = async () => undefined;
afterEach(() => close());

async function pushingServer() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  close = () => {
    for (const client of wss.clients) client.terminate();
    return new Promise<void>((resolve) => wss.close(() => resolve()));
  };
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    connected: () => wss.clients.size > 0,
    push: (stream: string[], event: string, payload: unknown) => {
      for (const client of wss.clients) client.send(JSON.stringify({ stream, event, payload: JSON.stringify(payload) }));
    },
  };
}

const hostileMention = {
  id: '9',
  type: 'mention',
  account: { acct: 'mallory', display_name: 'Mallory' },
  status: { content: '<p>hi &#x110000; there</p>', visibility: 'public', spoiler_text: '' },
};

describe('stream listeners', () => {
  it('each get the event even when one before them throws, and main logs it instead of crashing', async () => {
    const server = await pushingServer();
    const logged: string[] = [];
    const rendererEvents: unknown[] = [];
    const shown: DesktopNotification[] = [];
    const hub = new StreamHub({
      endpoint: async () => ({ streamingUrl: server.url, instanceUrl: 'http://127.0.0.1:3000', token: 'tok' }),
      emit: (name, payload) => {
        if (name === 'streamEvent') rendererEvents.push(payload);
      },
      log: (message) => logged.push(message),
    });
    const notifier = new DesktopNotifier({ show: (n) => shown.push(n), setBadgeCount: () => undefined });
    const seenAfter: string[] = [];
    try {
      hub.subscribe({ accountId: 'a', stream: 'user:notification' }, () => {
        throw new Error('listener broke');
      });
      hub.subscribe({ accountId: 'a', stream: 'user:notification' }, (event, payload) => notifier.handle(event, payload));
      hub.subscribe({ accountId: 'a', stream: 'user:notification' }, (event) => seenAfter.push(event));
      hub.subscribe({ accountId: 'a', stream: 'user:notification' });
      await expect.poll(server.connected).toBe(true);
      // The socket may be open before the subscriptions are sent; push until the first one lands.
      await expect
        .poll(() => {
          if (seenAfter.length === 0) server.push(['user:notification'], 'notification', hostileMention);
          return seenAfter.length;
        })
        .toBeGreaterThan(0);

      expect(shown[0]).toEqual({ title: 'Mallory mentioned you', body: 'hi \uFFFD there', tag: '9' });
      expect(rendererEvents.length).toBeGreaterThan(0);
      expect(logged[0]).toBe('A user:notification notification event for a could not be delivered: listener broke.');
    } finally {
      hub.closeAll();
    }
  });
});
