import { MastoDeserializeError, MastoHttpError, MastoTimeoutError, MastoUnexpectedError } from 'masto';
import { AtriumFailure } from '../../shared/result';
import { rateLimitWaitMs } from './rateLimitWait';

/**
 * Turns whatever masto threw into a failure a person can read. The server's own
 * error text (Mastodon's `error` field) is kept where it explains the refusal.
 */
export function describeMastoError(error: unknown, instanceUrl: string): AtriumFailure {
  const host = hostOf(instanceUrl);
  if (error instanceof AtriumFailure) return error;
  const params = { host };
  if (error instanceof MastoTimeoutError) {
    return new AtriumFailure('timeout', `${host} took too long to answer. Check your connection and try again.`, { params });
  }
  if (error instanceof MastoHttpError) {
    // The server's own words (Mastodon's `error` field) explain a refusal; the UI quotes them.
    const words = { ...params, said: error.message ?? '' };
    const said = error.message ? ` ${host} said: “${error.message}”` : '';
    const status = String(error.statusCode);
    switch (error.statusCode) {
      case 401:
        return new AtriumFailure('unauthorized', `Your sign-in to ${host} has expired or was revoked. Sign in again to continue.`, { params });
      case 403:
        return new AtriumFailure('forbidden', `${host} does not allow this.${said}`, { params: words });
      case 404:
        return new AtriumFailure('not_found', `${host} could not find this. It may have been deleted.`, { params });
      case 422:
        return new AtriumFailure('rejected', `${host} refused this.${said}`, { params: words });
      case 429:
        return new AtriumFailure('rate_limited', `${host} asks Atrium to slow down. Try again in a moment.`, { params, retryAfter: retryAfterSeconds(error) });
      default:
        if (error.statusCode >= 500) {
          return new AtriumFailure('server_error', `${host} had a problem (error ${status}). Try again in a moment.`, { params: { ...params, status } });
        }
        return new AtriumFailure('http_error', `${host} answered with error ${status}.${said}`, { params: { ...words, status } });
    }
  }
  if (isRefusedRedirect(error)) {
    return new AtriumFailure('redirected', `${host} tried to send Atrium to another address. Atrium did not follow it, so nothing was sent there.`, { params });
  }
  // Broken JSON is an answer, so the server was reached: saying "offline" would send people to check their network.
  if (error instanceof MastoUnexpectedError || error instanceof MastoDeserializeError) {
    return new AtriumFailure('bad_response', `${host} answered with something Atrium could not read: not what a Mastodon server sends. Try again later, and tell your IT department if it keeps happening.`, { params });
  }
  return new AtriumFailure('network', `Atrium could not reach ${host}. Check your connection and try again.`, { params });
}

/** fetch with `redirect: 'error'` fails with a TypeError whose cause says so (undici's wording). */
function isRefusedRedirect(error: unknown): boolean {
  return error instanceof TypeError && error.cause instanceof Error && /redirect/i.test(error.cause.message);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'The server';
  }
}

function retryAfterSeconds(error: MastoHttpError): number | undefined {
  // masto keeps the failed Response as the cause: its Retry-After or X-RateLimit-Reset says when to come back.
  return error.cause instanceof Response ? Math.ceil(rateLimitWaitMs(error.cause.headers, Date.now()) / 1000) : undefined;
}
