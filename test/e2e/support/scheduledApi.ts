import type { Sandbox } from '../../sandbox/index';

/** A scheduled status as the sandbox's API answers it (snake_case, as Mastodon sends it). */
export interface ServerScheduled {
  id: string;
  scheduled_at: string;
  params: { text: string };
}

/** Every scheduled status of a seeded account, read through the sandbox's own API (not through Atrium). */
export async function scheduledOf(sandbox: Sandbox, username: string): Promise<ServerScheduled[]> {
  const headers = { authorization: `Bearer ${sandbox.issueToken(username, ['read'])}` };
  const found: ServerScheduled[] = [];
  let url: string | undefined = `${sandbox.url}/api/v1/scheduled_statuses?limit=40`;
  while (url) {
    const response: Response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`Listing scheduled statuses of ${username} failed: ${response.status}`);
    found.push(...((await response.json()) as ServerScheduled[]));
    url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  }
  return found;
}

/** Favourites a post as a seeded staff member, so the Sent view has counts to show. */
export async function favouriteAs(sandbox: Sandbox, username: string, statusId: string): Promise<void> {
  const response = await fetch(`${sandbox.url}/api/v1/statuses/${statusId}/favourite`, { method: 'POST', headers: { authorization: `Bearer ${sandbox.issueToken(username)}` } });
  if (!response.ok) throw new Error(`Favouriting ${statusId} as ${username} failed: ${response.status}`);
}

/** The newest own post of a seeded account. */
export async function latestPostOf(sandbox: Sandbox, username: string): Promise<{ id: string; content: string }> {
  const headers = { authorization: `Bearer ${sandbox.issueToken(username, ['read'])}` };
  const me = (await (await fetch(`${sandbox.url}/api/v1/accounts/verify_credentials`, { headers })).json()) as { id: string };
  const [latest] = (await (await fetch(`${sandbox.url}/api/v1/accounts/${me.id}/statuses?limit=1`, { headers })).json()) as { id: string; content: string }[];
  if (!latest) throw new Error(`${username} has no posts.`);
  return latest;
}
