import type { AccountRecord } from '../core/model';
import type { Prng } from '../core/prng';
import type { Store } from '../core/store';

/**
 * Colleagues' votes in the seeded polls, so a poll reads like one people answered ("23 people voted") rather
 * than one nobody saw. The demo user never votes here: the open polls stay theirs to answer. Takes its own
 * random numbers, so seeding it changes nothing else in the organization.
 */
export function seedPollVotes(store: Store, prng: Prng, staff: readonly AccountRecord[], demo: AccountRecord): void {
  const voters = staff.filter((person) => person !== demo);
  if (voters.length === 0) return;
  for (const status of store.statuses.values()) {
    const poll = status.poll;
    if (!poll || poll.voters.size > 0) continue;
    // One option leads, as in most real polls; the others share the rest.
    const favourite = prng.int(0, poll.options.length - 1);
    for (let count = prng.int(3, Math.min(28, voters.length)); count > 0; count--) {
      const voter = prng.pick(voters);
      if (voter.id === status.accountId || poll.voters.has(voter.id)) continue;
      const choice = prng.chance(0.45) ? favourite : prng.int(0, poll.options.length - 1);
      const choices = poll.multiple && prng.chance(0.3) ? [...new Set([choice, prng.int(0, poll.options.length - 1)])] : [choice];
      for (const index of choices) {
        const option = poll.options[index];
        if (option) option.votes += 1;
      }
      poll.voters.set(voter.id, choices);
    }
  }
}
