import { rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeTextFileAtomic } from '../accounts/jsonFile';
import { keepStatus } from './statusShape';
import { accountFileName } from './accountFileName';

/** How much of a timeline is kept on the device; `maxBytes` bounds the file as written, in bytes. */
export const timelineCacheLimits = { maxStatuses: 80, maxBytes: 1_500_000 } as const;

const cacheFileSchema = z.object({
  savedAt: z.string(),
  // Statuses are kept as the server sent them; the renderer reads them as tolerantly as fresh ones.
  statuses: z.array(z.looseObject({ id: z.string() })),
});

/** A cached timeline: the newest posts the person last saw, and when. */
export type CachedTimeline = z.infer<typeof cacheFileSchema>;

/**
 * The last-seen Home timeline per account, on disk in the app's data folder, so the first screen
 * shows posts at once and is refreshed from the server after. Bounded in count and size; a
 * damaged file is a cache miss, never an error. File names are hashes: no handle appears on disk.
 */
export class TimelineCache {
  // One account's writes and removals run in order, so a removal is never undone by a write still on its way.
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly dir: string) {}

  private inOrder<T>(accountId: string, operation: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(accountId) ?? Promise.resolve()).then(operation, operation);
    this.queues.set(accountId, next.catch(() => undefined));
    return next;
  }

  async read(accountId: string): Promise<CachedTimeline | null> {
    try {
      const parsed = cacheFileSchema.safeParse(await readJsonFile(this.file(accountId)));
      // Read through the same filter as written, so a file from an older Atrium holds no more than a new one.
      return parsed.success ? { savedAt: parsed.data.savedAt, statuses: parsed.data.statuses.flatMap((s) => keepStatus(s) ?? []) } : null;
    } catch {
      return null;
    }
  }

  /**
   * Keeps the newest statuses, only the fields Atrium shows (see `statusShape.ts`), within the count and
   * byte limits measured on the very text written to disk.
   */
  write(accountId: string, statuses: readonly unknown[]): Promise<void> {
    let kept = statuses.slice(0, timelineCacheLimits.maxStatuses).flatMap((status) => keepStatus(status) ?? []);
    const serialize = () => JSON.stringify({ savedAt: new Date().toISOString(), statuses: kept });
    let text = serialize();
    // Keep halving until it fits: a few posts with huge HTML must not make the cache unbounded.
    while (kept.length > 0 && Buffer.byteLength(text, 'utf8') > timelineCacheLimits.maxBytes) {
      kept = kept.slice(0, Math.floor(kept.length / 2));
      text = serialize();
    }
    return this.inOrder(accountId, () => writeTextFileAtomic(this.file(accountId), text));
  }

  /** Forgets an account's cache (after sign-out), after any write already asked for. */
  remove(accountId: string): Promise<void> {
    return this.inOrder(accountId, () => rm(this.file(accountId), { force: true }));
  }

  private file(accountId: string): string {
    return path.join(this.dir, accountFileName('home', accountId));
  }
}
