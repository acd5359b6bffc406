import { calculatePKCECodeChallenge, generateRandomCodeVerifier, generateRandomState } from 'oauth4webapi';

/** A PKCE verifier and its S256 challenge (RFC 7636). The verifier stays in main; the challenge goes to the server. */
export interface PkcePair {
  readonly verifier: string;
  readonly challenge: string;
  readonly method: 'S256';
}

/** Makes a fresh PKCE pair for one sign-in. */
export async function createPkcePair(): Promise<PkcePair> {
  const verifier = generateRandomCodeVerifier();
  return { verifier, challenge: await calculatePKCECodeChallenge(verifier), method: 'S256' };
}

/** Makes a fresh, unguessable `state` for one sign-in, so a callback Atrium did not start is refused. */
export function createState(): string {
  return generateRandomState();
}
