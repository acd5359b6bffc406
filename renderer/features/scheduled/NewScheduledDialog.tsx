import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { errorText } from '../../bridge/errorText';
import dialogStyles from '../../components/status/Dialog.module.css';
import { useAtrium } from '../../store/store';
import { AccountSelect } from './AccountSelect';
import { DeskDialog } from './DeskDialog';
import { PostFields } from './PostFields';
import { nextFreeSlot } from './postingSlots';
import { SchedulePicker, scheduleVerdict } from './SchedulePicker';
import { useNow } from './useNow';
import { useQueueSlots } from './useQueueSlots';

/**
 * The desk's own way to schedule a post: the account, the words, and a time or the account's next
 * free slot ("Add to queue"). The composer schedules through the same store action.
 */
export function NewScheduledDialog({ onClose, returnTo }: { onClose(): void; returnTo: HTMLElement | null }) {
  const { t } = useTranslation();
  const accounts = useAtrium((state) => state.accounts).filter((account) => !account.needsSignIn);
  const activeId = useAtrium((state) => state.activeAccountId);
  const schedulePost = useAtrium((state) => state.schedulePost);
  const [accountId, setAccountId] = useState(activeId ?? accounts[0]?.id ?? '');
  const [text, setText] = useState('');
  const [warning, setWarning] = useState('');
  const [at, setAt] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per form: a retry after a lost answer cannot schedule the post twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const context = useQueueSlots()(accountId);
  const now = useNow();
  const slot = context.plan ? nextFreeSlot(context.plan, now, context.existing) : null;

  const send = async (when: number | null) => {
    if (when === null || !scheduleVerdict(when, context, now).ok || text.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      await schedulePost(accountId, { text, spoilerText: warning }, when, idempotencyKey);
      onClose();
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };

  return (
    <DeskDialog
      title={t('scheduled.newDialog.title')}
      description={t('scheduled.newDialog.description')}
      returnFocus={() => returnTo}
      onOpenChange={(open) => !open && onClose()}
      onSubmit={() => void send(at)}
      submitLabel={busy ? t('scheduled.dialog.working') : t('scheduled.newDialog.schedule')}
      submitDisabled={busy || at === null || !scheduleVerdict(at, context, now).ok || text.trim() === ''}
      error={error}
      extraButtons={
        <button type="button" className={dialogStyles.button} disabled={busy || slot === null || text.trim() === ''} title={slot === null ? t('scheduled.newDialog.noSlots') : undefined} onClick={() => void send(slot)}>
          {t('scheduled.newDialog.addToQueue')}
        </button>
      }
    >
      <AccountSelect label={t('scheduled.newDialog.account')} accounts={accounts} value={accountId} onChange={setAccountId} />
      <PostFields warning={warning} text={text} rows={5} required onWarning={setWarning} onText={setText} />
      <SchedulePicker value={at} onChange={setAt} context={context} />
    </DeskDialog>
  );
}
