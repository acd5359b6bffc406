import { Quote, Reply, X } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import shared from './Composer.module.css';
import styles from './TargetContext.module.css';
import { useComposer } from './composerStore';

/** Plain text of a post's HTML, for a one-line reminder of what is being answered or quoted. */
function excerpt(html: string | undefined): string {
  if (!html) return '';
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

/** What the draft answers or quotes, and whether the posting account's server can find it. */
export function TargetContext() {
  const { t } = useTranslation();
  // What the draft answers or quotes, not its text: typing must not re-render this.
  const draft = useComposer(
    useShallow((state) => (state.draft ? { inReplyTo: state.draft.inReplyTo, quote: state.draft.quote, editingStatusId: state.draft.editingStatusId } : null)),
  );
  const target = useComposer((state) => state.target);
  const update = useComposer((state) => state.update);
  const replied = useAtrium((state) => (draft?.inReplyTo ? state.statuses[draft.inReplyTo.id] : undefined));
  const quoted = useAtrium((state) => (draft?.quote ? state.statuses[draft.quote.id] : undefined));
  if (!draft || (!draft.inReplyTo && !draft.quote)) return null;
  const replyAcct = draft.inReplyTo?.acct || replied?.account.acct;

  return (
    <div className={styles.target}>
      {draft.inReplyTo && !draft.editingStatusId && (
        <div className={styles.targetRow}>
          <Reply size={16} aria-hidden="true" />
          <div>
            {replyAcct && <p className={styles.targetTitle}>{t('composer.replyingTo', { acct: replyAcct })}</p>}
            {replied && <p className={styles.targetText}>{excerpt(replied.content)}</p>}
          </div>
        </div>
      )}
      {draft.quote && (
        <div className={styles.targetRow}>
          <Quote size={16} aria-hidden="true" />
          <div>
            <p className={styles.targetTitle}>{t('composer.quoting')}</p>
            {quoted && <p className={styles.targetText}>{`${quoted.account.displayName || quoted.account.acct}: ${excerpt(quoted.content)}`}</p>}
          </div>
          {!draft.editingStatusId && (
            <button type="button" className={shared.iconButton} aria-label={t('composer.removeQuote')} title={t('composer.removeQuote')} onClick={() => update({ quote: null })}>
              <X size={16} aria-hidden="true" />
            </button>
          )}
        </div>
      )}
      {target === 'resolving' && <p className={shared.note}>{t('composer.account.resolving')}</p>}
      {target === 'missing' && (
        <p className={shared.alert} role="alert">
          {t('composer.account.missing')}
        </p>
      )}
    </div>
  );
}
