import type { mastodon } from 'masto';
import type { StateCreator } from 'zustand';

/** Why the composer opens: what it starts from. */
export type ComposerIntent =
  /** Compose (the rail button or `n`): the draft left open last time, else a new post. */
  | { kind: 'new' }
  | { kind: 'reply'; statusId: string }
  | { kind: 'quote'; statusId: string }
  /** "Mention" on a profile: a new post starting with `@acct `. */
  | { kind: 'mention'; acct: string }
  | { kind: 'edit'; statusId: string }
  /** Delete and redraft: the post as the server returned it on deletion (with its `text`). */
  | { kind: 'redraft'; deleted: mastodon.v1.Status }
  /** A saved draft picked from the Drafts list. */
  | { kind: 'draft'; draftId: string; accountId: string };

/**
 * The composer's entry in the one store: whether it is open and why. Everything it needs to
 * write and send a post loads with the composer itself, on first use, so the first screen stays small.
 */
export interface ComposerEntrySlice {
  composerOpen: boolean;
  /** The latest request to open the composer; `seq` grows with each, so the same intent twice opens twice. */
  composerRequest: { intent: ComposerIntent; seq: number } | null;
  /** Opens the composer (the panel loads on first use); remembers where focus was, to return it on close. */
  openComposer(intent: ComposerIntent): void;
  /** Hides the composer; the draft stays. */
  closeComposer(): void;
}

let returnFocusTo: HTMLElement | null = null;

/** The element that had focus when the composer opened (gone from the page: null). Read once. */
export function takeReturnFocus(): HTMLElement | null {
  const element = returnFocusTo;
  returnFocusTo = null;
  return element?.isConnected ? element : null;
}

export const createComposerEntrySlice: StateCreator<ComposerEntrySlice> = (set, get) => ({
  composerOpen: false,
  composerRequest: null,
  openComposer: (intent) => {
    const active = document.activeElement;
    // Opening again from inside the composer (a saved draft) keeps the first place to return to.
    if (!get().composerOpen && active instanceof HTMLElement && active !== document.body) returnFocusTo = active;
    set({ composerOpen: true, composerRequest: { intent, seq: (get().composerRequest?.seq ?? 0) + 1 } });
  },
  closeComposer: () => set({ composerOpen: false }),
});
