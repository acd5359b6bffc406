import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, invalid } from '../core/errors';
import type { AppRecord } from '../core/model';
import type { Api } from '../http/api';
import { authenticate, KNOWN_SCOPES } from '../http/auth';
import { str, type Params } from '../http/params';
import { errorPage, signInPage } from './oauthPage';

const CODE_TTL_MS = 10 * 60_000;
const SESSION_COOKIE = 'sandbox_sso';
const INVALID_GRANT = 'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.';
const INVALID_CLIENT = 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.';

interface AuthCode {
  appId: string;
  accountId: string;
  redirectUri: string;
  scopes: string[];
  challenge: string;
  expiresAt: number;
  used: boolean;
  tokens: string[];
}

/** A random URL-safe secret. */
export const secret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** The RFC 7636 S256 challenge of a verifier. */
export const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

/** Splits a scope string; empty means Mastodon's default, `read`. */
export function parseScopes(raw: string | undefined): string[] {
  const scopes = (raw ?? '').split(/[\s+]+/).filter(Boolean);
  return scopes.length > 0 ? [...new Set(scopes)] : ['read'];
}

const LOOPBACK = new Set(['127.0.0.1', '[::1]']);

/** Does `given` match a registered redirect URI? Exact, or (any-port) ignoring a loopback IP's port per RFC 8252. */
export function redirectMatches(registered: readonly string[], given: string, rule: 'exact' | 'any-port'): boolean {
  if (registered.includes(given)) return true;
  if (rule !== 'any-port') return false;
  const portless = (uri: string): string | null => {
    try {
      const url = new URL(uri);
      if (!LOOPBACK.has(url.hostname) || url.protocol !== 'http:') return null;
      url.port = '';
      return url.toString();
    } catch {
      return null;
    }
  };
  const target = portless(given);
  return target !== null && registered.some((r) => portless(r) === target);
}

/** The OAuth 2 server: app registration, the SSO sign-in form, tokens, revocation. */
export const oauthRoutes = (app: FastifyInstance, api: Api): void => {
  const { store, clock, settings } = api;
  const codes = new Map<string, AuthCode>();
  const sessions = new Map<string, string>(); // session id → account id

  app.post('/api/v1/apps', async (req) => {
    const p = api.params(req);
    const name = str(p, 'client_name')?.trim();
    if (!name) throw invalid("Application name can't be blank");
    const raw = p.redirect_uris;
    const uris = (Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(/\s+/)).filter(Boolean);
    if (uris.length === 0) throw invalid("Redirect URI can't be blank");
    for (const uri of uris) {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.includes('#')) throw invalid('Redirect URI must be an absolute URI.');
    }
    const scopes = parseScopes(str(p, 'scopes'));
    if (scopes.some((s) => !KNOWN_SCOPES.has(s))) throw invalid('Scopes are invalid');
    const record: AppRecord = { id: store.smallIds.next(), name, website: str(p, 'website') || null, redirectUris: uris, scopes, clientId: secret(), clientSecret: secret() };
    store.apps.set(record.clientId, record);
    return { ...renderApp(record), client_id: record.clientId, client_secret: record.clientSecret, client_secret_expires_at: 0 };
  });

  app.get('/api/v1/apps/verify_credentials', async (req) => {
    const { token } = authenticate(store, req, null, false);
    if (!token) throw new ApiError(401, 'The access token is invalid');
    const record = [...store.apps.values()].find((a) => a.id === token.appId);
    if (!record) throw new ApiError(401, 'The access token is invalid');
    return renderApp(record);
  });

  /** Validates an authorize request; throws an HTML error page or redirects with an error. */
  const checkAuthorize = (p: Params, reply: FastifyReply): { client: AppRecord; redirectUri: string; scopes: string[]; state?: string; challenge: string } | null => {
    const client = store.apps.get(str(p, 'client_id') ?? '');
    if (!client) {
      void reply.code(401).type('text/html').send(errorPage(settings.orgName, 'invalid_client', INVALID_CLIENT));
      return null;
    }
    const redirectUri = str(p, 'redirect_uri') ?? '';
    if (!redirectMatches(client.redirectUris, redirectUri, settings.loopbackPortRule)) {
      void reply.code(400).type('text/html').send(errorPage(settings.orgName, 'invalid_redirect_uri', 'The requested redirect uri is malformed or doesn’t match client redirect URI.'));
      return null;
    }
    const state = str(p, 'state');
    const fail = (error: string, description: string) => {
      const url = new URL(redirectUri);
      url.searchParams.set('error', error);
      url.searchParams.set('error_description', description);
      if (state !== undefined) url.searchParams.set('state', state);
      if (settings.sendIssuer) url.searchParams.set('iss', `${api.ctx.origin}/`);
      void reply.redirect(url.toString(), 302);
      return null;
    };
    if (str(p, 'response_type') !== 'code') return fail('unsupported_response_type', 'The authorization server does not support this response type.');
    const scopes = parseScopes(str(p, 'scope'));
    if (scopes.some((s) => !client.scopes.includes(s))) return fail('invalid_scope', 'The requested scope is invalid, unknown, or malformed.');
    const challenge = str(p, 'code_challenge');
    if (!challenge) return fail('invalid_request', 'Missing required parameter: code_challenge (PKCE is required).');
    if (str(p, 'code_challenge_method') !== 'S256') return fail('invalid_request', 'Only the S256 code_challenge_method is supported.');
    return { client, redirectUri, scopes, ...(state === undefined ? {} : { state }), challenge };
  };

  const issueCode = (reply: FastifyReply, checked: NonNullable<ReturnType<typeof checkAuthorize>>, accountId: string) => {
    const code = secret();
    codes.set(code, { appId: checked.client.id, accountId, redirectUri: checked.redirectUri, scopes: checked.scopes, challenge: checked.challenge, expiresAt: clock.nowMs() + CODE_TTL_MS, used: false, tokens: [] });
    if (checked.redirectUri === 'urn:ietf:wg:oauth:2.0:oob') return reply.type('text/html').send(`<!doctype html><title>Authorization code</title><p>Copy this code: <code>${code}</code></p>`);
    const url = new URL(checked.redirectUri);
    url.searchParams.set('code', code);
    if (checked.state !== undefined) url.searchParams.set('state', checked.state);
    if (settings.sendIssuer) url.searchParams.set('iss', `${api.ctx.origin}/`);
    return reply.redirect(url.toString(), 302);
  };

  const sessionAccount = (req: FastifyRequest): string | undefined => {
    const cookie = (req.headers.cookie ?? '').split(/;\s*/).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    return cookie ? sessions.get(cookie.slice(SESSION_COOKIE.length + 1)) : undefined;
  };

  const authorizeFields = ['client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'code_challenge', 'code_challenge_method'];
  const hiddenOf = (p: Params) => Object.fromEntries(authorizeFields.flatMap((k) => (str(p, k) === undefined ? [] : [[k, str(p, k) as string]])));

  app.get('/oauth/authorize', async (req, reply) => {
    const p = api.params(req);
    const checked = checkAuthorize(p, reply);
    if (!checked) return reply;
    const signedIn = sessionAccount(req);
    if (signedIn && str(p, 'force_login') !== 'true') return issueCode(reply, checked, signedIn);
    return reply.type('text/html').send(signInPage({ orgName: settings.orgName, appName: checked.client.name, hidden: hiddenOf(p) }));
  });

  app.post('/oauth/authorize', async (req, reply) => {
    const p = api.params(req);
    const checked = checkAuthorize(p, reply);
    if (!checked) return reply;
    const username = str(p, 'username') ?? '';
    const account = store.findByAcct(username, api.ctx.domain);
    if (!account || account.domain !== null || str(p, 'password') !== settings.demoPassword) {
      return reply.code(401).type('text/html').send(signInPage({ orgName: settings.orgName, appName: checked.client.name, hidden: hiddenOf(p), username, error: 'Invalid username or password.' }));
    }
    const session = secret();
    sessions.set(session, account.id);
    reply.header('Set-Cookie', `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax`);
    return issueCode(reply, checked, account.id);
  });

  /** Client authentication by form fields or HTTP Basic, as Doorkeeper accepts. */
  const clientOf = (req: FastifyRequest, p: Params): AppRecord | undefined => {
    let id = str(p, 'client_id');
    let pass = str(p, 'client_secret');
    const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (basic?.[1]) [id, pass] = Buffer.from(basic[1], 'base64').toString().split(':');
    const client = store.apps.get(id ?? '');
    return client && client.clientSecret === pass ? client : undefined;
  };

  app.post('/oauth/token', async (req) => {
    const p = api.params(req);
    const client = clientOf(req, p);
    if (!client) throw new ApiError(401, 'invalid_client', INVALID_CLIENT);
    const grant = str(p, 'grant_type');
    const mint = (accountId: string | null, scopes: string[]) => {
      const token = secret();
      store.tokens.set(token, { token, appId: client.id, accountId, scopes, createdAt: clock.nowMs(), revoked: false });
      return { access_token: token, token_type: 'Bearer', scope: scopes.join(' '), created_at: Math.floor(clock.nowMs() / 1000) };
    };
    if (grant === 'client_credentials') {
      const scopes = parseScopes(str(p, 'scope'));
      if (scopes.some((s) => !client.scopes.includes(s))) throw new ApiError(400, 'invalid_scope', 'The requested scope is invalid, unknown, or malformed.');
      return mint(null, scopes);
    }
    if (grant !== 'authorization_code') throw new ApiError(400, 'unsupported_grant_type', 'The authorization grant type is not supported by the authorization server.');
    const code = codes.get(str(p, 'code') ?? '');
    if (!code || code.appId !== client.id || code.expiresAt < clock.nowMs()) throw new ApiError(400, 'invalid_grant', INVALID_GRANT);
    if (code.used) {
      // A replayed code may be stolen: refuse it and revoke what it already gave out (RFC 6749 §4.1.2).
      for (const t of code.tokens) {
        const record = store.tokens.get(t);
        if (record) record.revoked = true;
      }
      throw new ApiError(400, 'invalid_grant', INVALID_GRANT);
    }
    if (str(p, 'redirect_uri') !== code.redirectUri) throw new ApiError(400, 'invalid_grant', INVALID_GRANT);
    const verifier = str(p, 'code_verifier');
    if (!verifier) throw new ApiError(400, 'invalid_request', 'Missing required parameter: code_verifier.');
    if (s256(verifier) !== code.challenge) throw new ApiError(400, 'invalid_grant', INVALID_GRANT);
    code.used = true;
    const issued = mint(code.accountId, code.scopes);
    code.tokens.push(issued.access_token);
    return issued;
  });

  app.post('/oauth/revoke', async (req) => {
    const p = api.params(req);
    const client = clientOf(req, p);
    const record = store.tokens.get(str(p, 'token') ?? '');
    if (!client || (record && record.appId !== client.id)) throw new ApiError(403, 'unauthorized_client', 'You are not authorized to revoke this token');
    if (record) record.revoked = true;
    return {};
  });
};

function renderApp(record: AppRecord): Record<string, unknown> {
  return {
    id: record.id,
    name: record.name,
    website: record.website,
    scopes: record.scopes,
    redirect_uri: record.redirectUris.join('\n'),
    redirect_uris: record.redirectUris,
    vapid_key: 'BCkMmVdKDnKYwzVCDC99Iuc9GvId-x7-kKtuHnLgfF98ENiZp_aj-UNthbCdI70DqN1zUVis-x0Wrot2sBagkMc=',
  };
}
