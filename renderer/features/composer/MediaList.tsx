import { X } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import shared from './Composer.module.css';
import styles from './Media.module.css';
import { useComposer } from './composerStore';
import { MediaItem } from './MediaItem';

/** Files on their way (with progress and Cancel) and attachments ready (with alt text, focal point, order). */
export function MediaList() {
  const { t } = useTranslation();
  const media = useComposer((state) => state.draft?.media ?? []);
  const uploads = useComposer((state) => state.uploads);
  const cancelUpload = useComposer((state) => state.cancelUpload);
  const dismissUpload = useComposer((state) => state.dismissUpload);
  if (media.length === 0 && uploads.length === 0) return null;

  return (
    <section className={styles.media} aria-label={t('composer.media.label')}>
      {media.length > 0 && (
        <ol className={styles.mediaItems}>
          {media.map((item, index) => (
            <MediaItem key={item.id} media={item} index={index} count={media.length} />
          ))}
        </ol>
      )}
      {uploads.map((upload) => {
        const percent = upload.total > 0 ? Math.round((upload.loaded / upload.total) * 100) : 0;
        const words = upload.error
          ? t('composer.media.failed', { name: upload.fileName, detail: upload.error })
          : t(`composer.media.${upload.phase}`, { name: upload.fileName, percent });
        return (
          <div key={upload.uploadId} className={styles.upload} data-failed={upload.error !== null}>
            <div className={styles.uploadText}>
              <span role={upload.error ? 'alert' : undefined}>{words}</span>
              {!upload.error && (
                <progress
                  className={styles.progress}
                  aria-label={words}
                  max={upload.phase === 'uploading' ? 100 : undefined}
                  value={upload.phase === 'uploading' ? percent : undefined}
                />
              )}
            </div>
            {upload.error ? (
              <button type="button" className={shared.textButton} onClick={() => dismissUpload(upload.uploadId)}>
                {t('composer.media.dismiss')}
              </button>
            ) : (
              <button
                type="button"
                className={shared.iconButton}
                aria-label={t('composer.media.cancel', { name: upload.fileName })}
                title={t('composer.media.cancel', { name: upload.fileName })}
                onClick={() => cancelUpload(upload.uploadId)}
              >
                <X size={16} aria-hidden="true" />
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
