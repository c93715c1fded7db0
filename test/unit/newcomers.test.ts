import { isNewcomer, newcomerIds } from '../../src/domain/newcomers';
import { Member } from '../../src/domain/types';

const window = { newcomerWeeks: 8, newcomerSessions: 4 };

describe('isNewcomer', () => {
  it('is a newcomer only while both recently joined and few sessions attended', () => {
    expect(isNewcomer({ joined: '2026-01-01' }, 0, '2026-01-20', window)).toBe(true);
    expect(isNewcomer({ joined: '2026-01-01' }, 4, '2026-01-20', window)).toBe(false);
    expect(isNewcomer({ joined: '2025-01-01' }, 0, '2026-01-20', window)).toBe(false);
    // Exactly 8 weeks after joining the window has closed.
    expect(isNewcomer({ joined: '2026-01-01' }, 0, '2026-02-26', window)).toBe(false);
    expect(isNewcomer({ joined: '2026-01-01' }, 0, '2026-02-25', window)).toBe(true);
  });
  it('treats an unknown joining date as just joined', () => {
    expect(isNewcomer({ joined: '' }, 0, '2026-01-20', window)).toBe(true);
  });
});

describe('newcomerIds', () => {
  const member = (id: string, joined: string): Member => ({
    id,
    name: id,
    email: `${id}@example.org`,
    joined,
    status: 'active',
    roles: [],
    unavailableFrom: null,
    unavailableTo: null,
    emailReminders: true,
    buddyProgramme: true,
    mentorCapacity: 1,
    doNotPairWith: [],
  });
  it('the members still in the window, counting their sessions, none for one not in the map', () => {
    const ids = newcomerIds(
      [member('M1', '2026-01-01'), member('M2', '2026-01-01'), member('M3', '2025-01-01')],
      new Map([['M2', 4]]),
      '2026-01-20',
      window,
    );
    expect([...ids]).toEqual(['M1']);
    expect([
      ...newcomerIds([member('M1', '2026-01-01')], new Map([['M1', 3]]), '2026-01-20', window),
    ]).toEqual(['M1']);
  });
});
