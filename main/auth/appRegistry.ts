import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AuthorizationServer } from 'oauth4webapi';
import { AtriumFailure } from '../../shared/result';
import type { TokenVault } from '../vault/tokenVault';
import { type Fetch, requestJson } from './http';

/** The scopes Atrium asks for: reading, writing and push notifications. */
export const OAUTH_SCOPES = 'read write push';

/** The non-secret half of a registration, kept in the accounts data file. */
export interface StoredAppRegistration {
  /** The instance origin it was made on. */
  readonly origin: string;
  readonly clientId: string;
  /** Exactly the redirect URI registered, port included (GoToSocial matches it exactly). */
  readonly redirectUri: string;
  readonly port: number;
  readonly scopes: string;
  readonly registeredAt: string;
  /** Made before Atrium kept one secret per registration: its secret is filed under the origin alone. */
  readonly legacySecret?: boolean | undefined;
}

/** A registration with its id and its client secret, read from the keychain. */
export interface AppRegistration extends StoredAppRegistration {
  readonly id: string;
  readonly clientSecret: string;
}

/** Where the non-secret half of registrations is kept, by registration id (`AccountStore` implements it). */
export interface AppRegistrationStore {
  registrations(): Promise<Readonly<Record<string, StoredAppRegistration>>>;
  addRegistration(id: string, app: StoredAppRegistration): Promise<void>;
  removeRegistrations(ids: readonly string[]): Promise<void>;
}

/** Dependencies of {@link AppRegistry}. */
export interface AppRegistryDeps {
  readonly store: AppRegistrationStore;
  readonly vault: TokenVault;
  readonly fetch: Fetch;
  /** Shown by the instance on its authorize page and in the person's "authorized apps". */
  readonly clientName?: string;
  readonly website?: string;
}

// Bounded: both end up in keychain entry names and values, and Mastodon's are 43 characters.
const registrationReplySchema = z.object({ client_id: z.string().min(1).max(512), client_secret: z.string().min(1).max(4096) });

/**
 * Atrium's OAuth apps on each instance: registered once per instance and loopback port, remembered,
 * and registered anew only when the remembered port is taken or the secret is gone from the keychain.
 * Every registration keeps its own client secret for as long as a token it issued is in use, since
 * revoking a token authenticates as the client that issued it.
 */
export class AppRegistry {
  readonly #deps: AppRegistryDeps;

  constructor(deps: AppRegistryDeps) {
    this.#deps = deps;
  }

  /** The newest registration for an instance with Atrium's scopes and its secret, or `null` when there is none to reuse. */
  async remembered(origin: string): Promise<AppRegistration | null> {
    const [newest] = Object.entries(await this.#deps.store.registrations())
      .filter(([, app]) => app.origin === origin && app.scopes === OAUTH_SCOPES)
      .sort(([, a], [, b]) => b.registeredAt.localeCompare(a.registeredAt));
    return newest ? this.#withSecret(...newest) : null;
  }

  /** A registration by id with its secret, or `null` when it or its secret is gone. */
  async byId(id: string): Promise<AppRegistration | null> {
    const stored = (await this.#deps.store.registrations())[id];
    return stored ? this.#withSecret(id, stored) : null;
  }

  /**
   * Forgets the registrations no token needs any more, with their secrets: all but those in `inUse`
   * and the newest of each instance (kept for the next sign-in).
   */
  async prune(inUse: ReadonlySet<string>): Promise<void> {
    const all = Object.entries(await this.#deps.store.registrations());
    const newest = new Map<string, [string, StoredAppRegistration]>();
    for (const entry of all) {
      const best = newest.get(entry[1].origin);
      if (!best || entry[1].registeredAt > best[1].registeredAt) newest.set(entry[1].origin, entry);
    }
    const keep = new Set([...inUse, ...[...newest.values()].map(([id]) => id)]);
    const unused = all.filter(([id]) => !keep.has(id));
    if (unused.length === 0) return;
    // The file first, then the keychain: a secret left behind is harmless, a registration without one is not.
    await this.#deps.store.removeRegistrations(unused.map(([id]) => id));
    for (const [, app] of unused) await this.#deps.vault.deleteClientSecret(app);
  }

  async #withSecret(id: string, stored: StoredAppRegistration): Promise<AppRegistration | null> {
    const clientSecret = await this.#deps.vault.clientSecret(stored);
    return clientSecret ? { ...stored, id, clientSecret } : null;
  }

  /** Registers Atrium on the instance (`POST /api/v1/apps`) for a redirect URI on `port`, and remembers it. */
  async register(origin: string, server: AuthorizationServer, port: number, redirectUri: string): Promise<AppRegistration> {
    const endpoint =
      typeof server['app_registration_endpoint'] === 'string' ? server['app_registration_endpoint'] : `${origin}/api/v1/apps`;
    const reply = await requestJson(this.#deps.fetch, endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        client_name: this.#deps.clientName ?? 'Atrium',
        redirect_uris: redirectUri,
        scopes: OAUTH_SCOPES,
        ...(this.#deps.website ? { website: this.#deps.website } : {}),
      }),
    });
    const parsed = reply.status === 200 ? registrationReplySchema.safeParse(reply.body) : null;
    if (!parsed?.success) {
      const reason = readError(reply.body);
      throw new AtriumFailure(
        'registration_failed',
        `${new URL(origin).host} did not let Atrium register for sign-in (HTTP ${reply.status}${reason ? `: ${reason}` : ''}).`,
      );
    }
    const app: StoredAppRegistration = {
      origin,
      clientId: parsed.data.client_id,
      redirectUri,
      port,
      scopes: OAUTH_SCOPES,
      registeredAt: new Date().toISOString(),
    };
    // Secret first: a registration on disk without its secret would be unusable, the reverse is merely unused.
    await this.#deps.vault.saveClientSecret(app, parsed.data.client_secret);
    const id = randomUUID();
    await this.#deps.store.addRegistration(id, app);
    return { ...app, id, clientSecret: parsed.data.client_secret };
  }
}

function readError(body: unknown): string | null {
  const parsed = z.object({ error: z.string() }).safeParse(body);
  return parsed.success ? parsed.data.error.slice(0, 200) : null;
}
