/**
 * A minimal Mastodon-compatible OAuth server on loopback, for the auth tests until (and besides) the
 * sandbox in test/sandbox: instance documents, app registration, an HTML sign-in form, PKCE-checked
 * code exchange, verify_credentials and revocation. It is strict where real servers are strict
 * (exact redirect URI, S256 verifier, client secret), so the tests prove the flow for real.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeMastodonOptions {
  /** Serve `/.well-known/oauth-authorization-server` (Mastodon ≥ 4.3). Default true. */
  wellKnown?: boolean;
  /** PKCE methods listed in the well-known document. Default `['S256']`. */
  pkceMethods?: string[];
  /** Serve `/api/v2/instance`; false makes it answer 404 like an old Mastodon. Default true. */
  v2?: boolean;
  /** Answer like GoToSocial: no api_versions, no thumbnail, no configuration. */
  gotosocial?: boolean;
}

interface App {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
}

interface User {
  id: string;
  username: string;
  password: string;
}

const USERS: User[] = [
  { id: '101', username: 'alice', password: 'alice-password' },
  { id: '102', username: 'bob', password: 'bob-password' },
];

export interface FakeMastodon {
  readonly url: string;
  readonly users: readonly User[];
  /** Every app registration received, in order. */
  readonly apps: App[];
  /** Every authorize page request's query, in order. */
  readonly authorizeRequests: URLSearchParams[];
  isTokenValid(token: string): boolean;
  close(): Promise<void>;
}

export async function startFakeMastodon(options: FakeMastodonOptions = {}): Promise<FakeMastodon> {
  const apps: App[] = [];
  const authorizeRequests: URLSearchParams[] = [];
  const codes = new Map<string, { app: App; user: User; challenge: string; redirectUri: string }>();
  const tokens = new Map<string, { user: User; app: App }>();
  const sessions = new Set<string>();
  let origin = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case 'GET /api/v2/instance':
        if (options.v2 === false) return send(res, 404, { error: 'Record not found' });
        return send(res, 200, instanceV2());
      case 'GET /api/v1/instance':
        return send(res, 200, {
          uri: new URL(origin).host,
          title: 'Fake Org',
          version: options.gotosocial ? '0.17.0+git' : '4.1.0',
          thumbnail: null,
          urls: { streaming_api: origin.replace('http', 'ws') },
        });
      case 'GET /.well-known/oauth-authorization-server':
        if (options.wellKnown === false) return send(res, 404, { error: 'Not found' });
        return send(res, 200, {
          issuer: `${origin}/`,
          authorization_endpoint: `${origin}/oauth/authorize`,
          token_endpoint: `${origin}/oauth/token`,
          revocation_endpoint: `${origin}/oauth/revoke`,
          app_registration_endpoint: `${origin}/api/v1/apps`,
          scopes_supported: ['read', 'write', 'push'],
          response_types_supported: ['code'],
          grant_types_supported: ['authorization_code'],
          code_challenge_methods_supported: options.pkceMethods ?? ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_post'],
        });
      case 'POST /api/v1/apps': {
        const body = await readBody(req);
        const redirectUri = body.get('redirect_uris') ?? '';
        if (!redirectUri.startsWith('http://127.0.0.1:')) return send(res, 422, { error: 'Redirect URI must be loopback' });
        const app: App = {
          clientId: `client-${apps.length + 1}`,
          clientSecret: `client-secret-${randomBytes(8).toString('hex')}`,
          redirectUri,
          scopes: body.get('scopes') ?? 'read',
        };
        apps.push(app);
        return send(res, 200, { id: String(apps.length), name: body.get('client_name'), client_id: app.clientId, client_secret: app.clientSecret, redirect_uri: redirectUri });
      }
      case 'GET /oauth/authorize': {
        authorizeRequests.push(url.searchParams);
        const app = apps.find((a) => a.clientId === url.searchParams.get('client_id'));
        if (!app || app.redirectUri !== url.searchParams.get('redirect_uri')) return send(res, 400, { error: 'invalid_client' });
        if (url.searchParams.get('code_challenge_method') !== 'S256') return send(res, 400, { error: 'invalid_request' });
        const sid = randomBytes(8).toString('hex');
        sessions.add(sid);
        const hidden = [...url.searchParams].map(([k, v]) => `<input type="hidden" name="${k}" value="${escapeHtml(v)}">`).join('');
        res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': `sid=${sid}; Path=/; HttpOnly` });
        res.end(`<!doctype html><form method="post" action="/oauth/authorize">${hidden}<input name="username"><input name="password" type="password"><button>Sign in</button></form>`);
        return;
      }
      case 'POST /oauth/authorize': {
        const body = await readBody(req);
        const sid = /sid=([0-9a-f]+)/.exec(req.headers.cookie ?? '')?.[1];
        if (!sid || !sessions.has(sid)) return send(res, 403, { error: 'no session' });
        const app = apps.find((a) => a.clientId === body.get('client_id'));
        const redirectUri = body.get('redirect_uri') ?? '';
        if (!app || app.redirectUri !== redirectUri) return send(res, 400, { error: 'invalid_client' });
        const back = new URL(redirectUri);
        back.searchParams.set('state', body.get('state') ?? '');
        const user = USERS.find((u) => u.username === body.get('username') && u.password === body.get('password'));
        if (body.get('deny') === '1' || !user) {
          back.searchParams.set('error', 'access_denied');
          back.searchParams.set('error_description', 'The resource owner or authorization server denied the request.');
        } else {
          const code = randomBytes(16).toString('hex');
          codes.set(code, { app, user, challenge: body.get('code_challenge') ?? '', redirectUri });
          back.searchParams.set('code', code);
        }
        res.writeHead(302, { location: back.href });
        res.end();
        return;
      }
      case 'POST /oauth/token': {
        const body = await readBody(req);
        const grant = codes.get(body.get('code') ?? '');
        codes.delete(body.get('code') ?? '');
        if (!grant) return send(res, 400, { error: 'invalid_grant', error_description: 'The code is invalid.' });
        const verifier = body.get('code_verifier') ?? '';
        const challenge = createHash('sha256').update(verifier).digest('base64url');
        if (challenge !== grant.challenge) return send(res, 400, { error: 'invalid_grant', error_description: 'PKCE verification failed.' });
        if (body.get('redirect_uri') !== grant.redirectUri) return send(res, 400, { error: 'invalid_grant', error_description: 'Redirect URI mismatch.' });
        if (body.get('client_id') !== grant.app.clientId || body.get('client_secret') !== grant.app.clientSecret) {
          return send(res, 401, { error: 'invalid_client', error_description: 'Client authentication failed.' });
        }
        const token = `tok-${randomBytes(24).toString('base64url')}`;
        tokens.set(token, { user: grant.user, app: grant.app });
        return send(res, 200, { access_token: token, token_type: 'Bearer', scope: grant.app.scopes, created_at: Math.floor(Date.now() / 1000) });
      }
      case 'GET /api/v1/accounts/verify_credentials': {
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const owner = tokens.get(token);
        if (!owner) return send(res, 401, { error: 'The access token is invalid' });
        const { user } = owner;
        return send(res, 200, {
          id: user.id,
          username: user.username,
          acct: user.username,
          display_name: user.username === 'alice' ? 'Alice Example' : '',
          avatar: `${origin}/avatars/${user.id}.png`,
          ...(options.gotosocial ? {} : { indexable: true }),
        });
      }
      case 'POST /oauth/revoke': {
        const body = await readBody(req);
        const app = apps.find((a) => a.clientId === body.get('client_id') && a.clientSecret === body.get('client_secret'));
        if (!app) return send(res, 403, { error: 'unauthorized_client' });
        tokens.delete(body.get('token') ?? '');
        return send(res, 200, {});
      }
      default:
        return send(res, 404, { error: 'Record not found' });
    }
  }

  function instanceV2(): unknown {
    const base = { domain: new URL(origin).host, title: 'Fake Org', source_url: 'https://github.com/mastodon/mastodon', description: '' };
    if (options.gotosocial) {
      return { ...base, version: '0.17.0+git-abc', source_url: 'https://github.com/superseriousbusiness/gotosocial', contact: { email: '' } };
    }
    return {
      ...base,
      version: '4.3.2',
      thumbnail: { url: '/thumb.png' },
      api_versions: { mastodon: 2 },
      configuration: {
        urls: { streaming: origin.replace('http', 'ws') },
        statuses: { max_characters: 500, max_media_attachments: 4 },
        translation: { enabled: false },
      },
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    users: USERS,
    apps,
    authorizeRequests,
    isTokenValid: (token) => tokens.has(token),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    const json = JSON.parse(text) as Record<string, unknown>;
    return new URLSearchParams(Object.entries(json).map(([k, v]) => [k, String(v)]));
  }
  return new URLSearchParams(text);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
