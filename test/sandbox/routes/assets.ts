import type { FastifyInstance } from 'fastify';
import { escapeHtml } from '../core/compose';
import type { Api } from '../http/api';
import { cardArt } from '../render/cardArt';
import { officialMark, personPortrait } from '../render/portrait';

// 1×1 transparent PNG: Mastodon's "missing header" placeholder stands in as a real file.
const MISSING_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const svg = (w: number, h: number, body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`;

/** Generated images (avatars, media, emoji, cards): everything local, nothing from the network. */
export const assetRoutes = (app: FastifyInstance, api: Api): void => {
  const { store } = api;
  app.get<{ Params: { id: string } }>('/sandbox/avatars/:id.svg', async (req, reply) => {
    const account = store.accounts.get(req.params.id);
    if (!account) return reply.code(404).send({ error: 'Not Found' });
    const picture = account.bot || account.group ? officialMark(account.username, account.hue) : personPortrait(account.id, account.hue);
    return reply.type('image/svg+xml').header('Cache-Control', 'public, max-age=86400').send(svg(120, 120, picture));
  });
  app.get<{ Params: { id: string; file: string } }>('/sandbox/media/:id/:file', async (req, reply) => {
    const media = store.media.get(req.params.id);
    if (!media) return reply.code(404).send({ error: 'Not Found' });
    const upload = store.uploads.get(media.id);
    if (upload && !req.params.file.startsWith('small')) return reply.type(media.mime).send(upload);
    const hue = Number(BigInt(media.id) % 360n);
    return reply.type('image/svg+xml').send(svg(media.width, media.height, `<rect width="100%" height="100%" fill="hsl(${hue} 40% 70%)"/><circle cx="30%" cy="35%" r="12%" fill="hsl(${hue} 60% 90%)"/><path d="M0 ${media.height} L${media.width * 0.4} ${media.height * 0.5} L${media.width} ${media.height} Z" fill="hsl(${hue} 35% 40%)"/>`));
  });
  app.get<{ Params: { code: string } }>('/sandbox/emoji/:code.svg', async (req, reply) =>
    reply.type('image/svg+xml').send(svg(32, 32, `<circle cx="16" cy="16" r="15" fill="hsl(${req.params.code.length * 37} 70% 55%)"/><text x="16" y="21" font-size="14" text-anchor="middle" fill="#fff">${escapeHtml(req.params.code.slice(0, 1))}</text>`)),
  );
  app.get<{ Params: { host: string } }>('/sandbox/cards/:host', async (req, reply) =>
    reply.type('image/svg+xml').header('Cache-Control', 'public, max-age=86400').send(svg(400, 210, cardArt(req.params.host.replace(/\.svg$/, '')))),
  );
  app.get('/sandbox/thumbnail.svg', async (_req, reply) => reply.type('image/svg+xml').send(svg(400, 210, '<rect width="400" height="210" fill="#4f46e5"/>')));
  app.get('/headers/original/missing.png', async (_req, reply) => reply.type('image/png').send(MISSING_PNG));
};

