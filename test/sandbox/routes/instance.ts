import type { FastifyInstance } from 'fastify';
import { LIMITS } from '../core/actions';
import { CHARACTERS_PER_URL } from '../core/length';
import type { Api } from '../http/api';
import { renderAccount } from '../render/account';
import { CUSTOM_EMOJI_CODES, renderEmoji } from '../render/emoji';

const RULES = [
  { id: '1', text: 'Be kind and assume good intent.', hint: 'We are all colleagues here.' },
  { id: '2', text: 'Keep confidential information out of public posts.', hint: 'Use followers-only or direct visibility, or better, the right internal tool.' },
  { id: '3', text: 'Add alt text to images.', hint: 'Describe what matters in the picture for people who cannot see it.' },
];

const MIME_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/svg+xml', 'video/mp4', 'video/webm', 'audio/mpeg', 'audio/ogg'];

const MEDIA = {
  supported_mime_types: MIME_TYPES,
  image_size_limit: 16_777_216,
  image_matrix_limit: 33_177_600,
  video_size_limit: 103_809_024,
  video_frame_rate_limit: 120,
  video_matrix_limit: 8_294_400,
};

const POLLS = {
  max_options: LIMITS.pollMaxOptions,
  max_characters_per_option: LIMITS.pollMaxCharactersPerOption,
  min_expiration: LIMITS.pollMinExpiration,
  max_expiration: LIMITS.pollMaxExpiration,
};

const STATUSES = { max_characters: LIMITS.maxCharacters, max_media_attachments: LIMITS.maxMediaAttachments, characters_reserved_per_url: CHARACTERS_PER_URL };

/** Instance metadata: v1/v2 instance, rules, custom emoji, OAuth server discovery. */
export const instanceRoutes = (app: FastifyInstance, api: Api): void => {
  const { ctx, settings, store } = api;
  const streamingUrl = () => ctx.origin.replace(/^http/, 'ws');
  const contact = () => store.findByAcct('comms', ctx.domain);
  const description = () => `The ${settings.orgName} staff instance (sandbox).`;

  app.get('/api/v2/instance', async () => {
    const contactAccount = contact();
    return {
      domain: ctx.domain,
      title: settings.orgName,
      version: settings.profile.version,
      source_url: settings.profile.sourceUrl,
      description: description(),
      usage: { users: { active_month: store.accounts.size } },
      thumbnail: { url: `${ctx.origin}/sandbox/thumbnail.svg`, blurhash: null, versions: null },
      icon: [{ src: `${ctx.origin}/sandbox/icon.svg`, size: '64x64' }],
      languages: ['en'],
      configuration: {
        urls: { streaming: streamingUrl(), status: null, about: `${ctx.origin}/about`, privacy_policy: null, terms_of_service: null },
        vapid: { public_key: 'BCkMmVdKDnKYwzVCDC99Iuc9GvId-x7-kKtuHnLgfF98ENiZp_aj-UNthbCdI70DqN1zUVis-x0Wrot2sBagkMc=' },
        accounts: { max_featured_tags: 10, max_pinned_statuses: 5, max_display_name_length: 30, max_note_length: 500, max_profile_fields: 4, profile_field_name_limit: 255, profile_field_value_limit: 255 },
        statuses: STATUSES,
        media_attachments: { ...MEDIA, description_limit: 1500 },
        polls: POLLS,
        translation: { enabled: false },
      },
      registrations: { enabled: false, approval_required: true, message: 'Sign in with your organization account.', url: null },
      ...(settings.profile.apiVersions ? { api_versions: settings.profile.apiVersions } : {}),
      contact: { email: 'it@example.org', ...(contactAccount ? { account: renderAccount(ctx, contactAccount) } : {}) },
      rules: RULES,
    };
  });

  app.get('/api/v1/instance', async () => ({
    uri: ctx.domain,
    title: settings.orgName,
    short_description: description(),
    description: description(),
    email: 'it@example.org',
    version: settings.profile.version,
    urls: { streaming_api: streamingUrl() },
    stats: { user_count: store.accounts.size, status_count: store.timeline.length, domain_count: 4 },
    thumbnail: `${ctx.origin}/sandbox/thumbnail.svg`,
    languages: ['en'],
    registrations: false,
    approval_required: true,
    invites_enabled: false,
    configuration: { accounts: { max_featured_tags: 10 }, statuses: STATUSES, media_attachments: MEDIA, polls: POLLS },
    contact_account: (() => {
      const account = contact();
      return account ? renderAccount(ctx, account) : null;
    })(),
    rules: RULES,
  }));

  app.get('/api/v1/instance/rules', async () => RULES);

  app.get('/api/v1/custom_emojis', async () => CUSTOM_EMOJI_CODES.map((code) => renderEmoji(ctx, code)));

  // Servers before Mastodon 4.3 (and GoToSocial) publish no OAuth server metadata: the route does not exist.
  if (settings.profile.oauthMetadata) {
    app.get('/.well-known/oauth-authorization-server', async () => ({
      issuer: `${ctx.origin}/`,
      service_documentation: 'https://docs.joinmastodon.org/',
      authorization_endpoint: `${ctx.origin}/oauth/authorize`,
      token_endpoint: `${ctx.origin}/oauth/token`,
      app_registration_endpoint: `${ctx.origin}/api/v1/apps`,
      revocation_endpoint: `${ctx.origin}/oauth/revoke`,
      userinfo_endpoint: `${ctx.origin}/oauth/userinfo`,
      scopes_supported: ['read', 'write', 'follow', 'push', 'profile', 'read:accounts', 'read:bookmarks', 'read:favourites', 'read:follows', 'read:lists', 'read:notifications', 'read:search', 'read:statuses', 'write:accounts', 'write:bookmarks', 'write:favourites', 'write:follows', 'write:lists', 'write:media', 'write:notifications', 'write:statuses'],
      response_types_supported: ['code'],
      response_modes_supported: ['query', 'fragment', 'form_post'],
      code_challenge_methods_supported: ['S256'],
      grant_types_supported: ['authorization_code', 'client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      ...(settings.sendIssuer ? { authorization_response_iss_parameter_supported: true } : {}),
    }));
  }

  app.get('/api/v1/streaming/health', async (_req, reply) => reply.type('text/plain').send('OK'));
};
