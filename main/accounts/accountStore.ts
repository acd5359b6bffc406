import { join } from 'node:path';
import { z } from 'zod';
import { accountSummarySchema } from '../../shared/domain';
import { AtriumFailure } from '../../shared/result';
import type { AppRegistrationStore, StoredAppRegistration } from '../auth/appRegistry';
import { readJsonFile, writeJsonFileAtomic } from './jsonFile';

/** An account as main keeps it: the renderer's summary plus what main needs. Never a secret. */
export const storedAccountSchema = accountSummarySchema.extend({
  /** The account's id on its server, as verify_credentials gave it. */
  serverAccountId: z.string(),
  /** When it was first added, ISO 8601; keeps Ctrl+1…9 in a stable order. */
  addedAt: z.string(),
});
/** See {@link storedAccountSchema}. */
export type StoredAccount = z.infer<typeof storedAccountSchema>;

const storedAppSchema = z.object({
  clientId: z.string(),
  redirectUri: z.string(),
  port: z.number().int().min(1).max(65_535),
  scopes: z.string(),
  registeredAt: z.string(),
});

const accountsFileSchema = z.object({
  version: z.literal(1),
  activeId: z.string().nullable(),
  accounts: z.array(storedAccountSchema),
  /** Atrium's OAuth registration per instance origin, without its secret. */
  apps: z.record(z.string(), storedAppSchema),
});
/** The whole accounts file. */
export type AccountsData = z.infer<typeof accountsFileSchema>;

const EMPTY: AccountsData = { version: 1, activeId: null, accounts: [], apps: {} };

/** The name of the file in the data folder. */
export const ACCOUNTS_FILE_NAME = 'accounts.json';

/**
 * Non-secret account metadata and app registrations, in one JSON file in the app's data folder.
 * Changes are applied one after another and each is written atomically; Atrium's single-instance
 * lock makes this process the only writer, so the file is read once and then kept in memory.
 */
export class AccountStore implements AppRegistrationStore {
  /** The file's full path. */
  readonly path: string;
  #data: Promise<AccountsData> | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  /** @param dataDir the app's data folder (Electron's `userData`). */
  constructor(dataDir: string) {
    this.path = join(dataDir, ACCOUNTS_FILE_NAME);
  }

  /** The current contents. */
  read(): Promise<AccountsData> {
    this.#data ??= this.#load();
    return this.#data;
  }

  /** Applies a change (a pure function of the current contents) and writes the result; changes never interleave. */
  update(change: (data: AccountsData) => AccountsData): Promise<AccountsData> {
    const next = this.#queue.then(async () => {
      const updated = accountsFileSchema.parse(change(structuredClone(await this.read())));
      await writeJsonFileAtomic(this.path, updated);
      this.#data = Promise.resolve(updated);
      return updated;
    });
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** See {@link AppRegistrationStore.getApp}. */
  async getApp(origin: string): Promise<StoredAppRegistration | null> {
    return (await this.read()).apps[origin] ?? null;
  }

  /** See {@link AppRegistrationStore.putApp}. */
  async putApp(origin: string, app: StoredAppRegistration): Promise<void> {
    await this.update((data) => ({ ...data, apps: { ...data.apps, [origin]: app } }));
  }

  async #load(): Promise<AccountsData> {
    try {
      const json = await readJsonFile(this.path);
      return json === undefined ? structuredClone(EMPTY) : accountsFileSchema.parse(json);
    } catch (error) {
      this.#data = null;
      const failure = new AtriumFailure(
        'corrupt_data',
        `Atrium could not read its list of accounts in ${this.path}. Move that file away and sign in again.`,
      );
      failure.cause = error;
      throw failure;
    }
  }
}
