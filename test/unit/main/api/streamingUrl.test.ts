import { describe, expect, it } from 'vitest';
import { StreamHub } from '../../../../main/api/streamHub';
import { StreamRefused, streamingSocketUrl } from '../../../../main/api/streamingUrl';

describe('streamingSocketUrl', () => {
  it.each([
    ['wss://streaming.example.org', 'https://social.example.org', 'wss://streaming.example.org/api/v1/streaming'],
    ['https://social.example.org', 'https://social.example.org', 'wss://social.example.org/api/v1/streaming'],
    ['wss://example.org:4000', 'https://social.example.org', 'wss://example.org:4000/api/v1/streaming'],
    ['wss://streaming.example.co.uk', 'https://social.example.co.uk', 'wss://streaming.example.co.uk/api/v1/streaming'],
    ['ws://127.0.0.1:4000', 'http://127.0.0.1:3000', 'ws://127.0.0.1:4000/api/v1/streaming'],
    ['http://localhost:4000', 'http://localhost:3000', 'ws://localhost:4000/api/v1/streaming'],
  ])('lets %s stream for %s', (streaming, instance, expected) => {
    expect(streamingSocketUrl(streaming, instance).href).toBe(expected);
  });

  it.each([
    ['ws://social.example.org', 'https://social.example.org', 'is not encrypted'],
    ['http://streaming.example.org', 'https://social.example.org', 'is not encrypted'],
    ['ws://10.0.0.5:4000', 'http://127.0.0.1:3000', 'is not 127.0.0.1'],
    ['wss://evil.example', 'https://social.example.org', 'is not social.example.org or a host of its site'],
    ['wss://social.example.org.evil.test', 'https://social.example.org', 'is not social.example.org'],
    ['wss://other.co.uk', 'https://social.example.co.uk', 'is not social.example.co.uk'],
    ['wss://user:pw@social.example.org', 'https://social.example.org', 'carries credentials'],
    ['ftp://social.example.org', 'https://social.example.org', 'is not encrypted'],
    ['wss://localhost:4000', 'http://127.0.0.1:3000', 'is not 127.0.0.1'],
    ['not a url', 'https://social.example.org', 'is not a URL'],
  ])('refuses %s for %s', (streaming, instance, reason) => {
    expect(() => streamingSocketUrl(streaming, instance)).toThrow(StreamRefused);
    expect(() => streamingSocketUrl(streaming, instance)).toThrow(reason);
  });
});

describe('the stream hub and an unsafe streaming address', () => {
  it('opens no socket, sends the token nowhere, says why once and does not retry', async () => {
    const opened: string[] = [];
    const logged: string[] = [];
    let lookups = 0;
    const hub = new StreamHub({
      endpoint: async () => {
        lookups += 1;
        return { streamingUrl: 'ws://collector.evil.test', instanceUrl: 'https://social.example.org', token: 'secret-token' };
      },
      emit: () => undefined,
      createSocket: (url) => {
        opened.push(url);
        throw new Error('no socket should be created');
      },
      log: (message) => logged.push(message),
      backoff: { initialMs: 1, maxMs: 1 },
    });
    try {
      hub.subscribe({ accountId: 'a@social.example.org', stream: 'user' });
      await expect.poll(() => logged).toHaveLength(1);
      expect(logged[0]).toBe('Not streaming for a@social.example.org: the streaming address ws://collector.evil.test is not encrypted (wss:).');
      expect(lookups).toBe(1);
      // A later subscription asks again (the instance may have been fixed) and is refused again.
      hub.subscribe({ accountId: 'a@social.example.org', stream: 'public' });
      await expect.poll(() => logged).toHaveLength(2);
      expect(lookups).toBe(2);
      expect(opened).toEqual([]);
    } finally {
      hub.closeAll();
    }
  });
});
