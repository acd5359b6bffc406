import type { Draft } from '../../../shared/drafts';
import { graphemeLength, postLength } from './characterCount';
import type { InstanceRules } from './instanceRules';

/** Why a draft cannot be sent yet, with the values its message names. */
export type SendProblem =
  | { code: 'empty' }
  | { code: 'tooLong'; over: number }
  | { code: 'uploading' }
  | { code: 'altTextMissing'; count: number }
  | { code: 'altTextTooLong'; limit: number }
  | { code: 'tooManyMedia'; limit: number }
  | { code: 'pollOptions' }
  | { code: 'pollOptionTooLong'; limit: number }
  | { code: 'pollDuplicate' }
  | { code: 'pollWithMedia' }
  | { code: 'replyNotFound' }
  | { code: 'quoteUnsupported' };

/** What, besides the draft, decides whether it may be sent. */
export interface SendContext {
  rules: InstanceRules;
  /** IT's policy: every image, video and sound needs a description. */
  requireAltText: boolean;
  /** Files still on their way to the server. */
  uploading: number;
  /** The post replied to or quoted could not be found from the posting account's instance. */
  targetMissing: boolean;
}

/** The poll's options as they will be sent: trimmed, without the empty rows. */
export const filledOptions = (poll: NonNullable<Draft['poll']>): string[] => poll.options.map((option) => option.trim()).filter(Boolean);

function pollProblem(draft: Draft, rules: InstanceRules): SendProblem | null {
  if (!draft.poll) return null;
  if (draft.media.length > 0) return { code: 'pollWithMedia' };
  const options = filledOptions(draft.poll);
  if (options.length < 2) return { code: 'pollOptions' };
  if (options.some((option) => graphemeLength(option) > rules.maxCharactersPerPollOption)) return { code: 'pollOptionTooLong', limit: rules.maxCharactersPerPollOption };
  if (new Set(options).size < options.length) return { code: 'pollDuplicate' };
  return null;
}

/** The first reason the draft cannot be sent, or null when it can. Checked before every send. */
export function sendProblem(draft: Draft, context: SendContext): SendProblem | null {
  const { rules } = context;
  if (context.targetMissing) return { code: 'replyNotFound' };
  if (context.uploading > 0) return { code: 'uploading' };
  // A server before Mastodon 4.5 would post it without the quote: say so rather than drop it silently.
  if (draft.quote && !rules.quotes && draft.editingStatusId === null) return { code: 'quoteUnsupported' };
  if (draft.text.trim() === '' && draft.media.length === 0) return { code: 'empty' };
  const over = postLength(draft.text, draft.spoilerText, rules) - rules.maxCharacters;
  if (over > 0) return { code: 'tooLong', over };
  if (draft.media.length > rules.maxMediaAttachments) return { code: 'tooManyMedia', limit: rules.maxMediaAttachments };
  const undescribed = draft.media.filter((media) => media.description.trim() === '').length;
  if (context.requireAltText && undescribed > 0) return { code: 'altTextMissing', count: undescribed };
  if (draft.media.some((media) => graphemeLength(media.description) > rules.descriptionLimit)) return { code: 'altTextTooLong', limit: rules.descriptionLimit };
  return pollProblem(draft, rules);
}

/** The focal point as Mastodon takes it: `"x,y"`. */
export const focusParam = (focus: { x: number; y: number }): string => `${focus.x.toFixed(2)},${focus.y.toFixed(2)}`;

/**
 * The parameters of `v1.statuses.create` (or `update` when editing) for a draft. A poll goes only
 * without media; the quote policy only where the instance knows quotes and the post can be quoted.
 */
export function statusParams(draft: Draft, rules: InstanceRules): Record<string, unknown> {
  const editing = draft.editingStatusId !== null;
  const quotable = rules.quotes && (draft.visibility === 'public' || draft.visibility === 'unlisted');
  const params: Record<string, unknown> = {
    status: draft.text,
    spoilerText: draft.spoilerText,
    // A content warning hides the media too; Mastodon marks such a post sensitive itself.
    sensitive: draft.sensitive || (draft.media.length > 0 && draft.spoilerText.trim() !== ''),
    language: draft.language,
  };
  if (!editing) {
    params['visibility'] = draft.visibility;
    if (draft.inReplyTo) params['inReplyToId'] = draft.inReplyTo.id;
    if (draft.quote && rules.quotes) params['quotedStatusId'] = draft.quote.id;
    if (quotable) params['quoteApprovalPolicy'] = draft.quoteApprovalPolicy;
    // Scheduled from the composer (the scheduling desk's controls): the server keeps it until then.
    if (draft.scheduledAt) params['scheduledAt'] = draft.scheduledAt;
  }
  if (draft.media.length > 0) {
    params['mediaIds'] = draft.media.map((media) => media.id);
    // Editing sends alt text and focal points with the post; a new post sets them on each attachment first.
    if (editing) params['mediaAttributes'] = draft.media.map((media) => ({ id: media.id, description: media.description, focus: media.focus ? focusParam(media.focus) : undefined }));
  } else if (draft.poll) {
    params['poll'] = { options: filledOptions(draft.poll), expiresIn: draft.poll.expiresIn, multiple: draft.poll.multiple };
  } else if (editing) {
    // An edit that drops all media must say so, or the server keeps the old ones.
    params['mediaIds'] = [];
  }
  return params;
}
