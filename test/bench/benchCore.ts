import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAtriumCore, type AtriumCore } from '../../main/atrium';
import { DEFAULT_POLICY, toPublicPolicy } from '../../main/policy/policy';
import type { TokenAccounts } from './tokenAccounts';

/** The origin the benchmarks' calls claim to come from (the bridge checks it as it checks the real page's). */
export const BENCH_ORIGIN = 'http://127.0.0.1:1';

/** Main's core in this process, signed in to the given accounts, without a window: what the renderer talks to. */
export async function startBenchCore(accounts: TokenAccounts, emit: (event: string, payload: unknown) => void = () => undefined): Promise<AtriumCore & { close(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atrium-bench-core-'));
  const core = createAtriumCore({
    appInfo: { version: 'bench', platform: process.platform, demoInstanceUrl: null },
    policy: toPublicPolicy(DEFAULT_POLICY),
    accounts,
    cacheDir: path.join(dataDir, 'cache'),
    trustedOrigin: BENCH_ORIGIN,
    openExternal: async () => undefined,
    desktop: { show: () => undefined, setBadgeCount: () => undefined },
    locale: 'en',
    emit,
    log: () => undefined,
  });
  return {
    ...core,
    close: async () => {
      core.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
