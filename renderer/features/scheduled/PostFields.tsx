import { useTranslation } from '../../i18n/useTranslation';
import dialogStyles from '../../components/status/Dialog.module.css';
import styles from './Scheduled.module.css';

/** A post's content warning and text, as the desk's forms edit them (spellcheck on). */
export function PostFields({
  warning,
  text,
  rows,
  required,
  onWarning,
  onText,
}: {
  warning: string;
  text: string;
  rows: number;
  /** False for a post with attachments, which may go without text. */
  required: boolean;
  onWarning(value: string): void;
  onText(value: string): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label className={styles.field}>
        <span>{t('scheduled.dialog.contentWarning')}</span>
        <input className={styles.input} value={warning} onChange={(event) => onWarning(event.target.value)} />
      </label>
      <label className={styles.field}>
        <span>{t('scheduled.dialog.text')}</span>
        <textarea className={dialogStyles.textarea} rows={rows} value={text} required={required} spellCheck onChange={(event) => onText(event.target.value)} />
      </label>
    </>
  );
}
