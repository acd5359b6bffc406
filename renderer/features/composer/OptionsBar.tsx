import { ImagePlus, ListChecks, TriangleAlert } from 'lucide-react';
import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '../../i18n/useTranslation';
import type { QuoteApprovalPolicy } from '../../../shared/drafts';
import shared from './Composer.module.css';
import styles from './OptionsBar.module.css';
import { useComposer } from './composerStore';
import { asVisibility, visibilities } from './visibilities';

/** Languages offered besides the post's own and the person's: the most common ones on Mastodon. */
const commonLanguages = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ca', 'eu', 'gl', 'pl', 'sv', 'ja', 'zh', 'ko', 'ar', 'ru', 'uk', 'tr', 'hi'];
const quotePolicies: QuoteApprovalPolicy[] = ['public', 'followers', 'nobody'];
/** A day: how long a new poll stays open unless changed. */
const DEFAULT_POLL_SECONDS = 86_400;

/** Language codes to offer, named in the interface's language, the post's current one first. */
function languageChoices(current: string | null, uiLanguage: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
  const codes = [...new Set([current, ...navigator.languages.map((tag) => tag.split('-')[0]), ...commonLanguages].filter((code): code is string => Boolean(code)))];
  return codes.map((code) => ({ code, name: names.of(code) ?? code }));
}

/** Attach, poll, content warning, visibility, language and who may quote. */
export function OptionsBar({ warning, onToggleWarning }: { warning: boolean; onToggleWarning(): void }) {
  const { t, i18n } = useTranslation();
  // The options' fields only, so typing the text does not re-render them.
  const draft = useComposer(
    useShallow((state) =>
      state.draft
        ? {
            editingStatusId: state.draft.editingStatusId,
            visibility: state.draft.visibility,
            poll: state.draft.poll,
            media: state.draft.media,
            language: state.draft.language,
            quoteApprovalPolicy: state.draft.quoteApprovalPolicy,
          }
        : null,
    ),
  );
  const rules = useComposer((state) => state.context?.rules);
  const update = useComposer((state) => state.update);
  const addFiles = useComposer((state) => state.addFiles);
  const picker = useRef<HTMLInputElement>(null);
  if (!draft || !rules) return null;
  const editing = draft.editingStatusId !== null;
  const quotable = rules.quotes && !editing && (draft.visibility === 'public' || draft.visibility === 'unlisted');

  return (
    <div className={styles.options} role="group" aria-label={t('composer.options.label')}>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        accept={rules.supportedMimeTypes.length > 0 ? rules.supportedMimeTypes.join(',') : 'image/*,video/*,audio/*'}
        onChange={(event) => {
          void addFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
      <div className={styles.tools}>
        <button type="button" className={shared.iconButton} aria-label={t('composer.options.attach')} title={t('composer.options.attach')} disabled={draft.poll !== null} onClick={() => picker.current?.click()}>
          <ImagePlus size={18} aria-hidden="true" />
        </button>
        <button
          type="button"
          className={shared.iconButton}
          aria-label={t('composer.options.poll')}
          title={t('composer.options.poll')}
          aria-pressed={draft.poll !== null}
          disabled={draft.media.length > 0}
          onClick={() => update({ poll: draft.poll ? null : { options: ['', ''], expiresIn: DEFAULT_POLL_SECONDS, multiple: false } })}
        >
          <ListChecks size={18} aria-hidden="true" />
        </button>
        <button type="button" className={shared.iconButton} aria-label={t('composer.options.cw')} title={t('composer.options.cw')} aria-pressed={warning} onClick={onToggleWarning}>
          <TriangleAlert size={18} aria-hidden="true" />
        </button>
      </div>
      <div className={styles.choices}>
        <label className={styles.select}>
          <span className="visually-hidden">{t('composer.options.visibility')}</span>
          <select className={shared.selectBox} value={draft.visibility} disabled={editing} title={t('composer.options.visibility')} onChange={(event) => update({ visibility: asVisibility(event.target.value) ?? draft.visibility })}>
            {visibilities.map((visibility) => (
              <option key={visibility} value={visibility}>
                {t(`composer.visibility.${visibility}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.select}>
          <span className="visually-hidden">{t('composer.options.language')}</span>
          <select className={shared.selectBox} value={draft.language ?? ''} title={t('composer.options.language')} onChange={(event) => update({ language: event.target.value || null })}>
            {languageChoices(draft.language, i18n.language).map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {quotable && (
          <label className={styles.select}>
            <span className="visually-hidden">{t('composer.options.quotePolicy')}</span>
            <select
              className={shared.selectBox}
              value={draft.quoteApprovalPolicy}
              title={t('composer.options.quotePolicy')}
              onChange={(event) => update({ quoteApprovalPolicy: quotePolicies.find((policy) => policy === event.target.value) ?? 'public' })}
            >
              {quotePolicies.map((policy) => (
                <option key={policy} value={policy}>
                  {t('composer.quotePolicy.option', { who: t(`composer.quotePolicy.${policy}`) })}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </div>
  );
}
