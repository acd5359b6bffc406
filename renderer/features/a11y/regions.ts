/** The shell's regions in reading order: the rail, then each column, the side panel last. */
export function regions(doc: Document = document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('nav[data-region], main > section')];
}

/**
 * The region F6 (step 1) or Shift+F6 (step −1) moves to from `from`, wrapping round; what to
 * focus in it is the rail's current item or a column's heading.
 */
export function nextRegion(from: Element | null, step: 1 | -1, doc: Document = document): HTMLElement | null {
  const all = regions(doc);
  if (all.length === 0) return null;
  const current = all.findIndex((region) => from !== null && region.contains(from));
  const next = all[(current + step + all.length) % all.length] ?? null;
  // From nowhere, F6 starts at the first region and Shift+F6 at the last.
  const target = current < 0 ? all[step === 1 ? 0 : all.length - 1] ?? null : next;
  return target?.querySelector<HTMLElement>('[aria-current="page"], h1, h2') ?? target;
}
