import type { Sandbox } from '../../sandbox/index';

/** GETs a sandbox API path as the demo user. */
export async function asDemoUser<T>(sandbox: Sandbox, path: string): Promise<T> {
  const response = await fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${sandbox.issueToken(sandbox.demoUser.username)}` } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The demo user's teammate whose profile the sandbox fills in: a verified website, featured people, a pinned post. */
export async function showcaseColleague(sandbox: Sandbox): Promise<{ id: string; acct: string; displayName: string }> {
  const me = await asDemoUser<{ fields: { name: string; value: string }[] }>(sandbox, '/api/v1/accounts/verify_credentials');
  const team = me.fields.find((field) => field.name === 'Team')?.value ?? '';
  const found = await asDemoUser<{ accounts: { id: string; acct: string; display_name: string; fields: { name: string; verified_at: string | null }[] }[] }>(
    sandbox,
    `/api/v2/search?type=accounts&limit=40&q=${encodeURIComponent(team)}`,
  );
  const person = found.accounts.find((account) => account.fields.some((field) => field.name === 'Website' && field.verified_at));
  if (!person) throw new Error('The sandbox has no showcase colleague.');
  return { id: person.id, acct: person.acct, displayName: person.display_name.replace(/\s*:\w+:/g, '') };
}
