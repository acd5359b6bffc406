import { Download, Plus, Trash2, Upload } from 'lucide-react';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import type { PostingSlot, SlotPlan } from '../../../shared/slots';
import { AccountAvatar } from '../../components/AccountAvatar';
import { useAtrium } from '../../store/store';
import { formatDateTime } from './deskFormat';
import { nextFreeSlot } from './postingSlots';
import styles from './Scheduled.module.css';
import { exportSlots, importSlots } from './slotFile';
import { useNow } from './useNow';
import { useQueueSlots } from './useQueueSlots';
import { timeText } from './zonedTime';

/** Monday first, as calendars at work read; values are JavaScript's (0 Sunday). */
const weekOrder = [1, 2, 3, 4, 5, 6, 0];

/** Each account's weekly posting times, kept on this device; export and import share them with the team. */
export function SlotsEditor({ accounts }: { accounts: readonly AccountSummary[] }) {
  const { t } = useTranslation();
  const book = useAtrium((state) => state.slotBook);
  const saveSlots = useAtrium((state) => state.saveSlots);
  const [message, setMessage] = useState<string | null>(null);
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(exportSlots(book ?? {}, accounts), null, 2))}`;

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = importSlots(await file.text(), accounts);
    if (!result.ok) {
      setMessage(t(`scheduled.slots.import.${result.reason}`));
      return;
    }
    for (const [accountId, plan] of Object.entries(result.plans)) await saveSlots(accountId, plan);
    setMessage(t('scheduled.slots.import.done', { count: Object.keys(result.plans).length, unmatched: result.unmatched.join(', ') || '—' }));
  };

  return (
    <section className={styles.slots} aria-labelledby="slots-heading">
      <div className={styles.toolbar}>
        <h3 id="slots-heading" className={styles.sectionHeading}>
          {t('scheduled.slots.heading')}
        </h3>
        <a className={styles.ghost} href={href} download="atrium-posting-slots.json">
          <Download size={16} aria-hidden="true" />
          {t('scheduled.slots.export')}
        </a>
        <label className={styles.ghost}>
          <Upload size={16} aria-hidden="true" />
          {t('scheduled.slots.importLabel')}
          <input type="file" accept="application/json,.json" className="visually-hidden" onChange={(event) => void onImport(event)} />
        </label>
      </div>
      <p className={styles.hint}>{t('scheduled.slots.explain')}</p>
      {message && (
        <p className={styles.notice} role="status">
          {message}
        </p>
      )}
      {book &&
        accounts.map((account) => (
          <AccountSlots key={`${account.id}:${JSON.stringify(book[account.id] ?? null)}`} account={account} plan={book[account.id] ?? null} onSave={(plan) => void saveSlots(account.id, plan)} />
        ))}
    </section>
  );
}

function AccountSlots({ account, plan, onSave }: { account: AccountSummary; plan: SlotPlan | null; onSave(plan: SlotPlan | null): void }) {
  const { t, i18n } = useTranslation();
  const zone = useAtrium((state) => state.planningZone);
  const [slots, setSlots] = useState<PostingSlot[]>(plan?.slots ?? []);
  const planZone = plan?.zone ?? zone;
  const context = useQueueSlots()(account.id);
  const now = useNow();
  const next = plan ? nextFreeSlot(plan, now, context.existing) : null;
  const put = (index: number, slot: PostingSlot) => setSlots((list) => list.map((other, at) => (at === index ? slot : other)));
  const day = (weekday: number) => t(`scheduled.slots.days.${weekday}`);

  return (
    <fieldset className={styles.slotAccount} style={{ borderColor: account.color }}>
      <legend className={styles.slotLegend}>
        <AccountAvatar account={account} size={22} label="" />@{account.acct}
      </legend>
      <p className={styles.hint}>
        {t('scheduled.slots.zone', { zone: planZone.replace(/_/g, ' ') })}
        {next !== null && ` ${t('scheduled.slots.next', { when: formatDateTime(next, planZone, i18n.language) })}`}
      </p>
      {slots.map((slot, index) => (
        <div key={index} className={styles.slotRow} role="group" aria-label={t('scheduled.slots.slot', { n: index + 1 })}>
          <label className={styles.inlineField}>
            <span>{t('scheduled.slots.time')}</span>
            <input
              type="time"
              className={styles.input}
              value={timeText(slot)}
              onChange={(event) => {
                const [hour, minute] = event.target.value.split(':').map(Number);
                if (Number.isInteger(hour) && Number.isInteger(minute)) put(index, { ...slot, hour: hour as number, minute: minute as number });
              }}
            />
          </label>
          {weekOrder.map((weekday) => (
            <label key={weekday} className={styles.dayToggle}>
              <input
                type="checkbox"
                checked={slot.weekdays.includes(weekday)}
                onChange={(event) =>
                  put(index, { ...slot, weekdays: event.target.checked ? [...slot.weekdays, weekday].sort() : slot.weekdays.filter((other) => other !== weekday) })
                }
              />
              {day(weekday)}
            </label>
          ))}
          <button type="button" className={styles.iconButton} aria-label={t('scheduled.slots.remove', { n: index + 1 })} onClick={() => setSlots((list) => list.filter((_, at) => at !== index))}>
            <Trash2 size={16} aria-hidden="true" />
          </button>
        </div>
      ))}
      <div className={styles.slotButtons}>
        <button type="button" className={styles.ghost} onClick={() => setSlots((list) => [...list, { weekdays: [1, 2, 3, 4, 5], hour: 9, minute: 30 }])}>
          <Plus size={16} aria-hidden="true" />
          {t('scheduled.slots.add')}
        </button>
        <button
          type="button"
          className={styles.primary}
          disabled={slots.some((slot) => slot.weekdays.length === 0)}
          onClick={() => onSave(slots.length > 0 ? { zone: planZone, slots } : null)}
        >
          {t('scheduled.slots.save')}
        </button>
      </div>
    </fieldset>
  );
}
