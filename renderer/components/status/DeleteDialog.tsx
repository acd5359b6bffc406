import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import type { mastodon } from 'masto';
import { useTranslation } from '../../i18n/useTranslation';
import { remoteClient } from '../../bridge/remoteClient';
import { useAtrium } from '../../store/store';
import styles from './Dialog.module.css';
import { errorText } from '../../bridge/errorText';

interface DeleteDialogProps {
  accountId: string;
  statusId: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Delete and redraft: gets the deleted post as the server returns it (with its source `text`). */
  onRedraft?: (deleted: mastodon.v1.Status) => void;
}

/** Asks before deleting one of your posts (or deleting it to redraft); removes it everywhere once the server agrees. */
export function DeleteDialog({ accountId, statusId, open, onOpenChange, onRedraft }: DeleteDialogProps) {
  const { t } = useTranslation();
  const removeStatus = useAtrium((state) => state.removeStatus);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const deleted = await remoteClient(accountId).v1.statuses.$select(statusId).remove();
      onOpenChange(false);
      removeStatus(statusId);
      onRedraft?.(deleted);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content className={styles.content} role="alertdialog">
          <Dialog.Title className={styles.title}>{t(onRedraft ? 'status.redraft.title' : 'status.delete.title')}</Dialog.Title>
          <Dialog.Description className={styles.description}>{t(onRedraft ? 'status.redraft.description' : 'status.delete.description')}</Dialog.Description>
          {error && <p className={styles.error} role="alert">{error}</p>}
          <div className={styles.buttons}>
            <Dialog.Close className={styles.button}>{t('status.dialog.cancel')}</Dialog.Close>
            <button type="button" className={styles.danger} disabled={busy} onClick={() => void confirm()}>
              {busy ? t('status.delete.deleting') : t(onRedraft ? 'status.redraft.confirm' : 'status.delete.confirm')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
