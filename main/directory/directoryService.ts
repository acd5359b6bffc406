import { MastoHttpError, type mastodon } from 'masto';
import { DIRECTORY_MAX_PEOPLE, type DirectoryPerson, type DirectoryProgress, type DirectorySnapshot } from '../../shared/directory';
import { AtriumFailure } from '../../shared/result';
import { describeMastoError } from '../api/mastoErrors';
import { rateLimitWaitMs } from '../api/rateLimitWait';
import type { DirectoryCache } from './directoryCache';
import { fetchWholeDirectory, type DirectoryPageResult } from './directoryFetcher';
import { toDirectoryPerson } from './directoryPerson';

/** What the directory service is built from; the composition root passes the real parts. */
export interface DirectoryServiceDeps {
  rest(accountId: string): Promise<mastodon.rest.Client>;
  instanceUrl(accountId: string): Promise<string>;
  cache: DirectoryCache;
  progress(progress: DirectoryProgress): void;
  now?(): number;
  sleep?(ms: number): Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Every local, discoverable account of an account's server (`/api/v1/directory?local=true`),
 * fetched in pages with a few requests in flight and kept on the device per account, so the
 * directory opens at once and is refreshed behind it. One refresh per account runs at a time.
 */
export class DirectoryService {
  private readonly running = new Map<string, Promise<DirectorySnapshot>>();
  // Accounts signed out while their refresh ran: what it brings back is not written to disk.
  private readonly forgotten = new Set<string>();

  constructor(private readonly deps: DirectoryServiceDeps) {}

  /** The directory as last kept on this device, or null. */
  read(accountId: string): Promise<DirectorySnapshot | null> {
    return this.deps.cache.read(accountId);
  }

  /** Fetches the directory afresh (joining a refresh already running) and keeps it. */
  refresh(accountId: string): Promise<DirectorySnapshot> {
    const running = this.running.get(accountId);
    if (running) return running;
    this.forgotten.delete(accountId);
    const next = this.fetch(accountId).finally(() => this.running.delete(accountId));
    this.running.set(accountId, next);
    return next;
  }

  /** Forgets an account's directory (after sign-out). */
  remove(accountId: string): Promise<void> {
    this.forgotten.add(accountId);
    return this.deps.cache.remove(accountId);
  }

  private async fetch(accountId: string): Promise<DirectorySnapshot> {
    const now = this.deps.now ?? Date.now;
    const client = await this.deps.rest(accountId);
    const expected = await this.expectedCount(accountId, client);
    const report = (phase: DirectoryProgress['phase'], loaded: number, waitMs: number | null = null) =>
      this.deps.progress({ accountId, phase, loaded, expected, waitSeconds: waitMs === null ? null : Math.ceil(waitMs / 1000) });
    report('loading', 0);
    try {
      const whole = await fetchWholeDirectory<DirectoryPerson>({
        fetchPage: (offset, limit) => this.fetchPage(accountId, client, offset, limit),
        sleep: this.deps.sleep ?? wait,
        onProgress: ({ loaded, waitMs }) => report(waitMs === null ? 'loading' : 'waiting', loaded, waitMs),
        maxPeople: DIRECTORY_MAX_PEOPLE,
      });
      const fetchedAt = new Date(now()).toISOString();
      const snapshot: DirectorySnapshot = whole ? { available: true, fetchedAt, people: whole.people, complete: whole.complete } : { available: false, fetchedAt };
      if (!this.forgotten.has(accountId)) await this.deps.cache.write(accountId, snapshot);
      report('done', whole?.people.length ?? 0);
      return snapshot;
    } catch (error) {
      report('failed', 0);
      throw describeMastoError(error, await this.deps.instanceUrl(accountId));
    }
  }

  private async fetchPage(accountId: string, client: mastodon.rest.Client, offset: number, limit: number): Promise<DirectoryPageResult<DirectoryPerson>> {
    try {
      // Newest first is an order that does not shift while the pages are walked (unlike "active").
      const page: unknown = await client.v1.directory.list({ local: true, order: 'new', offset, limit });
      if (!Array.isArray(page)) throw new AtriumFailure('bad_response', 'The server answered the directory with something that is not a list of people.');
      return { kind: 'page', people: page.flatMap((raw) => toDirectoryPerson(raw) ?? []) };
    } catch (error) {
      if (error instanceof MastoHttpError && error.statusCode === 404) return { kind: 'missing' };
      if (error instanceof MastoHttpError && error.statusCode === 429) {
        const headers = error.cause instanceof Response ? error.cause.headers : new Headers();
        return { kind: 'rateLimited', waitMs: rateLimitWaitMs(headers, (this.deps.now ?? Date.now)()) };
      }
      throw error;
    }
  }

  private async expectedCount(accountId: string, client: mastodon.rest.Client): Promise<number | null> {
    const kept = await this.deps.cache.read(accountId);
    if (kept?.available) return kept.people.length;
    try {
      // The server's user count includes people who are not listed: an upper bound for the progress bar.
      const count = (await client.v1.instance.fetch()).stats.userCount;
      return Number.isFinite(count) && count > 0 ? count : null;
    } catch {
      return null;
    }
  }
}
