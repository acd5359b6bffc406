import { describe, expect, it } from 'vitest';
import { DirectoryIndex } from '../../../../renderer/features/directory/directoryIndex';
import { organization, person } from './people';

const counts = (index: DirectoryIndex, filters: Record<string, string>, facetKey: string) =>
  Object.fromEntries(index.facetsFor(filters).find((facet) => facet.key === facetKey)?.values.map((value) => [value.label, value.count]) ?? []);

describe('facet counts under filters', () => {
  // 40 colleagues: Team and Location cycle together (every Platform person is in Lisbon), Role alternates.
  const index = new DirectoryIndex(organization(40));

  it('counts everyone when nothing is filtered', () => {
    expect(counts(index, {}, 'team')).toEqual({ Platform: 10, Design: 10, Support: 10, Finance: 10 });
  });

  it('narrows the other facets to the people the active filters leave', () => {
    expect(counts(index, { team: 'platform' }, 'location')).toEqual({ Lisbon: 10 });
    expect(counts(index, { team: 'platform' }, 'role')).toEqual({ Designer: 10 });
  });

  it("keeps a facet's own values offered, counted under the other filters only", () => {
    expect(counts(index, { team: 'platform' }, 'team')).toEqual({ Platform: 10, Design: 10, Support: 10, Finance: 10 });
    expect(counts(index, { team: 'platform', role: 'engineer' }, 'team')).toEqual({ Design: 10, Finance: 10, Platform: 0 });
  });

  it('answers the same filters object with the same facets (a key press counts no one)', () => {
    const filters = { team: 'design' };
    expect(index.facetsFor(filters)).toBe(index.facetsFor(filters));
  });
});

describe('one-letter queries', () => {
  it('match a word of the name or handle that starts with the letter, filters still applied', () => {
    const index = new DirectoryIndex([
      person('1', { displayName: 'Ada Okafor', acct: 'ada', fields: [['Team', 'Platform']] }),
      person('2', { displayName: 'Bea Oliveira', acct: 'bea', fields: [['Team', 'Design']] }),
      person('3', { displayName: 'Carl Lund', acct: 'carl', fields: [['Team', 'Platform']] }),
    ]);
    expect(index.query({ text: 'o', filters: {}, sort: 'name' })).toEqual(['1', '2']);
    expect(index.query({ text: 'O', filters: { team: 'platform' }, sort: 'name' })).toEqual(['1']);
  });
});
