import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { remoteClient } from '../../bridge/remoteClient';
import { useAtrium } from '../../store/store';
import styles from './Dialog.module.css';
import { errorText } from '../../bridge/errorText';

/** Asks before deleting one of your posts; removes it everywhere once the server agrees. */
export function DeleteDialog({ accountId, statusId, open, onOpenChange }: { accountId: string; statusId: string; open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useTranslation();
  const removeStatus = useAtrium((state) => state.removeStatus);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await remoteClient(accountId).v1.statuses.$select(statusId).remove();
      onOpenChange(false);
      removeStatus(statusId);
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
          <Dialog.Title className={styles.title}>{t('status.delete.title')}</Dialog.Title>
          <Dialog.Description className={styles.description}>{t('status.delete.description')}</Dialog.Description>
          {error && <p className={styles.error} role="alert">{error}</p>}
          <div className={styles.buttons}>
            <Dialog.Close className={styles.button}>{t('status.dialog.cancel')}</Dialog.Close>
            <button type="button" className={styles.danger} disabled={busy} onClick={() => void confirm()}>
              {busy ? t('status.delete.deleting') : t('status.delete.confirm')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
