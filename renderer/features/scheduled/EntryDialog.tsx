import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import dialogStyles from '../../components/status/Dialog.module.css';
import { useAtrium } from '../../store/store';
import { AccountSelect } from './AccountSelect';
import { DeskDialog } from './DeskDialog';
import { PostFields } from './PostFields';
import type { DeskEntry } from './deskEntry';
import { excerpt } from './deskLogic';
import type { EntryAction } from './EntryCard';
import { SchedulePicker, scheduleVerdict } from './SchedulePicker';
import { useNow } from './useNow';
import { useQueueSlots } from './useQueueSlots';

/** The dialog of one action on one post; focus goes back to `returnTo` (or the desk) when it closes. */
export function EntryDialog({ action, entry, onClose, returnTo }: { action: EntryAction; entry: DeskEntry; onClose(): void; returnTo: HTMLElement | null }) {
  const { t } = useTranslation();
  const accounts = useAtrium((state) => state.accounts);
  const { reschedule, editScheduled, postScheduledNow, cancelScheduled, duplicateScheduled } = useAtrium.getState();
  const others = accounts.filter((account) => account.id !== entry.accountId && !account.needsSignIn);
  const owner = accounts.find((account) => account.id === entry.accountId);
  const [at, setAt] = useState<number | null>(action === 'duplicate' ? null : entry.at);
  const [text, setText] = useState(entry.text);
  const [warning, setWarning] = useState(entry.spoilerText);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const slotsFor = useQueueSlots();
  const context = action === 'duplicate' ? slotsFor(target) : { ...slotsFor(entry.accountId), movingId: entry.id };

  const run = async (work: () => Promise<boolean>) => {
    setBusy(true);
    setError(null);
    const done = await work();
    setBusy(false);
    const stillThere = (useAtrium.getState().scheduledQueues[entry.accountId]?.entries ?? []).some((other) => other.key === entry.key);
    // A post someone else already sent or cancelled has nothing left to edit: the desk says what happened.
    if (done || (!stillThere && action !== 'duplicate' && action !== 'now')) onClose();
    else setError(useAtrium.getState().deskAnnouncement);
  };
  const now = useNow();
  const timeOk = at !== null && scheduleVerdict(at, context, now).ok;
  const submit: Record<EntryAction, { label: string; enabled: boolean; work(): Promise<boolean>; danger?: boolean }> = {
    time: { label: t('scheduled.dialog.saveTime'), enabled: timeOk, work: () => reschedule(entry, at ?? entry.at) },
    edit: { label: t('scheduled.dialog.saveEdit'), enabled: text.trim() !== '' || entry.media.length > 0, work: () => editScheduled(entry, { text, spoilerText: warning }) },
    now: { label: t('scheduled.dialog.postNow'), enabled: true, work: () => postScheduledNow(entry) },
    duplicate: { label: t('scheduled.dialog.duplicate'), enabled: timeOk && target !== '', work: () => duplicateScheduled(entry, target, at ?? 0) },
    cancel: { label: t('scheduled.dialog.cancelPost'), enabled: true, work: () => cancelScheduled(entry), danger: true },
  };
  const body: Record<EntryAction, ReactNode> = {
    time: <SchedulePicker value={at} onChange={setAt} context={context} />,
    edit: (
      <>
        <PostFields warning={warning} text={text} rows={6} required={entry.media.length === 0} onWarning={setWarning} onText={setText} />
        <p className={dialogStyles.meta}>{t('scheduled.dialog.editHow')}</p>
      </>
    ),
    now: null,
    duplicate: (
      <>
        <AccountSelect label={t('scheduled.dialog.toAccount')} accounts={others} value={target} onChange={setTarget} />
        {others.length === 0 && <p className={dialogStyles.meta}>{t('scheduled.dialog.noOtherAccount')}</p>}
        {entry.media.length > 0 && <p className={dialogStyles.meta}>{t('scheduled.dialog.mediaNotCopied')}</p>}
        <SchedulePicker value={at} onChange={setAt} context={context} />
      </>
    ),
    cancel: null,
  };
  const step = submit[action];

  return (
    <DeskDialog
      title={t(`scheduled.dialog.${action}Title`)}
      description={t(`scheduled.dialog.${action}Description`, { text: excerpt(entry.spoilerText || entry.text) || t('scheduled.noText'), account: owner ? `@${owner.acct}` : '' })}
      role={action === 'cancel' || action === 'now' ? 'alertdialog' : 'dialog'}
      returnFocus={() => (returnTo?.isConnected ? returnTo : document.getElementById('scheduled-desk'))}
      onOpenChange={(open) => !open && onClose()}
      onSubmit={() => void run(step.work)}
      submitLabel={busy ? t('scheduled.dialog.working') : step.label}
      submitDisabled={!step.enabled || busy}
      danger={step.danger}
      error={error}
    >
      {body[action]}
    </DeskDialog>
  );
}
