import { useCallback } from 'react';
import { useAtrium } from '../../store/store';
import type { PickerContext } from './SchedulePicker';

/** For an account: its scheduled posts as the rules count them, and its posting slots. */
export function useQueueSlots(): (accountId: string) => PickerContext {
  const queues = useAtrium((state) => state.scheduledQueues);
  const book = useAtrium((state) => state.slotBook);
  return useCallback(
    (accountId: string) => ({
      existing: (queues[accountId]?.entries ?? []).map((entry) => ({ id: entry.id, at: entry.at })),
      plan: book?.[accountId] ?? null,
    }),
    [queues, book],
  );
}
