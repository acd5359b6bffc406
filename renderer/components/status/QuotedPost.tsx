import type { mastodon } from 'masto';
import { Quote } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import { EmojiText } from './EmojiText';
import { RichText, type RichTextLinkHandlers } from './RichText';
import styles from './QuotedPost.module.css';

/** What a post's `quote` holds: the full quoted post (Quote) or only its id (ShallowQuote), with its state. */
type QuoteField = NonNullable<mastodon.v1.Status['quote']>;

/** Why a quote shows no post, by Mastodon's quote states; null when it may be shown. */
function unavailableKey(state: string): string | null {
  if (state === 'accepted') return null;
  if (state === 'pending') return 'status.quote.pending';
  if (state === 'rejected' || state === 'revoked') return 'status.quote.rejected';
  if (state === 'deleted') return 'status.quote.removed';
  return 'status.quote.unavailable';
}

/**
 * The post a post quotes (Mastodon 4.5+), drawn small inside it, or a plain line saying why it
 * cannot be shown: removed, not (yet) approved by its author, or hidden from you.
 */
export function QuotedPost({ quote, onOpenStatus, ...links }: { quote: QuoteField; onOpenStatus?: (id: string) => void } & RichTextLinkHandlers) {
  const { t } = useTranslation();
  const why = unavailableKey(quote.state);
  const quoted = 'quotedStatus' in quote ? quote.quotedStatus : null;
  const quotedId = 'quotedStatusId' in quote ? quote.quotedStatusId : quoted?.id;
  if (why || (!quoted && !quotedId)) {
    return (
      <p className={styles.placeholder}>
        <Quote size={14} aria-hidden="true" /> {t(why ?? 'status.quote.unavailable')}
      </p>
    );
  }
  if (!quoted) {
    return (
      <button type="button" className={styles.placeholder} onClick={() => quotedId && onOpenStatus?.(quotedId)}>
        <Quote size={14} aria-hidden="true" /> {t('status.quote.open')}
      </button>
    );
  }
  const name = quoted.account.displayName || quoted.account.username;
  return (
    <figure className={styles.quote} aria-label={t('status.quote.label')}>
      <figcaption className={styles.author}>
        <strong>
          <EmojiText text={name} emojis={quoted.account.emojis} />
        </strong>{' '}
        <span className={styles.handle}>@{quoted.account.acct}</span>
      </figcaption>
      {quoted.spoilerText ? (
        <p className={styles.warning}>{quoted.spoilerText}</p>
      ) : (
        <RichText html={quoted.content} emojis={quoted.emojis} mentions={quoted.mentions} tags={quoted.tags} lang={quoted.language ?? undefined} {...links} />
      )}
      {onOpenStatus && (
        <button type="button" className={styles.open} onClick={() => onOpenStatus(quoted.id)}>
          {t('status.quote.open')}
        </button>
      )}
    </figure>
  );
}
