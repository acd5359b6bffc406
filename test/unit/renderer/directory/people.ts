import type { DirectoryPerson } from '../../../../shared/directory';

/** A directory entry for tests: only what a case cares about needs saying. */
export function person(id: string, options: Omit<Partial<DirectoryPerson>, 'fields'> & { fields?: ([string, string] | DirectoryPerson['fields'][number])[] } = {}): DirectoryPerson {
  const { fields = [], ...rest } = options;
  return {
    id,
    acct: `user${id}`,
    username: `user${id}`,
    url: `https://social.example/@user${id}`,
    displayName: `Person ${id}`,
    note: '',
    avatar: '',
    bot: false,
    group: false,
    locked: false,
    createdAt: '2024-01-01T00:00:00.000Z',
    lastStatusAt: null,
    followersCount: 0,
    followingCount: 10,
    statusesCount: 0,
    emojis: [],
    ...rest,
    fields: fields.map((field) => (Array.isArray(field) ? { name: field[0], value: field[1], verifiedAt: null } : field)),
  };
}

const teams = ['Platform', 'Design', 'Support', 'Finance'];
const cities = ['Lisbon', 'São Paulo', 'Kraków', 'Remote'];

/** `count` colleagues with Team, Location and Role fields, spread evenly. */
export function organization(count: number): DirectoryPerson[] {
  return Array.from({ length: count }, (_, i) =>
    person(String(i + 1), {
      displayName: `Colleague ${i + 1}`,
      createdAt: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString(),
      fields: [
        ['Team', teams[i % teams.length] as string],
        ['Location', cities[i % cities.length] as string],
        ['Role', i % 2 ? 'Engineer' : 'Designer'],
      ],
    }),
  );
}
