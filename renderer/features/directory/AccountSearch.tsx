import { Search } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DirectoryPerson } from '../../../shared/directory';
import { errorText } from '../../bridge/errorText';
import { remoteClient } from '../../bridge/remoteClient';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PeopleList } from './PeopleList';
import { personFromAccount } from './personFromAccount';
import styles from './Directory.module.css';

/** Wait this long after the last key press before asking the server. */
const DEBOUNCE_MS = 250;

type SearchState = { status: 'idle' } | { status: 'searching' } | { status: 'done'; people: DirectoryPerson[] } | { status: 'failed'; error: string };

/**
 * For a server without a directory: says so plainly, and searches accounts on the server instead
 * (`/api/v2/search`, accounts only).
 */
export function AccountSearch({ accountId, selfId, onOpenProfile }: { accountId: string; selfId: string; onOpenProfile(id: string): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [answer, setState] = useState<SearchState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    const q = text.trim();
    if (q === '') return;
    let current = true;
    const timer = setTimeout(() => {
      setState({ status: 'searching' });
      remoteClient(accountId)
        .v2.search.list({ q, type: 'accounts', limit: 40 })
        .then(
          (page) => current && setState({ status: 'done', people: (Array.isArray(page.items?.accounts) ? page.items.accounts : []).map(personFromAccount) }),
          (error: unknown) => current && setState({ status: 'failed', error: errorText(error) }),
        );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [accountId, text, attempt]);

  // An empty box shows the hint, whatever the last search answered.
  const state: SearchState = text.trim() === '' ? { status: 'idle' } : answer;
  const people = state.status === 'done' ? state.people : [];
  const byId = new Map(people.map((person) => [person.id, person]));
  return (
    <div className={styles.directory}>
      <div className={styles.toolbar}>
        <p className={styles.notice}>{t('directory.noDirectory')}</p>
        <label className={styles.search}>
          <Search size={18} aria-hidden="true" />
          <span className="visually-hidden">{t('directory.searchAccountsLabel')}</span>
          <input ref={input} type="search" value={text} placeholder={t('directory.searchAccountsPlaceholder')} onChange={(event) => setText(event.target.value)} />
        </label>
        <p className={styles.count} role="status">
          {state.status === 'searching' ? t('directory.searching') : state.status === 'done' ? t('directory.resultCount', { count: people.length }) : ''}
        </p>
      </div>
      {state.status === 'failed' ? (
        <ErrorPanel message={t('directory.searchFailed', { detail: state.error })} onRetry={() => setAttempt((n) => n + 1)} />
      ) : (
        <PeopleList
          accountId={accountId}
          ids={people.map((person) => person.id)}
          person={(id) => byId.get(id)}
          facets={[]}
          label={t('directory.searchResults')}
          empty={<p className={styles.empty}>{state.status === 'done' ? t('directory.noMatches') : t('directory.searchHint')}</p>}
          selfId={selfId}
          onOpenProfile={onOpenProfile}
        />
      )}
    </div>
  );
}
