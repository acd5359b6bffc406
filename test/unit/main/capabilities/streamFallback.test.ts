/**
 * The stream hub and the capability store against the sandbox playing each server: a stream the server does not
 * carry is refused at once (GoToSocial), one it answers with an error is refused when it says so (Mastodon), and
 * desktop notifications keep coming by checking when the socket cannot connect.
 */
import { createRestAPIClient } from 'masto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StreamHub, type StreamHubDeps } from '../../../../main/api/streamHub';
import { CapabilityStore } from '../../../../main/capabilities/capabilityStore';
import { DesktopNotifier, type DesktopNotification } from '../../../../main/notifications/desktopNotifier';
import { NotificationStreams } from '../../../../main/notifications/notificationStreams';
import type { StreamName } from '../../../../shared/domain';
import { startSandbox, type Sandbox } from '../../../sandbox';

// Conditions, not delays: a machine busy with the rest of the suite is slow, not wrong.
const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 30_000, interval: 20 });

interface Heard {
  states: Array<{ subscriptionId: string; connected: boolean; refused?: boolean }>;
  refused: StreamName[];
}

function hubFor(sandbox: Sandbox, token: string, streamingUrl = sandbox.url): { hub: StreamHub; heard: Heard; capabilities: CapabilityStore } {
  const client = createRestAPIClient({ url: sandbox.url, accessToken: token });
  const capabilities = new CapabilityStore(() => client.v2.instance.fetch());
  const heard: Heard = { states: [], refused: [] };
  const deps: StreamHubDeps = {
    endpoint: async () => ({ streamingUrl, instanceUrl: sandbox.url, token }),
    emit: (name, payload) => {
      if (name === 'streamState') heard.states.push(payload as Heard['states'][number]);
    },
    carries: (accountId, stream) => capabilities.carries(accountId, stream),
    refused: (accountId, stream) => {
      heard.refused.push(stream);
      capabilities.learn(accountId, { kind: 'stream-refused', stream });
    },
    backoff: { initialMs: 20, maxMs: 100 },
  };
  return { hub: new StreamHub(deps), heard, capabilities };
}

const stateOf = (heard: Heard, subscriptionId: string) => heard.states.filter((state) => state.subscriptionId === subscriptionId).at(-1);

describe('streams on a GoToSocial server', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ staff: 20, posts: 60, seed: 4, profile: 'gotosocial' });
  });
  afterAll(() => sandbox.close());

  it('refuses hashtag and user:notification at once and streams user', async () => {
    const { hub, heard } = hubFor(sandbox, sandbox.issueToken(sandbox.demoUser.username));
    const tag = hub.subscribe({ accountId: 'a', stream: 'hashtag', tag: 'allhands' });
    const home = hub.subscribe({ accountId: 'a', stream: 'user' });
    await until(() => stateOf(heard, tag)?.refused === true && stateOf(heard, home)?.connected === true);
    expect(stateOf(heard, tag)).toEqual({ subscriptionId: tag, connected: false, refused: true });
    hub.unsubscribe(tag);
    hub.closeAll();
  });
});

describe('streams on Mastodon', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ staff: 20, posts: 60, seed: 4 });
  });
  afterAll(() => sandbox.close());

  it('refuses a subscription the server answers with an error, and learns it', async () => {
    const { hub, heard, capabilities } = hubFor(sandbox, sandbox.issueToken(sandbox.demoUser.username));
    const home = hub.subscribe({ accountId: 'a', stream: 'user' });
    await until(() => stateOf(heard, home)?.connected === true);
    // A list the account does not own: Mastodon answers the subscription with an error message.
    const list = hub.subscribe({ accountId: 'a', stream: 'list', list: '999999' });
    await until(() => stateOf(heard, list)?.refused === true);
    expect(heard.refused).toEqual(['list']);
    expect(await capabilities.carries('a', 'list')).toBe(false);
    expect(stateOf(heard, home)?.connected).toBe(true);
    hub.closeAll();
  });

  it('checks for notifications now and then when the socket cannot connect, and shows only news', async () => {
    const token = sandbox.issueToken(sandbox.demoUser.username);
    const client = createRestAPIClient({ url: sandbox.url, accessToken: token });
    // A streaming address where nothing listens: the socket never opens.
    const { hub } = hubFor(sandbox, token, 'ws://127.0.0.1:9');
    const shown: DesktopNotification[] = [];
    const notifier = new DesktopNotifier({ show: (notification) => shown.push(notification), setBadgeCount: () => undefined });
    let checks = 0;
    const streams = new NotificationStreams(
      hub,
      notifier,
      async (_accountId, minId) => {
        checks += 1;
        return client.v1.notifications.list({ limit: 40, ...(minId ? { minId } : {}) });
      },
      { baseMs: 30, maxMs: 120 },
    );
    streams.sync(['a']);
    await until(() => checks >= 2);
    expect(shown).toEqual([]);
    await sandbox.postAs('comms', { status: `@${sandbox.demoUser.username} are you in today?` });
    await until(() => shown.length === 1);
    expect(shown[0]?.title).toMatch(/mentioned you/);
    streams.sync([]);
    hub.closeAll();
  }, 70_000);
});
