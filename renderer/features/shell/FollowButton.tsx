import type { mastodon } from 'masto';
import { UserCheck, UserPlus } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { remoteClient } from '../../bridge/remoteClient';
import styles from './FollowButton.module.css';
import { errorText } from '../../bridge/errorText';

type FollowState = { status: 'loading' } | { status: 'ready'; following: boolean; requested: boolean; busy: boolean; error: string | null };

const fromRelationship = (relationship: mastodon.v1.Relationship | undefined, error: string | null = null): FollowState => ({
  status: 'ready',
  following: Boolean(relationship?.following),
  requested: Boolean(relationship?.requested),
  busy: false,
  error,
});

/** Follow or unfollow someone from their profile; says so in words when the server refuses. */
export function FollowButton({ accountId, targetId }: { accountId: string; targetId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<FollowState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    remoteClient(accountId)
      .v1.accounts.relationships.fetch({ id: [targetId] })
      .then(
        ([relationship]) => !cancelled && setState(fromRelationship(relationship)),
        (error: unknown) => !cancelled && setState(fromRelationship(undefined, errorText(error))),
      );
    return () => {
      cancelled = true;
    };
  }, [accountId, targetId]);

  if (state.status === 'loading') return null;
  const toggle = async () => {
    setState({ ...state, busy: true, error: null });
    try {
      const account = remoteClient(accountId).v1.accounts.$select(targetId);
      setState(fromRelationship(await (state.following || state.requested ? account.unfollow() : account.follow())));
    } catch (error) {
      setState({ ...state, busy: false, error: errorText(error) });
    }
  };
  const label = state.following ? t('shell.following') : state.requested ? t('shell.requested') : t('shell.follow');

  return (
    <div className={styles.follow}>
      <button type="button" className={styles.followButton} aria-pressed={state.following} disabled={state.busy} onClick={() => void toggle()}>
        {state.following ? <UserCheck size={16} aria-hidden="true" /> : <UserPlus size={16} aria-hidden="true" />}
        {label}
      </button>
      {state.error && (
        <p className={styles.followError} role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}
