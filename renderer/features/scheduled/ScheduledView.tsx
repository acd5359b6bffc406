import { CalendarDays, CalendarPlus, List, RefreshCw, Send, TimerReset, X } from 'lucide-react';
import { Suspense, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ErrorPanel } from '../../components/ErrorPanel';
import { lazyNamed } from '../../components/lazyNamed';
import { useAtrium } from '../../store/store';
import { AccountFilter } from './AccountFilter';
import { AgendaView } from './AgendaView';
import type { DeskEntry } from './deskEntry';
import type { EntryAction } from './EntryCard';
import { EntryDialog } from './EntryDialog';
import styles from './Scheduled.module.css';
import { useDeskRefresh } from './useDeskRefresh';
import { WeekView } from './WeekView';

const SentView = lazyNamed(() => import('./SentView'), 'SentView');
const SlotsEditor = lazyNamed(() => import('./SlotsEditor'), 'SlotsEditor');
const NewScheduledDialog = lazyNamed(() => import('./NewScheduledDialog'), 'NewScheduledDialog');

type DeskTab = 'agenda' | 'week' | 'sent' | 'slots';
const tabs: { tab: DeskTab; icon: typeof List }[] = [
  { tab: 'agenda', icon: List },
  { tab: 'week', icon: CalendarDays },
  { tab: 'sent', icon: Send },
  { tab: 'slots', icon: TimerReset },
];

/**
 * The scheduling desk: what every signed-in account has scheduled, as an agenda or a week,
 * filtered by account; what went out (Sent); and each account's posting slots.
 */
export function ScheduledView() {
  const { t } = useTranslation();
  const accounts = useAtrium((state) => state.accounts).filter((account) => !account.needsSignIn);
  const queues = useAtrium((state) => state.scheduledQueues);
  const notices = useAtrium((state) => state.deskNotices);
  const announcement = useAtrium((state) => state.deskAnnouncement);
  const zone = useAtrium((state) => state.planningZone);
  const { loadScheduled, dismissDeskNotice, reschedule } = useAtrium.getState();
  const [tab, setTab] = useState<DeskTab>('agenda');
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [action, setAction] = useState<{ action: EntryAction; entry: DeskEntry } | null>(null);
  const [composing, setComposing] = useState(false);
  // Where focus goes back to when a dialog closes: the control that opened it.
  const [returnTo, setReturnTo] = useState<HTMLElement | null>(null);
  // The dialog unmounts as it closes, which can outrun its own focus return: give focus back after the frame.
  const restoreFocus = () => requestAnimationFrame(() => (returnTo?.isConnected ? returnTo : document.getElementById('scheduled-desk'))?.focus());
  const ids = accounts.map((account) => account.id);
  useDeskRefresh(ids);

  const shown = accounts.filter((account) => !hidden.has(account.id));
  const entries = shown.flatMap((account) => queues[account.id]?.entries ?? []);
  const loading = shown.some((account) => (queues[account.id]?.status ?? 'loading') === 'loading' && !queues[account.id]?.entries.length);
  const failed = shown.filter((account) => queues[account.id]?.status === 'error');
  const skipped = shown.filter((account) => (queues[account.id]?.skipped ?? 0) > 0);
  const open = (next: EntryAction, entry: DeskEntry) => {
    setReturnTo(document.activeElement instanceof HTMLElement ? document.activeElement : null);
    setAction({ action: next, entry });
  };

  return (
    // Focus lands on the desk itself when what opened a dialog is gone (a cancelled post).
    <div id="scheduled-desk" className={styles.desk} tabIndex={-1}>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className={styles.toolbar}>
        <div className={styles.segmented} role="group" aria-label={t('scheduled.views')}>
          {tabs.map(({ tab: name, icon: Icon }) => (
            <button key={name} type="button" className={styles.segment} aria-pressed={tab === name} onClick={() => setTab(name)}>
              <Icon size={16} aria-hidden="true" />
              {t(`scheduled.tabs.${name}`)}
            </button>
          ))}
        </div>
        <button type="button" className={styles.iconButton} aria-label={t('scheduled.refresh')} title={t('scheduled.refresh')} onClick={() => void loadScheduled(ids)}>
          <RefreshCw size={18} aria-hidden="true" />
        </button>
        <button
          type="button"
          className={styles.primary}
          onClick={(event) => {
            setReturnTo(event.currentTarget);
            setComposing(true);
          }}
        >
          <CalendarPlus size={16} aria-hidden="true" />
          {t('scheduled.new')}
        </button>
      </div>
      {(tab === 'agenda' || tab === 'week') && <AccountFilter accounts={accounts} hidden={hidden} onChange={setHidden} />}
      {notices.length > 0 && (
        <ul className={styles.notices} aria-label={t('scheduled.noticesLabel')}>
          {notices.map((notice) => (
            <li key={notice.id} className={styles.notice} data-tone={notice.tone}>
              <span>{notice.text}</span>
              <button type="button" className={styles.iconButton} aria-label={t('scheduled.dismiss')} onClick={() => dismissDeskNotice(notice.id)}>
                <X size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {(tab === 'agenda' || tab === 'week') && (
        <>
          {failed.map((account) => (
            <ErrorPanel key={account.id} message={t('scheduled.loadFailed', { account: `@${account.acct}`, detail: queues[account.id]?.error ?? '' })} onRetry={() => void loadScheduled([account.id])} />
          ))}
          {skipped.map((account) => (
            <p key={account.id} className={styles.hint} role="note">
              {t('scheduled.skipped', { count: queues[account.id]?.skipped ?? 0, account: `@${account.acct}` })}
            </p>
          ))}
          {loading && entries.length === 0 ? (
            <p className={styles.empty} role="status">
              {t('scheduled.loading')}
            </p>
          ) : entries.length === 0 && failed.length === 0 ? (
            <p className={styles.empty}>{t('scheduled.empty')}</p>
          ) : tab === 'agenda' ? (
            <AgendaView entries={entries} accounts={accounts} zone={zone} onAction={open} />
          ) : (
            <WeekView entries={entries} accounts={accounts} zone={zone} onMove={reschedule} onOpen={(entry) => open('time', entry)} />
          )}
        </>
      )}
      <Suspense fallback={<p className={styles.empty}>{t('scheduled.loading')}</p>}>
        {tab === 'sent' && <SentView accounts={accounts} />}
        {tab === 'slots' && <SlotsEditor accounts={accounts} />}
        {composing && (
          <NewScheduledDialog
            onClose={() => {
              setComposing(false);
              restoreFocus();
            }}
            returnTo={returnTo}
          />
        )}
      </Suspense>
      {action && (
        <EntryDialog
          action={action.action}
          entry={action.entry}
          returnTo={returnTo}
          onClose={() => {
            setAction(null);
            restoreFocus();
          }}
        />
      )}
    </div>
  );
}
