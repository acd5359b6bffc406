import { createRestAPIClient } from 'masto';
import { describe, expect, it } from 'vitest';
import { useSandbox } from './testing/harness';

describe('instance endpoints', () => {
  const t = useSandbox();

  it('serves v2 instance with configuration and a streaming URL', async () => {
    const masto = createRestAPIClient({ url: t.sandbox.url });
    const instance = await masto.v2.instance.fetch();
    expect(instance.configuration.urls.streaming).toBe(t.sandbox.url.replace('http', 'ws'));
    expect(instance.configuration.statuses.maxCharacters).toBe(500);
    expect(instance.configuration.mediaAttachments.supportedMimeTypes).toContain('image/png');
  });

  it('tells the composer its limits as Mastodon 4.5 does', async () => {
    const body = (await (await t.fetch('/api/v2/instance')).json()) as { api_versions: { mastodon: number }; configuration: Record<string, Record<string, unknown>> };
    expect(body.api_versions.mastodon).toBe(7);
    expect(body.configuration.statuses).toEqual({ max_characters: 500, max_media_attachments: 4, characters_reserved_per_url: 23 });
    expect(body.configuration.polls).toEqual({ max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2_629_746 });
    expect(body.configuration.media_attachments).toMatchObject({ image_size_limit: 16_777_216, video_size_limit: 103_809_024, description_limit: 1500 });
  });

  it('serves v1 instance, rules and custom emoji', async () => {
    const masto = createRestAPIClient({ url: t.sandbox.url });
    expect((await masto.v1.instance.fetch()).urls.streamingApi).toMatch(/^ws:/);
    // masto 8 has no typed method for /api/v1/instance/rules.
    expect(((await (await t.fetch('/api/v1/instance/rules')).json()) as unknown[]).length).toBeGreaterThan(0);
    const emojis = await masto.v1.customEmojis.list();
    expect(emojis.map((e) => e.shortcode)).toContain('atrium');
  });

  it('describes its OAuth server at the well-known address', async () => {
    const res = await t.fetch('/.well-known/oauth-authorization-server');
    const body = (await res.json()) as { authorization_endpoint: string; code_challenge_methods_supported: string[] };
    expect(body.authorization_endpoint).toBe(`${t.sandbox.url}/oauth/authorize`);
    expect(body.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('sends rate-limit headers and Mastodon error bodies', async () => {
    const res = await t.fetch('/api/v1/statuses/1');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'Record not found' });
    expect(res.headers.get('x-ratelimit-limit')).toBe('300');
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeLessThan(300);
    expect(Date.parse(res.headers.get('x-ratelimit-reset') ?? '')).toBeGreaterThan(Date.now());
  });

  it('serves generated avatars without the network', async () => {
    const res = await t.fetch('/api/v1/accounts/lookup?acct=comms');
    const account = (await res.json()) as { avatar: string };
    const avatar = await fetch(account.avatar);
    expect(avatar.headers.get('content-type')).toContain('image/svg+xml');
  });
});
