import { useCallback, useRef, type KeyboardEvent } from 'react';
import i18next from 'i18next';
import { announce } from '../a11y/announcer';
import { isTypingTarget } from '../../components/typingTarget';
import { useAtrium } from '../../store/store';
import type { StatusCallbacks } from '../../components/status/StatusCard';

/**
 * Keyboard control of a list of post cards, as WAI-ARIA's feed pattern has it: j/k and Page Down/Up
 * move focus between posts, Enter opens the focused post, r/f/b reply to, favourite and boost it
 * (and the live region says what was done). `?` and `g` shortcuts are the shell's.
 * Spread `onKeyDown` on the element that holds the cards.
 */
export function useStatusKeyboard(accountId: string, callbacks: Pick<StatusCallbacks, 'onOpenStatus' | 'onReply'>) {
  const { onOpenStatus, onReply } = callbacks;
  // `g f` and `g b` go to Favourites and Bookmarks: the letter after `g` is not a post action.
  const previousKey = useRef('');

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const afterG = previousKey.current === 'g';
      previousKey.current = event.key;
      if (afterG) return;
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
        case 'PageDown':
          move(index + 1);
          break;
        case 'k':
        case 'PageUp':
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
        case 'b': {
          const status = statusId ? store.statuses[statusId] : undefined;
          if (!statusId || !status) return;
          const action = event.key === 'f' ? 'favourite' : 'reblog';
          const wasOn = action === 'favourite' ? status.favourited : status.reblogged;
          void store.toggleStatus(accountId, statusId, action);
          // Said at once, as the button flips at once; a refusal is said by the action notices.
          announce(i18next.t(`a11y.announce.${wasOn ? `un${action}` : action}`));
          break;
        }
        default:
          return;
      }
      event.preventDefault();
    },
    [accountId, onOpenStatus, onReply],
  );

  return { onKeyDown };
}
