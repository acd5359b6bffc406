import type { mastodon } from 'masto';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { errorText } from '../../bridge/errorText';
import { remoteClient } from '../../bridge/remoteClient';
import { Avatar } from '../../components/Avatar';
import { ErrorPanel } from '../../components/ErrorPanel';
import { EmojiText } from '../../components/status/EmojiText';
import { isColleague } from '../../components/status/AuthorLine';
import { TimelineSkeleton } from '../timelines/TimelineRows';
import styles from './ProfilePanel.module.css';

interface AccountListProps {
  accountId: string;
  targetId: string;
  direction: 'followers' | 'following';
  onOpenAccount(idOrAcct: string): void;
}

interface ListState {
  people: mastodon.v1.Account[];
  next: Record<string, string> | undefined;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
}

/** Mastodon's largest page of followers or follows. */
const PAGE = 40;

/** Someone's followers or the people they follow, a page at a time; each opens their profile. */
export function AccountList({ accountId, targetId, direction, onOpenAccount }: AccountListProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<ListState>({ people: [], next: undefined, status: 'loading', error: null });

  // Sets state only in the answer's callbacks, so the first load can start from an effect.
  const fetchPage = useCallback(
    (query: Record<string, string> | undefined, previous: mastodon.v1.Account[]) =>
      remoteClient(accountId)
        .v1.accounts.$select(targetId)[direction].list({ limit: PAGE, ...query })
        .then(
          (page) => {
            const items = Array.isArray(page.items) ? page.items.filter((person) => typeof person?.id === 'string' && typeof person.acct === 'string') : [];
            setState({ people: [...previous, ...items], next: items.length > 0 ? page.next : undefined, status: 'ready', error: null });
          },
          (error: unknown) => setState({ people: previous, next: query, status: 'error', error: errorText(error) }),
        ),
    [accountId, targetId, direction],
  );

  useEffect(() => {
    void fetchPage(undefined, []);
  }, [fetchPage]);

  const load = (query: Record<string, string> | undefined, previous: mastodon.v1.Account[]) => {
    setState({ people: previous, next: query, status: 'loading', error: null });
    void fetchPage(query, previous);
  };

  if (state.status === 'loading' && state.people.length === 0) return <TimelineSkeleton />;
  if (state.status === 'error' && state.people.length === 0) return <ErrorPanel message={t('people.listFailed', { detail: state.error ?? '' })} onRetry={() => load(undefined, [])} />;
  if (state.people.length === 0) return <p className={styles.empty}>{t(`people.empty.${direction}`)}</p>;

  return (
    <>
      <ul className={styles.accountList}>
        {state.people.map((person) => {
          const name = person.displayName?.trim() || person.username;
          return (
            <li key={person.id}>
              <button type="button" className={styles.person} onClick={() => onOpenAccount(person.id)}>
                <Avatar src={person.avatarStatic || person.avatar} name={name} size={40} className={styles.smallAvatar} />
                <span className={styles.personNames}>
                  <span>
                    <EmojiText text={name} emojis={person.emojis} />
                  </span>
                  <span className={styles.muted}>
                    @{person.acct}
                    {isColleague(person) ? ` · ${t('people.colleague')}` : ''}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {state.status === 'error' && (
        <p className={styles.error} role="alert">
          {state.error}
        </p>
      )}
      {state.next && (
        <button type="button" className={styles.more} disabled={state.status === 'loading'} onClick={() => load(state.next, state.people)}>
          {state.status === 'error' ? t('people.retryMore') : t('people.morePeople')}
        </button>
      )}
    </>
  );
}
