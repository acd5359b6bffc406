import { describe, expect, it } from 'vitest';
import { DirectoryIndex } from '../../../../renderer/features/directory/directoryIndex';
import { foldText, htmlToText } from '../../../../renderer/features/directory/directoryText';
import { organization, person } from './people';

const names = (index: DirectoryIndex, ids: string[]) => ids.map((id) => index.person(id)?.displayName);

describe('search normalization', () => {
  it('folds accents, case and letters without a decomposition', () => {
    expect(foldText('Łukasz WÓJCIK Siobhán Straße')).toBe('lukasz wojcik siobhan strasse');
  });

  it('keeps words apart across paragraphs, list items and line breaks, and a mention whole', () => {
    const bio = '<p>Platform team</p><p class="lead">On call</p><ul><li>Kubernetes</li><li>Postgres</li></ul>Lisbon<br/>Remote <a href="https://x.example/@ana">@<span>ana</span></a>';
    expect(htmlToText(bio)).toBe('Platform team On call Kubernetes Postgres Lisbon Remote @ana');
  });

  const people = [
    person('1', { displayName: 'José Álvarez', acct: 'jose_alvarez', note: '<p>Ask me about <b>sourdough</b></p>', fields: [['Team', 'Platform'], ['Location', 'São Paulo']] }),
    person('2', { displayName: 'Łukasz Wójcik :party_parrot:', acct: 'lukasz_wojcik', fields: [['Team', 'Design'], ['Location', 'Kraków']] }),
    person('3', { displayName: 'Ada Okafor', acct: 'ada', fields: [['Team', 'Platform'], ['Location', 'Lisbon']] }),
  ];
  const index = new DirectoryIndex(people);
  const find = (text: string) => names(index, index.query({ text, filters: {}, sort: 'name' }));

  it('finds names without their accents and in any case', () => {
    expect(find('jose')).toEqual(['José Álvarez']);
    expect(find('LUKASZ wojcik')).toEqual(['Łukasz Wójcik :party_parrot:']);
  });

  it('finds partial words from their beginning, and forgives a typo in a longer word', () => {
    expect(find('Ok')).toEqual(['Ada Okafor']);
    expect(find('alvarex')).toEqual(['José Álvarez']);
  });

  it('finds by handle, bio text and profile field values', () => {
    expect(find('@ada')).toEqual(['Ada Okafor']);
    expect(find('sourdough')).toEqual(['José Álvarez']);
    expect(find('platform')).toEqual(['Ada Okafor', 'José Álvarez']);
    expect(find('sao paulo')).toEqual(['José Álvarez']);
    expect(find('krakow')).toEqual(['Łukasz Wójcik :party_parrot:']);
  });

  it('needs every word to match, and does not match emoji shortcodes or markup', () => {
    expect(find('platform lisbon')).toEqual(['Ada Okafor']);
    expect(find('parrot')).toEqual([]);
    expect(find('span')).toEqual([]);
  });
});

describe('filters and order', () => {
  const index = new DirectoryIndex(organization(40));

  it('narrows by facet values, every filter at once', () => {
    const platform = index.query({ text: '', filters: { team: 'platform' }, sort: 'name' });
    expect(platform).toHaveLength(10);
    const platformLisbon = index.query({ text: '', filters: { team: 'platform', location: 'lisbon' }, sort: 'name' });
    expect(platformLisbon).toHaveLength(10);
    expect(index.query({ text: '', filters: { team: 'platform', location: 'krakow' }, sort: 'name' })).toEqual([]);
    expect(index.members('team', 'design')).toHaveLength(10);
  });

  it('sorts by name, newest and best match', () => {
    const newest = index.query({ text: '', filters: {}, sort: 'newest' });
    expect(index.person(newest[0] as string)?.displayName).toBe('Colleague 40');
    const byName = names(index, index.query({ text: '', filters: {}, sort: 'name' }));
    // Numbers in names sort as numbers.
    expect(byName.slice(0, 3)).toEqual(['Colleague 1', 'Colleague 2', 'Colleague 3']);
    expect(index.query({ text: 'colleague 7', filters: {}, sort: 'match' })[0]).toBe('7');
  });
});

describe('a one-letter query', () => {
  const index = new DirectoryIndex([
    person('1', { displayName: 'Zoë Park', acct: 'zoe' }),
    person('2', { displayName: 'Ada Zimmer', acct: 'ada_z' }),
    person('3', { displayName: 'Ben Ortiz', acct: 'ben', note: 'zebra fan', fields: [['Team', 'Zeta']] }),
  ]);

  it('matches the beginnings of name and handle words only, accents folded', () => {
    const found = index.query({ text: 'Z', filters: {}, sort: 'match' });
    expect(found.map((id) => index.person(id)?.displayName)).toEqual(['Ada Zimmer', 'Zoë Park']);
  });
});

describe('building in slices', () => {
  const people = organization(600).map((entry, i) => (i % 7 ? entry : { ...entry, lastStatusAt: new Date(Date.UTC(2026, 0, 1 + (i % 5))).toISOString() }));
  const queries = ['', 'c', 'colleague 12', 'platform', 'lisbon designer', 'colleage'];
  const sorts = ['match', 'name', 'newest', 'active'] as const;

  it('finds the same people in the same order as building at once, with the same facets', async () => {
    const atOnce = new DirectoryIndex(people);
    const sliced = await DirectoryIndex.build(people);
    expect(sliced.size).toBe(600);
    expect(sliced.facets).toEqual(atOnce.facets);
    for (const text of queries) {
      for (const sort of sorts) {
        const found = sliced.query({ text, filters: { team: 'platform' }, sort });
        expect(found.length, `${text} by ${sort}`).toBeGreaterThan(0);
        expect(found).toEqual(atOnce.query({ text, filters: { team: 'platform' }, sort }));
      }
    }
  });

  it('lets other work run between slices', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await DirectoryIndex.build(organization(3_000));
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('orders ties in time by name', () => {
    const index = new DirectoryIndex([person('1', { displayName: 'Zed' }), person('2', { displayName: 'Amy' }), person('3', { displayName: 'Bo', createdAt: '2025-01-01T00:00:00.000Z' })]);
    expect(names(index, index.query({ text: '', filters: {}, sort: 'newest' }))).toEqual(['Bo', 'Amy', 'Zed']);
  });
});
