import { ArrowDown, ArrowUp, FileAudio, FileVideo, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DraftMedia } from '../../../shared/drafts';
import { useAtrium } from '../../store/store';
import { graphemeLength } from './characterCount';
import shared from './Composer.module.css';
import styles from './Media.module.css';
import { useComposer } from './composerStore';
import { FocalPoint } from './FocalPoint';

/** One attachment: its preview (focal point for pictures), its alt text with a count, and move and remove. */
export function MediaItem({ media, index, count }: { media: DraftMedia; index: number; count: number }) {
  const { t } = useTranslation();
  const altId = useId();
  const required = useAtrium((state) => state.policy?.requireAltText ?? false);
  const limit = useComposer((state) => state.context?.rules.descriptionLimit ?? 1500);
  // Send was refused for missing alt text: the empty fields say so too.
  const missing = useComposer((state) => state.problem?.code === 'altTextMissing');
  const { updateMedia, removeMedia, moveMedia } = useComposer.getState();
  const number = index + 1;
  const length = graphemeLength(media.description);
  const image = media.type === 'image' || media.type === 'gifv';

  return (
    <li className={styles.mediaItem} aria-label={t('composer.media.item', { number })}>
      <div className={styles.preview}>
        {image && media.previewUrl ? (
          <FocalPoint number={number} src={media.previewUrl} focus={media.focus} onChange={(focus) => updateMedia(media.id, { focus })} />
        ) : media.type === 'audio' ? (
          <FileAudio size={32} aria-hidden="true" />
        ) : (
          <FileVideo size={32} aria-hidden="true" />
        )}
      </div>
      <div className={styles.mediaFields}>
        <label className={shared.fieldLabel} htmlFor={altId}>
          {t('composer.media.alt')}
          {required && <span className={styles.required}> · {t('composer.media.altRequired')}</span>}
        </label>
        <textarea
          id={altId}
          className={styles.alt}
          value={media.description}
          placeholder={t('composer.media.altPlaceholder')}
          aria-required={required}
          aria-invalid={length > limit || (missing && media.description.trim() === '')}
          aria-describedby={`${altId}-count`}
          spellCheck
          rows={2}
          onChange={(event) => updateMedia(media.id, { description: event.target.value })}
        />
        <div className={styles.mediaActions}>
          <span id={`${altId}-count`} className={styles.altCount} data-over={length > limit}>
            {t('composer.media.altCount', { count: length, limit })}
          </span>
          <button type="button" className={shared.iconButton} aria-label={t('composer.media.moveEarlier', { number })} title={t('composer.media.moveEarlier', { number })} disabled={index === 0} onClick={() => moveMedia(media.id, -1)}>
            <ArrowUp size={16} aria-hidden="true" />
          </button>
          <button type="button" className={shared.iconButton} aria-label={t('composer.media.moveLater', { number })} title={t('composer.media.moveLater', { number })} disabled={index === count - 1} onClick={() => moveMedia(media.id, 1)}>
            <ArrowDown size={16} aria-hidden="true" />
          </button>
          <button type="button" className={shared.iconButton} aria-label={t('composer.media.remove', { number })} title={t('composer.media.remove', { number })} onClick={() => removeMedia(media.id)}>
            <Trash2 size={16} aria-hidden="true" />
          </button>
        </div>
      </div>
    </li>
  );
}
