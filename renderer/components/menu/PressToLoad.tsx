import { Suspense, useState, type ReactNode } from 'react';

/** Props of PressToLoad: the stand-in button's look and name, and what replaces it once pressed. */
export interface PressToLoadProps {
  /** The button's accessible name, the same as the real trigger's. */
  label: string;
  /** What the button shows (an icon, an avatar). */
  trigger: ReactNode;
  /** The real trigger's class, so the stand-in looks the same. */
  className: string | undefined;
  /** The real menu, opened as it mounts; usually lazily loaded, so the button stands in while it loads. */
  children: ReactNode;
}

/**
 * A menu button whose menu loads on first use: until pressed, a plain button with the real trigger's
 * look and name stands in, so code that only a menu needs costs the first screen nothing.
 */
export function PressToLoad({ label, trigger, className, children }: PressToLoadProps) {
  const [pressed, setPressed] = useState(false);
  const placeholder = (
    <button type="button" className={className} aria-label={label} aria-haspopup="menu" aria-expanded={false} onClick={() => setPressed(true)}>
      {trigger}
    </button>
  );
  if (!pressed) return placeholder;
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}
