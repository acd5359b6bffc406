import { create } from 'zustand';

/**
 * What a person chose to show or hide of a post, by `revealKey(account, post)`; absent means the
 * post's own default. Keyed by the signed-in account too: two accounts on two servers can see the
 * same id naming two different posts, and opening one must not open the other.
 */
interface RevealState {
  /** Content warnings opened (true) or closed again (false). */
  warnings: Record<string, boolean>;
  /** Media shown (true) or hidden (false). */
  media: Record<string, boolean>;
  setWarning(key: string, open: boolean): void;
  setMedia(key: string, shown: boolean): void;
}

/**
 * Shown and hidden parts of posts, kept outside the cards so a choice survives the card leaving a
 * virtualized list, holds wherever the post appears (feed, thread, profile), and can be made by
 * shortcut (`x`, `h`) from the feed as well as by the card's own buttons.
 */
export const useRevealState = create<RevealState>()((set) => ({
  warnings: {},
  media: {},
  setWarning: (key, open) => set((state) => ({ warnings: { ...state.warnings, [key]: open } })),
  setMedia: (key, shown) => set((state) => ({ media: { ...state.media, [key]: shown } })),
}));

/** The key of one post as one signed-in account sees it (a post id is unique on its server only). */
export const revealKey = (accountId: string, statusId: string): string => `${accountId}\n${statusId}`;

/** The parts of a post that decide what is shown at first. */
export interface Revealable {
  id: string;
  spoilerText?: string | null;
  sensitive?: boolean | null;
}

/** True when the post has a content warning to open. */
export const hasWarning = (status: Revealable): boolean => (status.spoilerText?.trim() ?? '') !== '';

/** Whether the post's text is shown to the account: always without a warning, else as the person left it (closed at first). */
export function isWarningOpen(accountId: string, status: Revealable, warnings: Readonly<Record<string, boolean>>): boolean {
  return !hasWarning(status) || (warnings[revealKey(accountId, status.id)] ?? false);
}

/** Whether the post's media are shown to the account: as the person left them, else hidden when marked sensitive. */
export function isMediaShown(accountId: string, status: Revealable, media: Readonly<Record<string, boolean>>): boolean {
  // Behind a content warning the media are hidden with the text; opening the warning shows them.
  return media[revealKey(accountId, status.id)] ?? !(status.sensitive && !hasWarning(status));
}

/** A post's content warning as the card shows it to the account, and the function that opens or closes it. */
export function useWarningOpen(accountId: string, status: Revealable): [boolean, (open: boolean) => void] {
  const open = useRevealState((state) => isWarningOpen(accountId, status, state.warnings));
  const setWarning = useRevealState((state) => state.setWarning);
  return [open, (next) => setWarning(revealKey(accountId, status.id), next)];
}

/** A post's media as the card shows them to the account, and the function that shows or hides them. */
export function useMediaShown(accountId: string, status: Revealable): [boolean, (shown: boolean) => void] {
  const shown = useRevealState((state) => isMediaShown(accountId, status, state.media));
  const setMedia = useRevealState((state) => state.setMedia);
  return [shown, (next) => setMedia(revealKey(accountId, status.id), next)];
}

/** A post as the shortcuts see it: what decides whether `x` and `h` have anything to do. */
export interface RevealablePost extends Revealable {
  mediaAttachments?: ReadonlyArray<{ type: string }> | null;
}

/** Opens or closes the post's content warning for the account (`x`); the new state, or undefined when it has none. */
export function toggleWarning(accountId: string, status: Revealable): boolean | undefined {
  if (!hasWarning(status)) return undefined;
  const reveal = useRevealState.getState();
  const open = !isWarningOpen(accountId, status, reveal.warnings);
  reveal.setWarning(revealKey(accountId, status.id), open);
  return open;
}

/** Shows or hides the post's pictures and videos for the account (`h`); the new state, or undefined when none are on show to toggle. */
export function toggleMedia(accountId: string, status: RevealablePost): boolean | undefined {
  const reveal = useRevealState.getState();
  const visual = status.mediaAttachments?.some((item) => item.type !== 'audio') ?? false;
  // Behind a closed warning there is nothing on screen to show or hide.
  if (!visual || !isWarningOpen(accountId, status, reveal.warnings)) return undefined;
  const shown = !isMediaShown(accountId, status, reveal.media);
  reveal.setMedia(revealKey(accountId, status.id), shown);
  return shown;
}
