import type { Sandbox } from '../../sandbox/index';

export { pngImage, type TestFile } from '../../sandbox/testing/png';

/** A post as the sandbox stored it, read back through its API as its author sees it. */
export interface StoredPost {
  id: string;
  /** The post's HTML as the server renders it. */
  content: string;
  spoilerText: string;
  sensitive: boolean;
  visibility: string;
  language: string | null;
  inReplyToId: string | null;
  editedAt: string | null;
  media: { id: string; description: string | null; focus: { x: number; y: number } | null }[];
  quote: { state: string; quotedStatusId: string | null } | null;
  quoteApproval: { automatic: string[]; manual: string[] };
  poll: { options: string[]; multiple: boolean } | null;
}

/** One version of an edited post, oldest first. */
export interface StoredVersion {
  content: string;
  spoilerText: string;
  mediaDescriptions: (string | null)[];
}

interface RawStatus {
  id: string;
  content: string;
  spoiler_text: string;
  sensitive: boolean;
  visibility: string;
  language: string | null;
  in_reply_to_id: string | null;
  edited_at: string | null;
  media_attachments: { id: string; description: string | null; meta: { focus?: { x: number; y: number } } | null }[];
  quote?: { state: string; quoted_status?: { id: string } | null } | null;
  quote_approval?: { automatic: string[]; manual: string[] };
  poll: { options: { title: string }[]; multiple: boolean } | null;
}

async function readAs<T>(sandbox: Sandbox, username: string, path: string): Promise<T> {
  const response = await fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${sandbox.issueToken(username)}` } });
  if (!response.ok) throw new Error(`Reading ${path} as ${username} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

function toStoredPost(raw: RawStatus): StoredPost {
  return {
    id: raw.id,
    content: raw.content,
    spoilerText: raw.spoiler_text,
    sensitive: raw.sensitive,
    visibility: raw.visibility,
    language: raw.language,
    inReplyToId: raw.in_reply_to_id,
    editedAt: raw.edited_at,
    media: raw.media_attachments.map((m) => ({ id: m.id, description: m.description, focus: m.meta?.focus ?? null })),
    quote: raw.quote ? { state: raw.quote.state, quotedStatusId: raw.quote.quoted_status?.id ?? null } : null,
    quoteApproval: { automatic: raw.quote_approval?.automatic ?? [], manual: raw.quote_approval?.manual ?? [] },
    poll: raw.poll ? { options: raw.poll.options.map((o) => o.title), multiple: raw.poll.multiple } : null,
  };
}

/**
 * The newest posts of a seeded account (boosts left out), as the server stored them: what an e2e
 * test asserts after posting from the composer (text, content warning, alt text, quote, poll).
 */
export async function postsBy(sandbox: Sandbox, username: string, limit = 20): Promise<StoredPost[]> {
  const me = await readAs<{ id: string }>(sandbox, username, '/api/v1/accounts/verify_credentials');
  const statuses = await readAs<(RawStatus & { reblog: unknown })[]>(sandbox, username, `/api/v1/accounts/${me.id}/statuses?limit=${limit}`);
  return statuses.filter((status) => status.reblog === null).map(toStoredPost);
}

/** The posts of an account whose text contains `text`: exactly one after a retried send. */
export async function postsSaying(sandbox: Sandbox, username: string, text: string): Promise<StoredPost[]> {
  return (await postsBy(sandbox, username, 40)).filter((post) => post.content.includes(text));
}

/** Every version of an edited post, oldest first, with the alt text its attachments had then. */
export async function editHistory(sandbox: Sandbox, username: string, statusId: string): Promise<StoredVersion[]> {
  const versions = await readAs<RawStatus[]>(sandbox, username, `/api/v1/statuses/${statusId}/history`);
  return versions.map((v) => ({ content: v.content, spoilerText: v.spoiler_text, mediaDescriptions: v.media_attachments.map((m) => m.description) }));
}
