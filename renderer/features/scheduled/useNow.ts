import { useEffect, useState } from 'react';

/**
 * The current time, renewed every `everyMs` (a minute by default): what "at least 5 minutes from
 * now", "this week" and "next free slot" are measured against while a view stays open.
 */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
