import type { mastodon } from 'masto';
import { ChevronLeft, ChevronRight, Megaphone, SmilePlus, X } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { RelativeTime } from '../../components/status/RelativeTime';
import { RichText } from '../../components/status/RichText';
import { useAtrium } from '../../store/store';
import { quickReactions } from './organizationLogic';
import { useAnnouncements } from './useAnnouncements';
import styles from './Organization.module.css';

/** The instance's announcements at the top of Home, one at a time, with reactions and a dismiss button. */
export function Announcements({ accountId }: { accountId: string }) {
  const { items, said, error, react, dismiss } = useAnnouncements(accountId);
  const [index, setIndex] = useState(0);
  const shown = Math.max(0, Math.min(index, items.length - 1));
  const announcement = items[shown];
  return (
    <>
      {announcement && (
        <AnnouncementCard
          key={announcement.id}
          announcement={announcement}
          position={{ current: shown, total: items.length, go: setIndex }}
          error={error}
          onReact={(name, on) => react(announcement.id, name, on)}
          onDismiss={() => dismiss(announcement.id)}
        />
      )}
      {/* Stays in place when the last announcement goes, so "dismissed" is still heard. */}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </>
  );
}

interface AnnouncementCardProps {
  announcement: mastodon.v1.Announcement;
  position: { current: number; total: number; go(index: number): void };
  error: string | null;
  onReact(name: string, on: boolean): void;
  onDismiss(): void;
}

/** One announcement: what it says, when, its reactions, and the buttons around it. */
function AnnouncementCard({ announcement, position, error, onReact, onDismiss }: AnnouncementCardProps) {
  const { t } = useTranslation();
  const openPanel = useAtrium((state) => state.openPanel);
  const [picking, setPicking] = useState(false);
  const section = useRef<HTMLElement>(null);
  const { current: shown, total, go: setIndex } = position;
  const dismissThis = () => {
    // Dismissing the last one removes its button: focus moves on to the first post below instead of being lost.
    const next = total === 1 && section.current?.contains(document.activeElement) ? section.current.parentElement?.querySelector<HTMLElement>('[role="feed"] article') : null;
    onDismiss();
    if (next) requestAnimationFrame(() => next.focus());
  };
  const reactions = Array.isArray(announcement.reactions) ? announcement.reactions : [];
  const offered = quickReactions.filter((name) => !reactions.some((reaction) => reaction.name === name));

  return (
    <section ref={section} className={styles.announcements} aria-label={t('organization.announcements')}>
      <header className={styles.announcementHeader}>
        <Megaphone size={16} aria-hidden="true" />
        <span className={styles.announcementTitle}>{t('organization.announcement')}</span>
        <RelativeTime className={styles.muted} iso={announcement.publishedAt} />
        <span className={styles.headerEnd}>
          {total > 1 && (
            <span className={styles.pager}>
              <button type="button" className={styles.iconButton} aria-label={t('organization.previous')} disabled={shown === 0} onClick={() => setIndex(shown - 1)}>
                <ChevronLeft size={16} aria-hidden="true" />
              </button>
              <span className={styles.muted}>{t('organization.position', { current: shown + 1, total })}</span>
              <button type="button" className={styles.iconButton} aria-label={t('organization.next')} disabled={shown === total - 1} onClick={() => setIndex(shown + 1)}>
                <ChevronRight size={16} aria-hidden="true" />
              </button>
            </span>
          )}
          <button type="button" className={styles.dismiss} onClick={dismissThis}>
            <X size={16} aria-hidden="true" />
            {t('organization.dismiss')}
          </button>
        </span>
      </header>
      <RichText className={styles.announcementText} html={announcement.content} emojis={announcement.emojis} onOpenAccount={(id) => openPanel({ kind: 'account', accountId: id })} onOpenTag={(tag) => openPanel({ kind: 'tag', tag })} />
      <div className={styles.reactions} role="group" aria-label={t('organization.reactions')}>
        {reactions.map((reaction) => (
          <button
            key={reaction.name}
            type="button"
            className={styles.reaction}
            aria-pressed={Boolean(reaction.me)}
            aria-label={t('organization.reaction', { name: reaction.name, count: reaction.count })}
            onClick={() => onReact(reaction.name, !reaction.me)}
          >
            {reaction.url && /^https?:/i.test(reaction.url) ? <img src={reaction.staticUrl || reaction.url} alt="" width={18} height={18} /> : <span aria-hidden="true">{reaction.name}</span>}
            <span aria-hidden="true">{reaction.count}</span>
          </button>
        ))}
        {offered.length > 0 && (
          <button type="button" className={styles.reaction} aria-expanded={picking} aria-label={t('organization.addReaction')} onClick={() => setPicking(!picking)}>
            <SmilePlus size={16} aria-hidden="true" />
          </button>
        )}
        {picking &&
          offered.map((name) => (
            <button
              key={name}
              type="button"
              className={styles.reaction}
              aria-label={t('organization.reactWith', { name })}
              onClick={() => {
                setPicking(false);
                onReact(name, true);
              }}
            >
              <span aria-hidden="true">{name}</span>
            </button>
          ))}
      </div>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
