import {
  type AuthorizationServer,
  allowInsecureRequests,
  customFetch,
  discoveryRequest,
  processDiscoveryResponse,
} from 'oauth4webapi';
import { AtriumFailure } from '../../shared/result';
import type { Fetch } from './http';

/** The authorization server of an instance and whether it published its metadata. */
export interface DiscoveredServer {
  readonly server: AuthorizationServer;
  /** True when `/.well-known/oauth-authorization-server` was there (Mastodon ≥ 4.3). */
  readonly discovered: boolean;
}

/**
 * The options oauth4webapi needs for every request to an instance: Atrium's fetch, and plain http
 * allowed only because `normalizeInstanceUrl` lets it through for loopback hosts alone.
 */
export function oauthRequestOptions(origin: string, fetch: Fetch, timeoutMs = 15_000) {
  return {
    [customFetch]: fetch,
    [allowInsecureRequests]: new URL(origin).protocol === 'http:',
    signal: () => AbortSignal.timeout(timeoutMs),
  };
}

/** Mastodon's fixed endpoints, for servers without the well-known document (older Mastodon, GoToSocial). */
export function mastodonDefaultServer(origin: string): AuthorizationServer {
  return {
    issuer: `${origin}/`,
    authorization_endpoint: `${origin}/oauth/authorize`,
    token_endpoint: `${origin}/oauth/token`,
    revocation_endpoint: `${origin}/oauth/revoke`,
    app_registration_endpoint: `${origin}/api/v1/apps`,
  };
}

/**
 * Reads the instance's OAuth metadata where it has some, and confirms it supports PKCE with S256.
 * A missing or unreadable document is not an error (Mastodon's fixed endpoints are used);
 * a document that lists PKCE methods without S256 is refused with a plain sentence.
 */
export async function discoverAuthorizationServer(origin: string, fetch: Fetch): Promise<DiscoveredServer> {
  const fallback = mastodonDefaultServer(origin);
  let metadata: AuthorizationServer;
  try {
    const response = await discoveryRequest(new URL(origin), { algorithm: 'oauth2', ...oauthRequestOptions(origin, fetch) });
    if (response.status !== 200) return { server: fallback, discovered: false };
    metadata = await processDiscoveryResponse(new URL(origin), response);
  } catch {
    // Unreachable, not JSON or an issuer that does not match: the fixed endpoints are still right for Mastodon's API.
    return { server: fallback, discovered: false };
  }
  const methods = metadata.code_challenge_methods_supported;
  if (Array.isArray(methods) && !methods.includes('S256')) {
    throw new AtriumFailure(
      'pkce_unsupported',
      `${new URL(origin).host} does not offer the secure sign-in method Atrium needs (PKCE with S256). Ask the server's administrators to update it.`,
    );
  }
  return { server: { ...fallback, ...metadata }, discovered: true };
}
