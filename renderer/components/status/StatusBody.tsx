import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { StoredStatus } from '../../features/timelines/statusLogic';
import { EmojiText } from './EmojiText';
import { MediaGrid } from './MediaGrid';
import { Poll } from './Poll';
import { PreviewCard } from './PreviewCard';
import { QuotedPost } from './QuotedPost';
import { RichText, type RichTextLinkHandlers } from './RichText';
import { useWarningOpen } from './revealState';
import styles from './StatusCard.module.css';

/**
 * What a post says: its content warning (with reveal), text, media, poll and link preview.
 * With `describeId`, the warning and the text carry `<describeId>-warning` and `<describeId>-text`,
 * so the post can point `aria-describedby` at them.
 */
export function StatusBody({
  accountId,
  status,
  own,
  onOpenStatus,
  describeId,
  ...links
}: { accountId: string; status: StoredStatus; own: boolean; onOpenStatus?: (id: string) => void; describeId?: string } & RichTextLinkHandlers) {
  const { t } = useTranslation();
  const warning = status.spoilerText?.trim() ?? '';
  const [revealed, setRevealed] = useWarningOpen(status);
  const contentId = useId();
  const media = status.mediaAttachments ?? [];
  return (
    <div className={styles.body}>
      {warning && (
        <div className={styles.warning}>
          <p className={styles.warningText} id={describeId && `${describeId}-warning`}>
            <EmojiText text={warning} emojis={status.emojis} />
          </p>
          <button type="button" className={styles.warningToggle} aria-expanded={revealed} aria-controls={contentId} onClick={() => setRevealed(!revealed)}>
            {revealed ? t('status.cw.hide') : t('status.cw.show')}
          </button>
        </div>
      )}
      {revealed && (
        // Mastodon adds a "RE: link" paragraph for clients without quotes; the quote card replaces it.
        <div id={contentId} data-quote={Boolean(status.quote)}>
          {status.content && (
            <RichText id={describeId && `${describeId}-text`} html={status.content} emojis={status.emojis} mentions={status.mentions} tags={status.tags} lang={status.language ?? undefined} {...links} />
          )}
          {/* A post with a content warning already hides its media behind the warning. */}
          {status.quote && <QuotedPost quote={status.quote} onOpenStatus={onOpenStatus} {...links} />}
          <MediaGrid media={media} status={status} />
          {status.poll && <Poll accountId={accountId} statusId={status.id} poll={status.poll} own={own} />}
          {status.card && media.length === 0 && !status.poll && <PreviewCard card={status.card} />}
        </div>
      )}
    </div>
  );
}
