import type { Actions } from '../core/actions';
import type { AccountRecord } from '../core/model';
import { createPrng } from '../core/prng';
import type { Store } from '../core/store';
import { seedExtras } from './extras';
import { seedNewHire } from './newHire';
import { seedOrg } from './org';
import { seedPeople } from './people';
import { seedPollVotes } from './pollVotes';
import { seedPosts } from './posts';

/** What seeding tells the caller. */
export interface SeedResult {
  demo: AccountRecord;
  staffCount: number;
}

/** Builds the whole fictional organization, deterministically from `seed`. */
export function seedOrganization(store: Store, actions: Actions, options: { seed: number; staff: number; posts: number; nowMs: number }): SeedResult {
  const prng = createPrng(options.seed);
  const org = seedOrg(store, prng, Math.max(1, options.staff), options.nowMs);
  seedPosts(store, actions, prng, org, options.posts, options.nowMs);
  const demo = org.staff[0] as AccountRecord;
  seedExtras(store, actions, prng, org, demo, options.nowMs);
  seedPeople(store, actions, org, demo, options.nowMs);
  seedNewHire(store, org, options.nowMs);
  // Its own random numbers (from the same seed), so adding the votes moved nothing seeded before them.
  seedPollVotes(store, createPrng(options.seed + 0x5eed), org.staff, demo);
  return { demo, staffCount: org.staff.length };
}
