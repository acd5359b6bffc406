/** The e2e suite's readers of what the sandbox stored (test/e2e/support/serverState.ts), checked against the sandbox. */
import { describe, expect, it } from 'vitest';
import { editHistory, pngImage, postsBy, postsSaying } from '../e2e/support/serverState';
import { useSandbox } from './testing/harness';

describe('reading back what the sandbox stored', () => {
  const t = useSandbox();

  it('gives the posts of an account with their warning, alt text, focus, quote and poll, and an edit’s versions', async () => {
    const masto = t.client('comms');
    const image = pngImage({ name: 'chart.png' });
    const media = await masto.v2.media.create({ file: new Blob([new Uint8Array(image.buffer)], { type: image.mimeType }), description: 'A rising line', focus: '0.1,-0.2' });
    const withMedia = await masto.v1.statuses.create({ status: 'Results are in', spoilerText: 'Numbers', mediaIds: [media.id] });
    const poll = await masto.v1.statuses.create({ status: 'Lunch?', poll: { options: ['Pizza', 'Salad'], expiresIn: 3600, multiple: true } });
    const quote = await masto.v1.statuses.create({ status: 'See above', quotedStatusId: poll.id });
    await masto.v1.statuses.$select(withMedia.id).update({ status: 'Results are in (final)', mediaIds: [media.id], mediaAttributes: [{ id: media.id, description: 'A line rising steeply' }] });

    const posts = await postsBy(t.sandbox, 'comms', 3);
    expect(posts.map((p) => p.id)).toEqual([quote.id, poll.id, withMedia.id]);
    expect(posts[0]?.quote).toEqual({ state: 'accepted', quotedStatusId: poll.id });
    expect(posts[1]?.poll).toEqual({ options: ['Pizza', 'Salad'], multiple: true });
    expect(posts[2]).toMatchObject({ spoilerText: 'Numbers', sensitive: true, media: [{ id: media.id, description: 'A line rising steeply', focus: { x: 0.1, y: -0.2 } }] });
    expect(posts[2]?.editedAt).not.toBeNull();
    expect((await postsSaying(t.sandbox, 'comms', 'Lunch?')).map((p) => p.id)).toEqual([poll.id]);

    const versions = await editHistory(t.sandbox, 'comms', withMedia.id);
    expect(versions.map((v) => v.mediaDescriptions)).toEqual([['A rising line'], ['A line rising steeply']]);
    expect(versions[1]?.content).toContain('(final)');
  });
});
