import { useCallback, useState, type KeyboardEvent } from 'react';
import { useAtrium } from '../../store/store';
import type { StatusCallbacks } from '../../components/status/StatusCard';

/** The shortcuts a list of posts answers to, for the help sheet and for the handler. */
export const postShortcuts = ['j', 'k', 'Enter', 'r', 'f', 'b', '?'] as const;

const typingTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Keyboard control of a list of post cards: j/k move focus between posts, Enter opens the
 * focused post, r/f/b reply to, favourite and boost it, `?` opens the help sheet.
 * Spread `onKeyDown` on the element that holds the cards; render `<ShortcutsHelp>` with `helpOpen`.
 */
export function useStatusKeyboard(accountId: string, callbacks: Pick<StatusCallbacks, 'onOpenStatus' | 'onReply'>) {
  const [helpOpen, setHelpOpen] = useState(false);
  const { onOpenStatus, onReply } = callbacks;

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingTarget(event.target)) return;
      const container = event.currentTarget;
      const cards = [...container.querySelectorAll<HTMLElement>('article[data-status-id]')];
      const current = (event.target as Element).closest<HTMLElement>('article[data-status-id]');
      const index = current ? cards.indexOf(current) : -1;
      const statusId = current?.dataset['statusId'];
      const move = (to: number) => {
        const next = cards[Math.max(0, Math.min(cards.length - 1, to))];
        next?.focus();
        next?.scrollIntoView?.({ block: 'nearest' });
      };
      const store = useAtrium.getState();
      switch (event.key) {
        case 'j':
          move(index + 1);
          break;
        case 'k':
          move(index < 0 ? 0 : index - 1);
          break;
        case 'Enter':
          // Only the card itself: Enter on a link or button inside does that control's own thing.
          if (!statusId || event.target !== current) return;
          onOpenStatus(statusId);
          break;
        case 'r': {
          const status = statusId ? store.statuses[statusId] : undefined;
          if (!status) return;
          onReply(status);
          break;
        }
        case 'f':
        case 'b':
          if (!statusId) return;
          void store.toggleStatus(accountId, statusId, event.key === 'f' ? 'favourite' : 'reblog');
          break;
        case '?':
          setHelpOpen(true);
          break;
        default:
          return;
      }
      event.preventDefault();
    },
    [accountId, onOpenStatus, onReply],
  );

  return { onKeyDown, helpOpen, setHelpOpen };
}
