/** Atrium's logo: an open arch, the hall that a building's rooms open onto. */
export function AtriumMark({ size = 40 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="12" fill="var(--accent)" />
      <path d="M12 36V22a12 12 0 0 1 24 0v14" fill="none" stroke="var(--on-accent)" strokeWidth="4" strokeLinecap="round" />
      <path d="M19 36V24a5 5 0 0 1 10 0v12" fill="none" stroke="var(--on-accent)" strokeWidth="3" strokeLinecap="round" opacity="0.65" />
    </svg>
  );
}
