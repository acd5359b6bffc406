import { z } from 'zod';

/** A native notification, as plain text. */
export interface DesktopNotification {
  title: string;
  body: string;
  /** Same tag, same notification: a repeat replaces rather than piles up. */
  tag: string;
}

// Read tolerantly (camelCase, as the stream hub delivers it): only what the text needs, from any compatible server.
const notificationSchema = z.object({
  id: z.string(),
  type: z.string(),
  account: z.object({ acct: z.string(), displayName: z.string().optional().default('') }),
  status: z.object({ content: z.string().optional().default(''), visibility: z.string().optional(), spoilerText: z.string().optional() }).nullish(),
});

/** The sentences of a desktop notification; `{who}` is the person. */
export interface NotifierStrings {
  mention: string;
  direct: string;
  follow: string;
  followRequest: string;
}

/** The notification sentences in the languages Atrium ships, picked by the OS locale. */
export function notifierStrings(locale: string): NotifierStrings {
  if (locale.toLowerCase().startsWith('es')) {
    return { mention: '{who} te ha mencionado', direct: 'Mensaje directo de {who}', follow: '{who} te sigue', followRequest: '{who} quiere seguirte' };
  }
  return { mention: '{who} mentioned you', direct: 'Direct message from {who}', follow: '{who} followed you', followRequest: '{who} asked to follow you' };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Post HTML as a line of plain text for the notification body (the OS shows text, not HTML). */
export function plainText(html: string, maxLength = 140): string {
  const text = html
    .replace(/<br\s*\/?>|<\/p>\s*<p[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (match, name: string) => {
      if (/^#x/i.test(name)) return fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#') && name !== '#39') return fromCodePoint(Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? match;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}

/**
 * The character a numeric reference names, or U+FFFD for one that names none, as HTML parsers do:
 * zero, a surrogate half, or beyond U+10FFFF (which `String.fromCodePoint` would throw on).
 */
function fromCodePoint(code: number): string {
  const valid = Number.isSafeInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : '\uFFFD';
}

/**
 * Decides whether a Mastodon notification deserves a desktop notification — mentions, direct
 * messages and follows; not every favourite — and words it. Returns null for the rest.
 */
export function describeNotification(raw: unknown, strings: NotifierStrings = notifierStrings('en')): DesktopNotification | null {
  const parsed = notificationSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { id, type, account, status } = parsed.data;
  const who = account.displayName.trim() || `@${account.acct}`;
  const say = (template: string) => template.replace('{who}', who);
  const body = status ? (status.spoilerText ? `⚠ ${status.spoilerText}` : plainText(status.content)) : `@${account.acct}`;
  switch (type) {
    case 'mention':
      return { title: say(status?.visibility === 'direct' ? strings.direct : strings.mention), body, tag: id };
    case 'follow':
      return { title: say(strings.follow), body, tag: id };
    case 'follow_request':
      return { title: say(strings.followRequest), body, tag: id };
    default:
      return null;
  }
}

/** What the notifier needs from the desktop (Electron's Notification and badge). */
export interface DesktopSurface {
  show(notification: DesktopNotification): void;
  setBadgeCount(count: number): void;
}

/** Shows notifications as they stream in and keeps the unread badge, cleared when the person looks. */
export class DesktopNotifier {
  private unread = 0;

  constructor(
    private readonly surface: DesktopSurface,
    private readonly strings: NotifierStrings = notifierStrings('en'),
  ) {}

  /** Handles one event from an account's `user` stream (or a check for notifications while it is down). */
  handle(event: string, payload: unknown): void {
    if (event !== 'notification') return;
    this.unread += 1;
    this.surface.setBadgeCount(this.unread);
    const notification = describeNotification(payload, this.strings);
    if (notification) this.surface.show(notification);
  }

  /** The person has seen their notifications. */
  markSeen(): void {
    this.unread = 0;
    this.surface.setBadgeCount(0);
  }
}
