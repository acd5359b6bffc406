import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import { useCallback, useRef, type FocusEvent } from 'react';

/**
 * Keeps the row that holds focus mounted in a virtualized list, however far it scrolls away
 * (by wheel, scrollbar or Page Down), so focus never falls to the page body and j/k go on from it.
 * Spread `onFocus` on the list's container (rows carry `data-key`), pass `rangeExtractor` to the
 * virtualizer; `indexOf` (a row's index from its key) should change only when the rows do.
 */
export function useKeptFocusRow(indexOf: (key: string) => number) {
  const focusedKey = useRef<string | null>(null);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const row = (event.target as Element).closest<HTMLElement>('[data-key]');
    // Kept while focus is in a panel this row opened, so focus can come back to it.
    if (row) focusedKey.current = row.dataset['key'] ?? null;
  }, []);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const index = focusedKey.current === null ? -1 : indexOf(focusedKey.current);
      if (index < 0 || index >= range.count || indexes.includes(index)) return indexes;
      return [...indexes, index].sort((a, b) => a - b);
    },
    [indexOf],
  );

  return { onFocus, rangeExtractor };
}
