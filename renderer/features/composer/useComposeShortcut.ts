import { useEffect } from 'react';
import { useAtrium } from '../../store/store';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** `n` opens the composer (but `g n` still goes to notifications, the shell's own shortcut). */
export function useComposeShortcut(): void {
  useEffect(() => {
    let previous = '';
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const afterG = previous === 'g';
      previous = event.key;
      if (event.key !== 'n' || afterG) return;
      event.preventDefault();
      useAtrium.getState().openComposer({ kind: 'new' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
