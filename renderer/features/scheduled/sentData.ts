import { remoteClient } from '../../bridge/remoteClient';
import { htmlToText } from './plainText';
import { SENT_WINDOW_MS, sentRow, type SentRow } from './sentLogic';

/** Pages of the account's own posts read at most (40 each): enough for a busy month. */
const MAX_PAGES = 25;

/** The account's own posts (no boosts) of the last 30 days, newest first, walking pages until older ones. */
export async function fetchSent(accountId: string, now: number): Promise<SentRow[]> {
  const serverId = accountId.slice(0, accountId.lastIndexOf('@'));
  const client = remoteClient(accountId).v1.accounts.$select(serverId).statuses;
  const since = now - SENT_WINDOW_MS;
  const rows: SentRow[] = [];
  let query: Record<string, string> | undefined = {};
  for (let page = 0; page < MAX_PAGES && query; page += 1) {
    const result = await client.list({ limit: 40, excludeReblogs: true, ...query });
    const items: unknown[] = Array.isArray(result.items) ? result.items : [];
    const pageRows = items.flatMap((item) => sentRow(item, htmlToText) ?? []);
    rows.push(...pageRows.filter((row) => row.createdAt >= since));
    // Posts come newest first: once a page reaches past the 30 days, older pages hold nothing more.
    query = items.length > 0 && pageRows.every((row) => row.createdAt >= since) ? result.next : undefined;
  }
  return rows;
}
