import type { TFunction } from '../../i18n/translator';
import { UserCheck, UserPlus } from 'lucide-react';
import { useState } from 'react';
import { errorText } from '../../bridge/errorText';
import { remoteClient } from '../../bridge/remoteClient';
import { useDirectory } from './directoryStore';
import styles from './Directory.module.css';

/**
 * Follow or unfollow someone from a directory card. It knows the relationship from the batched
 * answer in the directory store (and waits for it before offering anything).
 */
export function FollowToggle({ accountId, targetId, name, t }: { accountId: string; targetId: string; name: string; t: TFunction }) {
  const relationship = useDirectory((state) => state.relationships[targetId]);
  const setRelationship = useDirectory((state) => state.setRelationship);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!relationship) return <span className={styles.followPlaceholder} aria-hidden="true" />;

  const following = relationship.following || relationship.requested;
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      const account = remoteClient(accountId).v1.accounts.$select(targetId);
      const answer = await (following ? account.unfollow() : account.follow());
      setRelationship(targetId, { following: Boolean(answer.following), requested: Boolean(answer.requested) });
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  const label = relationship.following ? t('directory.following') : relationship.requested ? t('directory.requested') : t('directory.follow');
  return (
    <div className={styles.follow}>
      <button
        type="button"
        className={styles.followButton}
        aria-pressed={following}
        aria-label={t(following ? 'directory.unfollowName' : 'directory.followName', { name })}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {following ? <UserCheck size={16} aria-hidden="true" /> : <UserPlus size={16} aria-hidden="true" />}
        {label}
      </button>
      {error && (
        <p className={styles.followError} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
