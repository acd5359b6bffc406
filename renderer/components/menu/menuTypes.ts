import type { ReactNode } from 'react';

/** One row of a menu, described as data so the menu itself can load lazily. */
export type MenuEntry =
  | { kind: 'item'; key: string; content: ReactNode; onSelect(): void; className?: string }
  | { kind: 'label'; key: string; content: ReactNode }
  | { kind: 'separator'; key: string };

/** Class names for the menu's parts, from the caller's CSS module (whose lookups may be undefined). */
export interface MenuClasses {
  trigger: string | undefined;
  content: string | undefined;
  item: string | undefined;
  label?: string | undefined;
  separator?: string | undefined;
}

/** What both the placeholder trigger and the real menu need. */
export interface MenuProps {
  /** The trigger's accessible name. */
  label: string;
  /** What the trigger shows (an icon, an avatar). */
  trigger: ReactNode;
  entries: readonly MenuEntry[];
  classes: MenuClasses;
  side?: 'top' | 'right' | 'bottom' | 'left';
  align?: 'start' | 'center' | 'end';
}
