import { AtriumFailure } from '../../shared/result';

/** The fetch Atrium's auth code uses; the app passes `globalThis.fetch`, tests may wrap it. */
export type Fetch = typeof globalThis.fetch;

/** How long one request to an instance may take before Atrium gives up on it. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** A JSON answer, or the fact that the body was not JSON. */
export interface JsonReply {
  readonly status: number;
  /** The URL after redirects, which is where the API really lives. */
  readonly url: string;
  /** The parsed body, or `undefined` when it was not JSON (an HTML page, say). */
  readonly body: unknown;
}

/** How far {@link requestJson} goes: redirects and the size of an answer. */
export interface RequestLimits {
  /**
   * Whether a redirect to `to` may be followed (from `from`). By default only within the same origin,
   * so nothing a request carries (a token, a form) reaches another server. GET and HEAD only: a
   * redirected POST is never resent.
   */
  followRedirect?: (to: URL, from: URL) => boolean;
  /** The most bytes of a body read before giving up (default {@link MAX_RESPONSE_BYTES}). */
  maxBytes?: number;
}

/** The largest answer Atrium reads from an instance outside the API client (instance documents are a few KB). */
export const MAX_RESPONSE_BYTES = 1_000_000;
const MAX_REDIRECTS = 5;

/**
 * Sends a request and reads a JSON body, turning a network failure into a sentence people understand.
 * HTTP error statuses are returned, not thrown: callers know which ones matter to them. The whole
 * exchange, redirects and body included, is bounded in time ({@link REQUEST_TIMEOUT_MS}) and size.
 */
export async function requestJson(fetch: Fetch, url: string, init: RequestInit = {}, limits: RequestLimits = {}): Promise<JsonReply> {
  const signal = init.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const follow = limits.followRedirect ?? ((to, from) => to.origin === from.origin);
  const method = (init.method ?? 'GET').toUpperCase();
  let current = new URL(url);
  for (let hop = 0; ; hop += 1) {
    let response: Response;
    try {
      response = await fetch(current.href, { ...init, signal, redirect: 'manual' });
    } catch (error) {
      throw unreachable(current.href, error);
    }
    const location = isRedirect(response.status) ? response.headers.get('location') : null;
    if (location === null) return { status: response.status, url: current.href, body: await readJsonBody(response, current, limits.maxBytes ?? MAX_RESPONSE_BYTES) };
    await response.body?.cancel().catch(() => undefined);
    const next = parseUrl(location, current);
    if (!next || hop >= MAX_REDIRECTS || (method !== 'GET' && method !== 'HEAD') || !follow(next, current)) {
      throw new AtriumFailure(
        'redirected',
        `${current.host} tried to send Atrium to ${next ? next.host : 'an address it could not read'}. Atrium did not follow it, so nothing was sent there.`,
        { params: { host: current.host } },
      );
    }
    current = next;
  }
}

async function readJsonBody(response: Response, url: URL, maxBytes: number): Promise<unknown> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new AtriumFailure('too_large', `${url.host} sent a far larger answer than a Mastodon server would, so Atrium stopped reading it.`, {
          params: { host: url.host },
        });
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof AtriumFailure) throw error;
    throw unreachable(url.href, error);
  }
  try {
    const text = Buffer.concat(chunks).toString('utf8');
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function parseUrl(location: string, base: URL): URL | null {
  try {
    return new URL(location, base);
  } catch {
    return null;
  }
}

/** The failure for a server that cannot be reached at all (DNS, refused connection, TLS, timeout). */
export function unreachable(url: string, cause?: unknown): AtriumFailure {
  const failure = new AtriumFailure(
    'unreachable',
    `Atrium could not reach ${new URL(url).host}. Check the address and your network connection, then try again.`,
  );
  failure.cause = cause;
  return failure;
}

/** True for the hosts that never leave this computer, where plain http cannot be overheard. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
