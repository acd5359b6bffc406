import type { mastodon } from 'masto';
import type { StateCreator } from 'zustand';
import type { Draft } from '../../../shared/drafts';
import { errorText } from '../../bridge/errorText';
import { remoteClient } from '../../bridge/remoteClient';
import { useAtrium } from '../../store/store';
import type { InstanceRules } from './instanceRules';
import type { ComposerState, SendSlice } from './composerTypes';
import { draftSaver, whenAccountSwitched } from './draftSlice';
import { addScheduledAnswer } from '../scheduled/composerScheduling';
import { withNewPost } from './placeNewPost';
import { focusParam, sendProblem, statusParams } from './postRules';

/**
 * Sends a draft: an edit replaces the post; a new post first gives each attachment its alt text
 * and focal point, then is created with the draft's idempotency key, so a retry after a lost
 * answer returns the post the server already made instead of making a second one.
 */
async function publish(draft: Draft, rules: InstanceRules): Promise<mastodon.v1.Status> {
  const client = remoteClient(draft.accountId);
  // masto types the parameters per call; the pure rules build them as a plain record.
  const params = statusParams(draft, rules) as unknown as mastodon.rest.v1.CreateStatusParams;
  if (draft.editingStatusId) return client.v1.statuses.$select(draft.editingStatusId).update(params);
  for (const media of draft.media) {
    if (media.description.trim() === '' && !media.focus) continue;
    await client.v1.media.$select(media.id).update({ description: media.description, focus: media.focus ? focusParam(media.focus) : undefined });
  }
  const created: unknown = await client.v1.statuses.create(params, { idempotencyKey: draft.idempotencyKey });
  // The remote type sees only masto's last overload (a scheduled post); without `scheduledAt` the server answers the post.
  return created as mastodon.v1.Status;
}

export const createSendSlice: StateCreator<ComposerState, [], [], SendSlice> = (set, get) => ({
  send: async () => {
    // A change of posting account still under way finishes first: the post never goes out as the account being left.
    await whenAccountSwitched();
    const { draft, context, phase, uploads, target } = get();
    if (!draft || !context || phase === 'sending' || phase === 'loading') return false;
    const policy = useAtrium.getState().policy;
    const problem = sendProblem(draft, {
      rules: context.rules,
      requireAltText: policy?.requireAltText ?? false,
      uploading: uploads.filter((upload) => upload.error === null).length,
      targetMissing: target !== 'ok',
    });
    if (problem) {
      set({ problem });
      return false;
    }
    set({ phase: 'sending', problem: null, error: null });
    try {
      // The key is on disk before the first try: even a crash mid-send retries with the same key.
      await draftSaver.flush();
      const status = await publish(draft, context.rules);
      const scheduled = draft.scheduledAt !== null && !draft.editingStatusId;
      const store = useAtrium.getState();
      if (scheduled) addScheduledAnswer(draft.accountId, status);
      else store.upsertStatuses([status], draft.accountId);
      if (!scheduled && store.activeAccountId === draft.accountId && !draft.editingStatusId) useAtrium.setState((state) => withNewPost(state, draft.accountId, status));
      await draftSaver.remove(draft).catch(() => undefined);
      set({
        draft: null,
        phase: 'editing',
        saved: null,
        announcement: { key: draft.editingStatusId ? 'composer.send.edited' : scheduled ? 'composer.send.scheduled' : 'composer.send.posted' },
      });
      return true;
    } catch (error) {
      // The text stays, with the server's reason; Retry sends again with the same key.
      set({ phase: 'failed', error: errorText(error) });
      return false;
    }
  },
});
