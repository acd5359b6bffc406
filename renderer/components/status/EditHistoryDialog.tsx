import * as Dialog from '@radix-ui/react-dialog';
import type { mastodon } from 'masto';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { remoteClient } from '../../bridge/remoteClient';
import { RelativeTime } from './RelativeTime';
import { RichText, type RichTextLinkHandlers } from './RichText';
import styles from './Dialog.module.css';
import { errorText } from '../../bridge/errorText';

/** Every version of an edited post, newest first, fetched when the dialog opens. */
export function EditHistoryDialog({
  accountId,
  statusId,
  open,
  onOpenChange,
  ...links
}: { accountId: string; statusId: string; open: boolean; onOpenChange(open: boolean): void } & RichTextLinkHandlers) {
  const { t } = useTranslation();
  const [versions, setVersions] = useState<mastodon.v1.StatusEdit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    remoteClient(accountId)
      .v1.statuses.$select(statusId)
      .history.list()
      .then((page) => live && setVersions([...page.items].reverse()))
      .catch((failure: unknown) => live && setError(errorText(failure)));
    return () => {
      live = false;
    };
  }, [open, accountId, statusId]);

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content className={styles.content}>
          <Dialog.Title className={styles.title}>{t('status.history.title')}</Dialog.Title>
          <Dialog.Description className={styles.description}>{t('status.history.description')}</Dialog.Description>
          {error && <p className={styles.error} role="alert">{error}</p>}
          {!versions && !error && <p role="status">{t('status.history.loading')}</p>}
          {versions && (
            <ol className={styles.list}>
              {versions.map((version, index) => (
                <li key={version.createdAt + index} className={styles.version}>
                  <p className={styles.meta}>
                    {index === versions.length - 1 ? t('status.history.original') : t('status.history.edited')} <RelativeTime iso={version.createdAt} />
                  </p>
                  {version.spoilerText && <p><strong>{version.spoilerText}</strong></p>}
                  <RichText html={version.content} emojis={version.emojis} {...links} />
                </li>
              ))}
            </ol>
          )}
          <div className={styles.buttons}>
            <Dialog.Close className={styles.button}>{t('status.dialog.close')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
