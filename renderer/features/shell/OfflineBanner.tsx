import { WifiOff } from 'lucide-react';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { watchStreamConnection } from '../../bridge/bridge';
import { isOffline, subscribeConnection } from '../../bridge/connection';
import styles from './Shell.module.css';

/** Marks the app as offline while the server cannot be reached; what is shown is what was last loaded. */
export function OfflineBanner({ host }: { host: string }) {
  const { t } = useTranslation();
  const offline = useSyncExternalStore(subscribeConnection, isOffline);
  useEffect(() => watchStreamConnection(), []);
  if (!offline) return null;
  return (
    <p className={styles.offline} role="status">
      <WifiOff size={16} aria-hidden="true" />
      {t('shell.offline', { host })}
    </p>
  );
}
