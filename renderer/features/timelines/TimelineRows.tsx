import { ArrowUp, RefreshCw } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import styles from './Timeline.module.css';

/** The "Load missing posts" row standing where posts were not loaded (or were dropped to save memory). */
export function GapRow({ loading, onLoad }: { loading: boolean; onLoad(): void }) {
  const { t } = useTranslation();
  return (
    // An article of its own: a feed may own only articles, and a screen reader reading post by post meets it.
    <article className={styles.gap} aria-label={t('timeline.missing')}>
      <button type="button" className={styles.gapButton} onClick={onLoad} disabled={loading} aria-busy={loading}>
        <RefreshCw size={16} aria-hidden="true" className={loading ? styles.spin : undefined} />
        {loading ? t('timeline.loadingMissing') : t('timeline.loadMissing')}
      </button>
    </article>
  );
}

/**
 * The "N new posts" button: new posts wait behind it so the feed does not fill up under the reader.
 * It takes a row of its own above the posts rather than floating over them, so it never covers the
 * line someone is reading. `label` overrides the wording.
 */
export function NewPostsButton({ count, onShow, label }: { count: number; onShow(): void; label?: string }) {
  const { t, i18n } = useTranslation();
  if (count === 0) return null;
  return (
    <div className={styles.newPostsRow}>
      <button type="button" className={styles.newPosts} onClick={onShow}>
        <ArrowUp size={16} aria-hidden="true" />
        {/* The count written in full as the language writes numbers ("6,000"): it can run into thousands. */}
        {label ?? t('timeline.newPosts', { count, number: count.toLocaleString(i18n.language) })}
      </button>
    </div>
  );
}

/** Stands at the top of the post Mastodon's Home marker points at, so the person sees where they left off. */
export function ReadMarkerDivider() {
  const { t } = useTranslation();
  return (
    // A separator, not a post: a feed may own only articles, so it sits inside the marked post, first.
    <div role="separator" className={styles.readMarker} aria-label={t('timeline.readMarker')}>
      <span aria-hidden="true">{t('timeline.readMarker')}</span>
    </div>
  );
}

/** A grey stand-in for a post while the first page loads. */
export function SkeletonCard() {
  return (
    <div className={styles.skeleton} aria-hidden="true">
      <span className={styles.skeletonAvatar} />
      <span className={styles.skeletonLines}>
        <span />
        <span />
        <span />
      </span>
    </div>
  );
}

/** Shown while a timeline's first page loads. */
export function TimelineSkeleton() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-label={t('timeline.loading')}>
      <SkeletonCard />
      <SkeletonCard />
      <SkeletonCard />
    </div>
  );
}

/** The row after the last post: loading more, a retry, or the end. */
export function TimelineFooter({ loading, error, atEnd, onRetry }: { loading: boolean; error: string | null; atEnd: boolean; onRetry(): void }) {
  const { t } = useTranslation();
  if (error) {
    const message = t('timeline.olderFailed', { detail: error });
    return (
      // An article, like the gap row: a feed may own only articles, and a screen reader reading post by post meets it.
      <article className={styles.footer} aria-label={message}>
        <span role="alert">{message}</span>
        <button type="button" className={styles.gapButton} onClick={onRetry}>
          {t('timeline.retry')}
        </button>
      </article>
    );
  }
  if (loading) return <div className={styles.footer}><SkeletonCard /></div>;
  return atEnd ? <p className={styles.footer}>{t('timeline.end')}</p> : <div className={styles.footer} />;
}
