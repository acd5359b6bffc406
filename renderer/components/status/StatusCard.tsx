import { Pencil, Repeat2, Reply } from 'lucide-react';
import type { mastodon } from 'masto';
import { Suspense, useId, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { StoredStatus } from '../../features/timelines/statusLogic';
import { useAtrium } from '../../store/store';
import { AuthorLine } from './AuthorLine';
import { lazyNamed } from '../lazyNamed';
import { EmojiText } from './EmojiText';
import { formatExact } from './RelativeTime';
import { StatusActions } from './StatusActions';
import { StatusBody } from './StatusBody';
import { VisibilityIcon } from './VisibilityIcon';
import { hasWarning, isWarningOpen, useRevealState } from './revealState';
import styles from './StatusCard.module.css';
import { ErrorBoundary } from '../ErrorBoundary';

const EditHistoryDialog = lazyNamed(() => import('./EditHistoryDialog'), 'EditHistoryDialog', ['status']);

/** What a post can open or start; the views pass these through from the shell. */
export interface StatusCallbacks {
  /** Opens a post's thread (the boosted post's id for a boost). */
  onOpenStatus(id: string): void;
  /** Opens a profile inside Atrium: an account id, or an `acct` for mentions the post did not resolve. */
  onOpenAccount(idOrAcct: string): void;
  onOpenTag(tag: string): void;
  /** Starts a reply (the composer); gets the post replied to. */
  onReply(status: StoredStatus): void;
  /** Starts editing one of your own posts; the menu offers Edit only when given. */
  onEdit?(status: StoredStatus): void;
  /** Starts a quote post of this one (Mastodon 4.5+); the menu offers Quote only when given. */
  onQuote?(status: StoredStatus): void;
  /** Opens the composer with a post just deleted for redrafting (the server's answer, with its `text`). */
  onRedraft?(deleted: mastodon.v1.Status): void;
}

/** Props of StatusCard. */
export interface StatusCardProps extends StatusCallbacks {
  /** The signed-in account acting on the post. */
  accountId: string;
  /** The row's id: the post, or a boost of it. */
  statusId: string;
  /** The opened post of a thread: drawn larger and marked as current. */
  highlighted?: boolean;
  /** Its place in a feed (`aria-posinset` / `aria-setsize`); only feeds pass it. */
  position?: { posInSet: number; setSize: number };
  /** Drawn first inside the post (the read marker's separator: a feed may own only articles). */
  leading?: ReactNode;
}

/** Elements that handle their own clicks; a click elsewhere on the card opens the post. */
const interactive = 'a, button, input, label, textarea, video, audio, [role="menuitem"], [role="dialog"]';

/** One post as an article: who, when, what, and what you can do with it. A post that cannot be drawn says so alone. */
export function StatusCard(props: StatusCardProps) {
  return (
    <ErrorBoundary fallback={() => <UnreadablePost />}>
      <StatusCardContent {...props} />
    </ErrorBoundary>
  );
}

function UnreadablePost() {
  const { t } = useTranslation();
  return (
    <article className={styles.card} aria-label={t('status.unreadable')}>
      <p className={styles.unreadable}>{t('status.unreadable')}</p>
    </article>
  );
}

/** Reads the post from the store by id and draws it. */
function StatusCardContent({ accountId, statusId, highlighted = false, position, leading, ...callbacks }: StatusCardProps) {
  const { t, i18n } = useTranslation();
  const row = useAtrium((state) => state.statuses[statusId]);
  const content = useAtrium((state) => {
    const outer = state.statuses[statusId];
    return outer?.reblogId ? state.statuses[outer.reblogId] : outer;
  });
  const ownAcct = useAtrium((state) => state.accounts.find((account) => account.id === accountId)?.acct);
  const [history, setHistory] = useState(false);
  const describeId = useId();
  const textShown = useRevealState((state) => content !== undefined && isWarningOpen(content, state.warnings));
  if (!row || !content) return null;
  // Only parts on the page: a post behind its warning is described by the warning alone.
  const describedBy = [hasWarning(content) && `${describeId}-warning`, textShown && content.content && `${describeId}-text`].filter(Boolean).join(' ');

  const own = ownAcct !== undefined && content.account.acct === ownAcct;
  const booster = row.reblogId ? row.account : null;
  const name = content.account.displayName?.trim() || content.account.username;
  const label = booster
    ? t('status.labelBoosted', { name, time: formatExact(new Date(content.createdAt), i18n.language), booster: booster.displayName || booster.username })
    : t('status.label', { name, time: formatExact(new Date(content.createdAt), i18n.language) });
  const links = { onOpenAccount: callbacks.onOpenAccount, onOpenTag: callbacks.onOpenTag };

  const open = (event: MouseEvent<HTMLElement>) => {
    if ((event.target as Element).closest(interactive) || window.getSelection()?.toString()) return;
    callbacks.onOpenStatus(content.id);
  };

  return (
    // The article is focusable for j/k; a click on its background opens the thread, Enter does too (keyboard hook).
    // Its name is short (who, when); its warning and text are its description, read after the name.
    <article
      className={styles.card}
      data-highlighted={highlighted}
      data-status-id={content.id}
      aria-label={label}
      aria-describedby={describedBy || undefined}
      aria-current={highlighted ? 'true' : undefined}
      aria-posinset={position?.posInSet}
      aria-setsize={position?.setSize}
      tabIndex={0}
      onClick={open}
    >
      {leading}
      {booster && (
        <p className={styles.context}>
          <Repeat2 size={14} aria-hidden="true" />
          <button type="button" className={styles.contextLink} onClick={() => callbacks.onOpenAccount(booster.id)}>
            <EmojiText text={booster.displayName || booster.username} emojis={booster.emojis} />
          </button>
          {t('status.boosted')}
        </p>
      )}
      <ReplyingTo status={content} onOpenStatus={callbacks.onOpenStatus} />
      <AuthorLine account={content.account} createdAt={content.createdAt} onOpenAccount={callbacks.onOpenAccount} onOpenStatus={() => callbacks.onOpenStatus(content.id)} />
      <StatusBody accountId={accountId} status={content} own={own} describeId={describeId} onOpenStatus={callbacks.onOpenStatus} {...links} />
      <footer className={styles.footer}>
        <VisibilityIcon visibility={content.visibility} />
        {content.editedAt && (
          <button type="button" className={styles.edited} onClick={() => setHistory(true)}>
            <Pencil size={12} aria-hidden="true" />
            {t('status.edited')}
          </button>
        )}
        <StatusActions accountId={accountId} status={content} own={own} onReply={callbacks.onReply} onEdit={callbacks.onEdit} onQuote={callbacks.onQuote} onRedraft={callbacks.onRedraft} />
      </footer>
      {history && (
        <Suspense fallback={null}>
          <EditHistoryDialog accountId={accountId} statusId={content.id} open onOpenChange={setHistory} {...links} />
        </Suspense>
      )}
    </article>
  );
}

/** "Replying to @someone" (or "continues a thread"), opening the post replied to. */
function ReplyingTo({ status, onOpenStatus }: { status: StoredStatus; onOpenStatus(id: string): void }) {
  const { t } = useTranslation();
  const parentId = status.inReplyToId;
  if (!parentId) return null;
  const self = status.inReplyToAccountId === status.account.id;
  const mention = status.mentions?.find((candidate) => candidate.id === status.inReplyToAccountId);
  const text = self ? t('status.continuesThread') : mention ? t('status.replyingTo', { handle: `@${mention.acct}` }) : t('status.reply');
  return (
    <p className={styles.context}>
      <Reply size={14} aria-hidden="true" />
      <button type="button" className={styles.contextLink} onClick={() => onOpenStatus(parentId)}>
        {text}
      </button>
    </p>
  );
}
