import { useState, type ClipboardEvent, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import styles from './Composer.module.css';
import { ComposerText } from './ComposerText';
import { useComposer } from './composerStore';
import { MediaList } from './MediaList';
import { OptionsBar } from './OptionsBar';
import { PollEditor } from './PollEditor';
import { PostingAccount } from './PostingAccount';
import { SendFooter } from './SendFooter';
import { TargetContext } from './TargetContext';

/** Files carried by a drop or a paste. */
const filesOf = (data: DataTransfer | null): File[] => (data ? [...data.files] : []);

/** The post being written: who posts it, what it answers, the text, attachments, poll, options and Send. */
export function ComposerForm() {
  const { t } = useTranslation();
  const closeComposer = useAtrium((state) => state.closeComposer);
  // Only the fields drawn here: the text has its own component, so typing re-renders that and the count alone.
  const hasDraft = useComposer((state) => state.draft !== null);
  const spoilerText = useComposer((state) => state.draft?.spoilerText ?? '');
  const language = useComposer((state) => state.draft?.language ?? undefined);
  const update = useComposer((state) => state.update);
  const addFiles = useComposer((state) => state.addFiles);
  const notice = useComposer((state) => state.notice);
  const [dragging, setDragging] = useState(false);
  const [showWarning, setShowWarning] = useState(Boolean(spoilerText));
  if (!hasDraft) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void useComposer.getState().send().then((sent) => sent && closeComposer());
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void addFiles(filesOf(event.dataTransfer));
  };
  const onPaste = (event: ClipboardEvent) => {
    const files = filesOf(event.clipboardData);
    if (files.length === 0) return;
    // Pasted pictures attach; pasted text goes in as usual.
    event.preventDefault();
    void addFiles(files);
  };

  return (
    <form
      className={styles.form}
      data-dragging={dragging}
      onSubmit={submit}
      onPaste={onPaste}
      onKeyDown={(event) => {
        // Enter in a one-line field (content warning, poll option) must not send the post; Ctrl+Enter does.
        if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && event.target instanceof HTMLInputElement) event.preventDefault();
      }}
      onDragOver={(event) => {
        if (![...event.dataTransfer.types].includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <PostingAccount />
      <TargetContext />
      {showWarning && (
        <label className={styles.field}>
          <span className={styles.fieldLabel}>{t('composer.text.spoiler')}</span>
          <input
            className={styles.input}
            value={spoilerText}
            placeholder={t('composer.text.spoilerPlaceholder')}
            spellCheck
            lang={language}
            onChange={(event) => update({ spoilerText: event.target.value })}
          />
        </label>
      )}
      <ComposerText />
      <MediaList />
      <PollEditor />
      {dragging && <p className={styles.dropHint}>{t('composer.media.drop')}</p>}
      {notice && (
        <p className={styles.alert} role="status">
          {t(notice.key, notice.values)}
        </p>
      )}
      <OptionsBar warning={showWarning} onToggleWarning={() => {
        if (showWarning) update({ spoilerText: '' });
        setShowWarning(!showWarning);
      }} />
      <SendFooter />
    </form>
  );
}
