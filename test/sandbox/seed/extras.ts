import type { Actions } from '../core/actions';
import type { AccountRecord } from '../core/model';
import type { Prng } from '../core/prng';
import type { Store } from '../core/store';
import type { Org } from './org';

const HOUR = 3_600_000;
/** Enough follows that the demo user does not count as new (the first day asks for at least 5). */
const ESTABLISHED_FOLLOWS = 8;

/**
 * Gives the demo user a lived-in account: lists, featured tags, scheduled posts
 * (also for the official comms account), and fresh notifications of every kind.
 */
export function seedExtras(store: Store, actions: Actions, prng: Prng, org: Org, demo: AccountRecord, nowMs: number): void {
  const team = (org.byTeam.get(demo.team ?? '') ?? []).filter((a) => a !== demo);
  const addList = (owner: AccountRecord, title: string, members: AccountRecord[]) => {
    const id = store.smallIds.next();
    store.lists.set(id, { id, ownerId: owner.id, title, repliesPolicy: 'list', exclusive: false, members: new Set(members.map((m) => m.id)) });
  };
  addList(demo, 'My team', team.slice(0, 20));
  // The demo user has worked here for years: in a small organization she still follows enough colleagues
  // that the first-day welcome is for the seeded new hire, not for her. Picked in order, not by the PRNG,
  // so the rest of the seed stays as it was.
  const follows = () => store.following.get(demo.id)?.size ?? 0;
  for (const colleague of org.staff) {
    if (follows() >= ESTABLISHED_FOLLOWS) break;
    if (colleague !== demo) store.addFollow(demo.id, colleague.id, nowMs - 300 * 24 * HOUR);
  }
  addList(demo, 'Official', [org.official.comms, org.official.news, org.official.events]);
  store.featuredTags.set(demo.id, ['atrium', 'design']);

  const schedule = (owner: AccountRecord, hoursAhead: number, text: string) => {
    const id = store.ids.next(nowMs);
    store.scheduled.set(id, {
      id,
      accountId: owner.id,
      scheduledAt: nowMs + hoursAhead * HOUR,
      params: { text, visibility: 'public', spoilerText: null, sensitive: null, language: 'en', inReplyToId: null, mediaIds: [], poll: null, idempotency: null },
      applicationId: 1,
    });
  };
  schedule(demo, 20, 'Reminder: demo day is tomorrow! #launch');
  schedule(demo, 48, 'Office hours this week are moved to Thursday.');
  schedule(org.official.comms, 3, 'The all-hands starts in one hour. #allhands');
  schedule(org.official.comms, 26, 'Weekly digest: what shipped this week. #release');
  schedule(org.official.comms, 72, 'Reminder: benefits enrolment closes Friday.');

  // Fresh interactions in the last hour so notifications are not empty on first sign-in.
  const mine = (store.statusesByAccount.get(demo.id) ?? []).map((id) => store.statuses.get(id)).filter((s) => s && !s.reblogOfId && s.visibility === 'public');
  let own = mine[mine.length - 1];
  const base = nowMs - HOUR;
  if (!own) own = actions.postStatus(demo, { text: 'Hello from the sandbox! #atrium', createdAt: base }, { emit: false });
  for (let i = 0; i < 6; i++) {
    const other = prng.pick(team.length > 0 ? team : org.staff);
    if (other === demo) continue;
    const at = base + (i + 1) * 5 * 60_000;
    if (i % 3 === 0) actions.postStatus(other, { text: `@${demo.username} ${i === 0 ? 'can you take a look at the launch checklist when you have a minute?' : 'do you have ten minutes for the hiring rubric before Thursday?'}`, createdAt: at }, { emit: false });
    else if (i % 3 === 1) actions.favourite(other, own, at);
    else actions.reblog(other, own, { at, emit: false });
  }
  for (const follower of org.staff.slice(-3)) if (follower !== demo && store.addFollow(follower.id, demo.id, base + 40 * 60_000)) {
    store.addNotification({ id: store.ids.next(base + 40 * 60_000), accountId: demo.id, type: 'follow', fromAccountId: follower.id, statusId: null, createdAt: base + 40 * 60_000 });
  }
  // Someone outside the team asks to follow, so the demo shows a request to accept or reject.
  const asking = org.staff.find((person) => person !== demo && !team.includes(person) && !store.follows(person.id, demo.id));
  if (asking) {
    const at = base + 50 * 60_000;
    store.people.setRequested(asking.id, demo.id, true);
    store.addNotification({ id: store.ids.next(at), accountId: demo.id, type: 'follow_request', fromAccountId: asking.id, statusId: null, createdAt: at });
  }
}
