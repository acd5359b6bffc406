import { useAtrium } from '../../store/store';
import { parseScheduled } from './deskEntry';

/**
 * After the composer scheduled a post: the server answered a ScheduledStatus, not a post, so it
 * goes on the desk (and main watches for it going out) instead of into a timeline.
 */
export function addScheduledAnswer(accountId: string, answer: unknown): void {
  const entry = parseScheduled(answer, accountId);
  if (entry) useAtrium.getState().addScheduled(entry);
  // The answer alone may be unreadable; the desk reads the whole queue again either way.
  else void useAtrium.getState().loadScheduled([accountId]);
}
