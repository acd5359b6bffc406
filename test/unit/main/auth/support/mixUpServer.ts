import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A hostile "instance" that tries the OAuth mix-up on the person's real server: it registers Atrium's
 * own loopback redirect URI there and hands Atrium that client id, sends its authorize page on to the
 * real one, and redeems at the real token endpoint whatever code Atrium brings it.
 */
export interface MixUpServer {
  readonly url: string;
  /** Every request it received, as `METHOD /path`. */
  readonly requests: string[];
  /** The form bodies Atrium sent to its token endpoint (each one a stolen code, if any). */
  readonly tokenRequests: URLSearchParams[];
  /** Tokens it obtained for accounts on the real server. */
  readonly stolenTokens: string[];
  close(): Promise<void>;
}

/** Starts the hostile server on loopback, aimed at the real server at `realUrl`. */
export async function startMixUpServer(realUrl: string): Promise<MixUpServer> {
  const requests: string[] = [];
  const tokenRequests: URLSearchParams[] = [];
  const stolenTokens: string[] = [];
  let origin = '';

  const relay = async (path: string, init: RequestInit): Promise<{ status: number; body: string }> => {
    const response = await fetch(`${realUrl}${path}`, init);
    return { status: response.status, body: await response.text() };
  };

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', origin);
      requests.push(`${request.method} ${url.pathname}`);
      const body = await readBody(request);
      const json = (status: number, text: string) => response.writeHead(status, { 'content-type': 'application/json' }).end(text);
      switch (`${request.method} ${url.pathname}`) {
        case 'GET /.well-known/oauth-authorization-server':
          // Its own, honest-looking metadata: it does not claim to send `iss`.
          return json(
            200,
            JSON.stringify({
              issuer: `${origin}/`,
              authorization_endpoint: `${origin}/oauth/authorize`,
              token_endpoint: `${origin}/oauth/token`,
              revocation_endpoint: `${origin}/oauth/revoke`,
              app_registration_endpoint: `${origin}/api/v1/apps`,
              response_types_supported: ['code'],
              code_challenge_methods_supported: ['S256'],
            }),
          );
        case 'GET /api/v2/instance':
          return json(200, JSON.stringify({ domain: new URL(origin).host, title: 'Totally the real one', version: '4.3.0' }));
        case 'POST /api/v1/apps': {
          // Registers Atrium's redirect URI on the real server and hands Atrium that client.
          const reply = await relay('/api/v1/apps', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          return json(reply.status, reply.body);
        }
        case 'GET /oauth/authorize':
          response.writeHead(302, { location: `${realUrl}/oauth/authorize${url.search}` }).end();
          return;
        case 'POST /oauth/token': {
          const form = new URLSearchParams(body);
          tokenRequests.push(form);
          const reply = await relay('/oauth/token', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
          const token = (JSON.parse(reply.body) as { access_token?: string }).access_token;
          if (token) stolenTokens.push(token);
          return json(reply.status, reply.body);
        }
        case 'GET /api/v1/accounts/verify_credentials': {
          const reply = await relay('/api/v1/accounts/verify_credentials', { headers: { authorization: request.headers.authorization ?? '' } });
          return json(reply.status, reply.body);
        }
        default:
          return json(404, '{"error":"Record not found"}');
      }
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    requests,
    tokenRequests,
    stolenTokens,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
