import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { acceptToken, tokenAtCaret } from './caretToken';
import styles from './ComposerText.module.css';
import { useComposer } from './composerStore';
import { useSuggestions, type Suggestion } from './useSuggestions';

/** The post's text, spellchecked, with autocomplete for @accounts, #hashtags and :emoji: at the caret. */
export function ComposerText() {
  const { t } = useTranslation();
  const listId = useId();
  const text = useComposer((state) => state.draft?.text ?? '');
  const language = useComposer((state) => state.draft?.language ?? undefined);
  const accountId = useComposer((state) => state.draft?.accountId ?? '');
  const update = useComposer((state) => state.update);
  const field = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(text.length);
  const [active, setActive] = useState(0);
  // The token the person dismissed with Escape stays dismissed until the caret leaves it.
  const [dismissed, setDismissed] = useState<number | null>(null);
  const nextCaret = useRef<number | null>(null);

  const token = tokenAtCaret(text, caret);
  const suggestions = useSuggestions(accountId, token && token.start !== dismissed ? token : null);
  const open = token !== null && token.start !== dismissed && suggestions.length > 0;
  const optionId = (index: number) => `${listId}-${index}`;

  useLayoutEffect(() => {
    if (nextCaret.current === null || !field.current) return;
    field.current.setSelectionRange(nextCaret.current, nextCaret.current);
    nextCaret.current = null;
  });

  const accept = (suggestion: Suggestion) => {
    if (!token) return;
    const next = acceptToken(text, token, suggestion.replacement);
    nextCaret.current = next.caret;
    setCaret(next.caret);
    setActive(0);
    update({ text: next.text });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open || event.ctrlKey || event.metaKey || event.altKey) return;
    const count = suggestions.length;
    if (event.key === 'ArrowDown') setActive((active + 1) % count);
    else if (event.key === 'ArrowUp') setActive((active - 1 + count) % count);
    else if (event.key === 'Enter' || event.key === 'Tab') accept(suggestions[Math.min(active, count - 1)] as Suggestion);
    else if (event.key === 'Escape') setDismissed(token.start);
    else return;
    event.preventDefault();
  };

  const track = () => {
    const position = field.current?.selectionStart ?? 0;
    setCaret(position);
    if (dismissed !== null && tokenAtCaret(field.current?.value ?? '', position)?.start !== dismissed) setDismissed(null);
  };

  return (
    <div className={styles.textWrap}>
      <label className="visually-hidden" htmlFor={`${listId}-text`}>
        {t('composer.text.label')}
      </label>
      <textarea
        id={`${listId}-text`}
        ref={field}
        data-composer-text
        className={styles.text}
        value={text}
        placeholder={t('composer.text.placeholder')}
        spellCheck
        lang={language}
        aria-autocomplete="list"
        aria-describedby="composer-count"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(Math.min(active, suggestions.length - 1)) : undefined}
        onChange={(event) => {
          update({ text: event.target.value });
          setActive(0);
          track();
        }}
        onSelect={track}
        onKeyDown={onKeyDown}
      />
      {open && (
        <>
          <ul id={listId} role="listbox" aria-label={t('composer.autocomplete.label')} className={styles.suggestions}>
            {suggestions.map((suggestion, index) => (
              <li
                key={suggestion.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={styles.suggestion}
                // Keep focus in the text while choosing with the mouse.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => accept(suggestion)}
              >
                {suggestion.image && <img src={suggestion.image} alt="" width={24} height={24} className={styles.suggestionImage} />}
                <span className={styles.suggestionLabel}>{suggestion.label}</span>
                {suggestion.detail && <span className={styles.suggestionDetail}>{suggestion.detail}</span>}
              </li>
            ))}
          </ul>
          <p className="visually-hidden" role="status">
            {t('composer.autocomplete.count', { count: suggestions.length })}
          </p>
        </>
      )}
    </div>
  );
}
