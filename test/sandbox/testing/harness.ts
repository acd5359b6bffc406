import { createRestAPIClient, type mastodon } from 'masto';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startSandbox, type Sandbox, type SandboxOptions } from '../index';
import { watchResponses } from './contract';

/** What a test file gets from `useSandbox`. */
export interface SandboxFixture {
  sandbox: Sandbox;
  /** A masto client signed in as `username` (default: the demo user). */
  client(username?: string, scopes?: string[]): mastodon.rest.Client;
  /** A raw fetch against the sandbox (also contract-checked). */
  fetch(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
}

/**
 * Starts one sandbox for the test file, and checks every JSON response of every
 * test against the Mastodon contract: a test with a violating response fails.
 */
export function useSandbox(options: SandboxOptions = { staff: 60, posts: 400, seed: 3 }): SandboxFixture {
  let sandbox: Sandbox | undefined;
  let watch: ReturnType<typeof watchResponses> | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox(options);
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  beforeEach(() => {
    watch = watchResponses(() => sandbox?.url ?? '');
  });
  afterEach(() => {
    watch?.restore();
    expect(watch?.violations ?? []).toEqual([]);
  });
  const fixture: SandboxFixture = {
    get sandbox() {
      if (!sandbox) throw new Error('sandbox not started');
      return sandbox;
    },
    client(username, scopes) {
      const sb = fixture.sandbox;
      return createRestAPIClient({ url: sb.url, accessToken: sb.issueToken(username ?? sb.demoUser.username, scopes) });
    },
    fetch(path, init = {}) {
      const { token, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token) headers.set('Authorization', `Bearer ${token}`);
      return globalThis.fetch(fixture.sandbox.url + path, { ...rest, headers, redirect: 'manual' });
    },
  };
  return fixture;
}
