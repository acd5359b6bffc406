import { randomUUID } from 'node:crypto';
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
  /** The registration that issued its token, whose client must revoke it; absent when unknown. */
  registrationId: z.string().optional(),
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

const storedRegistrationSchema = storedAppSchema.extend({
  origin: z.string(),
  legacySecret: z.boolean().optional(),
});

/** Version 1 kept one registration per instance, whose secret a newer registration overwrote. */
const accountsFileV1Schema = z.object({
  version: z.literal(1),
  activeId: z.string().nullable(),
  accounts: z.array(storedAccountSchema),
  apps: z.record(z.string(), storedAppSchema),
});

const accountsFileSchema = z.object({
  version: z.literal(2),
  activeId: z.string().nullable(),
  accounts: z.array(storedAccountSchema),
  /** Atrium's OAuth registrations by id, without their secrets. */
  registrations: z.record(z.string(), storedRegistrationSchema),
});
/** The whole accounts file. */
export type AccountsData = z.infer<typeof accountsFileSchema>;

const EMPTY: AccountsData = { version: 2, activeId: null, accounts: [], registrations: {} };

/**
 * Reads version 1: each instance's one registration becomes a registration of its own, still finding
 * its secret where version 1 filed it, and the accounts on that instance are marked as issued by it
 * (the only registration that can still revoke anything there).
 */
function fromVersion1(v1: z.infer<typeof accountsFileV1Schema>): AccountsData {
  const registrations: AccountsData['registrations'] = {};
  const byOrigin = new Map<string, string>();
  for (const [origin, app] of Object.entries(v1.apps)) {
    const id = randomUUID();
    registrations[id] = { ...app, origin, legacySecret: true };
    byOrigin.set(origin, id);
  }
  const accounts = v1.accounts.map((account) => {
    const registrationId = byOrigin.get(account.instanceUrl);
    return registrationId ? { ...account, registrationId } : account;
  });
  return { version: 2, activeId: v1.activeId, accounts, registrations };
}

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

  /** See {@link AppRegistrationStore.registrations}. */
  async registrations(): Promise<AccountsData['registrations']> {
    return (await this.read()).registrations;
  }

  /** See {@link AppRegistrationStore.addRegistration}. */
  async addRegistration(id: string, app: StoredAppRegistration): Promise<void> {
    await this.update((data) => ({ ...data, registrations: { ...data.registrations, [id]: app } }));
  }

  /** See {@link AppRegistrationStore.removeRegistrations}. */
  async removeRegistrations(ids: readonly string[]): Promise<void> {
    await this.update((data) => ({
      ...data,
      registrations: Object.fromEntries(Object.entries(data.registrations).filter(([id]) => !ids.includes(id))),
    }));
  }

  async #load(): Promise<AccountsData> {
    try {
      const json = await readJsonFile(this.path);
      if (json === undefined) return structuredClone(EMPTY);
      const v1 = accountsFileV1Schema.safeParse(json);
      if (!v1.success) return accountsFileSchema.parse(json);
      const migrated = accountsFileSchema.parse(fromVersion1(v1.data));
      // Written back at once so the new ids stay put; if that fails the old file is still whole and is
      // migrated the same way on the next start.
      await writeJsonFileAtomic(this.path, migrated).catch(() => undefined);
      return migrated;
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
