import { KeyRound } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import type { KeychainState } from './useKeychainState';
import styles from './KeychainNotice.module.css';

// Shell commands read the same in every language, so they are not in the strings.
const commands: Record<Exclude<KeychainState, 'ready'>, string[]> = {
  unavailable: ['sudo apt install gnome-keyring'],
  module_missing: ['sudo apt install libsecret-1-dev gnome-keyring', 'npm rebuild keytar'],
};

/**
 * The first screen's word on a missing keychain: what is missing and how to get it (real accounts need it),
 * and, when the demo is offered, that the demo works anyway with its sign-in kept in memory only.
 */
export function KeychainNotice({ state, demoOffered }: { state: Exclude<KeychainState, 'ready'>; demoOffered: boolean }) {
  const { t } = useTranslation();
  const missing = state === 'module_missing' ? 'moduleMissing' : 'unavailable';
  return (
    <div className={styles.notice} role="status" aria-labelledby="keychain-notice-title">
      <KeyRound size={18} aria-hidden="true" />
      <div className={styles.body}>
        <h2 id="keychain-notice-title" className={styles.title}>
          {t(`keychain.${missing}Title`)}
        </h2>
        <p className={styles.text}>{t(`keychain.${missing}`)}</p>
        <p className={styles.text}>{t(`keychain.${missing}Steps`)}</p>
        <ol className={styles.commands}>
          {commands[state].map((command) => (
            <li key={command}>
              <code>{command}</code>
            </li>
          ))}
        </ol>
        {demoOffered && <p className={styles.text}>{t('keychain.demoInMemory')}</p>}
      </div>
    </div>
  );
}
