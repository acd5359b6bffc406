import { describe, expect, it } from 'vitest';
import { discoverFacets } from '../../../../renderer/features/directory/facets';
import { organization, person } from './people';

describe('facet discovery', () => {
  it('turns the fields most people fill in into facets with values and counts, in the order profiles list them', () => {
    const facets = discoverFacets(organization(40));
    expect(facets.map((facet) => facet.label)).toEqual(['Team', 'Location', 'Role']);
    const team = facets.find((facet) => facet.key === 'team');
    expect(team?.values).toEqual(expect.arrayContaining([{ key: 'platform', label: 'Platform', count: 10 }]));
    expect(team?.values.reduce((sum, value) => sum + value.count, 0)).toBe(40);
  });

  it('groups field names written differently (case, accents, a trailing colon) under the common spelling', () => {
    const people = [
      person('1', { fields: [['Team', 'Platform']] }),
      person('2', { fields: [['team', 'platform']] }),
      person('3', { fields: [['Team:', 'Plátform']] }),
      person('4', { fields: [['Team', 'Design']] }),
    ];
    const [team] = discoverFacets(people);
    expect(team).toMatchObject({ key: 'team', label: 'Team', count: 4 });
    expect(team?.values[0]).toEqual({ key: 'platform', label: 'Platform', count: 3 });
  });

  it('leaves out fields only a few people use, and fields whose values are all different', () => {
    const people = organization(40).map((colleague, i) => ({
      ...colleague,
      fields: [
        ...colleague.fields,
        { name: 'Website', value: `<a href="https://example.org/${i}">example.org/${i}</a>`, verifiedAt: null },
        ...(i < 3 ? [{ name: 'Ask me about', value: 'Kubernetes', verifiedAt: null }] : []),
      ],
    }));
    expect(discoverFacets(people).map((facet) => facet.key)).toEqual(['team', 'location', 'role']);
  });

  it('reads values from the server HTML as text', () => {
    const people = [1, 2, 3].map((i) => person(String(i), { fields: [['Location', '<p>S&#227;o Paulo &amp; <b>Remote</b></p>']] }));
    expect(discoverFacets(people)[0]?.values[0]?.label).toBe('São Paulo & Remote');
  });
});
