/** How much room posts and list rows take: comfortable (the default) or compact. */
export type Density = 'comfortable' | 'compact';

const STORAGE_KEY = 'atrium.density';

/** The density kept on this device; comfortable unless compact was chosen (or storage cannot be read). */
export function storedDensity(storage: Pick<Storage, 'getItem'> = localStorage): Density {
  try {
    return storage.getItem(STORAGE_KEY) === 'compact' ? 'compact' : 'comfortable';
  } catch {
    return 'comfortable';
  }
}

/** Keeps the choice with the other settings on this device; the default is stored as no setting at all. */
export function saveDensity(density: Density, storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage): void {
  try {
    if (density === 'compact') storage.setItem(STORAGE_KEY, density);
    else storage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or blocked: the choice still holds until Atrium closes.
  }
}

/** Marks the document, so the stylesheets of cards and lists can tighten (`:root[data-density='compact']`). */
export function applyDensity(density: Density, root: HTMLElement = document.documentElement): void {
  if (density === 'compact') root.dataset['density'] = 'compact';
  else delete root.dataset['density'];
}
