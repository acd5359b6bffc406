import { useAnnouncer } from './announcer';

/**
 * The window's one polite live region. Mount once (the shell). The text is keyed by its serial,
 * so the same sentence twice in a row ("Boosted", "Boosted") is still spoken twice.
 */
export function LiveRegion() {
  const current = useAnnouncer((state) => state.current);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {current && <span key={current.serial}>{current.text}</span>}
    </div>
  );
}
