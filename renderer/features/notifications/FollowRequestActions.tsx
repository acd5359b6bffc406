import { Check, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import styles from './NotificationsView.module.css';

/**
 * Accept and Reject for a follow request. While the answer travels both buttons wait; when the
 * server refuses, the reason stays beside them and pressing either again retries.
 */
export function FollowRequestActions({ accountId, requesterId, name }: { accountId: string; requesterId: string; name: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const answer = async (accept: boolean, button: HTMLElement) => {
    setBusy(true);
    setError(null);
    // Where focus goes once this row is gone: the neighbouring row, so the keyboard keeps its place.
    const row = button.closest('article');
    const neighbour = row?.nextElementSibling ?? row?.previousElementSibling ?? null;
    const failed = await useAtrium.getState().answerFollowRequest(accountId, requesterId, accept);
    // On success the row leaves the list, so only a failure needs this component again.
    if (failed !== null) {
      setBusy(false);
      setError(failed);
    } else if (neighbour instanceof HTMLElement) {
      (neighbour.tabIndex >= 0 ? neighbour : neighbour.querySelector<HTMLElement>('button'))?.focus();
    }
  };
  return (
    <div className={styles.requestActions}>
      <button type="button" className={styles.accept} disabled={busy} onClick={(event) => void answer(true, event.currentTarget)} aria-label={t('notifications.request.acceptLabel', { name })}>
        <Check size={16} aria-hidden="true" />
        {t('notifications.request.accept')}
      </button>
      <button type="button" className={styles.reject} disabled={busy} onClick={(event) => void answer(false, event.currentTarget)} aria-label={t('notifications.request.rejectLabel', { name })}>
        <X size={16} aria-hidden="true" />
        {t('notifications.request.reject')}
      </button>
      {error && (
        <p role="alert" className={styles.requestError}>
          {t('notifications.request.failed', { detail: error })}
        </p>
      )}
    </div>
  );
}
