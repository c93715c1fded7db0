import { isNewcomer } from '../../src/domain/newcomers';

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
