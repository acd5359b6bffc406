import { createHash } from 'node:crypto';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { draftLimits, draftSchema, type Draft } from '../../shared/drafts';
import { AtriumFailure } from '../../shared/result';
import { readJsonFile, writeTextFileAtomic } from '../accounts/jsonFile';

/** The largest draft file written or read back; a bigger file was not written by Atrium and is skipped. */
const maxFileBytes = 2_000_000;
/** A temporary file older than this was left by a crash, not by a write still under way. */
const staleTemporaryMs = 60_000;
/** How many deleted draft ids are remembered, so a save still on its way cannot bring one back. */
const maxTombstones = 1_000;

/** Reports a draft file that could not be read, somewhere a developer will see it. */
export type DraftProblemLog = (problem: string, error: unknown) => void;

/**
 * Drafts per account, one JSON file per draft in a folder per account under the app's data folder.
 * Each write goes to a temporary file that is renamed over the old one, so a crash leaves the old
 * draft or the new one. Writes of one draft run in order and an older version never replaces a newer
 * one, so two windows saving the same draft cannot corrupt it or roll it back. A damaged file is
 * skipped, reported and set aside as `.damaged`. Folder names are hashes (no handle on disk), and only the fields of
 * `draftSchema` are written, so nothing secret a caller slipped in reaches the disk.
 */
export class DraftStore {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly deleted = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly log: DraftProblemLog,
  ) {}

  /** The account's drafts, newest first. */
  async list(accountId: string): Promise<Draft[]> {
    const folder = this.folder(accountId);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    await this.sweepTemporaryFiles(folder, names);
    const drafts = await Promise.all(
      names.filter((name) => name.endsWith('.json')).map((name) => this.readFile(path.join(folder, name), accountId)),
    );
    return drafts.filter((draft): draft is Draft => draft !== null).sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
  }

  /** Saves a draft, unless a newer version of it is already stored or it was deleted. */
  async save(draft: Draft): Promise<void> {
    // Parsing again keeps only the contract's fields, whatever object the caller built.
    const parsed = draftSchema.safeParse(draft);
    if (!parsed.success) throw new AtriumFailure('invalid_draft', 'This draft is too large or malformed to be kept.');
    const clean = parsed.data;
    // Measured as written, so every draft kept can be read back (reading refuses larger files).
    const text = `${JSON.stringify(clean, null, 2)}\n`;
    if (Buffer.byteLength(text, 'utf8') > maxFileBytes) throw new AtriumFailure('invalid_draft', 'This draft is too large to be kept.');
    const file = this.file(clean.accountId, clean.id);
    await this.inOrder(file, async () => {
      if (this.deleted.has(file)) return;
      const stored = await this.readFile(file, clean.accountId);
      if (stored && Date.parse(stored.updatedAt) > Date.parse(clean.updatedAt)) return;
      if (!stored && (await this.count(clean.accountId)) >= draftLimits.maxDraftsPerAccount) {
        throw new AtriumFailure('too_many_drafts', `You already have ${draftLimits.maxDraftsPerAccount} drafts. Delete some to keep new ones.`);
      }
      await writeTextFileAtomic(file, text);
    });
  }

  /** Deletes a draft; a save of it still on its way is ignored. */
  delete(accountId: string, draftId: string): Promise<void> {
    const file = this.file(accountId, draftId);
    this.deleted.add(file);
    if (this.deleted.size > maxTombstones) this.deleted.delete(this.deleted.values().next().value as string);
    return this.inOrder(file, () => rm(file, { force: true }));
  }

  /** Forgets every draft of an account (after it signed out of this computer). */
  async removeAccount(accountId: string): Promise<void> {
    await Promise.allSettled([...this.queues.values()]);
    await rm(this.folder(accountId), { recursive: true, force: true });
  }

  private inOrder<T>(key: string, operation: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(key) ?? Promise.resolve()).then(operation, operation);
    const settled = next.catch(() => undefined);
    this.queues.set(key, settled);
    // Forget the queue once it is idle, so the map does not grow with every draft ever written.
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return next;
  }

  /** Removes temporary files a crash left between writing and renaming; a recent one may be a write under way. */
  private async sweepTemporaryFiles(folder: string, names: readonly string[]): Promise<void> {
    const cutoff = Date.now() - staleTemporaryMs;
    await Promise.all(
      names
        .filter((name) => name.endsWith('.tmp'))
        .map(async (name) => {
          const file = path.join(folder, name);
          const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Date.now() }));
          if (mtimeMs < cutoff) await rm(file, { force: true });
        }),
    );
  }

  private async count(accountId: string): Promise<number> {
    try {
      return (await readdir(this.folder(accountId))).filter((name) => name.endsWith('.json')).length;
    } catch {
      return 0;
    }
  }

  private async readFile(file: string, accountId: string): Promise<Draft | null> {
    let isFile = false;
    try {
      const facts = await stat(file);
      isFile = facts.isFile();
      if (facts.size > maxFileBytes) throw new Error('the file is larger than any draft');
      const raw = await readJsonFile(file);
      if (raw === undefined) return null;
      const draft = draftSchema.parse(raw);
      if (draft.accountId !== accountId) throw new Error('the draft belongs to another account');
      return draft;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      this.log(`skipped the damaged draft ${path.basename(file)}`, error);
      // Set aside (not deleted: someone may want to look at it), so it is reported once, not at every listing.
      if (isFile) await rename(file, `${file}.damaged`).catch(() => undefined);
      return null;
    }
  }

  private folder(accountId: string): string {
    return path.join(this.dir, createHash('sha256').update(accountId).digest('hex').slice(0, 32));
  }

  private file(accountId: string, draftId: string): string {
    // The id is a uuid (the contract checks it), so it cannot climb out of the folder.
    return path.join(this.folder(accountId), `${draftId}.json`);
  }
}

