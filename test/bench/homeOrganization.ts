import { startSandbox, type Sandbox } from '../sandbox/index';

/**
 * A sandbox whose demo user follows everyone, so that Home holds about as many posts as the
 * organization wrote (`posts`), enough to scroll through thousands.
 */
export async function startFollowingEveryone(options: { staff: number; posts: number }): Promise<Sandbox> {
  const sandbox = await startSandbox({ staff: options.staff, posts: options.posts, seed: 7, rateLimit: false });
  const token = sandbox.issueToken(sandbox.demoUser.username);
  const api = async (path: string, method = 'GET') => {
    const answer = await fetch(new URL(path, sandbox.url), { method, headers: { authorization: `Bearer ${token}` } });
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status}`);
    return answer.json() as Promise<unknown>;
  };
  const directory = (await api(`/api/v1/directory?local=true&limit=80`)) as { id: string }[];
  let offset = directory.length;
  const everyone = [...directory];
  while (everyone.length < options.staff) {
    const page = (await api(`/api/v1/directory?local=true&limit=80&offset=${offset}`)) as { id: string }[];
    if (page.length === 0) break;
    everyone.push(...page);
    offset += page.length;
  }
  for (const account of everyone) await api(`/api/v1/accounts/${account.id}/follow`, 'POST').catch(() => undefined);
  return sandbox;
}
