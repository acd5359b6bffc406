import * as Dialog from '@radix-ui/react-dialog';
import type { mastodon } from 'masto';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { remoteClient } from '../../bridge/remoteClient';
import styles from './Dialog.module.css';
import { errorText } from '../../bridge/errorText';

/** Props of ReportDialog: the post reported and its author. */
export interface ReportDialogProps {
  accountId: string;
  statusId: string;
  authorId: string;
  authorHandle: string;
  open: boolean;
  onOpenChange(open: boolean): void;
}

/** Reports a post to the organization's moderators, with the instance's rules to choose from. */
export function ReportDialog({ accountId, statusId, authorId, authorHandle, open, onOpenChange }: ReportDialogProps) {
  const { t } = useTranslation();
  const [rules, setRules] = useState<mastodon.v1.Rule[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [state, setState] = useState<'editing' | 'sending' | 'sent'>('editing');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    // The rules come with the instance (v2); older servers without them get an empty list and "other".
    remoteClient(accountId)
      .v2.instance.fetch()
      .then((instance) => live && setRules(instance.rules ?? []))
      .catch(() => live && setRules([]));
    return () => {
      live = false;
    };
  }, [open, accountId]);

  const send = async () => {
    setState('sending');
    setError(null);
    try {
      await remoteClient(accountId).v1.reports.create({
        accountId: authorId,
        statusIds: [statusId],
        ruleIds: chosen,
        category: chosen.length > 0 ? 'violation' : 'other',
        comment: comment.trim() || undefined,
      });
      setState('sent');
    } catch (failure) {
      setError(errorText(failure));
      setState('editing');
    }
  };

  const toggle = (id: string) => setChosen((current) => (current.includes(id) ? current.filter((rule) => rule !== id) : [...current, id]));

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content className={styles.content}>
          <Dialog.Title className={styles.title}>{t('status.report.title', { handle: authorHandle })}</Dialog.Title>
          <Dialog.Description className={styles.description}>
            {state === 'sent' ? t('status.report.sent') : t('status.report.description')}
          </Dialog.Description>
          {state !== 'sent' && (
            <>
              {rules === null && <p role="status">{t('status.report.loadingRules')}</p>}
              {rules && rules.length > 0 && (
                <fieldset className={styles.list}>
                  <legend>{t('status.report.rules')}</legend>
                  {rules.map((rule) => (
                    <label key={rule.id} className={styles.check}>
                      <input type="checkbox" checked={chosen.includes(rule.id)} onChange={() => toggle(rule.id)} />
                      <span>{rule.text}</span>
                    </label>
                  ))}
                </fieldset>
              )}
              <label>
                {t('status.report.comment')}
                <textarea className={styles.textarea} value={comment} maxLength={1000} onChange={(event) => setComment(event.target.value)} />
              </label>
              {error && <p className={styles.error} role="alert">{error}</p>}
            </>
          )}
          <div className={styles.buttons}>
            <Dialog.Close className={styles.button}>{state === 'sent' ? t('status.dialog.close') : t('status.dialog.cancel')}</Dialog.Close>
            {state !== 'sent' && (
              <button type="button" className={styles.primary} disabled={state === 'sending'} onClick={() => void send()}>
                {state === 'sending' ? t('status.report.sending') : t('status.report.send')}
              </button>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
