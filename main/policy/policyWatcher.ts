import { watch as watchDirectory } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Policy } from './policy';

/** What {@link watchPolicyFile} needs. */
export interface PolicyWatcherDeps {
  /** The policy file (`policyFilePath`); `null` means there is nothing to watch. */
  path: string | null;
  /** Loads the effective policy again (`loadPolicy` with the same options as at start). */
  load(): Promise<Policy>;
  /** Receives each policy that loaded after a change (AccountService.applyPolicy). */
  onChange(policy: Policy): void;
  /** Receives a policy that could not be loaded; the last good one stays in force. */
  onError(error: unknown): void;
  /** How long to wait for an editor or a deployment tool to finish writing. Default 300 ms. */
  settleMs?: number;
}

/**
 * Watches the policy file's folder and applies the policy again when the file changes, so IT's rules
 * reach accounts already open without a restart. A file that does not load (half written, invalid) is
 * reported and the last good policy stays; Atrium refuses to start with it, as always. Returns a stop
 * function. Watching the folder, not the file, sees a file created, replaced by a rename, or deleted.
 */
export function watchPolicyFile(deps: PolicyWatcherDeps): () => void {
  if (deps.path === null) return () => undefined;
  const name = basename(deps.path);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watcher: ReturnType<typeof watchDirectory>;
  try {
    watcher = watchDirectory(dirname(deps.path), (_event, file) => {
      if (file !== null && file !== name) return;
      clearTimeout(timer);
      timer = setTimeout(() => void deps.load().then(deps.onChange, deps.onError), deps.settleMs ?? 300);
    });
  } catch (error) {
    // No folder yet (no policy was ever installed): there is nothing to watch until the next start.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') deps.onError(error);
    return () => undefined;
  }
  watcher.on('error', deps.onError);
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
