import { i18n } from '../../i18n/i18n';
import type { StateCreator } from 'zustand';
import type { DraftMedia } from '../../../shared/drafts';
import { BridgeError, call, onBridgeEvent } from '../../bridge/bridge';
import type { ComposerState, MediaSlice, Upload } from './composerTypes';
import { uploadErrorText } from './uploadErrorText';

/** The file's bytes as base64, for the bridge (which carries JSON). */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(i18n.t('composer.media.unreadable')));
    reader.readAsDataURL(file);
  });
}

/** Moves one item of a list by `offset` places, staying inside the list. */
export function moved<Item>(items: readonly Item[], index: number, offset: number): Item[] {
  const target = Math.max(0, Math.min(items.length - 1, index + offset));
  if (index < 0 || target === index) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as Item);
  return next;
}

export const createMediaSlice: StateCreator<ComposerState, [], [], MediaSlice> = (set, get) => {
  const patchUpload = (uploadId: string, change: Partial<Upload>) =>
    set((state) => ({ uploads: state.uploads.map((upload) => (upload.uploadId === uploadId ? { ...upload, ...change } : upload)) }));
  const dropUpload = (uploadId: string) => set((state) => ({ uploads: state.uploads.filter((upload) => upload.uploadId !== uploadId) }));
  const setMedia = (media: DraftMedia[]) => get().update({ media });

  let listening = false;
  // Progress is listened to from the first upload on (the bridge is there by then, in tests too).
  const listen = () => {
    if (listening) return;
    listening = true;
    onBridgeEvent('uploadProgress', ({ uploadId, phase, loaded, total }) => patchUpload(uploadId, { phase, loaded, total }));
  };

  const uploadOne = async (file: File, accountId: string, draftId: string) => {
    const uploadId = crypto.randomUUID();
    listen();
    set((state) => ({ uploads: [...state.uploads, { uploadId, fileName: file.name, phase: 'reading', loaded: 0, total: file.size, error: null }] }));
    try {
      const dataBase64 = await readBase64(file);
      patchUpload(uploadId, { phase: 'uploading' });
      const attachment = await call('uploadMedia', { accountId, uploadId, fileName: file.name || 'file', mimeType: file.type || 'application/octet-stream', dataBase64 });
      dropUpload(uploadId);
      const draft = get().draft;
      if (draft?.id !== draftId) return;
      setMedia([...draft.media, { id: attachment.id, type: attachment.type, previewUrl: attachment.previewUrl, description: attachment.description ?? '', focus: null }]);
    } catch (error) {
      if (error instanceof BridgeError && error.code === 'upload_cancelled') dropUpload(uploadId);
      else patchUpload(uploadId, { error: uploadErrorText(error) });
    }
  };

  return {
    uploads: [],
    addFiles: async (files) => {
      const { draft, context, uploads } = get();
      if (!draft || !context || files.length === 0) return;
      if (draft.poll) {
        set({ notice: { key: 'composer.media.noMediaWithPoll' } });
        return;
      }
      const room = context.rules.maxMediaAttachments - draft.media.length - uploads.filter((upload) => upload.error === null).length;
      if (files.length > room) set({ notice: { key: 'composer.media.tooMany', values: { count: context.rules.maxMediaAttachments } } });
      await Promise.all(files.slice(0, Math.max(0, room)).map((file) => uploadOne(file, draft.accountId, draft.id)));
    },
    cancelUpload: (uploadId) => void call('cancelUpload', { uploadId }).catch(() => dropUpload(uploadId)),
    dismissUpload: dropUpload,
    updateMedia: (id, change) => {
      const draft = get().draft;
      if (draft) setMedia(draft.media.map((media) => (media.id === id ? { ...media, ...change } : media)));
    },
    removeMedia: (id) => {
      const draft = get().draft;
      if (draft) setMedia(draft.media.filter((media) => media.id !== id));
    },
    moveMedia: (id, offset) => {
      const draft = get().draft;
      if (!draft) return;
      const media = moved(draft.media, draft.media.findIndex((item) => item.id === id), offset);
      setMedia(media);
      // The button keeps focus; the new place is said, since nothing else tells a screen reader.
      set({ announcement: { key: 'composer.media.moved', values: { number: media.findIndex((item) => item.id === id) + 1 } } });
    },
  };
};
