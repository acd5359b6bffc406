import { describe, expect, it } from 'vitest';
import type { StreamHub, StreamListener, StreamRequest } from '../../../../main/api/streamHub';
import type { DesktopNotification } from '../../../../main/notifications/desktopNotifier';
import { PublishWatch } from '../../../../main/scheduled/publishWatch';

function fakeStreams() {
  const listeners = new Map<string, { request: StreamRequest; listener: StreamListener }>();
  let next = 0;
  const hub = {
    subscribe: (request: StreamRequest, listener?: StreamListener) => {
      const id = `sub-${(next += 1)}`;
      if (listener) listeners.set(id, { request, listener });
      return id;
    },
    unsubscribe: (id: string) => void listeners.delete(id),
  };
  return { hub: hub as unknown as StreamHub, listeners, deliver: (event: string, payload: unknown) => [...listeners.values()].forEach(({ listener }) => listener(event, payload)) };
}

const own = (content: string, extra: Record<string, unknown> = {}) => ({ id: '900', account: { id: '42' }, content, spoilerText: '', ...extra });

describe('notifying when a scheduled post goes out', () => {
  it('notifies once for the account’s own post with the scheduled text, on the user stream', () => {
    const streams = fakeStreams();
    const shown: DesktopNotification[] = [];
    const watch = new PublishWatch(streams.hub, (notification) => shown.push(notification));
    watch.track('42@org.example', [{ id: 's1', text: 'Weekly digest:  what <shipped> & why' }]);
    expect([...streams.listeners.values()].map(({ request }) => request)).toEqual([{ accountId: '42@org.example', stream: 'user' }]);

    streams.deliver('update', { ...own('<p>Weekly digest: what &lt;shipped&gt; &amp; why</p>'), account: { id: '7' } });
    streams.deliver('update', own('<p>Something else</p>'));
    streams.deliver('delete', '900');
    expect(shown).toEqual([]);

    streams.deliver('update', own('<p>Weekly digest: what &lt;shipped&gt; &amp; why</p>'));
    streams.deliver('update', own('<p>Weekly digest: what &lt;shipped&gt; &amp; why</p>'));
    expect(shown).toEqual([{ title: 'Your scheduled post went out', body: 'Weekly digest: what <shipped> & why', tag: 'published-900' }]);
  });

  it('shows the content warning rather than the text, and stops listening when forgotten', () => {
    const streams = fakeStreams();
    const shown: DesktopNotification[] = [];
    const watch = new PublishWatch(streams.hub, (notification) => shown.push(notification));
    watch.track('42@org.example', [{ id: 's1', text: 'Spoilers inside' }]);
    streams.deliver('update', own('<p>Spoilers inside</p>', { spoilerText: 'Film ending' }));
    expect(shown.map((notification) => notification.body)).toEqual(['⚠ Film ending']);
    watch.forget('42@org.example');
    expect(streams.listeners.size).toBe(0);
    watch.track('42@org.example', []);
    expect(streams.listeners.size).toBe(0);
  });

  it('ignores malformed events', () => {
    const streams = fakeStreams();
    const shown: DesktopNotification[] = [];
    new PublishWatch(streams.hub, (notification) => shown.push(notification)).track('42@org.example', [{ id: 's1', text: 'x' }]);
    for (const payload of [null, 'x', { account: null }, { account: { id: '42' }, content: 5 }]) streams.deliver('update', payload);
    expect(shown).toEqual([]);
  });

  it('primes accounts nobody handed over yet, skipping one that cannot be read', async () => {
    const streams = fakeStreams();
    const shown: DesktopNotification[] = [];
    const watch = new PublishWatch(streams.hub, (notification) => shown.push(notification));
    watch.track('42@org.example', [{ id: 's1', text: 'From the desk' }]);
    const loaded: string[] = [];
    await watch.prime(['42@org.example', '43@org.example', '44@org.example'], async (accountId) => {
      loaded.push(accountId);
      if (accountId === '44@org.example') throw new Error('offline');
      return [{ id: 's9', text: 'Primed at start' }];
    });
    expect(loaded).toEqual(['43@org.example', '44@org.example']);
    expect([...streams.listeners.values()].map(({ request }) => request.accountId).sort()).toEqual(['42@org.example', '43@org.example']);
    streams.deliver('update', { id: '901', account: { id: '43' }, content: '<p>Primed at start</p>', spoilerText: '' });
    expect(shown.map((notification) => notification.body)).toEqual(['Primed at start']);
  });
});
