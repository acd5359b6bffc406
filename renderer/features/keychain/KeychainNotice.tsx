import { KeyRound } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import type { KeychainState } from './useKeychainState';
import styles from './KeychainNotice.module.css';

/**
 * The first screen's word on a missing keychain: what is missing and how to get it (real accounts need it),
 * and, when the demo is offered, that the demo works anyway with its sign-in kept in memory only.
 */
export function KeychainNotice({ state, demoOffered }: { state: Exclude<KeychainState, 'ready'>; demoOffered: boolean }) {
  const { t } = useTranslation();
  const code = { code: <code /> };
  return (
    <div className={styles.notice} role="status" aria-labelledby="keychain-notice-title">
      <KeyRound size={18} aria-hidden="true" />
      <div className={styles.body}>
        <h2 id="keychain-notice-title" className={styles.title}>
          {t(state === 'module_missing' ? 'keychain.moduleMissingTitle' : 'keychain.unavailableTitle')}
        </h2>
        <p className={styles.text}>
          <Trans i18nKey={state === 'module_missing' ? 'keychain.moduleMissing' : 'keychain.unavailable'} components={code} />
        </p>
        {demoOffered && <p className={styles.text}>{t('keychain.demoInMemory')}</p>}
      </div>
    </div>
  );
}
