import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import type { ProfileState } from './profileSlice';
import styles from './ProfilePanel.module.css';

/** Mastodon's limit for a private note. */
const NOTE_LIMIT = 2000;

/** A note about this person only you can read; saved when you leave the field, and says so. */
export function PrivateNote({ accountId, idOrAcct, profile }: { accountId: string; idOrAcct: string; profile: ProfileState }) {
  const { t } = useTranslation();
  const id = useId();
  const saveNote = useAtrium((state) => state.saveNote);
  const saved = profile.relationship?.note ?? '';
  const [text, setText] = useState(saved);
  const message = profile.note === 'saving' ? t('people.note.saving') : profile.note === 'saved' ? t('people.note.saved') : profile.note === 'error' ? t('people.note.failed', { detail: profile.noteError ?? '' }) : '';

  return (
    <div className={styles.note}>
      <label htmlFor={id} className={styles.sectionTitle}>
        {t('people.note.label')}
      </label>
      <textarea
        id={id}
        className={styles.noteInput}
        value={text}
        maxLength={NOTE_LIMIT}
        rows={2}
        placeholder={t('people.note.placeholder')}
        aria-describedby={`${id}-status`}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          if (text !== saved) void saveNote(accountId, idOrAcct, text);
        }}
      />
      <p id={`${id}-status`} className={profile.note === 'error' ? styles.error : styles.noteStatus} role="status">
        {message}
      </p>
    </div>
  );
}
