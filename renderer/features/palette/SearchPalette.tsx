import * as Dialog from '@radix-ui/react-dialog';
import { Command } from 'cmdk';
import { ArrowRight, Hash, MessageSquareText, Search, UserRound } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { Avatar } from '../../components/Avatar';
import { EmojiText } from '../../components/status/EmojiText';
import { handleOf } from '../../components/status/AuthorLine';
import { useAtrium } from '../../store/store';
import { matchCommands, plainExcerpt } from './paletteLogic';
import { usePaletteCommands } from './usePaletteCommands';
import { usePaletteSearch } from './usePaletteSearch';
import styles from './SearchPalette.module.css';

interface SearchPaletteProps {
  account: AccountSummary;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Where focus goes back to on close (the palette has no trigger of its own to return to). */
  returnFocus(): HTMLElement | null;
}

/**
 * Ctrl+K: find people, hashtags and posts on the server, or run a command (go to a view, switch
 * account), all from the keyboard. Result counts are announced; focus goes back where it was on close.
 */
export function SearchPalette({ account, open, onOpenChange, returnFocus }: SearchPaletteProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const search = usePaletteSearch(account.id, query);
  const commands = matchCommands(usePaletteCommands(account), query);
  const openPanel = useAtrium((state) => state.openPanel);
  const upsertStatuses = useAtrium((state) => state.upsertStatuses);
  const { accounts, hashtags, statuses } = search.results;

  // What was chosen runs once the palette is gone and focus is back where it was, so a panel or the
  // composer that opens takes focus from there (and the composer returns it there).
  const chosen = useRef<(() => void) | null>(null);
  const close = (action?: () => void) => {
    chosen.current = action ?? null;
    onOpenChange(false);
    setQuery('');
  };
  const found = accounts.length + hashtags.length + statuses.length;
  const summary =
    search.status === 'searching'
      ? t('palette.searching')
      : search.status === 'error'
        ? t('palette.failed', { detail: search.error ?? '' })
        : found + commands.length === 0
          ? t('palette.nothing')
          : [
              accounts.length > 0 && t('palette.count.people', { count: accounts.length }),
              hashtags.length > 0 && t('palette.count.hashtags', { count: hashtags.length }),
              statuses.length > 0 && t('palette.count.posts', { count: statuses.length }),
              commands.length > 0 && t('palette.count.commands', { count: commands.length }),
            ]
              .filter(Boolean)
              .join(', ');

  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? onOpenChange(true) : close())}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content
          className={styles.dialog}
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            const target = returnFocus();
            if (target?.isConnected) target.focus();
            const action = chosen.current;
            chosen.current = null;
            action?.();
          }}
        >
          <Dialog.Title className="visually-hidden">{t('palette.label')}</Dialog.Title>
          <Command label={t('palette.label')} shouldFilter={false} loop className={styles.command}>
            <div className={styles.inputRow}>
              <Search size={18} aria-hidden="true" />
              <Command.Input className={styles.input} value={query} onValueChange={setQuery} placeholder={t('palette.placeholder')} />
              <kbd className={styles.kbd}>Esc</kbd>
            </div>
            <p className={styles.status} role="status" aria-live="polite">
              {query.trim() === '' ? '' : summary}
            </p>
            {search.status === 'error' && (
              <button type="button" className={styles.retry} onClick={search.retry}>
                {t('palette.retry')}
              </button>
            )}
            <Command.List className={styles.list} label={t('palette.results')}>
              <Command.Empty className={styles.empty}>{search.status === 'searching' ? t('palette.searching') : t('palette.nothing')}</Command.Empty>
              {accounts.length > 0 && (
                <Command.Group heading={t('palette.people')} className={styles.group}>
                  {accounts.map((person) => {
                    const name = person.displayName?.trim() || person.username;
                    return (
                      <Command.Item key={person.id} value={`account:${person.id}`} className={styles.item} onSelect={() => close(() => openPanel({ kind: 'account', accountId: person.id }))}>
                        <Avatar src={person.avatarStatic || person.avatar} name={name} size={28} className={styles.avatar} />
                        <span className={styles.main}>
                          <EmojiText text={name} emojis={person.emojis} />
                        </span>
                        <span className={styles.detail}>{handleOf(person)}</span>
                      </Command.Item>
                    );
                  })}
                </Command.Group>
              )}
              {hashtags.length > 0 && (
                <Command.Group heading={t('palette.hashtags')} className={styles.group}>
                  {hashtags.map((tag) => (
                    <Command.Item key={tag.name} value={`tag:${tag.name}`} className={styles.item} onSelect={() => close(() => openPanel({ kind: 'tag', tag: tag.name }))}>
                      <Hash size={18} aria-hidden="true" className={styles.icon} />
                      <span className={styles.main}>{tag.name}</span>
                    </Command.Item>
                  ))}
                </Command.Group>
              )}
              {statuses.length > 0 && (
                <Command.Group heading={t('palette.posts')} className={styles.group}>
                  {statuses.map((status) => (
                    <Command.Item
                      key={status.id}
                      value={`status:${status.id}`}
                      className={styles.item}
                      onSelect={() =>
                        close(() => {
                          upsertStatuses([status], account.id);
                          openPanel({ kind: 'thread', statusId: status.id });
                        })
                      }
                    >
                      <MessageSquareText size={18} aria-hidden="true" className={styles.icon} />
                      <span className={styles.main}>{plainExcerpt(status.spoilerText || status.content) || t('palette.noText')}</span>
                      <span className={styles.detail}>{handleOf(status.account)}</span>
                    </Command.Item>
                  ))}
                </Command.Group>
              )}
              {commands.length > 0 && (
                <Command.Group heading={t('palette.commands')} className={styles.group}>
                  {commands.map((command) => (
                    <Command.Item key={command.id} value={`command:${command.id}`} className={styles.item} onSelect={() => close(command.run)}>
                      {command.id.startsWith('account:') ? <UserRound size={18} aria-hidden="true" className={styles.icon} /> : <ArrowRight size={18} aria-hidden="true" className={styles.icon} />}
                      <span className={styles.main}>{command.label}</span>
                    </Command.Item>
                  ))}
                </Command.Group>
              )}
            </Command.List>
            <p className={styles.hint}>{t('palette.hint')}</p>
          </Command>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
