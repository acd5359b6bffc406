/**
 * Mastodon ids are snowflake-like: the creation time in milliseconds shifted left
 * by 16 bits plus a sequence, sent as decimal strings. Clients sort and paginate
 * by them, so the sandbox makes them the same way: ids grow with time and compare
 * numerically, not as strings of different lengths.
 */
export class IdGenerator {
  private last = 0n;
  private readonly backdated = new Set<bigint>();

  /** A new id for something created at `ms`, always greater than the previous one. */
  next(ms: number): string {
    let id = BigInt(Math.floor(ms)) << 16n;
    if (id <= this.last) id = this.last + 1n;
    this.last = id;
    return id.toString();
  }

  /**
   * Like {@link next}, but something dated before the last id's millisecond (an old post seeded after the
   * week's posts) gets an id of its own time, so it sorts where its date puts it, as on Mastodon.
   */
  dated(ms: number): string {
    const base = BigInt(Math.floor(ms)) << 16n;
    if (base >> 16n >= this.last >> 16n) return this.next(ms);
    // From the top of that millisecond's range down: clear of the few ids made in order at that time.
    let id = base + 0xffffn;
    while (this.backdated.has(id)) id -= 1n;
    this.backdated.add(id);
    return id.toString();
  }
}

/** Numeric comparison of two decimal id strings: negative, zero or positive. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A plain counter for entities whose ids Mastodon keeps small (apps, lists, rules). */
export class Counter {
  private value: number;
  constructor(start = 1) {
    this.value = start;
  }
  /** The next id as a string. */
  next(): string {
    return String(this.value++);
  }
}
