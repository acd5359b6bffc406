import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAccountService } from '../../../main/accounts/createAccountService';
import { DEFAULT_POLICY, toPublicPolicy, type Policy } from '../../../main/policy/policy';
import { KeytarSecretStore } from '../../../main/vault/keytarSecretStore';
import type { SecretStore } from '../../../main/vault/secretStore';
import { launchAtrium, type AtriumHost } from '../host/testHost';

/**
 * Where the e2e suite writes its screenshots: `test-results/screenshots` (ignored by git), so a test
 * run leaves the checkout clean; `npm run docs:screenshots` sets `ATRIUM_DOCS=1` to refresh the
 * README's pictures in `docs/`.
 */
export const docsDir = path.resolve(import.meta.dirname, '../../..', process.env.ATRIUM_DOCS === '1' ? 'docs' : 'test-results/screenshots');

export interface StartOptions {
  policy?: Policy;
  demoInstanceUrl?: string | null;
  viewport?: { width: number; height: number };
  headless?: boolean;
  /** Start on the data folder (and keychain entries) of an earlier run, as a restart would. */
  dataDir?: string;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  /** Windows that fit the screen instead of a fixed viewport (the visible preview). */
  fitToScreen?: boolean;
  /** More Chromium switches. */
  chromiumArgs?: readonly string[];
  /** The real keychain unless given (benchmarks pass one in memory, to measure Atrium, not D-Bus). */
  secretStore?: SecretStore;
}

/** A running Atrium with its own data folder and keychain entries, removed by `close()`. */
export interface TestAtrium extends AtriumHost {
  dataDir: string;
  /** Quits like a person would: the data folder stays for the next start. */
  quit(): Promise<void>;
}

/** Starts Atrium in Chromium with the real account service, a fresh data folder and a private keychain service name. */
export async function startAtrium(options: StartOptions = {}): Promise<TestAtrium> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'atrium-e2e-')));
  const policy = options.policy ?? DEFAULT_POLICY;
  const host = await launchAtrium({
    policy: toPublicPolicy(policy),
    demoInstanceUrl: options.demoInstanceUrl ?? null,
    viewport: options.viewport,
    headless: options.headless ?? true,
    ...(options.fitToScreen ? { fitToScreen: true } : {}),
    ...(options.chromiumArgs ? { chromiumArgs: options.chromiumArgs } : {}),
    colorScheme: options.colorScheme,
    locale: options.locale,
    dataDir,
    createAccounts: (openBrowser) =>
      createAccountService({
        dataDir,
        secretStore: options.secretStore ?? new KeytarSecretStore(),
        openBrowser,
        policy,
        vaultService: `Atrium e2e ${path.basename(dataDir)}`,
        demoInstanceUrl: options.demoInstanceUrl ?? null,
        signInTimeoutMs: 30_000,
      }),
  });
  return {
    ...host,
    dataDir,
    quit: () => host.close(),
    close: async () => {
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
