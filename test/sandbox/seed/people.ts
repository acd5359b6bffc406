import type { Actions } from '../core/actions';
import type { AccountRecord } from '../core/model';
import type { Store } from '../core/store';
import type { Org } from './org';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Usernames of the colleague who moved accounts: the old one points to the new one. */
export const MOVED_ACCOUNT = { old: 'srivers', new: 'sam_rivers', displayName: 'Sam Rivers' } as const;

/**
 * Profiles worth opening: headers for every colleague, a showcase colleague on the demo user's
 * team (a verified website, featured people, pinned posts, featured hashtags), a colleague who
 * moved to a new account (the demo user still follows the old one), and the instance's
 * announcements. Uses no randomness, so the rest of the seed stays as it was.
 */
export function seedPeople(store: Store, actions: Actions, org: Org, demo: AccountRecord, nowMs: number): void {
  const { people } = store;
  for (const account of [...org.staff, org.official.comms, org.official.news, org.official.events]) people.headers.add(account.id);

  const teammates = (org.byTeam.get(demo.team ?? '') ?? []).filter((account) => account !== demo);
  const showcase = teammates[0] ?? org.staff.find((account) => account !== demo);
  if (showcase) {
    showcase.fields.push({ name: 'Website', value: `https://${showcase.username.replace(/_/g, '-')}.example.org`, verifiedAt: nowMs - 3 * DAY });
    people.endorsements.set(showcase.id, teammates.slice(1, 4).map((account) => account.id));
    store.featuredTags.set(showcase.id, ['release', 'design']);
    const own = (store.statusesByAccount.get(showcase.id) ?? []).filter((id) => {
      const status = store.statuses.get(id);
      return status && !status.reblogOfId && !status.inReplyToId && status.visibility === 'public';
    });
    const pin = own[0] ?? actions.postStatus(showcase, { text: 'How we run releases: the checklist lives in the wiki. #release', createdAt: nowMs - 20 * DAY }, { emit: false }).id;
    people.pinned.set(showcase.id, [pin]);
  }
  people.endorsements.set(demo.id, teammates.slice(0, 2).map((account) => account.id));
  // Every tenth colleague has a verified personal site, as people who link their blog do.
  org.staff.forEach((account, index) => {
    if (index % 10 === 5 && account !== showcase) account.fields.push({ name: 'Website', value: `https://${account.username.replace(/_/g, '-')}.example.org`, verifiedAt: nowMs - 10 * DAY });
  });

  seedMovedAccount(store, actions, org, demo, nowMs);
  seedAnnouncements(store, teammates, nowMs);
}

function seedMovedAccount(store: Store, actions: Actions, org: Org, demo: AccountRecord, nowMs: number): void {
  const template = org.staff.find((account) => account !== demo) ?? demo;
  const make = (username: string, createdAt: number): AccountRecord => {
    const account: AccountRecord = {
      ...template,
      id: store.ids.next(createdAt),
      username,
      displayName: MOVED_ACCOUNT.displayName,
      noteSource: 'Infrastructure and coffee. Ask me about the build farm.',
      fields: [
        { name: 'Team', value: 'Platform' },
        { name: 'Location', value: 'Lisbon' },
        { name: 'Role', value: 'Engineer' },
      ],
      team: 'Platform',
      createdAt,
      lastStatusAt: null,
      statusesCount: 0,
      roleName: null,
    };
    store.addAccount(account);
    store.people.headers.add(account.id);
    return account;
  };
  const old = make(MOVED_ACCOUNT.old, nowMs - 900 * DAY);
  const moved = make(MOVED_ACCOUNT.new, nowMs - 5 * DAY);
  // Mastodon leaves moved accounts out of the directory; the new one is listed instead.
  old.discoverable = false;
  old.indexable = false;
  store.people.movedTo.set(old.id, moved.id);
  actions.postStatus(old, { text: 'Build farm maintenance tonight, expect slow CI for an hour.', createdAt: nowMs - 40 * DAY }, { emit: false });
  actions.postStatus(moved, { text: 'New account, same person: I moved here from @srivers. Follow me here!', createdAt: nowMs - 4 * DAY }, { emit: false });
  // The demo user still follows the old account; a few teammates already follow the new one.
  store.addFollow(demo.id, old.id, nowMs - 300 * DAY);
  for (const follower of (org.byTeam.get('Platform') ?? []).slice(0, 4)) if (follower !== demo) store.addFollow(follower.id, moved.id, nowMs - 4 * DAY);
}

function seedAnnouncements(store: Store, teammates: AccountRecord[], nowMs: number): void {
  const reactors = (count: number) => new Set(teammates.slice(0, count).map((account) => account.id));
  const add = (id: string, html: string, publishedAt: number, endsAt: number | null, reactions: [string, Set<string>][]) =>
    store.people.announcements.push({ id, html, publishedAt, updatedAt: publishedAt, startsAt: null, endsAt, allDay: false, reactions: new Map(reactions), readBy: new Set() });
  add(
    '1',
    '<p>The office is closed on Friday for the winter party. Doors open at 17:00 on the 5th floor, bring someone from another team!</p>',
    nowMs - 2 * HOUR,
    nowMs + 10 * DAY,
    [
      ['🎉', reactors(6)],
      ['❤️', reactors(2)],
    ],
  );
  add('2', '<p>Atrium, the desktop app for this server, is ready for everyone. Questions go to the Comms team.</p>', nowMs - 3 * DAY, null, [
    ['👍', reactors(4)],
    ['party_parrot', reactors(1)],
  ]);
  // Over already: never listed.
  add('3', '<p>The VPN is down for maintenance tonight.</p>', nowMs - 20 * DAY, nowMs - 19 * DAY, []);
}
