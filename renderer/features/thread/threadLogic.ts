/** A reply's place under the opened post. */
export interface ReplyRow {
  id: string;
  /** 1 for a direct reply to the opened post, 2 for a reply to that reply, and so on. */
  depth: number;
}

/**
 * How far each reply is indented. Mastodon sends descendants depth-first in reading order,
 * each with `inReplyToId`; a reply whose parent is not among them (hidden, deleted) counts as direct.
 */
export function replyDepths(focusId: string, replies: ReadonlyArray<{ id: string; inReplyToId?: string | null }>): ReplyRow[] {
  const depth = new Map<string, number>([[focusId, 0]]);
  return replies.map((reply) => {
    const parent = reply.inReplyToId ? depth.get(reply.inReplyToId) : undefined;
    const own = (parent ?? 0) + 1;
    depth.set(reply.id, own);
    return { id: reply.id, depth: own };
  });
}
