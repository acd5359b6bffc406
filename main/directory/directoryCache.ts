import { rm } from 'node:fs/promises';
import path from 'node:path';
import { directorySnapshotSchema, type DirectorySnapshot } from '../../shared/directory';
import { readJsonFile, writeJsonFileAtomic } from '../accounts/jsonFile';
import { accountFileName } from '../cache/accountFileName';

/**
 * Each account's copy of its organization's directory, in the app's data folder: public profiles
 * only, nothing secret, bounded by the snapshot's own limits. Written atomically; a damaged or
 * outdated file is a miss, never an error.
 */
export class DirectoryCache {
  constructor(private readonly dir: string) {}

  async read(accountId: string): Promise<DirectorySnapshot | null> {
    try {
      const parsed = directorySnapshotSchema.safeParse(await readJsonFile(this.file(accountId)));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  write(accountId: string, snapshot: DirectorySnapshot): Promise<void> {
    return writeJsonFileAtomic(this.file(accountId), directorySnapshotSchema.parse(snapshot));
  }

  /** Forgets an account's copy (after sign-out). */
  remove(accountId: string): Promise<void> {
    return rm(this.file(accountId), { force: true });
  }

  private file(accountId: string): string {
    return path.join(this.dir, accountFileName('directory', accountId));
  }
}
