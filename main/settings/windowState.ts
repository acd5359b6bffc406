import { z } from 'zod';

/** Where the main window was and how big, as saved between runs. */
export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(480),
  height: z.number().int().min(400),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** A screen's usable area. */
export interface WorkArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size Atrium opens at the first time. */
export const defaultWindowState = { width: 1280, height: 860, maximized: false } as const;

/**
 * Reads a saved window state and keeps it only if the window would still be
 * visible on one of today's screens (a monitor may have been unplugged).
 */
export function restoreWindowState(saved: unknown, screens: readonly WorkArea[]): WindowState | undefined {
  const parsed = windowStateSchema.safeParse(saved);
  if (!parsed.success) return undefined;
  const state = parsed.data;
  const visible = screens.some(
    (area) =>
      state.x + 100 <= area.x + area.width &&
      state.x + state.width - 100 >= area.x &&
      state.y >= area.y &&
      state.y + 50 <= area.y + area.height,
  );
  return visible ? state : undefined;
}
