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
  /** False when the sandbox plays a server without quote posts: statuses carry no quote fields. Default true. */
  quotes?: boolean;
}

/** An ISO timestamp, as Mastodon writes them (milliseconds, `Z`). */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Where an account's profile page lives (remote ones on their own server). */
export function profileUrl(ctx: RenderContext, account: AccountRecord): string {
  return `${serverOf(ctx, account)}/@${account.username}`;
}

/** The origin of an account's server: this sandbox, another one on this computer, or https on its domain. */
export function serverOf(ctx: RenderContext, account: AccountRecord): string {
  if (!account.domain) return ctx.origin;
  return account.origin ?? `https://${account.domain}`;
}

/** The ActivityPub actor URI of an account. */
export function actorUri(ctx: RenderContext, account: AccountRecord): string {
  return `${serverOf(ctx, account)}/users/${account.username}`;
}
