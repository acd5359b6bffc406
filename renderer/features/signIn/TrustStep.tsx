import { Globe } from 'lucide-react';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import styles from './SignInScreen.module.css';
import type { ProbedInstance } from './useSignIn';

/**
 * Says plainly which server the person is about to trust with their account, before the browser
 * opens: the host Atrium will send the sign-in to, not the name the server gives itself.
 * Focus lands on the confirm button (described by the sentence); Escape goes back to the address.
 */
export function TrustStep({ instance, onConfirm, onBack }: { instance: ProbedInstance; onConfirm: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const host = new URL(instance.url).host;

  useEffect(() => confirmRef.current?.focus(), []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onBack();
  }

  return (
    <div className={styles.trust} onKeyDown={onKeyDown}>
      <h1 id="sign-in-title" className={styles.title}>{t('signIn.trustTitle')}</h1>
      <p className={styles.trustHost}>
        <Globe size={18} aria-hidden="true" />
        <span>{host}</span>
      </p>
      <p id="trust-note" className={styles.lead}>{t('signIn.trustNote', { host })}</p>
      <button ref={confirmRef} type="button" className={styles.primary} aria-describedby="trust-note" onClick={onConfirm}>
        {t('signIn.trustContinue')}
      </button>
      <button type="button" className={styles.linkButton} onClick={onBack}>
        {t('signIn.cancel')}
      </button>
    </div>
  );
}
