import { FileText, SquarePlus, X } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import styles from './Composer.module.css';
import { ComposerForm } from './ComposerForm';
import { useComposer } from './composerStore';
import { DraftsList } from './DraftsList';

/** The heading for what the draft is: a new post, a reply, a quote or an edit. */
function titleKey(draft: { editingStatusId: string | null; inReplyTo: unknown; quote: unknown } | null): string {
  if (draft?.editingStatusId) return 'composer.title.edit';
  if (draft?.inReplyTo) return 'composer.title.reply';
  if (draft?.quote) return 'composer.title.quote';
  return 'composer.title.new';
}

/**
 * The composer: a panel beside the timeline, never over it. Focus moves into it when it opens,
 * Escape closes it (the draft stays), Ctrl+Enter sends.
 */
export function ComposerPanel() {
  const { t } = useTranslation();
  const closeComposer = useAtrium((state) => state.closeComposer);
  // The draft's id and kind, not the draft: typing must not re-render the whole panel.
  const draftId = useComposer((state) => state.draft?.id);
  const title = useComposer((state) => titleKey(state.draft));
  // Each request to open (Compose again, `n`, Reply) brings focus back into the text, even when the draft stays.
  const requestSeq = useAtrium((state) => state.composerRequest?.seq);
  const phase = useComposer((state) => state.phase);
  const error = useComposer((state) => state.error);
  const [showDrafts, setShowDrafts] = useState(false);
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    // Focus goes to the text (its end) once the draft is there; the heading until then.
    if (showDrafts) return;
    const text = panel.current?.querySelector<HTMLTextAreaElement>('textarea[data-composer-text]');
    if (text) {
      text.focus();
      text.setSelectionRange(text.value.length, text.value.length);
    } else panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [draftId, showDrafts, requestSeq]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Keys in a menu the panel opened (portalled elsewhere in the page) are that menu's own.
    if (event.defaultPrevented || !event.currentTarget.contains(event.target as Node)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (showDrafts) setShowDrafts(false);
      else closeComposer();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !showDrafts) {
      event.preventDefault();
      void useComposer.getState().send().then((sent) => sent && closeComposer());
    }
  };

  return (
    <aside ref={panel} className={styles.panel} aria-labelledby="composer-title" onKeyDown={onKeyDown}>
      <header className={styles.header}>
        <h2 id="composer-title" className={styles.title} tabIndex={-1}>
          {showDrafts ? t('composer.drafts.title') : t(title)}
        </h2>
        <div className={styles.headerActions}>
          {!showDrafts && (
            <>
              <button type="button" className={styles.iconButton} title={t('composer.drafts.open')} aria-label={t('composer.drafts.open')} onClick={() => setShowDrafts(true)}>
                <FileText size={18} aria-hidden="true" />
              </button>
              <button type="button" className={styles.iconButton} title={t('composer.startOver')} aria-label={t('composer.startOver')} disabled={draftId === undefined} onClick={() => void useComposer.getState().startOver()}>
                <SquarePlus size={18} aria-hidden="true" />
              </button>
            </>
          )}
          <button type="button" className={styles.iconButton} title={t('composer.close')} aria-label={t('composer.close')} onClick={closeComposer}>
            <X size={18} aria-hidden="true" />
          </button>
        </div>
      </header>
      {showDrafts ? (
        <DraftsList onBack={() => setShowDrafts(false)} />
      ) : draftId !== undefined ? (
        <ComposerForm key={draftId} />
      ) : phase === 'failed' ? (
        <p className={styles.alert} role="alert">
          {t('composer.loadFailed', { detail: error ?? '' })}
        </p>
      ) : (
        <p className={styles.loading}>{t('composer.loading')}</p>
      )}
    </aside>
  );
}
