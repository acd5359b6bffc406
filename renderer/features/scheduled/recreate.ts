/**
 * Replacing a scheduled post with another (an edit, since Mastodon can only move a scheduled
 * post's time; or "post now"), in the one order that never loses anything: create the new one,
 * and only once the server has it, delete the old. Each outcome says which copies exist, so the
 * person can be told exactly that.
 */

/** How a replacement ended. */
export type ReplaceOutcome<Created> =
  /** The new one exists and the old one is gone. */
  | { kind: 'replaced'; created: Created }
  /** The old one was already gone (a colleague posted or cancelled it): the new one stands alone. */
  | { kind: 'replacedAlreadyGone'; created: Created }
  /** The old one had already gone out or been cancelled by someone else before anything was created. */
  | { kind: 'oldGone' }
  /** Creating failed: nothing changed, the old one is still scheduled. */
  | { kind: 'createFailed'; error: unknown }
  /** The new one exists but the old could not be deleted: both exist until the person deletes one. */
  | { kind: 'deleteFailed'; created: Created; error: unknown };

/** The two steps, supplied by the caller (the server calls in the app, fakes in tests). */
export interface ReplaceSteps<Created> {
  /** Fetches the old one first, so a post a colleague already sent or cancelled is not sent again. */
  confirmOld(): Promise<void>;
  create(): Promise<Created>;
  removeOld(): Promise<void>;
  /** True when a failure means the old one is not there any more (HTTP 404). */
  isGone(error: unknown): boolean;
}

/** Runs create-then-delete and reports what exists afterwards; never throws. */
export async function replaceScheduled<Created>(steps: ReplaceSteps<Created>): Promise<ReplaceOutcome<Created>> {
  try {
    await steps.confirmOld();
  } catch (error) {
    if (steps.isGone(error)) return { kind: 'oldGone' };
    return { kind: 'createFailed', error };
  }
  let created: Created;
  try {
    created = await steps.create();
  } catch (error) {
    return { kind: 'createFailed', error };
  }
  try {
    await steps.removeOld();
    return { kind: 'replaced', created };
  } catch (error) {
    if (steps.isGone(error)) return { kind: 'replacedAlreadyGone', created };
    return { kind: 'deleteFailed', created, error };
  }
}
