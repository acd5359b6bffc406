import type { mastodon } from 'masto';
import { EyeOff } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { BlurhashCanvas } from './BlurhashCanvas';
import { useMediaShown, type Revealable } from './revealState';
import styles from './MediaGrid.module.css';

/**
 * A post's attachments: images, videos, looping GIFs and audio, each with its description
 * behind an "ALT" badge. Sensitive media stay hidden behind their blurhash until revealed;
 * any post's media can be hidden again (the button, or `h` on the post).
 */
export function MediaGrid({ media, status }: { media: readonly mastodon.v1.MediaAttachment[]; status: Revealable }) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useMediaShown(status);
  const sensitive = Boolean(status.sensitive);
  if (media.length === 0) return null;
  const visual = media.filter((item) => item.type !== 'audio');
  const audio = media.filter((item) => item.type === 'audio');
  return (
    <div className={styles.media}>
      {visual.length > 0 && (
        <div className={styles.grid} data-count={Math.min(visual.length, 4)}>
          {visual.map((item, index) => (
            <figure key={item.id} className={styles.cell}>
              {revealed ? <Visual item={item} /> : <BlurhashCanvas className={styles.blur} hash={item.blurhash} />}
              {revealed && item.description && <AltBadge description={item.description} position={index + 1} />}
            </figure>
          ))}
          {!revealed && (
            <button type="button" className={styles.reveal} onClick={() => setRevealed(true)}>
              <EyeOff size={18} aria-hidden="true" />
              <span>{sensitive ? t('status.media.sensitive') : t('status.media.hidden')}</span>
              <span className={styles.revealHint}>{t('status.media.show')}</span>
            </button>
          )}
        </div>
      )}
      {audio.map((item) => (
        <figure key={item.id} className={styles.audio}>
          {item.url && <audio controls preload="none" src={item.url} aria-label={item.description ?? t('status.media.audio')} />}
          {item.description && <figcaption className={styles.caption}>{item.description}</figcaption>}
        </figure>
      ))}
      {sensitive && revealed && visual.length > 0 && (
        <button type="button" className={styles.hide} onClick={() => setRevealed(false)}>
          {t('status.media.hide')}
        </button>
      )}
    </div>
  );
}

function Visual({ item }: { item: mastodon.v1.MediaAttachment }) {
  const { t } = useTranslation();
  // An image without a description is still there: say so rather than hide it from screen readers.
  const alt = item.description?.trim() || (item.type === 'image' ? t('a11y.media.noDescription') : '');
  const src = item.url ?? item.remoteUrl ?? undefined;
  switch (item.type) {
    case 'image':
      return <img className={styles.image} src={item.previewUrl || src} alt={alt} loading="lazy" />;
    case 'gifv':
      return <video className={styles.image} src={src} aria-label={alt || t('status.media.gif')} autoPlay loop muted playsInline />;
    case 'video':
      return <video className={styles.image} src={src} poster={item.previewUrl || undefined} aria-label={alt || t('status.media.video')} controls preload="none" />;
    default:
      return <span className={styles.unknown}>{t('status.media.unknown')}</span>;
  }
}

/** The "ALT" badge: shows the attachment's description on press. */
function AltBadge({ description, position }: { description: string; position: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={styles.alt} aria-expanded={open} aria-label={t('a11y.media.altOf', { position })} onClick={() => setOpen(!open)}>
        {t('status.media.alt')}
      </button>
      {open && <figcaption className={styles.altText}>{description}</figcaption>}
    </>
  );
}
