import { useCallback, useRef, type KeyboardEvent } from 'react';
import { i18n } from '../../i18n/i18n';
import { announce } from '../a11y/announcer';
import { feedItemSelector } from '../../components/feedItems';
import { isTypingTarget } from '../../components/typingTarget';
import { toggleMedia, toggleWarning } from '../../components/status/revealState';
import { useAtrium } from '../../store/store';
import type { StatusCallbacks } from '../../components/status/StatusCard';
import { focusNextWhenAdded } from './focusNextWhenAdded';

/** Says what a shortcut did, as the post's own button would have shown it. */
const say = (key: string) => announce(i18n.t(`a11y.announce.${key}`));

/**
 * Keyboard control of a list of post cards, as WAI-ARIA's feed pattern has it: j/k and Page Down/Up
 * move focus between posts, Enter opens the focused post (or, on a row about a person, their
 * profile), r/f/b reply to, favourite and boost it, x opens or closes its content warning, h shows
 * or hides its media, p opens its author's profile; the live region says what was done.
 * `?`, `g` and Backspace are the shell's. Spread `onKeyDown` on the element that holds the cards.
 */
export function useStatusKeyboard(accountId: string, callbacks: Pick<StatusCallbacks, 'onOpenStatus' | 'onReply' | 'onOpenAccount'>) {
  const { onOpenStatus, onReply, onOpenAccount } = callbacks;
  // `g f` and `g b` go to Favourites and Bookmarks: the letter after `g` is not a post action.
  const previousKey = useRef('');
  // A move past the last loaded post, waiting for the next one; any later move replaces it.
  const waiting = useRef<(() => void) | null>(null);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const afterG = previousKey.current === 'g';
      previousKey.current = event.key;
      if (afterG) return;
      const container = event.currentTarget;
      const cards = [...container.querySelectorAll<HTMLElement>(feedItemSelector)];
      const current = (event.target as Element).closest<HTMLElement>(feedItemSelector);
      const index = current ? cards.indexOf(current) : -1;
      const statusId = current?.dataset['statusId'];
      const move = (to: number) => {
        waiting.current?.();
        waiting.current = null;
        const next = cards[Math.max(0, Math.min(cards.length - 1, to))];
        next?.focus();
        next?.scrollIntoView?.({ block: 'nearest' });
      };
      const store = useAtrium.getState();
      const status = statusId ? store.statuses[statusId] : undefined;
      // A notification row names who acted; a post, its author.
      const personId = current?.dataset['accountId'] ?? status?.account.id;
      switch (event.key) {
        case 'j':
        case 'PageDown':
          if (current && index === cards.length - 1) {
            move(index);
            waiting.current = focusNextWhenAdded(container, current);
          } else move(index + 1);
          break;
        case 'k':
        case 'PageUp':
          move(index < 0 ? 0 : index - 1);
          break;
        case 'Enter':
          // Only the card itself: Enter on a link or button inside does that control's own thing.
          if (!current || event.target !== current) return;
          if (statusId) onOpenStatus(statusId);
          else if (personId) onOpenAccount(personId);
          break;
        case 'p':
          if (!personId) return;
          onOpenAccount(personId);
          break;
        case 'r':
          if (!status) return;
          onReply(status);
          break;
        case 'f':
        case 'b': {
          if (!statusId || !status) return;
          const action = event.key === 'f' ? 'favourite' : 'reblog';
          const wasOn = action === 'favourite' ? status.favourited : status.reblogged;
          void store.toggleStatus(accountId, statusId, action);
          // Said at once, as the button flips at once; a refusal is said by the action notices.
          say(wasOn ? `un${action}` : action);
          break;
        }
        case 'x': {
          const open = status && toggleWarning(status);
          if (open === undefined) return;
          say(open ? 'warningOpened' : 'warningClosed');
          break;
        }
        case 'h': {
          const shown = status && toggleMedia(status);
          if (shown === undefined) return;
          say(shown ? 'mediaShown' : 'mediaHidden');
          break;
        }
        default:
          return;
      }
      event.preventDefault();
    },
    [accountId, onOpenStatus, onReply, onOpenAccount],
  );

  return { onKeyDown };
}
