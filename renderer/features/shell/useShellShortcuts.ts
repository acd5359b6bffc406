import { useEffect } from 'react';
import { useAtrium } from '../../store/store';
import type { MainView } from './layoutSlice';

const goTo: Record<string, MainView> = { h: 'home', n: 'notifications', o: 'local', d: 'directory', t: 'federated', b: 'bookmarks', f: 'favourites', l: 'lists' };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Ctrl+1…9 switches account; `g` then a letter goes to a rail item (h, n, o, d, t Fediverse, b, f, l). */
export function useShellShortcuts(): void {
  useEffect(() => {
    let pendingG = false;
    const onKey = (event: KeyboardEvent) => {
      const { accounts, switchAccount, showView } = useAtrium.getState();
      if ((event.ctrlKey || event.metaKey) && /^[1-9]$/.test(event.key)) {
        const account = accounts[Number(event.key) - 1];
        if (account) {
          event.preventDefault();
          void switchAccount(account.id);
        }
        return;
      }
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (pendingG && goTo[event.key]) {
        showView(goTo[event.key] as MainView);
        pendingG = false;
        return;
      }
      pendingG = event.key === 'g';
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
