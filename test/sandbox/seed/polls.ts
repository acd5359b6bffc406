import { DAYS, PLACES, PROJECTS, TEAMS, TOPICS } from './sentences';

/** A seeded poll: its question (the post's text) and its options. */
export interface PollQuestion {
  text: string;
  options: string[];
}

const CITIES = ['Lisbon', 'Nairobi', 'Montréal', 'Kyoto', 'Valparaíso', 'Tallinn', 'Cape Town'];
const SNACKS = ['Fruit', 'Nuts', 'Chocolate', 'Crisps', 'Flapjacks'];
const NAMES = ['Birch', 'Comet', 'Delta', 'Ember', 'Fjord', 'Gale'];

/** Takes `count` items from `list`, starting at `n`, so neighbouring polls offer different choices. */
const some = (list: readonly string[], n: number, count: number): string[] => Array.from({ length: count }, (_, i) => list[(n + i) % list.length] as string);
const at = (list: readonly string[], n: number): string => list[n % list.length] as string;

const SEASONS = ['spring', 'summer', 'autumn', 'winter'];

/** The second detail of a poll: it changes once the first has gone round its list, so every pair comes up. */
const then = (list: readonly string[], n: number, first: readonly string[]): string => at(list, Math.floor(n / first.length));

/** What people at work ask in polls, with details filled in from the poll's place in the seeding. */
const FRAMES: ReadonlyArray<(n: number) => PollQuestion> = [
  (n) => ({ text: `Where should the ${at(TEAMS, n)} offsite be this ${then(SEASONS, n, TEAMS)}?`, options: some(CITIES, n, 3) }),
  (n) => ({ text: `Best time for ${at(DAYS, n)}'s ${then(PROJECTS, n, DAYS)} demo?`, options: ['Morning', 'Lunch', 'Afternoon', 'Async video'] }),
  (n) => ({ text: `Which snack should we restock in ${at(PLACES, n)} before ${then(DAYS, n, PLACES)}?`, options: some(SNACKS, n, 4) }),
  (n) => ({ text: `What should ${at(DAYS, n)}'s lunch-and-learn in ${then(PLACES, n, DAYS)} cover?`, options: some(TOPICS, n, 3) }),
  (n) => ({ text: `How should ${at(TEAMS, n)} share ${then(PROJECTS, n, TEAMS)} updates?`, options: ['A weekly post', 'A short video', 'A monthly call'] }),
  (n) => ({ text: `Should the ${at(TEAMS, n)} stand-up move to ${then(DAYS, n, TEAMS)}?`, options: ['Yes', 'No', 'Only in summer'] }),
  (n) => ({ text: `What should ${at(PROJECTS, n)}'s ${then(SEASONS, n, PROJECTS)} beta be called?`, options: some(NAMES, n, 3) }),
  (n) => ({ text: `Which day suits the workshop on ${at(TOPICS, n)} in ${then(PLACES, n, TOPICS)}?`, options: some(DAYS, n, 3) }),
  (n) => ({ text: `How do you get to ${at(PLACES, n)} on ${then(DAYS, n, PLACES)}s?`, options: ['Bike', 'Train', 'Walk', 'Car'] }),
  (n) => ({ text: `What should ${at(TEAMS, n)} stop doing in ${then(SEASONS, n, TEAMS)}?`, options: ['Status meetings', 'Long documents', 'Friday releases'] }),
];

/** How many kinds of poll there are: the seed picks one by index. */
export const POLL_FRAME_COUNT = FRAMES.length;

/** Gives poll questions that differ from every one given before (up to a benchmark's size, where a repeat is fine). */
export function pollSource(): (frame: number) => PollQuestion {
  const used = new Set<string>();
  let serial = 0;
  return (frame) => {
    for (let tries = 0; ; tries++) {
      const write = FRAMES[(frame + Math.floor(tries / 3)) % FRAMES.length] as (n: number) => PollQuestion;
      const poll = write(serial++);
      if (!used.has(poll.text) || tries >= 30) {
        used.add(poll.text);
        return poll;
      }
    }
  };
}
