import {
  type AuthorizationServer,
  type Client,
  AuthorizationResponseError,
  ClientSecretPost,
  ResponseBodyError,
  authorizationCodeGrantRequest,
  processAuthorizationCodeResponse,
  processRevocationResponse,
  revocationRequest,
  validateAuthResponse,
} from 'oauth4webapi';
import { AtriumFailure } from '../../shared/result';
import { type AppRegistration, type AppRegistry, OAUTH_SCOPES } from './appRegistry';
import { type CredentialAccount, verifyCredentials } from './credentials';
import { type Fetch, unreachable } from './http';
import { checkIssuer } from './issuer';
import { type LoopbackListener, PortInUseError, startLoopbackListener } from './loopbackListener';
import { createPkcePair, createState } from './pkce';
import { discoverAuthorizationServer, oauthRequestOptions } from './serverMetadata';

/** Dependencies of {@link OAuthFlow}. */
export interface OAuthFlowDeps {
  readonly fetch: Fetch;
  /** Opens the authorize page in the system browser (`shell.openExternal` in the app; a test drives it itself). */
  readonly openBrowser: (url: string) => Promise<void>;
  readonly registry: AppRegistry;
  /** How long to wait for the person to finish in the browser; 10 minutes by default (SSO may ask for a second factor). */
  readonly timeoutMs?: number;
}

/** Options for one sign-in. */
export interface SignInOptions {
  /** Adds `force_login=true`, so the identity provider asks who you are instead of reusing its session. */
  readonly forceLogin?: boolean;
  readonly signal?: AbortSignal;
}

/** What a successful sign-in yields. The token goes straight to the vault. */
export interface SignInResult {
  readonly accessToken: string;
  /** The registration that issued the token: its client is the one that can revoke it. */
  readonly registrationId: string;
  readonly scope: string;
  readonly account: CredentialAccount;
}

/**
 * The OAuth 2 authorization code flow with PKCE (S256) and `state` for a native app (RFC 8252):
 * system browser out, one-shot loopback listener back, code exchanged with the verifier.
 */
export class OAuthFlow {
  readonly #deps: OAuthFlowDeps;

  constructor(deps: OAuthFlowDeps) {
    this.#deps = deps;
  }

  /** Signs in to the instance at `origin` (already normalized) and says who signed in. */
  async signIn(origin: string, options: SignInOptions = {}): Promise<SignInResult> {
    const discovered = await discoverAuthorizationServer(origin, this.#deps.fetch);
    const { server } = discovered;
    const state = createState();
    const { listener, app } = await this.#listenAndRegister(origin, server, state, options.signal);
    try {
      const pkce = await createPkcePair();
      const authorizeUrl = buildAuthorizeUrl(server, app, { state, challenge: pkce.challenge, forceLogin: options.forceLogin });
      try {
        await this.#deps.openBrowser(authorizeUrl);
      } catch (error) {
        const failure = new AtriumFailure('browser_unavailable', 'Atrium could not open your web browser to sign in.');
        failure.cause = error;
        throw failure;
      }
      // Who answered, before the code goes anywhere (the OAuth mix-up).
      const params = checkIssuer(discovered, await listener.callback, new URL(origin).host);
      const client: Client = { client_id: app.clientId };
      const accessToken = await this.#exchange(origin, server, client, app, params, state, pkce.verifier);
      const account = await verifyCredentials(origin, accessToken.token, this.#deps.fetch);
      return { accessToken: accessToken.token, registrationId: app.id, scope: accessToken.scope, account };
    } finally {
      listener.close();
    }
  }

  /**
   * Revokes a token (`POST /oauth/revoke`), authenticating as the registration that issued it, since
   * Mastodon refuses a revocation from any other client. Resolves `false` instead of throwing when the
   * server cannot be told (offline, an error, the registration or its secret gone), so the caller decides.
   */
  async revoke(origin: string, token: string, registrationId: string | undefined): Promise<boolean> {
    try {
      const app = registrationId === undefined ? null : await this.#deps.registry.byId(registrationId);
      if (!app || app.origin !== origin) return false;
      const { server } = await discoverAuthorizationServer(origin, this.#deps.fetch);
      const response = await revocationRequest(
        server,
        { client_id: app.clientId },
        ClientSecretPost(app.clientSecret),
        token,
        oauthRequestOptions(origin, this.#deps.fetch, 10_000),
      );
      await processRevocationResponse(response);
      return true;
    } catch {
      return false;
    }
  }

  /** Listens on the remembered port with the remembered registration, or registers anew on a fresh port. */
  async #listenAndRegister(
    origin: string,
    server: AuthorizationServer,
    state: string,
    signal: AbortSignal | undefined,
  ): Promise<{ listener: LoopbackListener; app: AppRegistration }> {
    const timeoutMs = this.#deps.timeoutMs ?? 10 * 60_000;
    const remembered = await this.#deps.registry.remembered(origin);
    if (remembered) {
      try {
        const listener = await startLoopbackListener({ expectedState: state, port: remembered.port, timeoutMs, signal });
        return { listener, app: remembered };
      } catch (error) {
        if (!(error instanceof PortInUseError)) throw error;
        // Another program holds the port now: a new port needs its own exactly-matching redirect URI.
      }
    }
    const listener = await startLoopbackListener({ expectedState: state, timeoutMs, signal });
    try {
      return { listener, app: await this.#deps.registry.register(origin, server, listener.port, listener.redirectUri) };
    } catch (error) {
      listener.close();
      throw error;
    }
  }

  async #exchange(
    origin: string,
    server: AuthorizationServer,
    client: Client,
    app: AppRegistration,
    params: URLSearchParams,
    state: string,
    verifier: string,
  ): Promise<{ token: string; scope: string }> {
    const host = new URL(origin).host;
    try {
      const validated = validateAuthResponse(server, client, params, state);
      const response = await authorizationCodeGrantRequest(
        server,
        client,
        ClientSecretPost(app.clientSecret),
        validated,
        app.redirectUri,
        verifier,
        oauthRequestOptions(origin, this.#deps.fetch),
      );
      const tokens = await processAuthorizationCodeResponse(server, client, response);
      return { token: tokens.access_token, scope: tokens.scope ?? OAUTH_SCOPES };
    } catch (error) {
      throw describeOAuthError(error, host);
    }
  }
}

/** The authorize URL for the system browser. */
export function buildAuthorizeUrl(
  server: AuthorizationServer,
  app: Pick<AppRegistration, 'clientId' | 'redirectUri'>,
  request: { state: string; challenge: string; forceLogin?: boolean | undefined },
): string {
  const url = new URL(server.authorization_endpoint ?? `${server.issuer.replace(/\/$/, '')}/oauth/authorize`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', app.clientId);
  url.searchParams.set('redirect_uri', app.redirectUri);
  url.searchParams.set('scope', OAUTH_SCOPES);
  url.searchParams.set('state', request.state);
  url.searchParams.set('code_challenge', request.challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  if (request.forceLogin) url.searchParams.set('force_login', 'true');
  return url.href;
}

function describeOAuthError(error: unknown, host: string): Error {
  if (error instanceof AtriumFailure) return error;
  if (error instanceof AuthorizationResponseError) {
    if (error.error === 'access_denied') {
      return new AtriumFailure('sign_in_denied', `The sign-in at ${host} was cancelled or access was refused, so you are not signed in.`);
    }
    return new AtriumFailure('sign_in_failed', `${host} refused the sign-in (${error.error_description ?? error.error}).`);
  }
  if (error instanceof ResponseBodyError) {
    return new AtriumFailure('sign_in_failed', `${host} refused to complete the sign-in (${error.error_description ?? error.error}). Please try again.`);
  }
  // fetch reports a network failure as TypeError('fetch failed'), a timeout as TimeoutError.
  if ((error instanceof TypeError && error.message === 'fetch failed') || (error instanceof Error && error.name === 'TimeoutError')) {
    return unreachable(`https://${host}`, error);
  }
  const failure = new AtriumFailure('sign_in_failed', `${host} answered the sign-in in a way Atrium did not understand. Please try again.`);
  failure.cause = error;
  return failure;
}
