import type { mastodon } from 'masto';
import { remoteClient } from './remoteClient';

const emojiLists = new Map<string, Promise<mastodon.v1.CustomEmoji[]>>();

/** The instance's custom emoji for an account, fetched once per account (again after a failure). */
export function customEmojis(accountId: string): Promise<mastodon.v1.CustomEmoji[]> {
  let list = emojiLists.get(accountId);
  if (!list) {
    list = remoteClient(accountId)
      .v1.customEmojis.list()
      .then((page) => (Array.isArray(page.items) ? page.items : []));
    list.catch(() => emojiLists.delete(accountId));
    emojiLists.set(accountId, list);
  }
  return list;
}
