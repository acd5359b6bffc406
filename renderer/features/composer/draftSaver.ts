import type { Draft } from '../../../shared/drafts';
import { call } from '../../bridge/bridge';
import { isBlankDraft } from './draftFactory';

/** How long typing must pause before the draft is written: often enough to lose nothing, rarely enough to not write per key. */
export const SAVE_DELAY_MS = 600;

/**
 * Keeps the draft being written on disk through main, a moment after each change. A draft that
 * became blank is removed rather than kept. `onSaved` tells the view, so it can say "Draft saved".
 */
export class DraftSaver {
  private pending: Draft | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Drafts main holds, so a blank one is deleted only when there is something to delete. */
  private readonly stored = new Set<string>();
  private last: Promise<void> = Promise.resolve();

  constructor(private readonly onSaved: (draft: Draft, error: unknown) => void) {}

  /** Writes the draft after a pause in changes. */
  schedule(draft: Draft): void {
    this.pending = draft;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Writes what is waiting now (closing, sending, switching account); resolves once main has it. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const draft = this.pending;
    this.pending = null;
    if (draft) this.last = this.last.then(() => this.write(draft));
    return this.last;
  }

  /** Forgets a draft: posted, or deleted by the person. A change to it still waiting is dropped. */
  async remove(draft: Pick<Draft, 'id' | 'accountId'>): Promise<void> {
    if (this.pending?.id === draft.id) this.pending = null;
    await this.last;
    this.stored.delete(draft.id);
    await call('deleteDraft', { accountId: draft.accountId, draftId: draft.id });
  }

  /** Drops what is waiting and forgets what was stored (tests start afresh). */
  reset(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    this.stored.clear();
    this.last = Promise.resolve();
  }

  /** Marks a draft read from disk as stored, so blanking it removes the file. */
  know(draft: Draft): void {
    this.stored.add(draft.id);
  }

  private async write(draft: Draft): Promise<void> {
    try {
      if (isBlankDraft(draft)) {
        if (!this.stored.has(draft.id)) return;
        this.stored.delete(draft.id);
        await call('deleteDraft', { accountId: draft.accountId, draftId: draft.id });
      } else {
        await call('saveDraft', { draft });
        this.stored.add(draft.id);
      }
      this.onSaved(draft, null);
    } catch (error) {
      this.onSaved(draft, error);
    }
  }
}
