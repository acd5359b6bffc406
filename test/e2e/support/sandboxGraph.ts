import type { Sandbox } from '../../sandbox/index';

/** The usernames the demo user follows (whose posts reach their Home), read through the sandbox's API. */
export async function followedByDemoUser(sandbox: Sandbox): Promise<string[]> {
  const headers = { authorization: `Bearer ${sandbox.issueToken(sandbox.demoUser.username)}` };
  const me = (await (await fetch(`${sandbox.url}/api/v1/accounts/verify_credentials`, { headers })).json()) as { id: string };
  const following = (await (await fetch(`${sandbox.url}/api/v1/accounts/${me.id}/following?limit=80`, { headers })).json()) as { acct: string }[];
  const local = following.map((account) => account.acct).filter((acct) => !acct.includes('@'));
  if (local.length < 2) throw new Error('The demo user follows fewer than two colleagues.');
  return local;
}

/** The id of the seeded post whose HTML is hostile, found through the remote public timeline. */
export async function findHostilePost(sandbox: Sandbox): Promise<string> {
  const headers = { authorization: `Bearer ${sandbox.issueToken(sandbox.demoUser.username)}` };
  let url: string | undefined = `${sandbox.url}/api/v1/timelines/public?remote=true&limit=40`;
  for (let page = 0; url && page < 50; page++) {
    const response: Response = await fetch(url, { headers });
    const statuses = (await response.json()) as { id: string; content: string }[];
    const hostile = statuses.find((status) => status.content.includes('<script'));
    if (hostile) return hostile.id;
    url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  }
  throw new Error('The sandbox has no hostile post.');
}

/** Boosts a post as a seeded staff member. */
export async function boostAs(sandbox: Sandbox, username: string, statusId: string): Promise<void> {
  await reactAs(sandbox, username, statusId, 'reblog');
}

/** Favourites or boosts a post as a seeded staff member. */
export async function reactAs(sandbox: Sandbox, username: string, statusId: string, reaction: 'favourite' | 'reblog'): Promise<void> {
  const response = await fetch(`${sandbox.url}/api/v1/statuses/${statusId}/${reaction}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sandbox.issueToken(username)}` },
  });
  if (!response.ok) throw new Error(`Reacting (${reaction}) to ${statusId} as ${username} failed: ${response.status}`);
}
