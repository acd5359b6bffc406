import type { DirectoryPerson } from '../../../shared/directory';
import { isOfficial } from '../../components/status/AuthorLine';
import type { DirectoryIndex } from '../directory/directoryIndex';
import { fieldsOf } from '../directory/facets';

/** People shown per section of the welcome view. */
export const PICKS_PER_SECTION = 8;

/**
 * The colleagues closest to you: those who share the most of your facet values (your team, your
 * place, your role…), most shared first, then by name. Official accounts and you are left out.
 */
export function teammates(index: DirectoryIndex, me: DirectoryPerson, limit = PICKS_PER_SECTION): string[] {
  const mine = fieldsOf(me);
  const shared = new Map<string, number>();
  for (const facet of index.facets) {
    const value = mine.get(facet.key);
    if (!value) continue;
    for (const id of index.members(facet.key, value.valueKey)) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  shared.delete(me.id);
  const byName = index.query({ text: '', filters: {}, sort: 'name' });
  const rank = new Map(byName.map((id, position) => [id, position]));
  return [...shared]
    .filter(([id]) => {
      const person = index.person(id);
      return person !== undefined && !isOfficial(person);
    })
    .sort(([a, sharedA], [b, sharedB]) => sharedB - sharedA || (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
    .slice(0, limit)
    .map(([id]) => id);
}

/** The accounts that speak for the organization (bots and groups), by name. */
export function officialAccounts(index: DirectoryIndex, limit = PICKS_PER_SECTION): string[] {
  return index
    .query({ text: '', filters: {}, sort: 'name' })
    .filter((id) => {
      const person = index.person(id);
      return person !== undefined && isOfficial(person);
    })
    .slice(0, limit);
}

/** The organization's most recently active people, leaving out the ones already suggested elsewhere. */
export function mostActive(index: DirectoryIndex, leaveOut: ReadonlySet<string>, limit = PICKS_PER_SECTION): string[] {
  const picks: string[] = [];
  for (const id of index.query({ text: '', filters: {}, sort: 'active' })) {
    const person = index.person(id);
    if (!person || leaveOut.has(id) || isOfficial(person) || !person.lastStatusAt) continue;
    picks.push(id);
    if (picks.length >= limit) break;
  }
  return picks;
}
