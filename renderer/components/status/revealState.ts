import { create } from 'zustand';

/** What a person chose to show or hide of a post, by the post's id; absent means the post's own default. */
interface RevealState {
  /** Content warnings opened (true) or closed again (false). */
  warnings: Record<string, boolean>;
  /** Media shown (true) or hidden (false). */
  media: Record<string, boolean>;
  setWarning(statusId: string, open: boolean): void;
  setMedia(statusId: string, shown: boolean): void;
}

/**
 * Shown and hidden parts of posts, kept outside the cards so a choice survives the card leaving a
 * virtualized list, holds wherever the post appears (feed, thread, profile), and can be made by
 * shortcut (`x`, `h`) from the feed as well as by the card's own buttons.
 */
export const useRevealState = create<RevealState>()((set) => ({
  warnings: {},
  media: {},
  setWarning: (statusId, open) => set((state) => ({ warnings: { ...state.warnings, [statusId]: open } })),
  setMedia: (statusId, shown) => set((state) => ({ media: { ...state.media, [statusId]: shown } })),
}));

/** The parts of a post that decide what is shown at first. */
export interface Revealable {
  id: string;
  spoilerText?: string | null;
  sensitive?: boolean | null;
}

/** True when the post has a content warning to open. */
export const hasWarning = (status: Revealable): boolean => (status.spoilerText?.trim() ?? '') !== '';

/** Whether the post's text is shown: always without a warning, else as the person left it (closed at first). */
export function isWarningOpen(status: Revealable, warnings: Readonly<Record<string, boolean>>): boolean {
  return !hasWarning(status) || (warnings[status.id] ?? false);
}

/** Whether the post's media are shown: as the person left them, else hidden when marked sensitive. */
export function isMediaShown(status: Revealable, media: Readonly<Record<string, boolean>>): boolean {
  // Behind a content warning the media are hidden with the text; opening the warning shows them.
  return media[status.id] ?? !(status.sensitive && !hasWarning(status));
}

/** A post's content warning as the card shows it, and the function that opens or closes it. */
export function useWarningOpen(status: Revealable): [boolean, (open: boolean) => void] {
  const open = useRevealState((state) => isWarningOpen(status, state.warnings));
  const setWarning = useRevealState((state) => state.setWarning);
  return [open, (next) => setWarning(status.id, next)];
}

/** A post's media as the card shows them, and the function that shows or hides them. */
export function useMediaShown(status: Revealable): [boolean, (shown: boolean) => void] {
  const shown = useRevealState((state) => isMediaShown(status, state.media));
  const setMedia = useRevealState((state) => state.setMedia);
  return [shown, (next) => setMedia(status.id, next)];
}

/** A post as the shortcuts see it: what decides whether `x` and `h` have anything to do. */
export interface RevealablePost extends Revealable {
  mediaAttachments?: ReadonlyArray<{ type: string }> | null;
}

/** Opens or closes the post's content warning (`x`); the new state, or undefined when it has none. */
export function toggleWarning(status: Revealable): boolean | undefined {
  if (!hasWarning(status)) return undefined;
  const reveal = useRevealState.getState();
  const open = !isWarningOpen(status, reveal.warnings);
  reveal.setWarning(status.id, open);
  return open;
}

/** Shows or hides the post's pictures and videos (`h`); the new state, or undefined when none are on show to toggle. */
export function toggleMedia(status: RevealablePost): boolean | undefined {
  const reveal = useRevealState.getState();
  const visual = status.mediaAttachments?.some((item) => item.type !== 'audio') ?? false;
  // Behind a closed warning there is nothing on screen to show or hide.
  if (!visual || !isWarningOpen(status, reveal.warnings)) return undefined;
  const shown = !isMediaShown(status, reveal.media);
  reveal.setMedia(status.id, shown);
  return shown;
}
