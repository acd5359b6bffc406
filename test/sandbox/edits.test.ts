import { describe, expect, it } from 'vitest';
import { useSandbox } from './testing/harness';

const png = (bytes: number) => new Blob([new Uint8Array(bytes)], { type: 'image/png' });

describe('edits with media, and delete-and-redraft', () => {
  const t = useSandbox();

  it('replaces attachments and their alt text on edit, and the history keeps each version’s media', async () => {
    const masto = t.client();
    const [first, second, third] = await Promise.all(['A chart', 'A photo', 'A map'].map((description) => masto.v2.media.create({ file: png(1024), description })));
    const post = await masto.v1.statuses.create({ status: 'Quarterly numbers', mediaIds: [first?.id ?? '', second?.id ?? ''] });
    const edited = await masto.v1.statuses.$select(post.id).update({
      status: 'Quarterly numbers, corrected',
      mediaIds: [second?.id ?? '', third?.id ?? ''],
      mediaAttributes: [{ id: second?.id ?? '', description: 'A photo of the team', focus: '0.5,0.5' }],
      language: 'es',
    });
    expect(edited.mediaAttachments.map((m) => [m.id, m.description])).toEqual([
      [second?.id, 'A photo of the team'],
      [third?.id, 'A map'],
    ]);
    expect(edited.language).toBe('es');
    expect(edited.editedAt).not.toBeNull();

    const history = await masto.v1.statuses.$select(post.id).history.list();
    expect(history.map((version) => version.mediaAttachments.map((m) => m.description))).toEqual([
      ['A chart', 'A photo'],
      ['A photo of the team', 'A map'],
    ]);
    // The attachment left out is free again, so it can go on another post.
    const reused = await masto.v1.statuses.create({ status: 'The chart on its own', mediaIds: [first?.id ?? ''] });
    expect(reused.mediaAttachments.map((m) => m.id)).toEqual([first?.id]);
  });

  it('refuses another account’s attachment and too many attachments on edit', async () => {
    const masto = t.client();
    const post = await masto.v1.statuses.create({ status: 'Mine' });
    const theirs = await t.client('comms').v2.media.create({ file: png(512) });
    await expect(masto.v1.statuses.$select(post.id).update({ status: 'Mine', mediaIds: [theirs.id] })).rejects.toMatchObject({ statusCode: 422 });
    const five = await Promise.all(Array.from({ length: 5 }, () => masto.v2.media.create({ file: png(256) })));
    await expect(masto.v1.statuses.$select(post.id).update({ status: 'Mine', mediaIds: five.map((m) => m.id) })).rejects.toMatchObject({ statusCode: 422 });
  });

  it('replaces attachments and poll with what the edit sends, as Mastodon does: leaving them out removes them', async () => {
    const masto = t.client();
    const media = await masto.v2.media.create({ file: png(512), description: 'Dropped by the edit' });
    const withMedia = await masto.v1.statuses.create({ status: 'With a picture', mediaIds: [media.id] });
    expect((await masto.v1.statuses.$select(withMedia.id).update({ status: 'Text only now' })).mediaAttachments).toEqual([]);

    const poll = await masto.v1.statuses.create({ status: 'Where to?', poll: { options: ['Park', 'Museum'], expiresIn: 3600 } });
    await t.client('comms').v1.polls.$select(poll.poll?.id ?? '').votes.create({ choices: [0] });
    const sameOptions = await masto.v1.statuses.$select(poll.id).update({ status: 'Where to, Friday?', poll: { options: ['Park', 'Museum'], expiresIn: 7200 } });
    expect(sameOptions.poll?.votesCount).toBe(1);
    const newOptions = await masto.v1.statuses.$select(poll.id).update({ status: 'Where to, Friday?', poll: { options: ['Park', 'Zoo'], expiresIn: 7200 } });
    expect(newOptions.poll).toMatchObject({ votesCount: 0, options: [{ title: 'Park' }, { title: 'Zoo' }] });
    expect((await masto.v1.statuses.$select(poll.id).update({ status: 'Never mind' })).poll).toBeNull();
    const history = await masto.v1.statuses.$select(poll.id).history.list();
    // masto's StatusEdit type has no poll yet; Mastodon sends one per version.
    const polls = history.map((version) => (version as { poll?: { options: { title: string }[] } | null }).poll);
    expect(polls.map((poll) => poll?.options.map((o) => o.title) ?? null)).toEqual([['Park', 'Museum'], ['Park', 'Museum'], ['Park', 'Zoo'], null]);
  });

  it('refuses an attachment still processing', async () => {
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    const form = new FormData();
    form.append('file', png(2 * 1024 * 1024), 'large.png');
    const { id } = (await (await t.fetch('/api/v2/media', { method: 'POST', body: form, token })).json()) as { id: string };
    await expect(t.client().v1.statuses.create({ status: 'Too soon', mediaIds: [id] })).rejects.toMatchObject({ statusCode: 422, message: expect.stringContaining('not finished processing') });
  });

  it('keeps the attachments of a deleted post for the redraft, unless asked to delete them', async () => {
    const masto = t.client();
    const media = await masto.v2.media.create({ file: png(1024), description: 'Kept for the redraft' });
    const post = await masto.v1.statuses.create({ status: 'Typo in here', mediaIds: [media.id] });
    const deleted = await masto.v1.statuses.$select(post.id).remove();
    expect(deleted.text).toBe('Typo in here');
    const redraft = await masto.v1.statuses.create({ status: 'No typo in here', mediaIds: [media.id] });
    expect(redraft.mediaAttachments[0]?.description).toBe('Kept for the redraft');

    const gone = await masto.v2.media.create({ file: png(1024) });
    const other = await masto.v1.statuses.create({ status: 'Gone for good', mediaIds: [gone.id] });
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    expect((await t.fetch(`/api/v1/statuses/${other.id}?delete_media=true`, { method: 'DELETE', token })).status).toBe(200);
    await expect(masto.v1.statuses.create({ status: 'again', mediaIds: [gone.id] })).rejects.toMatchObject({ statusCode: 422 });
  });
});
