import { describe, expect, it } from 'vitest';
import { toDirectoryPerson } from '../../../../main/directory/directoryPerson';

describe('reading a person from a server answer', () => {
  it('keeps what the directory needs and makes odd parts harmless', () => {
    const person = toDirectoryPerson({
      id: '7',
      acct: 'ada',
      username: 'ada',
      displayName: 'Ada '.repeat(300),
      note: 42,
      fields: [{ name: 'Team', value: 'Platform', verifiedAt: null }, 'nonsense'],
      followersCount: -3,
      emojis: null,
    });
    expect(person).toMatchObject({ id: '7', note: '', followersCount: 0, fields: [], emojis: [], bot: false });
    expect(person?.displayName.length).toBe(400);
  });

  it('refuses what is not an account', () => {
    expect(toDirectoryPerson(null)).toBeNull();
    expect(toDirectoryPerson({ acct: 'no id' })).toBeNull();
    expect(toDirectoryPerson('<script>')).toBeNull();
  });
});
