import { isKnownZone, systemZone } from './timeZone';

const STORAGE_KEY = 'atrium.scheduled.zone';

/**
 * The time zone the desk and the picker plan in, as kept on this device: the person's own unless
 * they chose another (head office's, say). A stored zone this runtime no longer knows is ignored.
 */
export function storedPlanningZone(storage: Pick<Storage, 'getItem'> = localStorage): string {
  try {
    const saved = storage.getItem(STORAGE_KEY);
    return saved && isKnownZone(saved) ? saved : systemZone();
  } catch {
    return systemZone();
  }
}

/** Keeps the chosen zone; choosing one's own zone forgets the setting, so it follows the OS again. */
export function savePlanningZone(zone: string, storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage): void {
  try {
    if (zone === systemZone()) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, zone);
  } catch {
    // Storage full or blocked: the choice still holds for this session.
  }
}
