import type { Sandbox } from '../../sandbox/index';

type Account = { id: string; acct: string; fields: { name: string; value: string }[] };

/** Every local, listed account of the sandbox, read through its own directory (pages of 80). */
export async function sandboxDirectory(sandbox: Sandbox): Promise<Account[]> {
  const headers = { authorization: `Bearer ${sandbox.issueToken(sandbox.demoUser.username)}` };
  const people: Account[] = [];
  for (let offset = 0; ; offset += 80) {
    const page = (await (await fetch(`${sandbox.url}/api/v1/directory?local=true&order=new&limit=80&offset=${offset}`, { headers })).json()) as Account[];
    people.push(...page);
    if (page.length < 80) return people;
  }
}

/** The value of a person's field, whatever case or colon the field name was written with. */
export function fieldValue(account: Account, name: string): string | undefined {
  return account.fields.find((field) => field.name.replace(/:$/, '').toLowerCase() === name.toLowerCase())?.value;
}

/** Which of `ids` the user follows, as the sandbox says. */
export async function followedBy(sandbox: Sandbox, username: string, ids: string[]): Promise<Set<string>> {
  const headers = { authorization: `Bearer ${sandbox.issueToken(username)}` };
  const followed = new Set<string>();
  for (let start = 0; start < ids.length; start += 40) {
    const query = ids.slice(start, start + 40).map((id) => `id[]=${id}`).join('&');
    const relationships = (await (await fetch(`${sandbox.url}/api/v1/accounts/relationships?${query}`, { headers })).json()) as { id: string; following: boolean }[];
    for (const relationship of relationships) if (relationship.following) followed.add(relationship.id);
  }
  return followed;
}
