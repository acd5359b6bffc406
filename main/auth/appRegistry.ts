import { z } from 'zod';
import type { AuthorizationServer } from 'oauth4webapi';
import { AtriumFailure } from '../../shared/result';
import type { TokenVault } from '../vault/tokenVault';
import { type Fetch, requestJson } from './http';

/** The scopes Atrium asks for: reading, writing and push notifications. */
export const OAUTH_SCOPES = 'read write push';

/** The non-secret half of a registration, kept in the accounts data file. */
export interface StoredAppRegistration {
  readonly clientId: string;
  /** Exactly the redirect URI registered, port included (GoToSocial matches it exactly). */
  readonly redirectUri: string;
  readonly port: number;
  readonly scopes: string;
  readonly registeredAt: string;
}

/** A registration with its client secret, read from the keychain. */
export interface AppRegistration extends StoredAppRegistration {
  readonly clientSecret: string;
}

/** Where the non-secret half of registrations is kept, by instance origin (`AccountStore` implements it). */
export interface AppRegistrationStore {
  getApp(origin: string): Promise<StoredAppRegistration | null>;
  putApp(origin: string, app: StoredAppRegistration): Promise<void>;
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

const registrationReplySchema = z.object({ client_id: z.string().min(1), client_secret: z.string().min(1) });

/**
 * Atrium's OAuth app on each instance: registered once per instance and loopback port, remembered,
 * and registered anew only when the remembered port is taken or the secret is gone from the keychain.
 */
export class AppRegistry {
  readonly #deps: AppRegistryDeps;

  constructor(deps: AppRegistryDeps) {
    this.#deps = deps;
  }

  /** The remembered registration for an instance, or `null` when there is none to reuse. */
  async remembered(origin: string): Promise<AppRegistration | null> {
    const stored = await this.#deps.store.getApp(origin);
    if (!stored || stored.scopes !== OAUTH_SCOPES) return null;
    const clientSecret = await this.#deps.vault.clientSecret(origin);
    return clientSecret ? { ...stored, clientSecret } : null;
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
      clientId: parsed.data.client_id,
      redirectUri,
      port,
      scopes: OAUTH_SCOPES,
      registeredAt: new Date().toISOString(),
    };
    // Secret first: a registration on disk without its secret would be unusable, the reverse is merely unused.
    await this.#deps.vault.saveClientSecret(origin, parsed.data.client_secret);
    await this.#deps.store.putApp(origin, app);
    return { ...app, clientSecret: parsed.data.client_secret };
  }
}

function readError(body: unknown): string | null {
  const parsed = z.object({ error: z.string() }).safeParse(body);
  return parsed.success ? parsed.data.error.slice(0, 200) : null;
}
