import type { Visibility } from '../../../shared/domain';

/** Mastodon's visibilities, from the most public to the most private. */
export const visibilities = ['public', 'unlisted', 'private', 'direct'] as const satisfies readonly Visibility[];

/** Reads a visibility a server sent; anything else is null. */
export const asVisibility = (value: unknown): Visibility | null => visibilities.find((visibility) => visibility === value) ?? null;

/** The more private of two visibilities (a reply to a followers-only post stays followers-only). */
export function morePrivate(a: Visibility, b: Visibility): Visibility {
  return visibilities.indexOf(a) >= visibilities.indexOf(b) ? a : b;
}
