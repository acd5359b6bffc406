import { CalendarClock, ListPlus, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import { DeskDialog } from './DeskDialog';
import { formatDateTime } from './deskFormat';
import { nextFreeSlot } from './postingSlots';
import { SchedulePicker, scheduleVerdict } from './SchedulePicker';
import styles from './Scheduled.module.css';
import { useNow } from './useNow';
import { useQueueSlots } from './useQueueSlots';

/** What the composer hands the scheduling controls. */
export interface ScheduleControlsProps {
  /** The posting account: its queue and slots decide what is allowed and what is next. */
  accountId: string;
  /** The time the draft is scheduled for (ISO), or null to post at once. */
  scheduledAt: string | null;
  /** Sets or clears the draft's time. */
  onChange(scheduledAt: string | null): void;
  /** "Add to queue": the draft goes out at the account's next free posting slot (the caller sends it). */
  onQueue(scheduledAt: string): void;
}

/**
 * Scheduling inside the composer: "Schedule…" opens the picker (planning zone, quick choices, the
 * server's rules said first); "Add to queue" takes the account's next free posting slot. While a
 * time is set it is shown by name, with a way back to posting at once.
 */
export function ScheduleControls({ accountId, scheduledAt, onChange, onQueue }: ScheduleControlsProps) {
  const { t, i18n } = useTranslation();
  const zone = useAtrium((state) => state.planningZone);
  const loaded = useAtrium((state) => state.scheduledQueues[accountId] !== undefined && state.slotBook !== null);
  const context = useQueueSlots()(accountId);
  const now = useNow();
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState<number | null>(scheduledAt ? Date.parse(scheduledAt) : null);
  const trigger = useRef<HTMLButtonElement>(null);

  // The rules count what the account already has scheduled, and the queue needs its slots.
  useEffect(() => {
    const { scheduledQueues, slotBook, loadScheduled, loadSlots } = useAtrium.getState();
    if (!scheduledQueues[accountId]) void loadScheduled([accountId]);
    if (!slotBook) void loadSlots();
  }, [accountId]);

  const slot = loaded && context.plan ? nextFreeSlot(context.plan, now, context.existing) : null;
  const chosen = scheduledAt ? Date.parse(scheduledAt) : null;

  return (
    <div className={styles.composerSchedule}>
      {chosen !== null ? (
        <p className={styles.scheduledFor} role="status">
          <CalendarClock size={16} aria-hidden="true" />
          {t('scheduled.composer.scheduledFor', { when: formatDateTime(chosen, zone, i18n.language) })}
          <button type="button" className={styles.iconButton} aria-label={t('scheduled.composer.clear')} title={t('scheduled.composer.clear')} onClick={() => onChange(null)}>
            <X size={16} aria-hidden="true" />
          </button>
        </p>
      ) : null}
      <button ref={trigger} type="button" className={styles.ghost} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <CalendarClock size={16} aria-hidden="true" />
        {chosen === null ? t('scheduled.composer.schedule') : t('scheduled.composer.change')}
      </button>
      <button
        type="button"
        className={styles.ghost}
        disabled={slot === null}
        title={slot === null ? t('scheduled.newDialog.noSlots') : t('scheduled.composer.queueAt', { when: formatDateTime(slot, zone, i18n.language) })}
        onClick={() => slot !== null && onQueue(new Date(slot).toISOString())}
      >
        <ListPlus size={16} aria-hidden="true" />
        {t('scheduled.newDialog.addToQueue')}
      </button>
      <DeskDialog
        open={open}
        title={t('scheduled.composer.title')}
        description={t('scheduled.composer.description')}
        returnFocus={() => trigger.current}
        onOpenChange={setOpen}
        onSubmit={() => {
          if (at === null) return;
          onChange(new Date(at).toISOString());
          setOpen(false);
        }}
        submitLabel={t('scheduled.composer.set')}
        submitDisabled={at === null || !scheduleVerdict(at, context, now).ok}
      >
        <SchedulePicker value={at} onChange={setAt} context={context} />
      </DeskDialog>
    </div>
  );
}
