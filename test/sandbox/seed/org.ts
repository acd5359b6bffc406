import type { AccountRecord } from '../core/model';
import type { Prng } from '../core/prng';
import type { Store } from '../core/store';
import { BIOS, FIRST_NAMES, LAST_NAMES, LOCATIONS, PRONOUNS, ROLES, TEAMS } from './words';

const DAY = 86_400_000;

/** The people and official accounts that seeding made. */
export interface Org {
  staff: AccountRecord[];
  official: { comms: AccountRecord; news: AccountRecord; events: AccountRecord };
  remote: AccountRecord[];
  /** The remote account that sends hostile HTML. */
  hostile: AccountRecord;
  byTeam: Map<string, AccountRecord[]>;
}

function asciiUsername(first: string, last: string): string {
  return `${first}_${last}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/Ł/g, 'L')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '');
}

/**
 * People label their fields their own way: now and then in lower case or with a colon. Derived from
 * the index, not the PRNG, so the rest of the organization stays as it was for a given seed.
 */
function fieldLabel(name: string, index: number): string {
  if (index > 0 && index % 10 === 7) return name.toLowerCase();
  if (index > 0 && index % 10 === 3) return `${name}:`;
  return name;
}

/** A few fields only some people add (a directory should not turn them into filters). */
function extraFields(index: number): { name: string; value: string }[] {
  if (index % 6 === 5) return [{ name: 'Ask me about', value: ASK_ME_ABOUT[index % ASK_ME_ABOUT.length] as string }];
  if (index % 17 === 11) return [{ name: 'Website', value: 'https://example.org' }];
  return [];
}

const ASK_ME_ABOUT = ['Accessibility', 'Kubernetes', 'Budgets', 'Hiring', 'Typography', 'Onboarding'] as const;

/** A new account with nothing filled in yet; callers set what makes it theirs. */
export function baseAccount(store: Store, username: string, createdAt: number, hue: number): AccountRecord {
  return {
    id: store.ids.next(createdAt),
    username,
    domain: null,
    displayName: username,
    noteSource: '',
    fields: [],
    bot: false,
    group: false,
    locked: false,
    discoverable: true,
    indexable: true,
    createdAt,
    lastStatusAt: null,
    hue,
    team: null,
    statusesCount: 0,
    privacy: 'public',
    sensitive: false,
    language: 'en',
    roleName: null,
  };
}

/**
 * Creates `count` staff with profile fields, the official accounts, a few remote
 * accounts, and a follow graph that clusters by team.
 */
export function seedOrg(store: Store, prng: Prng, count: number, nowMs: number): Org {
  const byTeam = new Map<string, AccountRecord[]>();
  const staff: AccountRecord[] = [];
  const taken = new Set<string>();
  const origin = nowMs - 6 * 365 * DAY;
  for (let i = 0; i < count; i++) {
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    let username = asciiUsername(first, last);
    for (let n = 2; taken.has(username); n++) username = `${asciiUsername(first, last)}${n}`;
    taken.add(username);
    const createdAt = origin + Math.floor((i / Math.max(1, count)) * 5 * 365 * DAY);
    const account = baseAccount(store, username, createdAt, prng.int(0, 359));
    // A realistic spread: most teams are mid-sized, Platform and Support are large.
    const team = prng.chance(0.25) ? prng.pick(['Platform', 'Support'] as const) : prng.pick(TEAMS);
    const emoji = prng.chance(0.08) ? ` :${prng.pick(['coffee_cup', 'party_parrot', 'ship_it', 'blobwave'])}:` : '';
    account.displayName = `${first} ${last}${emoji}`;
    account.team = team;
    account.noteSource = prng.pick(BIOS);
    account.discoverable = prng.chance(0.88);
    account.indexable = account.discoverable;
    account.locked = prng.chance(0.03);
    const started = new Date(createdAt);
    account.fields = [
      { name: fieldLabel('Team', i), value: team },
      { name: fieldLabel('Location', i), value: prng.pick(LOCATIONS) },
      { name: 'Role', value: prng.pick(ROLES) },
      ...(prng.chance(0.8) ? [{ name: 'Pronouns', value: prng.pick(PRONOUNS) }] : []),
      { name: 'Started', value: `${started.getUTCFullYear()}-${String(started.getUTCMonth() + 1).padStart(2, '0')}` },
      ...extraFields(i),
    ];
    if (team === 'Comms') account.roleName = 'Comms';
    store.addAccount(account);
    staff.push(account);
    const members = byTeam.get(team) ?? [];
    members.push(account);
    byTeam.set(team, members);
  }
  const official = (username: string, displayName: string, note: string, kind: 'bot' | 'group'): AccountRecord => {
    const account = baseAccount(store, username, origin, prng.int(0, 359));
    account.displayName = displayName;
    account.noteSource = note;
    account.bot = kind === 'bot';
    account.group = kind === 'group';
    account.fields = [{ name: 'Team', value: 'Comms' }, { name: 'Role', value: 'Official account' }];
    account.roleName = 'Official';
    store.addAccount(account);
    return account;
  };
  const comms = official('comms', 'Internal Comms :atrium:', 'Official announcements from the Comms team.', 'bot');
  const news = official('news', 'Company News', 'Automated digest of company news.', 'bot');
  const events = official('events', 'Events', 'Meetups, socials and all-hands. Mention us to share with the group.', 'group');
  const remote = [
    ['someone', 'elsewhere.example', 'Someone Elsewhere'],
    ['lee', 'elsewhere.example', 'Lee from Elsewhere'],
    ['ana', 'social.example.net', 'Ana :blobwave:'],
    ['feeds', 'feeds.example', 'Industry Feeds'],
    ['mallory', 'hostile.example', 'Mallory'],
  ].map(([username, domain, displayName], i) => {
    const account = baseAccount(store, username as string, origin + i * DAY, prng.int(0, 359));
    account.domain = domain as string;
    account.displayName = displayName as string;
    account.bot = username === 'feeds';
    store.addAccount(account);
    return account;
  });
  seedFollows(store, prng, staff, byTeam, [comms, news, events], remote, nowMs);
  return { staff, official: { comms, news, events }, remote, hostile: remote[4] as AccountRecord, byTeam };
}

function seedFollows(store: Store, prng: Prng, staff: AccountRecord[], byTeam: Map<string, AccountRecord[]>, official: AccountRecord[], remote: AccountRecord[], nowMs: number): void {
  const since = nowMs - 400 * DAY;
  const when = () => since + prng.int(0, 360) * DAY; // all before the first seeded post
  for (const account of staff) {
    const team = byTeam.get(account.team ?? '') ?? [];
    // Clustered: up to 25 teammates, a handful of people elsewhere in the org.
    const teammates = Math.min(team.length, 25);
    for (let k = 0; k < teammates; k++) {
      const other = prng.pick(team);
      if (other !== account && prng.chance(0.7)) store.addFollow(account.id, other.id, when());
    }
    for (let k = prng.int(1, 5); k > 0; k--) {
      const other = prng.pick(staff);
      if (other !== account) store.addFollow(account.id, other.id, when());
    }
    for (const o of official) if (prng.chance(0.9)) store.addFollow(account.id, o.id, when());
    if (prng.chance(0.1)) store.addFollow(account.id, prng.pick(remote).id, when());
  }
}
