import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCorpus } from '../corpus/index';
import { startSandbox, type Sandbox } from './index';

// Not through useSandbox's contract check: a hostile server breaks the contract on purpose (a picture
// URL that is no URL at all is one of the inputs), and that is what the client must survive.
describe('the hostile seed: the corpus in every field a client draws', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ staff: 20, posts: 60, seed: 4, hostile: true, rateLimit: false });
  });
  afterAll(() => sandbox?.close());
  const corpus = hostileCorpus();
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${sandbox.issueToken(sandbox.demoUser.username)}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  type Status = { content: string; spoiler_text: string; account: { display_name: string; note: string; fields: { value: string }[] }; poll: { options: { title: string }[] } | null; card: { title: string } | null; media_attachments: { description: string | null }[] };

  it('sends every input verbatim as a post in the demo user’s Home, with hostile names, warnings, polls, media and cards', async () => {
    const home: Status[] = [];
    for (let maxId = ''; home.length < corpus.length + 20; ) {
      const page = await get<(Status & { id: string })[]>(`/api/v1/timelines/home?limit=40${maxId ? `&max_id=${maxId}` : ''}`);
      if (page.length === 0) break;
      home.push(...page);
      maxId = page.at(-1)?.id ?? '';
    }
    const contents = new Set(home.map((status) => status.content.replace(/<p>:atrium: :party_parrot:<\/p>$/, '')));
    // Replies to accounts the demo user follows stay in Home too, so every input is there.
    expect(corpus.filter((input) => !contents.has(input.html)).map((input) => input.id)).toEqual([]);
    expect(home.some((status) => status.spoiler_text.includes('\u202E'))).toBe(true);
    expect(home.some((status) => status.poll?.options.some((option) => option.title.includes('<')))).toBe(true);
    expect(home.some((status) => status.card?.title.includes('<'))).toBe(true);
    expect(home.some((status) => status.media_attachments.some((media) => (media.description ?? '').length > 0))).toBe(true);
    expect(home.some((status) => status.account.note.includes('__atriumPwned') && status.account.fields.some((field) => field.value.includes('<')))).toBe(true);
  });

  it('notifies the demo user from hostile accounts and shows hostile announcements', async () => {
    const notifications = await get<{ account: { acct: string } }[]>('/api/v1/notifications?limit=40');
    expect(notifications.filter((notification) => notification.account.acct.startsWith('hostile')).length).toBeGreaterThan(5);
    const announcements = await get<{ content: string }[]>('/api/v1/announcements');
    expect(announcements.filter((announcement) => corpus.some((input) => input.html === announcement.content)).length).toBe(12);
  });
});
