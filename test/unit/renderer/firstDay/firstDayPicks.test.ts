import { describe, expect, it } from 'vitest';
import { DirectoryIndex } from '../../../../renderer/features/directory/directoryIndex';
import { mostActive, officialAccounts, teammates } from '../../../../renderer/features/firstDay/firstDayPicks';
import { person } from '../directory/people';

const me = person('me', { fields: [['Team', 'Platform'], ['Location', 'Lisbon'], ['Role', 'Engineer']] });
const index = new DirectoryIndex([
  me,
  person('1', { displayName: 'Same team, place and role', fields: [['Team', 'Platform'], ['Location', 'Lisbon'], ['Role', 'Engineer']] }),
  person('2', { displayName: 'Same team only', fields: [['team', 'platform'], ['Location', 'Berlin'], ['Role', 'Designer']], lastStatusAt: '2026-11-28' }),
  person('3', { displayName: 'Nothing shared', fields: [['Team', 'Legal'], ['Location', 'Berlin'], ['Role', 'Analyst']], lastStatusAt: '2026-11-29' }),
  person('4', { displayName: 'Comms bot', bot: true, fields: [['Team', 'Platform'], ['Location', 'Lisbon'], ['Role', 'Engineer']], lastStatusAt: '2026-11-29' }),
  person('5', { displayName: 'Same place and role', fields: [['Team', 'Legal'], ['Location', 'Lisbon'], ['Role', 'Engineer']] }),
]);

describe('first-day picks', () => {
  it('ranks colleagues by how many of your field values they share, leaving out you and official accounts', () => {
    expect(teammates(index, me)).toEqual(['1', '5', '2']);
  });

  it('lists the official accounts, and the most active people not picked elsewhere', () => {
    expect(officialAccounts(index)).toEqual(['4']);
    expect(mostActive(index, new Set(['2']))).toEqual(['3']);
  });
});
