import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_POLICY, toPublicPolicy } from '../../main/policy/policy';
import { launchAtrium, type AtriumHost, type HostOptions } from '../e2e/host/testHost';
import type { TokenAccounts } from './tokenAccounts';

/** Atrium in Chromium, already signed in to the given accounts, with a data folder `close()` removes unless it was given. */
export async function startBenchAtrium(
  accounts: TokenAccounts,
  options: { dataDir?: string; viewport?: { width: number; height: number } } & Pick<HostOptions, 'rendererDir' | 'pagePreload' | 'beforeNavigation' | 'profileDir' | 'port'> = {},
): Promise<AtriumHost & { dataDir: string }> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'atrium-bench-')));
  const host = await launchAtrium({
    policy: toPublicPolicy(DEFAULT_POLICY),
    viewport: options.viewport ?? { width: 1280, height: 860 },
    dataDir,
    createAccounts: () => accounts,
    rendererDir: options.rendererDir,
    pagePreload: options.pagePreload,
    beforeNavigation: options.beforeNavigation,
    profileDir: options.profileDir,
    port: options.port,
  });
  return {
    ...host,
    dataDir,
    close: async () => {
      await host.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
