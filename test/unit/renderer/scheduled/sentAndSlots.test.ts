import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../../shared/domain';
import { sentCsv, sentRow, sortSent, type SentRow } from '../../../../renderer/features/scheduled/sentLogic';
import { htmlToText } from '../../../../renderer/features/scheduled/plainText';
import { exportSlots, importSlots } from '../../../../renderer/features/scheduled/slotFile';

const row = (id: string, createdAt: string, counts: [number, number, number], text = `post ${id}`): SentRow => ({
  id,
  createdAt: Date.parse(createdAt),
  text,
  url: `https://org.example/@comms/${id}`,
  replies: counts[0],
  boosts: counts[1],
  favourites: counts[2],
});

describe('the Sent view', () => {
  it('reads own posts with their counts, not boosts or junk', () => {
    const status = { id: '9', createdAt: '2026-06-10T09:00:00Z', content: '<p>Hello <b>team</b></p><p>=SUM(A1)</p>', spoilerText: '', url: 'https://org.example/@comms/9', repliesCount: 2, reblogsCount: 3, favouritesCount: 4 };
    expect(sentRow(status, htmlToText)).toEqual({ id: '9', createdAt: Date.parse('2026-06-10T09:00:00Z'), text: 'Hello team =SUM(A1)', url: 'https://org.example/@comms/9', replies: 2, boosts: 3, favourites: 4 });
    expect(sentRow({ ...status, reblog: { id: '1' } }, htmlToText)).toBeNull();
    expect(sentRow({ ...status, createdAt: 'yesterday' }, htmlToText)).toBeNull();
    expect(sentRow({ ...status, repliesCount: -1, reblogsCount: 'many' }, htmlToText)).toMatchObject({ replies: 0, boosts: 0 });
    expect(sentRow({ ...status, spoilerText: 'CW' }, htmlToText)?.text).toBe('CW — Hello team =SUM(A1)');
  });

  it('reads hostile HTML as text without running it', () => {
    expect(htmlToText('<img src=x onerror="window.pwned=1">Hi<script>window.pwned=2</script>')).toBe('Hiwindow.pwned=2');
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('sorts by any count, ties newest first', () => {
    const rows = [row('a', '2026-06-01T00:00:00Z', [0, 5, 1]), row('b', '2026-06-03T00:00:00Z', [2, 5, 0]), row('c', '2026-06-02T00:00:00Z', [1, 9, 3])];
    expect(sortSent(rows, 'boosts', true).map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(sortSent(rows, 'replies', false).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(sortSent(rows, 'createdAt', true).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('exports CSV with escaped text and defused formulas', () => {
    const csv = sentCsv([row('a', '2026-06-01T08:00:00Z', [1, 2, 3], '=HYPERLINK("x"), and "quotes"')], ['Posted', 'Text', 'Link', 'Replies', 'Boosts', 'Favourites']);
    expect(csv).toBe(`Posted,Text,Link,Replies,Boosts,Favourites\r\n2026-06-01T08:00:00.000Z,"'=HYPERLINK(""x""), and ""quotes""",https://org.example/@comms/a,1,2,3\r\n`);
  });
});

describe('sharing posting slots', () => {
  const account = (id: string, acct: string): AccountSummary => ({ id, acct, instanceUrl: 'https://org.example', displayName: acct, avatar: '', color: '#000', needsSignIn: false });
  const comms = account('1@org.example', 'comms');
  const news = account('2@org.example', 'news');
  const plan = { zone: 'Europe/Madrid', slots: [{ weekdays: [1, 2, 3, 4, 5], hour: 9, minute: 30 }] };

  it('exports by full handle and imports onto the accounts signed in here', () => {
    const file = exportSlots({ [comms.id]: plan, 'gone@org.example': plan }, [comms, news]);
    expect(file).toEqual({ format: 'atrium-posting-slots', version: 1, plans: { 'comms@org.example': plan } });
    const shared = JSON.stringify({ ...file, plans: { ...file.plans, 'events@org.example': plan } });
    expect(importSlots(shared, [comms, news])).toEqual({ ok: true, plans: { [comms.id]: plan }, unmatched: ['events@org.example'] });
  });

  it('refuses what is not a slots file, whole', () => {
    expect(importSlots('not json', [comms])).toEqual({ ok: false, reason: 'notJson' });
    expect(importSlots('{"format":"other"}', [comms])).toEqual({ ok: false, reason: 'notSlots' });
    const badTime = { format: 'atrium-posting-slots', version: 1, plans: { 'comms@org.example': { zone: 'UTC', slots: [{ weekdays: [1], hour: 25, minute: 0 }] } } };
    expect(importSlots(JSON.stringify(badTime), [comms])).toEqual({ ok: false, reason: 'notSlots' });
    const badZone = { format: 'atrium-posting-slots', version: 1, plans: { 'comms@org.example': { zone: 'Mars/Base', slots: [] } } };
    expect(importSlots(JSON.stringify(badZone), [comms])).toEqual({ ok: false, reason: 'unknownZone' });
  });
});
