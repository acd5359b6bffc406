import type { Facet } from './facets';

/**
 * The facets with each value's count narrowed to the people who also pass the *other* active
 * filters (Team: Platform makes Location say how many of Platform are in Lisbon). A facet's own
 * filter does not narrow it, so its other values stay offered with what choosing them would give.
 * Runs when the filters change, never on a key press in the search box.
 */
export function narrowedFacets(
  facets: readonly Facet[],
  filters: Readonly<Record<string, string>>,
  people: readonly string[],
  valueOf: (id: string, facetKey: string) => string | undefined,
): Facet[] {
  const active = Object.entries(filters);
  if (active.length === 0) return [...facets];
  return facets.map((facet) => {
    const others = active.filter(([key]) => key !== facet.key);
    if (others.length === 0) return facet;
    const counts = new Map<string, number>();
    for (const id of people) {
      if (!others.every(([key, value]) => valueOf(id, key) === value)) continue;
      const value = valueOf(id, facet.key);
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    // A value nobody among the narrowed people has stays listed (at 0) only while it is chosen.
    const values = facet.values.map((value) => ({ ...value, count: counts.get(value.key) ?? 0 })).filter((value) => value.count > 0 || filters[facet.key] === value.key);
    return { ...facet, values };
  });
}
