import type { AccountRecord } from '../core/model';
import type { Store } from '../core/store';
import type { Org } from './org';

/** The username of the colleague who joined this week: signing in as them shows a first day. */
export const NEW_HIRE_USERNAME = 'robin_newhall';

const DAY = 86_400_000;

/**
 * Adds a colleague who joined three days ago and follows only the comms account, so the app's
 * "new here" welcome has someone to greet. Built without the PRNG: the rest of the seed is unchanged.
 */
export function seedNewHire(store: Store, org: Org, nowMs: number): AccountRecord {
  const createdAt = nowMs - 3 * DAY;
  const started = new Date(createdAt);
  const account: AccountRecord = {
    ...org.official.comms,
    id: store.ids.next(createdAt),
    username: NEW_HIRE_USERNAME,
    displayName: 'Robin Newhall',
    noteSource: 'First week at Northwind! Say hello.',
    fields: [
      { name: 'Team', value: 'Platform' },
      { name: 'Location', value: 'Lisbon' },
      { name: 'Role', value: 'Engineer' },
      { name: 'Pronouns', value: 'they/them' },
      { name: 'Started', value: `${started.getUTCFullYear()}-${String(started.getUTCMonth() + 1).padStart(2, '0')}` },
    ],
    bot: false,
    group: false,
    createdAt,
    lastStatusAt: null,
    hue: 200,
    team: 'Platform',
    statusesCount: 0,
    roleName: null,
  };
  store.addAccount(account);
  store.addFollow(account.id, org.official.comms.id, createdAt + DAY);
  return account;
}
