import { AtriumFailure } from '../../shared/result';
import type { DiscoveredServer } from './serverMetadata';

/**
 * Checks who answered the sign-in (RFC 9207), before the code goes anywhere.
 *
 * A hostile instance can send the browser on to another server's authorize page, using a client id
 * it registered there with Atrium's loopback address; the code then comes back to Atrium, which would
 * hand it to the hostile token endpoint. A server that names itself in `iss` lets Atrium see that the
 * answer did not come from the instance it started with. When the instance says it always sends
 * `iss`, an answer without it is refused too, so the check cannot be dodged by dropping the parameter.
 *
 * Returns the parameters for oauth4webapi's `validateAuthResponse`, which repeats the exact check
 * against the issuer Atrium uses. For a server without metadata that issuer is Atrium's guess
 * (`https://host/`), so there `iss` is compared by origin and, once it passed, not handed on.
 */
export function checkIssuer({ server, discovered }: DiscoveredServer, params: URLSearchParams, host: string): URLSearchParams {
  const issuer = params.get('iss');
  if (issuer === null) {
    if (server.authorization_response_iss_parameter_supported !== true) return params;
    throw new AtriumFailure(
      'issuer_missing',
      `The answer from the sign-in page did not say it came from ${host}, although ${host} always says so. ` +
        'Atrium refused it to keep your account safe. Please sign in again.',
      { params: { host } },
    );
  }
  // RFC 9207 §2.4: a simple string comparison with the issuer the request was sent to.
  if (discovered && issuer === server.issuer) return params;
  if (!discovered && originOf(issuer) === originOf(server.issuer)) {
    const checked = new URLSearchParams(params);
    checked.delete('iss');
    return checked;
  }
  const other = hostOf(issuer);
  throw new AtriumFailure(
    'issuer_mismatch',
    `The sign-in was answered by ${other}, not by ${host} where it started, so Atrium refused it ` +
      `and sent nothing to ${host}. Please sign in again, and tell your IT department if this happens again.`,
    { params: { host, other } },
  );
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function hostOf(issuer: string): string {
  try {
    return new URL(issuer).host || 'another server';
  } catch {
    return 'another server';
  }
}
