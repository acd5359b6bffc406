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

/**
 * Sends a request and reads a JSON body, turning a network failure into a sentence people understand.
 * HTTP error statuses are returned, not thrown: callers know which ones matter to them.
 */
export async function requestJson(fetch: Fetch, url: string, init: RequestInit = {}): Promise<JsonReply> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...init });
  } catch (error) {
    throw unreachable(url, error);
  }
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, url: response.url || url, body };
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
