import { Hash, PartyPopper } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useDirectory } from '../directory/directoryStore';
import { serverIdOf } from '../directory/serverId';
import { ChoiceList } from './ChoiceList';
import { FollowChosen } from './FollowChosen';
import { mostActive, officialAccounts, teammates } from './firstDayPicks';
import { useFirstDayData } from './useFirstDayData';
import styles from './FirstDay.module.css';

/**
 * The first day: the house rules, your team, the official accounts, people and hashtags worth
 * following. Tick what you like and follow it all in one click. Opened by itself for a new
 * account, and from the account menu any time.
 */
export function FirstDayView({ account }: { account: AccountSummary }) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const load = useFirstDayData(account.id, attempt);
  const index = useDirectory((state) => state.index);
  const openDirectory = useDirectory((state) => state.open);
  const loadRelationships = useDirectory((state) => state.loadRelationships);
  const heading = useRef<HTMLHeadingElement>(null);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [chosenTags, setChosenTags] = useState<Set<string>>(new Set());

  useEffect(() => void openDirectory(account.id), [account.id, openDirectory]);
  useEffect(() => heading.current?.focus(), [load.status]);

  const data = load.status === 'ready' ? load.data : null;
  const me = data?.me;
  const picks = useMemo(() => {
    const team = index && me ? teammates(index, { ...me, id: serverIdOf(account) }) : [];
    const official = index ? officialAccounts(index) : [];
    const taken = new Set([...team, ...official, serverIdOf(account)]);
    const suggested = (data?.suggested ?? []).filter((person) => !taken.has(person.id));
    for (const person of suggested) taken.add(person.id);
    const active = index ? mostActive(index, taken, 8 - Math.min(suggested.length, 4)) : [];
    const people = (ids: string[]) => ids.flatMap((id) => index?.person(id) ?? []);
    return { team: people(team), official: people(official), toFollow: [...suggested.slice(0, 8), ...people(active)] };
  }, [index, me, data, account]);
  const allIds = [...picks.team, ...picks.official, ...picks.toFollow].map((person) => person.id);
  const allKey = allIds.join(',');

  useEffect(() => {
    if (allKey) void loadRelationships(allKey.split(','));
  }, [allKey, loadRelationships]);
  // Your team and the official accounts start ticked: the usual first follows.
  const initial = useMemo(() => new Set([...picks.team, ...picks.official].map((person) => person.id)), [picks]);
  const people = chosen ?? initial;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(people);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  if (load.status === 'error') return <ErrorPanel message={t('firstDay.failed', { detail: load.error })} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!data) return <p className={styles.loading} role="status">{t('firstDay.loading')}</p>;
  const name = data.me.displayName.replace(/:[\w+-]+:/g, '').trim() || data.me.username;

  return (
    <div className={styles.view}>
      <header className={styles.header}>
        <PartyPopper size={28} aria-hidden="true" />
        <h2 ref={heading} tabIndex={-1} className={styles.title}>
          {data.organization ? t('firstDay.titleOrg', { name, organization: data.organization }) : t('firstDay.title', { name })}
        </h2>
        <p className={styles.lead}>{t('firstDay.lead')}</p>
      </header>
      {data.rules.length > 0 && (
        <section className={styles.section} aria-labelledby="first-day-rules">
          <h3 id="first-day-rules" className={styles.sectionTitle}>
            {t('firstDay.rules')}
          </h3>
          <ol className={styles.rules}>
            {data.rules.map((rule, position) => (
              <li key={position}>{rule}</li>
            ))}
          </ol>
        </section>
      )}
      {!index && <p className={styles.hint}>{t('firstDay.noDirectory')}</p>}
      <ChoiceList id="first-day-team" title={t('firstDay.team')} hint={t('firstDay.teamHint')} people={picks.team} chosen={people} onToggle={toggle} />
      <ChoiceList id="first-day-official" title={t('firstDay.official')} hint={t('firstDay.officialHint')} people={picks.official} chosen={people} onToggle={toggle} />
      <ChoiceList id="first-day-suggested" title={t('firstDay.suggested')} people={picks.toFollow} chosen={people} onToggle={toggle} />
      {data.hashtags.length > 0 && (
        <section className={styles.section} aria-labelledby="first-day-tags">
          <h3 id="first-day-tags" className={styles.sectionTitle}>
            {t('firstDay.hashtags')}
          </h3>
          <ul className={styles.tags}>
            {data.hashtags.map((tag) => (
              <li key={tag}>
                <label className={styles.tag}>
                  <input
                    type="checkbox"
                    checked={chosenTags.has(tag)}
                    onChange={(event) => {
                      const next = new Set(chosenTags);
                      if (event.target.checked) next.add(tag);
                      else next.delete(tag);
                      setChosenTags(next);
                    }}
                  />
                  <Hash size={14} aria-hidden="true" />
                  {tag}
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
      <FollowChosen accountId={account.id} people={[...people].filter((id) => allIds.includes(id))} tags={[...chosenTags]} />
    </div>
  );
}
