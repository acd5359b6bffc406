import type { Sandbox } from '../index';

/** Seeded staff other than the demo user, read from the sandbox's own directory. */
export async function otherStaff(sandbox: Sandbox, count: number): Promise<string[]> {
  const response = await fetch(`${sandbox.url}/api/v1/directory?local=true&limit=40`, {
    headers: { authorization: `Bearer ${sandbox.issueToken(sandbox.demoUser.username)}` },
  });
  const accounts = (await response.json()) as { username: string }[];
  const others = accounts.map((account) => account.username).filter((name) => name !== sandbox.demoUser.username);
  if (others.length < count) throw new Error(`The sandbox has fewer than ${count} other staff members.`);
  return others.slice(0, count);
}
