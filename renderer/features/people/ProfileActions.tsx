import * as Dialog from '@radix-ui/react-dialog';
import { Bell, BellOff, Ban, MoreHorizontal, UserCheck, UserPlus, VolumeX } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Menu } from '../../components/menu/Menu';
import type { MenuEntry } from '../../components/menu/menuTypes';
import dialogStyles from '../../components/status/Dialog.module.css';
import menuStyles from '../../components/status/StatusCard.module.css';
import { useAtrium } from '../../store/store';
import { MentionButton } from '../composer/MentionButton';
import { confirmedChanges, type RelationshipChange } from './relationshipLogic';
import type { ProfileState } from './profileSlice';
import styles from './ProfilePanel.module.css';

interface ProfileActionsProps {
  accountId: string;
  idOrAcct: string;
  profile: ProfileState;
  name: string;
  /** The handle "Mention" writes into the composer. */
  acct: string;
}

/**
 * Follow, the bell for every new post, and a menu to mute or block. Unfollowing, muting and
 * blocking ask first; what the server answered is announced.
 */
export function ProfileActions({ accountId, idOrAcct, profile, name, acct }: ProfileActionsProps) {
  const { t } = useTranslation();
  const change = useAtrium((state) => state.changeRelationship);
  const [confirming, setConfirming] = useState<RelationshipChange | null>(null);
  const relationship = profile.relationship;
  if (!relationship) return null;

  const request = (next: RelationshipChange) => (confirmedChanges.has(next) ? setConfirming(next) : void change(accountId, idOrAcct, next));
  const following = relationship.following || relationship.requested;
  const busy = profile.pending !== null;
  const entries: MenuEntry[] = [
    {
      kind: 'item',
      key: 'mute',
      className: menuStyles.menuItem,
      onSelect: () => request(relationship.muting ? 'unmute' : 'mute'),
      content: (
        <>
          <VolumeX size={16} aria-hidden="true" />
          {relationship.muting ? t('people.unmute', { name }) : t('people.mute', { name })}
        </>
      ),
    },
    {
      kind: 'item',
      key: 'block',
      className: `${menuStyles.menuItem} ${menuStyles.menuDanger}`,
      onSelect: () => request(relationship.blocking ? 'unblock' : 'block'),
      content: (
        <>
          <Ban size={16} aria-hidden="true" />
          {relationship.blocking ? t('people.unblock', { name }) : t('people.block', { name })}
        </>
      ),
    },
  ];

  return (
    <div className={styles.actions}>
      {!relationship.blocking && (
        <button type="button" className={following ? styles.secondary : styles.primary} aria-pressed={relationship.following} disabled={busy} onClick={() => request(following ? 'unfollow' : 'follow')}>
          {following ? <UserCheck size={16} aria-hidden="true" /> : <UserPlus size={16} aria-hidden="true" />}
          {relationship.following ? t('people.following') : relationship.requested ? t('people.requested') : relationship.followedBy ? t('people.followBack') : t('people.follow')}
        </button>
      )}
      {relationship.following && (
        <button
          type="button"
          className={styles.iconButton}
          aria-pressed={Boolean(relationship.notifying)}
          aria-label={t('people.notify', { name })}
          title={t('people.notify', { name })}
          disabled={busy}
          onClick={() => request(relationship.notifying ? 'notifyOff' : 'notifyOn')}
        >
          {relationship.notifying ? <Bell size={18} aria-hidden="true" /> : <BellOff size={18} aria-hidden="true" />}
        </button>
      )}
      <MentionButton acct={acct} />
      <Menu
        label={t('people.more', { name })}
        trigger={<MoreHorizontal size={18} aria-hidden="true" />}
        entries={entries}
        side="bottom"
        align="end"
        classes={{ trigger: styles.iconButton, content: menuStyles.menu, item: menuStyles.menuItem }}
      />
      <p className="visually-hidden" role="status">
        {profile.pending ? t('people.working') : describe(t, relationship, name)}
      </p>
      {profile.changeError && (
        <p className={styles.error} role="alert">
          {profile.changeError}
        </p>
      )}
      <ConfirmChange
        change={confirming}
        name={name}
        onCancel={() => setConfirming(null)}
        onConfirm={(confirmed) => {
          setConfirming(null);
          void change(accountId, idOrAcct, confirmed);
        }}
      />
    </div>
  );
}

/** What the relationship now is, said once after each change for screen readers. */
function describe(t: (key: string, options?: Record<string, unknown>) => string, relationship: NonNullable<ProfileState['relationship']>, name: string): string {
  if (relationship.blocking) return t('people.state.blocking', { name });
  const parts = [relationship.following ? t('people.state.following', { name }) : t('people.state.notFollowing', { name })];
  if (relationship.following && relationship.notifying) parts.push(t('people.state.notifying'));
  if (relationship.muting) parts.push(t('people.state.muting'));
  return parts.join(' ');
}

/** Asks before unfollowing, muting or blocking, saying what will happen. */
function ConfirmChange({ change, name, onCancel, onConfirm }: { change: RelationshipChange | null; name: string; onCancel(): void; onConfirm(change: RelationshipChange): void }) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={change !== null} onOpenChange={(open) => !open && onCancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className={dialogStyles.overlay} />
        <Dialog.Content className={dialogStyles.content} role="alertdialog">
          {change && (
            <>
              <Dialog.Title className={dialogStyles.title}>{t(`people.confirm.${change}.title`, { name })}</Dialog.Title>
              <Dialog.Description className={dialogStyles.description}>{t(`people.confirm.${change}.description`, { name })}</Dialog.Description>
              <div className={dialogStyles.buttons}>
                <Dialog.Close className={dialogStyles.button}>{t('people.confirm.cancel')}</Dialog.Close>
                <button type="button" className={change === 'unfollow' ? dialogStyles.primary : dialogStyles.danger} onClick={() => onConfirm(change)}>
                  {t(`people.confirm.${change}.action`)}
                </button>
              </div>
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
