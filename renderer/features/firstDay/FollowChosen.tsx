import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { remoteClient } from '../../bridge/remoteClient';
import { useDirectory } from '../directory/directoryStore';
import { useFollowAll } from '../directory/useFollowAll';
import styles from './FirstDay.module.css';

/**
 * The one button of the welcome view: follows the ticked hashtags, then the ticked people (skipping
 * anyone already followed and waiting out the server's rate limit), and says how it went.
 */
export function FollowChosen({ accountId, people, tags }: { accountId: string; people: string[]; tags: string[] }) {
  const { t } = useTranslation();
  const { run, start, cancel } = useFollowAll(accountId);
  const [tagResult, setTagResult] = useState<{ followed: number; failed: number } | null>(null);
  const relationships = useDirectory((state) => state.relationships);
  const toFollow = people.filter((id) => !relationships[id]?.following && !relationships[id]?.requested);

  const follow = async () => {
    let followed = 0;
    let failed = 0;
    for (const tag of tags) {
      try {
        await remoteClient(accountId).v1.tags.$select(tag).follow();
        followed += 1;
      } catch {
        failed += 1;
      }
    }
    setTagResult(tags.length > 0 ? { followed, failed } : null);
    start(toFollow);
  };

  let status = '';
  if (run.state === 'running') {
    status =
      run.progress.waitingSeconds !== null
        ? t('directory.followAllWaiting', { seconds: run.progress.waitingSeconds })
        : t('firstDay.progress', { done: run.progress.done, total: run.progress.total });
  } else if (run.state === 'finished') {
    status = t('firstDay.done', {
      people: t('firstDay.peopleCount', { count: run.progress.followed }),
      tags: t('firstDay.tagCount', { count: tagResult?.followed ?? 0 }),
    });
    if (run.progress.failed + (tagResult?.failed ?? 0) > 0) status += ` ${t('firstDay.someFailed', { count: run.progress.failed + (tagResult?.failed ?? 0) })}`;
  } else if (run.state === 'failed') {
    status = t('directory.followAllFailed', { detail: run.error });
  }
  const nothing = toFollow.length === 0 && tags.length === 0;
  const peopleText = t('firstDay.peopleCount', { count: toFollow.length });
  const tagsText = t('firstDay.tagCount', { count: tags.length });
  const label =
    toFollow.length > 0 && tags.length > 0 ? t('firstDay.followBoth', { people: peopleText, tags: tagsText }) : t('firstDay.followOne', { what: tags.length > 0 ? tagsText : peopleText });
  return (
    <div className={styles.footer}>
      {run.state === 'running' ? (
        <button type="button" className={styles.secondaryButton} onClick={cancel}>
          {t('directory.cancelFollowAll')}
        </button>
      ) : (
        <button type="button" className={styles.primaryButton} disabled={nothing} onClick={() => void follow()}>
          {label}
        </button>
      )}
      <p className={styles.status} role="status">
        {status}
      </p>
    </div>
  );
}
