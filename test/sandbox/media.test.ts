import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { useSandbox } from './testing/harness';
import { pngImage } from './testing/png';

const png = (bytes: number) => new Blob([new Uint8Array(bytes)], { type: 'image/png' });

describe('media', () => {
  const t = useSandbox();

  it('answers 200 with a url for small files', async () => {
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    const form = new FormData();
    form.append('file', png(2048), 'small.png');
    form.append('description', 'A tiny image');
    const res = await t.fetch('/api/v2/media', { method: 'POST', body: form, token });
    expect(res.status).toBe(200);
    const media = (await res.json()) as { url: string | null; description: string };
    expect(media.url).not.toBeNull();
    expect(media.description).toBe('A tiny image');
  });

  it('answers 202 with url null for large files; GET is 206 until processed, then 200', async () => {
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    const form = new FormData();
    form.append('file', png(2 * 1024 * 1024), 'large.png');
    const res = await t.fetch('/api/v2/media', { method: 'POST', body: form, token });
    expect(res.status).toBe(202);
    const media = (await res.json()) as { id: string; url: string | null };
    expect(media.url).toBeNull();
    const pending = await t.fetch(`/api/v1/media/${media.id}`, { token });
    expect(pending.status).toBe(206);
    t.sandbox.clock.advance(5_000);
    const done = await t.fetch(`/api/v1/media/${media.id}`, { token });
    expect(done.status).toBe(200);
    expect(((await done.json()) as { url: string }).url).toMatch(/^http/);
  });

  it('uploads through masto (which polls until processed), describes, and attaches to a status', async () => {
    const masto = t.client();
    const media = await masto.v2.media.create({ file: png(1024), description: 'first' });
    const described = await masto.v1.media.$select(media.id).update({ description: 'Alt text that helps' });
    expect(described.description).toBe('Alt text that helps');
    const status = await masto.v1.statuses.create({ status: 'with a picture', mediaIds: [media.id] });
    expect(status.mediaAttachments.map((m) => m.id)).toEqual([media.id]);
    await expect(masto.v1.statuses.create({ status: 'again', mediaIds: [media.id] })).rejects.toMatchObject({ statusCode: 422 });
  });

  it('keeps a focal point given on upload or later, and refuses a malformed one', async () => {
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    const form = new FormData();
    form.append('file', png(2048), 'focus.png');
    form.append('focus', '0.5,-0.25');
    const created = (await (await t.fetch('/api/v2/media', { method: 'POST', body: form, token })).json()) as { id: string; meta: { focus?: unknown } };
    expect(created.meta.focus).toEqual({ x: 0.5, y: -0.25 });
    const put = (focus: string) => t.fetch(`/api/v1/media/${created.id}`, { method: 'PUT', token, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ focus, description: 'A lake' }) });
    const moved = (await (await put('-1,1')).json()) as { description: string; meta: { focus?: unknown } };
    expect(moved).toMatchObject({ description: 'A lake', meta: { focus: { x: -1, y: 1 } } });
    expect((await put('2,0')).status).toBe(422);
  });

  it('can be told to fail processing: 202, then 206, then 422 with Mastodon’s words', async () => {
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    t.sandbox.misbehave.failMediaProcessing(1);
    const form = new FormData();
    form.append('file', png(2048), 'broken.png');
    const res = await t.fetch('/api/v2/media', { method: 'POST', body: form, token });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    expect((await t.fetch(`/api/v1/media/${id}`, { token })).status).toBe(206);
    t.sandbox.clock.advance(5_000);
    const failed = await t.fetch(`/api/v1/media/${id}`, { token });
    expect(failed.status).toBe(422);
    expect(await failed.json()).toEqual({ error: 'Error processing thumbnail for uploaded media' });
    t.sandbox.misbehave.reset();
  });

  it('stores and serves back a PNG made by the test helper, byte for byte', async () => {
    const image = pngImage({ width: 40, height: 16, rgb: [10, 20, 30], name: 'made.png' });
    // The helper's image is a real PNG: its header names the size, its pixels inflate to one row per line.
    expect(image.buffer.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([image.buffer.readUInt32BE(16), image.buffer.readUInt32BE(20)]).toEqual([40, 16]);
    const idatLength = image.buffer.readUInt32BE(33);
    const pixels = inflateSync(image.buffer.subarray(41, 41 + idatLength));
    expect(pixels.length).toBe(16 * (1 + 40 * 3));
    expect([...pixels.subarray(1, 4)]).toEqual([10, 20, 30]);

    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(image.buffer)], { type: image.mimeType }), image.name);
    const media = (await (await t.fetch('/api/v2/media', { method: 'POST', body: form, token: t.sandbox.issueToken(t.sandbox.demoUser.username) })).json()) as { url: string };
    expect(Buffer.from(await (await fetch(media.url)).arrayBuffer())).toEqual(image.buffer);
  });

  it('refuses unsupported types', async () => {
    await expect(t.client().v2.media.create({ file: new Blob(['hi'], { type: 'text/plain' }) })).rejects.toMatchObject({ statusCode: 422 });
  });
});
