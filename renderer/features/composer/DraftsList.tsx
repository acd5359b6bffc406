import { ArrowLeft, Trash2 } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { formatExact } from '../../components/status/RelativeTime';
import { useAtrium } from '../../store/store';
import shared from './Composer.module.css';
import styles from './Drafts.module.css';
import { useComposer } from './composerStore';

/** Every signed-in account's saved drafts, newest first: open one, or delete it. */
export function DraftsList({ onBack }: { onBack(): void }) {
  const { t, i18n } = useTranslation();
  const accounts = useAtrium((state) => state.accounts);
  const openComposer = useAtrium((state) => state.openComposer);
  const drafts = useComposer((state) => state.savedDrafts);
  const status = useComposer((state) => state.savedStatus);
  const { loadSavedDrafts, deleteSavedDraft } = useComposer.getState();

  useEffect(() => {
    void loadSavedDrafts();
  }, [loadSavedDrafts]);

  const remove = async (draftId: string) => {
    const draft = drafts.find((candidate) => candidate.id === draftId);
    if (!draft) return;
    await deleteSavedDraft(draft).catch(() => undefined);
    // The open draft was the one deleted: start a blank one rather than showing nothing.
    if (!useComposer.getState().draft) void useComposer.getState().start({ kind: 'new' });
  };

  return (
    <div className={styles.drafts}>
      <button type="button" className={shared.textButton} onClick={onBack}>
        <ArrowLeft size={16} aria-hidden="true" /> {t('composer.drafts.back')}
      </button>
      {status === 'loading' && drafts.length === 0 && <p className={shared.note}>{t('composer.drafts.loading')}</p>}
      {status === 'error' && (
        <p className={shared.alert} role="alert">
          {t('composer.drafts.failed')}{' '}
          <button type="button" className={shared.textButton} onClick={() => void loadSavedDrafts()}>
            {t('errors.retry')}
          </button>
        </p>
      )}
      {status === 'ready' && drafts.length === 0 && <p className={shared.note}>{t('composer.drafts.empty')}</p>}
      <ul className={styles.draftItems}>
        {drafts.map((draft) => {
          const account = accounts.find((candidate) => candidate.id === draft.accountId);
          const summary = draft.text.trim() || draft.spoilerText.trim() || t('composer.drafts.blank');
          const kind = draft.editingStatusId ? t('composer.drafts.edit') : draft.inReplyTo ? t('composer.drafts.reply') : null;
          return (
            <li key={draft.id} className={styles.draftItem}>
              <button
                type="button"
                className={styles.draftOpen}
                onClick={() => {
                  onBack();
                  openComposer({ kind: 'draft', draftId: draft.id, accountId: draft.accountId });
                }}
              >
                <span className={styles.draftText}>{summary}</span>
                <span className={styles.draftMeta}>
                  {[
                    kind,
                    account ? t('composer.drafts.as', { handle: account.acct }) : null,
                    draft.media.length > 0 ? t('composer.drafts.media', { count: draft.media.length }) : null,
                    formatExact(new Date(draft.updatedAt), i18n.language),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
              <button
                type="button"
                className={shared.iconButton}
                aria-label={t('composer.drafts.deleteNamed', { text: summary.length > 80 ? `${summary.slice(0, 80)}…` : summary })}
                title={t('composer.drafts.delete')}
                onClick={() => void remove(draft.id)}
              >
                <Trash2 size={16} aria-hidden="true" />
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
