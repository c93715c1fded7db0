import { retention } from '../../../src/domain/stats/retention';

describe('retention', () => {
  // Reference 2024-06-30, N = 12 weeks: joined on or before 2024-06-30 - 84 days = 2024-04-07.
  // "Still attends" within 4 weeks: 2024-06-03 (= 2024-06-30 - 27 days) to 2024-06-30.
  const members = [
    { memberId: 'A', joined: '2024-01-10' }, // in cohort, attended 06-10: retained
    { memberId: 'B', joined: '2024-04-07' }, // in cohort (boundary), attended 06-03 (boundary): retained
    { memberId: 'C', joined: '2024-04-08' }, // joined too recently: not in cohort
    { memberId: 'D', joined: '2024-02-01' }, // in cohort, last came 06-02: not retained
    { memberId: 'E', joined: '2024-03-01' }, // in cohort, came only after the reference date
  ];
  const attendance = [
    { memberId: 'A', sessionDate: '2024-06-10' },
    { memberId: 'A', sessionDate: '2024-06-17' },
    { memberId: 'B', sessionDate: '2024-06-03' },
    { memberId: 'C', sessionDate: '2024-06-24' },
    { memberId: 'D', sessionDate: '2024-06-02' },
    { memberId: 'E', sessionDate: '2024-07-01' },
  ];
  const query = { referenceDate: '2024-06-30', minWeeksSinceJoining: 12, recentWeeks: 4 };

  it('matches a hand computation, boundaries included', () => {
    const result = retention(members, attendance, query);
    expect(result.cohortSize).toBe(4); // A, B, D, E
    expect(result.stillAttending).toBe(2); // A, B
    expect(result.share).toEqual({ ok: true, value: 0.5 });
    expect(result.joinedOnOrBefore).toBe('2024-04-07');
    expect(result.joinedOnOrAfter).toBeNull();
    expect(result.attendedFrom).toBe('2024-06-03');
    expect(result.attendedTo).toBe('2024-06-30');
  });

  it('can ask about one cohort with an upper bound on weeks since joining', () => {
    // 12 to 20 weeks: joined between 2024-02-11 (06-30 - 140 days) and 2024-04-07: B and E.
    const result = retention(members, attendance, { ...query, maxWeeksSinceJoining: 20 });
    expect(result.joinedOnOrAfter).toBe('2024-02-11');
    expect(result.cohortSize).toBe(2);
    expect(result.stillAttending).toBe(1);
    expect(result.share).toEqual({ ok: true, value: 0.5 });
  });

  it('is not computable when nobody is in the cohort', () => {
    const result = retention(members, attendance, { ...query, minWeeksSinceJoining: 52 });
    expect(result.cohortSize).toBe(0);
    expect(result.share.ok).toBe(false);
  });

  it('rejects weeks that are not whole or are out of order', () => {
    expect(() => retention(members, attendance, { ...query, recentWeeks: 0 })).toThrow(RangeError);
    expect(() => retention(members, attendance, { ...query, minWeeksSinceJoining: 1.5 })).toThrow(
      RangeError,
    );
    expect(() => retention(members, attendance, { ...query, maxWeeksSinceJoining: 4 })).toThrow(
      /below minWeeksSinceJoining/,
    );
  });
});
