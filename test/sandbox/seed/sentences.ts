/**
 * Sentences for seeded posts that read like an organization's week and never repeat. Each
 * post picks an opener and a theme with the seed's random numbers (as before, so everything
 * seeded after the posts stays the same); the theme's details (project, day, team, number)
 * come from the post's place in the seeding, and a sentence already used is varied again.
 */

/** The details a theme may mention. */
interface Details {
  project: string;
  team: string;
  day: string;
  count: number;
  place: string;
  topic: string;
}

/** Shared with the poll questions (polls.ts). */
export const PROJECTS = ['Atlas', 'the billing revamp', 'Lighthouse', 'the new intranet', 'Project Juniper', 'the mobile app 4.0', 'Orbit', 'the data warehouse move', 'Harbor', 'the support portal', 'Kestrel', 'the partner API'];
/** Shared with the poll questions (polls.ts). */
export const TEAMS = ['Platform', 'Design', 'Research', 'Finance', 'People', 'Support', 'Security', 'Data', 'Mobile', 'Facilities', 'Legal', 'Sales'];
/** Shared with the poll questions (polls.ts). */
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
/** Shared with the poll questions (polls.ts). */
export const PLACES = ['the Lisbon office', 'room Ada on floor 2', 'the Berlin kitchen', 'the Nairobi hub', 'the big meeting room', 'the Toronto studio', 'the rooftop terrace', 'the library corner'];
/** Shared with the poll questions (polls.ts). */
export const TOPICS = ['observability', 'writing good alt text', 'pricing experiments', 'incident reviews', 'accessible forms', 'onboarding interviews', 'our carbon footprint', 'feature flags', 'customer calls', 'async meetings'];

/** Themes: what people at work post about, as a sentence with details filled in. */
const THEMES: ReadonlyArray<(d: Details) => string> = [
  (d) => `${d.project} is live for ${d.count % 2 === 0 ? 'everyone' : `the first ${d.count * 10} customers`}`,
  (d) => `the ${d.team} team cut ${d.project}'s build time by ${d.count * 5}% with a shared cache`,
  (d) => `the planning doc for ${d.project} is open for comments until ${d.day}`,
  (d) => `please book travel for the ${d.team} offsite before ${d.day}`,
  (d) => `the coffee machine in ${d.place} works again, ${d.count} days after it broke`,
  (d) => `the accessibility review of ${d.project} found ${d.count} issues, all small`,
  (d) => `who is coming to ${d.day}'s lunch-and-learn on ${d.topic} in ${d.place}?`,
  (d) => `${d.team} is hiring ${d.count % 4 + 1} people this quarter, referrals welcome`,
  (d) => `the on-call handbook now covers ${d.topic}`,
  (d) => `beta customers of ${d.project} sent ${d.count * 3} pieces of feedback this week, most of it kind`,
  (d) => `welcome to the ${d.count % 3 + 1} people who joined ${d.team} this week, say hi in ${d.place}`,
  (d) => `${d.team} moved its stand-up to ${d.day} mornings for the rest of the month`,
  (d) => `I wrote up what we learned about ${d.topic} while building ${d.project}`,
  (d) => `the ${d.project} demo is ${d.day} at ${d.count % 8 + 9}:00 in ${d.place}`,
  (d) => `our ${d.topic} reading group meets ${d.day} in ${d.place}, bring questions`,
  (d) => `${d.project} passed its security review with ${d.count % 5} findings to fix`,
  (d) => `the ${d.team} retro is ${d.day}: what should we stop doing?`,
  (d) => `thank you ${d.team} for ${d.count} late evenings on ${d.project}, the launch went smoothly`,
];

/** The opener of a post, as people start posts at work. */
export const OPENERS = [
  'Quick update from the team:', 'Reminder:', 'Heads up,', 'Small win today:', 'Question for everyone:', 'Shipping note:',
  'Friendly nudge:', 'Thinking out loud:', 'Good morning!', 'PSA:', 'Lessons learned this week:', 'Huge thanks to everyone who helped:',
] as const;

/** How many themes there are: the seed picks one by index. */
export const THEME_COUNT = THEMES.length;

/** Fresh sentences tried before one is used again. */
const MAX_TRIES = 24;

/** Gives sentences that differ from every one given before (up to a benchmark's size). */
export function sentenceSource(): (opener: string, theme: number) => string {
  const used = new Set<string>();
  let serial = 0;
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
  return (opener, theme) => {
    for (let tries = 0; ; tries++) {
      // A theme with few details runs out of new sentences first: then the next theme speaks.
      const write = THEMES[(theme + Math.floor(tries / 4)) % THEMES.length];
      // Different strides per detail, so neighbouring posts differ in more than one detail.
      const n = serial++;
      const details: Details = { project: pick(PROJECTS, n * 7), team: pick(TEAMS, n * 5 + 3), day: pick(DAYS, n * 3), count: (n % 11) + 2, place: pick(PLACES, n), topic: pick(TOPICS, n * 3 + 1) };
      const sentence = `${opener} ${write?.(details) ?? ''}`;
      // Only a benchmark's tens of thousands of posts run out of fresh sentences; there a repeat is fine.
      if (!used.has(sentence) || tries >= MAX_TRIES) {
        used.add(sentence);
        return sentence;
      }
    }
  };
}
