import type { Visibility } from '../../../shared/domain';
import { asVisibility } from './visibilities';
import { remoteClient } from '../../bridge/remoteClient';
import { defaultInstanceRules, readInstanceRules, type InstanceRules } from './instanceRules';
import { forgetServerCapabilities, serverCapabilities } from '../live/serverCapabilities';

/** What the composer needs to know about a posting account: its instance's rules and its own posting defaults. */
export interface AccountContext {
  rules: InstanceRules;
  /** The account's default visibility (`source.privacy`), if the server said. */
  privacy: Visibility | null;
  /** The account's default language (`source.language`), if set. */
  language: string | null;
}

const contexts = new Map<string, Promise<AccountContext>>();

async function load(accountId: string): Promise<AccountContext> {
  const client = remoteClient(accountId);
  // Any answer may fail (offline, old server): the composer still works with Mastodon's defaults, without quotes.
  const [instance, me, capabilities] = await Promise.allSettled([client.v2.instance.fetch(), client.v1.accounts.verifyCredentials(), serverCapabilities(accountId)]);
  const source = me.status === 'fulfilled' ? (me.value.source as { privacy?: unknown; language?: unknown } | undefined) : undefined;
  const privacy = asVisibility(source?.privacy);
  const language = typeof source?.language === 'string' && source.language !== '' ? source.language : null;
  if (instance.status === 'rejected' || me.status === 'rejected') contexts.delete(accountId);
  const rules = instance.status === 'fulfilled' ? readInstanceRules(instance.value) : defaultInstanceRules;
  return { rules: { ...rules, quotes: capabilities.status === 'fulfilled' && capabilities.value.quotes }, privacy, language };
}

/** The account's context, fetched once per account (again after a failed try). */
export function accountContext(accountId: string): Promise<AccountContext> {
  let context = contexts.get(accountId);
  if (!context) {
    context = load(accountId);
    contexts.set(accountId, context);
  }
  return context;
}

/** Forgets what was learnt (tests, sign-out). */
export function forgetAccountContexts(): void {
  contexts.clear();
  forgetServerCapabilities();
}
