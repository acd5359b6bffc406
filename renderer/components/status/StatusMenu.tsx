import { Ellipsis, ExternalLink, Flag, Link2, Pencil, Quote, RotateCcw, Trash2, type LucideIcon } from 'lucide-react';
import type { mastodon } from 'masto';
import { Suspense, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { call } from '../../bridge/bridge';
import type { StoredStatus } from '../../features/timelines/statusLogic';
import { useAtrium } from '../../store/store';
import { handleOf } from './AuthorLine';
import { lazyNamed } from '../lazyNamed';
import { RadixMenu } from '../menu/RadixMenu';
import { focusFirstOf, mainHeading } from '../focusReturn';
import { neighbourOf } from '../feedItems';
import styles from './StatusCard.module.css';

const DeleteDialog = lazyNamed(() => import('./DeleteDialog'), 'DeleteDialog', ['status']);
const ReportDialog = lazyNamed(() => import('./ReportDialog'), 'ReportDialog', ['status']);

const withIcon = (Icon: LucideIcon, text: string) => (
  <>
    <Icon size={16} aria-hidden="true" /> {text}
  </>
);

/** Whether the signed-in account may quote the post: only servers that know quotes send `quoteApproval` (Mastodon 4.5+). */
function canQuote(status: StoredStatus, own: boolean): boolean {
  const approval = status.quoteApproval as StoredStatus['quoteApproval'] | undefined;
  if (!approval || status.visibility === 'direct') return false;
  if (own) return true;
  return (status.visibility === 'public' || status.visibility === 'unlisted') && (approval.currentUser === 'automatic' || approval.currentUser === 'manual');
}

/** A server that knows quote posts says, on every post, whether the viewer may quote it (`quoteApproval`). */
const serverQuotes = (status: StoredStatus): boolean => (status.quoteApproval as StoredStatus['quoteApproval'] | undefined) !== undefined;

/** Props of StatusMenu (and of LazyStatusMenu, which loads it). */
export interface StatusMenuProps {
  accountId: string;
  status: StoredStatus;
  own: boolean;
  onEdit?: (status: StoredStatus) => void;
  onQuote?: (status: StoredStatus) => void;
  onRedraft?: (deleted: mastodon.v1.Status) => void;
}

/**
 * The "more" menu of a post, open as it mounts: copy link, open in browser, quote, edit/delete/redraft your own,
 * report someone else's. LazyStatusMenu loads it the first time the post's "more" button is pressed.
 */
export function StatusMenu({ accountId, status, own, onEdit, onQuote, onRedraft }: StatusMenuProps) {
  const { t } = useTranslation();
  const pushNotice = useAtrium((state) => state.pushNotice);
  const [dialog, setDialog] = useState<'delete' | 'redraft' | 'report' | null>(null);
  const [copied, setCopied] = useState(false);
  const link = status.url || status.uri;
  // Where this menu sits, so a dialog it opened gives focus back to the post (or, once deleted, the post beside it).
  const anchor = useRef<HTMLSpanElement>(null);
  // Looked up as the dialog opens: a deleted post can leave the page (the stream says so) before the server answers.
  const returnTo = useRef<{ post: HTMLElement | null; neighbour: HTMLElement | null }>({ post: null, neighbour: null });
  const openDialog = (kind: 'delete' | 'redraft' | 'report') => {
    const post = anchor.current?.closest<HTMLElement>('article') ?? null;
    returnTo.current = { post, neighbour: post ? neighbourOf(post) : null };
    setDialog(kind);
  };
  const closeDialog = () => {
    setDialog(null);
    const { post, neighbour } = returnTo.current;
    requestAnimationFrame(() => focusFirstOf(document, () => post, () => neighbour, mainHeading));
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch (error) {
      pushNotice('copy', error);
    }
  };

  return (
    <>
      <RadixMenu
        defaultOpen
        label={t('status.actions.more')}
        trigger={<Ellipsis size={18} aria-hidden="true" />}
        classes={{ trigger: styles.action, content: styles.menu, item: styles.menuItem }}
        entries={[
          { kind: 'item', key: 'copy', onSelect: () => void copy(), content: withIcon(Link2, t('status.actions.copyLink')) },
          {
            kind: 'item',
            key: 'open',
            onSelect: () => void call('openExternal', { url: link }).catch((error: unknown) => pushNotice('load', error)),
            content: withIcon(ExternalLink, t('status.actions.openInBrowser')),
          },
          ...(onQuote && canQuote(status, own)
            ? [{ kind: 'item' as const, key: 'quote', onSelect: () => onQuote(status), content: withIcon(Quote, t('status.actions.quote')) }]
            : onQuote && !serverQuotes(status) && status.visibility !== 'direct'
              ? // Where the person looks for Quote, the menu says why there is none.
                [{ kind: 'label' as const, key: 'quote', content: withIcon(Quote, t('status.actions.quoteUnavailable')) }]
              : []),
          ...(own && onEdit
            ? [{ kind: 'item' as const, key: 'edit', onSelect: () => onEdit(status), content: withIcon(Pencil, t('status.actions.edit')) }]
            : []),
          ...(own && onRedraft
            ? [{ kind: 'item' as const, key: 'redraft', onSelect: () => openDialog('redraft'), content: withIcon(RotateCcw, t('status.actions.redraft')) }]
            : []),
          own
            ? {
                kind: 'item' as const,
                key: 'delete',
                className: `${styles.menuItem} ${styles.menuDanger}`,
                onSelect: () => openDialog('delete'),
                content: withIcon(Trash2, t('status.actions.delete')),
              }
            : { kind: 'item' as const, key: 'report', onSelect: () => openDialog('report'), content: withIcon(Flag, t('status.actions.report')) },
        ]}
      />
      <span ref={anchor} hidden />
      {copied && (
        <span className="visually-hidden" role="status">
          {t('status.actions.copied')}
        </span>
      )}
      <Suspense fallback={null}>
        {(dialog === 'delete' || dialog === 'redraft') && (
          <DeleteDialog
            accountId={accountId}
            statusId={status.id}
            open
            onOpenChange={(open) => !open && closeDialog()}
            onRedraft={dialog === 'redraft' ? onRedraft : undefined}
          />
        )}
        {dialog === 'report' && (
          <ReportDialog
            accountId={accountId}
            statusId={status.id}
            authorId={status.account.id}
            authorHandle={handleOf(status.account)}
            open
            onOpenChange={(open) => !open && closeDialog()}
          />
        )}
      </Suspense>
    </>
  );
}
