import { z } from 'zod';
import { AtriumFailure } from '../../shared/result';
import { type Fetch, requestJson } from './http';

/** The signed-in person's account as `verify_credentials` describes it; only what Atrium keeps. */
export const credentialAccountSchema = z.object({
  id: z.string().min(1),
  username: z.string().min(1),
  acct: z.string().min(1),
  display_name: z.string().catch(''),
  avatar: z.string().catch(''),
});
/** See {@link credentialAccountSchema}. */
export type CredentialAccount = z.infer<typeof credentialAccountSchema>;

/** Asks the instance who the token belongs to (`GET /api/v1/accounts/verify_credentials`). */
export async function verifyCredentials(origin: string, accessToken: string, fetch: Fetch): Promise<CredentialAccount> {
  const reply = await requestJson(fetch, `${origin}/api/v1/accounts/verify_credentials`, {
    headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
  });
  const host = new URL(origin).host;
  if (reply.status === 401 || reply.status === 403) {
    throw new AtriumFailure('unauthorized', `${host} did not accept the new sign-in. Please try again.`);
  }
  const parsed = reply.status === 200 ? credentialAccountSchema.safeParse(reply.body) : null;
  if (!parsed?.success) {
    throw new AtriumFailure('sign_in_failed', `${host} did not say which account you signed in with (HTTP ${reply.status}).`);
  }
  return parsed.data;
}
