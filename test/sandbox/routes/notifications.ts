import type { FastifyInstance } from 'fastify';
import { invalid, notFound } from '../core/errors';
import type { MarkRecord, NotificationRecord, StatusRecord } from '../core/model';
import { canSee } from '../core/visibility';
import type { Api } from '../http/api';
import { int, str, strings, type Params } from '../http/params';
import type { Store } from '../core/store';
import { iso } from '../render/context';
import { renderNotification, renderStatus } from '../render/status';

/** Which notifications a list asks for (`types`, `exclude_types`, `account_id`), leaving out those whose post is gone; v1 and v2 alike. */
export function notificationFilter(p: Params, store: Store): (n: NotificationRecord) => boolean {
  const types = strings(p, 'types');
  const exclude = strings(p, 'exclude_types');
  const from = str(p, 'account_id');
  return (n) => {
    if (types.length > 0 && !types.includes(n.type)) return false;
    if (exclude.includes(n.type)) return false;
    if (from !== undefined && n.fromAccountId !== from) return false;
    return n.statusId === null || store.statuses.has(n.statusId);
  };
}

/** Notifications (with type filters), markers, bookmarks and favourites. */
export const notificationRoutes = (app: FastifyInstance, api: Api): void => {
  const { store, ctx } = api;

  app.get('/api/v1/notifications', async (req, reply) => {
    const me = api.user(req, 'read:notifications');
    const all = store.notifications.get(me.id) ?? [];
    const page = api.page(req, reply, all, (n) => n.id, [40, 80], notificationFilter(api.params(req), store));
    return page.map((n) => renderNotification(ctx, n));
  });

  app.get('/api/v1/notifications/unread_count', async (req) => {
    const me = api.user(req, 'read:notifications');
    const marker = store.markersOf(me.id).get('notifications');
    const all = store.notifications.get(me.id) ?? [];
    const unread = marker ? all.filter((n) => BigInt(n.id) > BigInt(marker.lastReadId)).length : all.length;
    return { count: Math.min(unread, int(api.params(req), 'limit') ?? 100) };
  });

  app.get<{ Params: { id: string } }>('/api/v1/notifications/:id', async (req) => {
    const me = api.user(req, 'read:notifications');
    const n = (store.notifications.get(me.id) ?? []).find((x) => x.id === req.params.id);
    if (!n) throw notFound();
    return renderNotification(ctx, n);
  });

  app.post<{ Params: { id: string } }>('/api/v1/notifications/:id/dismiss', async (req) => {
    const me = api.user(req, 'write:notifications');
    const all: NotificationRecord[] = store.notifications.get(me.id) ?? [];
    const at = all.findIndex((n) => n.id === req.params.id);
    if (at < 0) throw notFound();
    all.splice(at, 1);
    return {};
  });

  app.post('/api/v1/notifications/clear', async (req) => {
    const me = api.user(req, 'write:notifications');
    store.notifications.set(me.id, []);
    return {};
  });

  app.get('/api/v1/markers', async (req) => {
    const me = api.user(req, 'read:statuses');
    const wanted = strings(api.params(req), 'timeline');
    const markers = store.markersOf(me.id);
    const out: Record<string, unknown> = {};
    for (const name of wanted.length > 0 ? wanted : ['home', 'notifications']) {
      const m = markers.get(name);
      if (m) out[name] = { last_read_id: m.lastReadId, version: m.version, updated_at: iso(m.updatedAt) };
    }
    return out;
  });

  app.post('/api/v1/markers', async (req) => {
    const me = api.user(req, 'write:statuses');
    const p = api.params(req);
    const markers = store.markersOf(me.id);
    const out: Record<string, unknown> = {};
    for (const name of ['home', 'notifications']) {
      const given = p[name] as Record<string, unknown> | undefined;
      const lastReadId = given ? str(given, 'last_read_id') : undefined;
      if (!lastReadId) continue;
      const prior = markers.get(name);
      const next = { lastReadId, version: (prior?.version ?? -1) + 1, updatedAt: api.clock.nowMs() };
      markers.set(name, next);
      out[name] = { last_read_id: next.lastReadId, version: next.version, updated_at: iso(next.updatedAt) };
    }
    if (Object.keys(out).length === 0) throw invalid('Last read id can\'t be blank');
    return out;
  });

  const marked = (kind: 'favourites' | 'bookmarks', scope: string) =>
    app.get(`/api/v1/${kind}`, async (req, reply) => {
      const me = api.user(req, scope);
      const page = api.page(req, reply, store.marks(kind, me.id), (m: MarkRecord) => m.id, [20, 40], (m) => {
        const s = store.statuses.get(m.statusId);
        return s !== undefined && canSee(store, s, me.id);
      });
      return page.map((m) => renderStatus(ctx, store.statuses.get(m.statusId) as StatusRecord, me.id));
    });
  marked('favourites', 'read:favourites');
  marked('bookmarks', 'read:bookmarks');
};
