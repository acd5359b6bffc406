import type { Draft, DraftMedia } from '../../../shared/drafts';
import type { AccountContext } from './accountContext';
import type { ComposerIntent } from './composerEntry';
import type { SendProblem } from './postRules';

/** A sentence to show or announce: its translation key and the values it names. */
export interface Message {
  key: string;
  values?: Record<string, string | number>;
}

/** A file on its way to the server. */
export interface Upload {
  uploadId: string;
  fileName: string;
  phase: 'reading' | 'uploading' | 'processing';
  loaded: number;
  total: number;
  /** Why it failed, in words for people; the row stays until dismissed. */
  error: string | null;
}

/** Whether the post replied to or quoted is known on the posting account's instance. */
export type TargetState = 'ok' | 'resolving' | 'missing';

/** The post being written: the draft and everything about sending it. */
export interface DraftSlice {
  draft: Draft | null;
  /** The posting account's instance rules and defaults; null while they load. */
  context: AccountContext | null;
  phase: 'loading' | 'editing' | 'sending' | 'failed';
  /** Why the last send failed (the server's words, or the network), shown with a Retry. */
  error: string | null;
  /** Why the draft cannot be sent yet, found when Send was pressed. */
  problem: SendProblem | null;
  target: TargetState;
  /** A message for the live region: saved, posted, switched, found. */
  announcement: Message | null;
  /** Why something just asked for did not happen (too many files, media blocks a switch), shown in the panel until the next change. */
  notice: Message | null;
  /** When the draft was last written to disk, or the save error. */
  saved: { at: string } | { error: string } | null;
  /** Opens the composer for an intent; keeps a draft already open for "new". */
  start(intent: ComposerIntent): Promise<void>;
  /** Changes the draft and saves it a moment later. */
  update(change: Partial<Draft>): void;
  /** Posts as another signed-in account; finds the post replied to or quoted on its instance first. */
  setPostingAccount(accountId: string): Promise<void>;
  /** Puts the current draft aside (it stays in Drafts) and starts a blank one. */
  startOver(): Promise<void>;
  /** Writes the draft now (closing the composer); a blank one is removed. */
  flush(): Promise<void>;
}

/** Sending with the draft's idempotency key, and Retry with the same key. */
export interface SendSlice {
  /** Checks the draft, then posts (or saves the edit); true once the server has it. */
  send(): Promise<boolean>;
}

/** Attachments: upload, describe, focus, reorder, remove. */
export interface MediaSlice {
  uploads: Upload[];
  /** Uploads files (picked, dropped or pasted), as many as the instance still takes. */
  addFiles(files: readonly File[]): Promise<void>;
  cancelUpload(uploadId: string): void;
  dismissUpload(uploadId: string): void;
  updateMedia(id: string, change: Partial<Pick<DraftMedia, 'description' | 'focus'>>): void;
  removeMedia(id: string): void;
  /** Moves an attachment by `offset` places (keyboard and buttons). */
  moveMedia(id: string, offset: number): void;
}

/** Saved drafts of every signed-in account, for the Drafts list. */
export interface SavedDraftsSlice {
  savedDrafts: Draft[];
  savedStatus: 'idle' | 'loading' | 'ready' | 'error';
  loadSavedDrafts(): Promise<void>;
  deleteSavedDraft(draft: Draft): Promise<void>;
}

/** The composer's whole state. */
export type ComposerState = DraftSlice & SendSlice & MediaSlice & SavedDraftsSlice;
