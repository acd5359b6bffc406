import type { mastodon } from 'masto';
import { describe, expect, it } from 'vitest';
import { editDraft, isBlankDraft, mentionDraft, quoteDraft, redraftDraft, replyDraft } from '../../../../renderer/features/composer/draftFactory';
import { withReplyMention } from '../../../../renderer/features/composer/draftSlice';
import { defaultInstanceRules } from '../../../../renderer/features/composer/instanceRules';
import { sendProblem, statusParams } from '../../../../renderer/features/composer/postRules';
import { matchEmojis } from '../../../../renderer/features/composer/useSuggestions';
import { account, status } from '../timelines/fixtures';

const defaults = { accountId: 'me@social.example', visibility: 'public' as const, language: 'en' };
const now = new Date('2025-03-01T12:00:00.000Z');
const rules = { ...defaultInstanceRules, quotes: true };
const context = { rules, requireAltText: false, uploading: 0, targetMissing: false };

describe('drafts made from a post', () => {
  it('replies mention the author and the people mentioned, never oneself, and stay as private as the post', () => {
    const post = status('9', {
      visibility: 'private',
      spoilerText: 'spoilers',
      mentions: [{ id: '2', username: 'me', acct: 'me', url: '' }, { id: '3', username: 'bo', acct: 'bo@other.example', url: '' }],
    });
    const draft = replyDraft(defaults, post, 'me');
    expect(draft.text).toBe('@ana @bo@other.example ');
    expect(draft.visibility).toBe('private');
    expect(draft.spoilerText).toBe('spoilers');
    expect(draft.inReplyTo).toEqual({ id: '9', url: 'https://social.example/@ana/9', acct: 'ana' });
    expect(draft.idempotencyKey).not.toBe(replyDraft(defaults, post, 'me').idempotencyKey);
  });

  it('a reply moved to another account mentions the author it did not need to mention before', () => {
    const own = replyDraft(defaults, status('9', { account: account({ acct: 'me' }) }), 'me');
    expect(own.text).toBe('');
    expect(withReplyMention({ ...own, text: 'Thanks' }, 'comms')).toBe('@me Thanks');
    expect(withReplyMention({ ...own, text: '@me Thanks' }, 'comms')).toBe('@me Thanks');
    expect(withReplyMention(own, 'me')).toBe('');
  });

  it('quotes and mentions start where they should', () => {
    expect(quoteDraft(defaults, status('4')).quote).toEqual({ id: '4', url: 'https://social.example/@ana/4' });
    expect(mentionDraft(defaults, 'ana@other.example').text).toBe('@ana@other.example ');
    expect(isBlankDraft(mentionDraft(defaults, 'ana'))).toBe(false);
  });

  it('an edit keeps media with alt text and focal point, and the poll with the time it had left', () => {
    const post = status('5', {
      visibility: 'unlisted',
      language: 'es',
      mediaAttachments: [{ id: 'm1', type: 'image', url: 'u', previewUrl: 'p', description: 'A cat', meta: { focus: { x: 0.2, y: -0.4 } } } as unknown as mastodon.v1.MediaAttachment],
      poll: { id: 'p', expiresAt: '2025-03-01T18:00:00.000Z', expired: false, multiple: true, votesCount: 0, options: [{ title: 'Yes', votesCount: 0 }, { title: 'No', votesCount: 0 }], emojis: [] } as unknown as mastodon.v1.Poll,
    });
    const draft = editDraft(defaults, post, { text: 'Source text', spoilerText: '' }, now);
    expect(draft).toMatchObject({ editingStatusId: '5', text: 'Source text', visibility: 'unlisted', language: 'es' });
    expect(draft.media).toEqual([{ id: 'm1', type: 'image', previewUrl: 'p', description: 'A cat', focus: { x: 0.2, y: -0.4 } }]);
    expect(draft.poll).toEqual({ options: ['Yes', 'No'], expiresIn: 6 * 3600, multiple: true });
  });

  it('a redraft is a new post from the deleted one’s source text, media and reply', () => {
    const deleted = status('6', { text: 'Typo fixed', inReplyToId: '2', mediaAttachments: [{ id: 'm2', type: 'video', url: 'u', previewUrl: null, description: null, meta: null } as unknown as mastodon.v1.MediaAttachment] });
    const draft = redraftDraft(defaults, deleted, now);
    expect(draft).toMatchObject({ editingStatusId: null, text: 'Typo fixed', inReplyTo: { id: '2' } });
    expect(draft.media[0]).toMatchObject({ id: 'm2', description: '', focus: null });
  });
});

describe('what is sent', () => {
  it('a new post carries visibility, reply, quote and its quote policy; a poll only without media', () => {
    const draft = { ...quoteDraft(defaults, status('4')), text: 'Look', poll: { options: [' A ', '', 'B'], expiresIn: 3600, multiple: false }, quoteApprovalPolicy: 'followers' as const };
    expect(statusParams(draft, rules)).toEqual({
      status: 'Look',
      spoilerText: '',
      sensitive: false,
      language: 'en',
      visibility: 'public',
      quotedStatusId: '4',
      quoteApprovalPolicy: 'followers',
      poll: { options: ['A', 'B'], expiresIn: 3600, multiple: false },
    });
    // An older server knows no quotes: neither the quote nor its policy is sent.
    expect(statusParams(draft, { ...rules, quotes: false })).not.toHaveProperty('quotedStatusId');
  });

  it('an edit leaves visibility and reply alone, and says so when all media were removed', () => {
    const draft = { ...editDraft(defaults, status('5'), { text: 'New', spoilerText: '' }, now) };
    const params = statusParams(draft, rules);
    expect(params).not.toHaveProperty('visibility');
    expect(params['mediaIds']).toEqual([]);
  });

  it('refuses what the server would refuse, with the reason', () => {
    const base = { ...mentionDraft(defaults, 'ana'), text: 'x'.repeat(501) };
    expect(sendProblem(base, context)).toEqual({ code: 'tooLong', over: 1 });
    expect(sendProblem({ ...base, text: '  ' }, context)).toEqual({ code: 'empty' });
    expect(sendProblem({ ...base, text: 'ok', poll: { options: ['Same', 'Same'], expiresIn: 300, multiple: false } }, context)).toEqual({ code: 'pollDuplicate' });
    expect(sendProblem({ ...base, text: 'ok', poll: { options: ['Only one', ''], expiresIn: 300, multiple: false } }, context)).toEqual({ code: 'pollOptions' });
    expect(sendProblem({ ...base, text: 'ok' }, { ...context, uploading: 1 })).toEqual({ code: 'uploading' });
    expect(sendProblem({ ...base, text: 'ok' }, context)).toBeNull();
  });
});

describe('custom emoji suggestions', () => {
  const emoji = (shortcode: string, visibleInPicker = true) => ({ shortcode, url: `https://social.example/${shortcode}.png`, staticUrl: '', visibleInPicker });
  it('put shortcodes starting with the query first, leave out hidden ones, and stop at six', () => {
    const list = [emoji('happy_atrium'), emoji('atrium'), emoji('atrium_secret', false), emoji('party'), ...Array.from({ length: 8 }, (_, index) => emoji(`atrium${index}`))];
    const found = matchEmojis(list, 'Atri').map((match) => match.shortcode);
    expect(found[0]).toBe('atrium');
    expect(found).not.toContain('atrium_secret');
    expect(found).toHaveLength(6);
    expect(matchEmojis(list, 'happy').map((match) => match.shortcode)).toEqual(['happy_atrium']);
  });
});

it('a quote to a server without quotes is refused rather than lost', () => {
  const draft = { ...quoteDraft(defaults, status('4')), text: 'See' };
  expect(sendProblem(draft, { ...context, rules: { ...rules, quotes: false } })).toEqual({ code: 'quoteUnsupported' });
});
