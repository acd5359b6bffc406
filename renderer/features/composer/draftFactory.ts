import type { mastodon } from 'masto';
import type { Visibility } from '../../../shared/domain';
import type { Draft, DraftMedia } from '../../../shared/drafts';
import { morePrivate } from './visibilities';

/** What a new draft starts with for its account: visibility and language, as policy and the account's settings say. */
export interface DraftDefaults {
  accountId: string;
  visibility: Visibility;
  language: string | null;
}

/** An empty post for an account, with a fresh id and idempotency key of its own. */
export function blankDraft(defaults: DraftDefaults, now: Date = new Date()): Draft {
  const time = now.toISOString();
  return {
    id: crypto.randomUUID(),
    accountId: defaults.accountId,
    createdAt: time,
    updatedAt: time,
    text: '',
    spoilerText: '',
    sensitive: false,
    visibility: defaults.visibility,
    language: defaults.language,
    inReplyTo: null,
    quote: null,
    quoteApprovalPolicy: 'public',
    poll: null,
    media: [],
    idempotencyKey: crypto.randomUUID(),
    editingStatusId: null,
    scheduledAt: null,
  };
}

/** A post as it is shared: its page, or its id URI when it has none. */
const linkOf = (status: Pick<mastodon.v1.Status, 'url' | 'uri'>): string | null => status.url || status.uri || null;

/**
 * A reply: mentions the author and everyone the post mentions (but not oneself), keeps its
 * content warning, and is never more public than the post it answers, as Mastodon's own composer does.
 */
export function replyDraft(defaults: DraftDefaults, status: mastodon.v1.Status, ownAcct: string): Draft {
  const handles = [status.account.acct, ...(status.mentions ?? []).map((mention) => mention.acct)].filter(
    (acct, index, all) => acct !== ownAcct && all.indexOf(acct) === index,
  );
  return {
    ...blankDraft({ ...defaults, visibility: morePrivate(defaults.visibility, status.visibility) }),
    text: handles.length > 0 ? `${handles.map((acct) => `@${acct}`).join(' ')} ` : '',
    spoilerText: status.spoilerText ?? '',
    inReplyTo: { id: status.id, url: linkOf(status), acct: status.account.acct },
  };
}

/** A quote post of `status` (Mastodon 4.5+). */
export function quoteDraft(defaults: DraftDefaults, status: mastodon.v1.Status): Draft {
  return { ...blankDraft(defaults), quote: { id: status.id, url: linkOf(status) } };
}

/** A new post that starts by mentioning someone. */
export function mentionDraft(defaults: DraftDefaults, acct: string): Draft {
  return { ...blankDraft(defaults), text: `@${acct} ` };
}

/** The attachments of a published post, as a draft keeps them. */
function draftMediaOf(status: mastodon.v1.Status): DraftMedia[] {
  return (status.mediaAttachments ?? []).map((attachment) => {
    const focus = (attachment.meta as { focus?: { x?: unknown; y?: unknown } } | null | undefined)?.focus;
    return {
      id: attachment.id,
      type: attachment.type,
      previewUrl: attachment.previewUrl ?? null,
      description: attachment.description ?? '',
      focus: typeof focus?.x === 'number' && typeof focus.y === 'number' ? { x: focus.x, y: focus.y } : null,
    };
  });
}

/** A published post's poll as a draft keeps it: its options, and a duration of what was left (at least 5 minutes). */
function draftPollOf(status: mastodon.v1.Status, now: Date): Draft['poll'] {
  const poll = status.poll;
  if (!poll) return null;
  const left = poll.expiresAt ? Math.round((Date.parse(poll.expiresAt) - now.getTime()) / 1000) : 86_400;
  return { options: poll.options.map((option) => option.title), expiresIn: Math.max(300, left), multiple: Boolean(poll.multiple) };
}

/** What a draft made from a published post keeps of it: visibility, language, media, poll, reply and quote. */
function fromPublished(defaults: DraftDefaults, status: mastodon.v1.Status, text: string, spoilerText: string, now: Date): Draft {
  const quoted = status.quote && 'quotedStatus' in status.quote ? status.quote.quotedStatus : null;
  const quotedId = status.quote && 'quotedStatusId' in status.quote ? status.quote.quotedStatusId : quoted?.id;
  return {
    ...blankDraft({ ...defaults, visibility: status.visibility, language: status.language ?? defaults.language }, now),
    text,
    spoilerText,
    sensitive: Boolean(status.sensitive),
    inReplyTo: status.inReplyToId ? { id: status.inReplyToId, url: null, acct: '' } : null,
    quote: quotedId ? { id: quotedId, url: quoted ? linkOf(quoted) : null } : null,
    media: draftMediaOf(status),
    poll: draftPollOf(status, now),
  };
}

/** Editing one's own post, from its source (the text as written, not as rendered). */
export function editDraft(defaults: DraftDefaults, status: mastodon.v1.Status, source: { text: string; spoilerText: string }, now = new Date()): Draft {
  return { ...fromPublished(defaults, status, source.text, source.spoilerText, now), editingStatusId: status.id };
}

/** Delete and redraft: the deleted post's text (Mastodon returns it on deletion), media and poll, as a new post. */
export function redraftDraft(defaults: DraftDefaults, deleted: mastodon.v1.Status, now = new Date()): Draft {
  return fromPublished(defaults, deleted, deleted.text ?? '', deleted.spoilerText ?? '', now);
}

/** True when a draft holds nothing worth keeping. */
export function isBlankDraft(draft: Draft): boolean {
  return draft.text.trim() === '' && draft.spoilerText.trim() === '' && draft.media.length === 0 && draft.poll === null && draft.quote === null;
}
