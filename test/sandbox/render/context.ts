import type { AccountRecord } from '../core/model';
import type { Store } from '../core/store';

/** What rendering needs to know about the running sandbox. */
export interface RenderContext {
  store: Store;
  /** e.g. `http://127.0.0.1:53211` */
  origin: string;
  /** The instance's domain as Mastodon reports it (host and port). */
  domain: string;
  nowMs(): number;
}

/** An ISO timestamp, as Mastodon writes them (milliseconds, `Z`). */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Where an account's profile page lives (remote ones on their own server). */
export function profileUrl(ctx: RenderContext, account: AccountRecord): string {
  return account.domain ? `https://${account.domain}/@${account.username}` : `${ctx.origin}/@${account.username}`;
}

/** The ActivityPub actor URI of an account. */
export function actorUri(ctx: RenderContext, account: AccountRecord): string {
  return account.domain ? `https://${account.domain}/users/${account.username}` : `${ctx.origin}/users/${account.username}`;
}
