import type { mastodon } from 'masto';
import { useEffect, useState } from 'react';
import type { DirectoryPerson } from '../../../shared/directory';
import { errorText } from '../../bridge/errorText';
import { remoteClient } from '../../bridge/remoteClient';
import { personFromAccount } from '../directory/personFromAccount';

/** What the welcome view shows besides the directory: you, the house rules, suggestions and hashtags. */
export interface FirstDayData {
  me: DirectoryPerson;
  organization: string;
  rules: string[];
  suggested: DirectoryPerson[];
  hashtags: string[];
}

export type FirstDayLoad = { status: 'loading' } | { status: 'ready'; data: FirstDayData } | { status: 'error'; error: string };

const SUGGESTIONS = 12;
const HASHTAGS = 10;

/** Settles to the value, or to `fallback` when that part is missing on the server (a welcome must not fail for it). */
const orElse = <T,>(promise: Promise<T>, fallback: T): Promise<T> => promise.catch(() => fallback);

/**
 * Loads the account, the instance's rules, the server's follow suggestions and its trending
 * hashtags. Only the account is required: the rest are left empty if the server lacks them.
 */
export function useFirstDayData(accountId: string, attempt: number): FirstDayLoad {
  const [load, setLoad] = useState<FirstDayLoad>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    const client = remoteClient(accountId);
    Promise.all([
      client.v1.accounts.verifyCredentials(),
      orElse(client.v2.instance.fetch(), null),
      orElse(client.v2.suggestions.list({ limit: SUGGESTIONS }), { items: [] as mastodon.v1.Suggestion[] }),
      orElse(client.v1.trends.tags.list({ limit: HASHTAGS }), { items: [] as mastodon.v1.Tag[] }),
    ]).then(
      ([me, instance, suggestions, tags]) => {
        if (!current) return;
        const suggested = (Array.isArray(suggestions.items) ? suggestions.items : []).flatMap((suggestion) => (suggestion?.account ? [personFromAccount(suggestion.account)] : []));
        setLoad({
          status: 'ready',
          data: {
            me: personFromAccount(me),
            organization: typeof instance?.title === 'string' ? instance.title : '',
            rules: (Array.isArray(instance?.rules) ? instance.rules : []).flatMap((rule) => (typeof rule?.text === 'string' && rule.text.trim() ? [rule.text] : [])),
            suggested,
            hashtags: (Array.isArray(tags.items) ? tags.items : []).flatMap((tag) => (typeof tag?.name === 'string' ? [tag.name] : [])),
          },
        });
      },
      (error: unknown) => current && setLoad({ status: 'error', error: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [accountId, attempt]);
  return load;
}
