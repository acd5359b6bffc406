import { useEffect } from 'react';
import { useAtrium } from '../../store/store';

/** How often an open desk asks the server again: colleagues edit the same queue. */
export const DESK_REFRESH_MS = 30_000;

/**
 * Keeps the desk current while it is open: reads every account's queue now, every half minute,
 * and whenever the window comes back into focus (someone may have changed it meanwhile).
 */
export function useDeskRefresh(accountIds: readonly string[]): void {
  const key = accountIds.join(',');
  useEffect(() => {
    const ids = key === '' ? [] : key.split(',');
    const { loadScheduled, loadSlots } = useAtrium.getState();
    const refresh = () => void loadScheduled(ids);
    refresh();
    void loadSlots();
    const timer = window.setInterval(refresh, DESK_REFRESH_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [key]);
}
