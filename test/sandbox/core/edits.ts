import { invalid } from './errors';
import type { RevisionRecord, StatusRecord } from './model';
import type { QuotePolicy } from './quotes';
import type { Store } from './store';

/** New alt text or focal point for an attachment, from `media_attributes[]` on an edit. */
export interface MediaAttributes {
  id: string;
  description?: string;
  focus?: { x: number; y: number };
}

/** What `PUT /api/v1/statuses/:id` may change. */
export interface StatusEdit {
  text: string;
  spoilerText?: string;
  sensitive?: boolean;
  language?: string | null;
  /** The attachments after the edit, in order; absent keeps them (the API always sends them: none removes all). */
  mediaIds?: string[];
  mediaAttributes?: MediaAttributes[];
  /** The poll after the edit; null removes it, absent keeps it (the API always sends it, as Mastodon does). */
  poll?: { options: string[]; expiresIn: number; multiple: boolean } | null;
  quoteApprovalPolicy?: QuotePolicy;
}

/**
 * Attaches `mediaIds` to `status` in order, as Mastodon does on create and edit: each must be
 * the author's, processed, and not used by another post; attachments left out are detached; alt text and
 * focal points in `attributes` apply to the attachments kept.
 */
export function attachMedia(store: Store, status: StatusRecord, mediaIds: readonly string[], nowMs: number, attributes: readonly MediaAttributes[] = []): void {
  for (const id of mediaIds) {
    const media = store.media.get(id);
    if (!media || media.accountId !== status.accountId || (media.statusId !== null && media.statusId !== status.id)) throw invalid('Media attachments are invalid');
    if (media.readyAt > nowMs) throw invalid('Cannot attach files that have not finished processing. Try again in a moment!');
  }
  for (const attribute of attributes) {
    if (!mediaIds.includes(attribute.id)) continue;
    const media = store.media.get(attribute.id);
    if (!media) continue;
    if (attribute.description !== undefined) {
      if (attribute.description.length > 1500) throw invalid('Description is too long (maximum is 1500 characters)');
      media.description = attribute.description;
    }
    if (attribute.focus) media.focus = attribute.focus;
  }
  for (const id of status.mediaIds) {
    const media = store.media.get(id);
    if (media && !mediaIds.includes(id)) media.statusId = null;
  }
  for (const id of mediaIds) {
    const media = store.media.get(id);
    if (media) media.statusId = status.id;
  }
  status.mediaIds = [...mediaIds];
}

/** A status as it is now, kept for `/history`: text, warning and the attachments with their alt text. */
export function revisionOf(store: Store, status: StatusRecord, at: number): RevisionRecord {
  return {
    text: status.text,
    spoilerText: status.spoilerText,
    sensitive: status.sensitive,
    createdAt: at,
    media: status.mediaIds.map((id) => ({ id, description: store.media.get(id)?.description ?? null })),
    poll: status.poll ? status.poll.options.map((option) => option.title) : null,
  };
}
