import fc from 'fast-check';
import { MemberDates } from '../../../src/domain/outcomes/member-dates';

describe('MemberDates', () => {
  it('says a (member, date) pair is new exactly as a set of pairs would, for its dates only', () => {
    const dates = ['2026-01-07', '2026-01-14', '2026-01-21'];
    const pair = fc.tuple(
      fc.constantFrom('M1', 'M2', 'M3'),
      fc.constantFrom(...dates, '2026-01-28', 'not a date'),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 40 }), (pairs) => {
        const seen = new MemberDates(dates);
        const reference = new Set<string>();
        for (const [member, date] of pairs) {
          const expected = dates.includes(date) && !reference.has(`${member} ${date}`);
          if (expected) reference.add(`${member} ${date}`);
          expect(seen.add(member, date)).toBe(expected);
        }
        for (const date of [...dates, '2026-01-28'])
          expect(seen.has(date)).toBe(dates.includes(date));
      }),
    );
  });
});
