/**
 * Complementary suppression across the tabs: a hidden figure must not be recoverable by
 * subtracting shown figures from a shown total (SPEC section 5, Privacy).
 */
import fc from 'fast-check';
import {
  buildParticipation,
  suppressedText,
  type OutcomeCheckIn,
  type OutcomeInput,
  type OutcomeSession,
} from '../../../src/domain/outcomes';
import { computeAttendance } from '../../../src/domain/outcomes/attendance';
import type { Figure } from '../../../src/domain/outcomes/figure';
import { complementaryText } from '../../../src/domain/outcomes/format';
import { cell, columnByKey, findBlock, shownRow } from './helpers';

const COMPLEMENT = complementaryText();

const MIN_N = 5;
const HIDDEN = suppressedText(MIN_N);

/** A group whose held sessions on `dates` had `counts` members attending (ids a0, a1, …). */
function groupWithAttendance(dates: readonly string[], counts: readonly number[]): OutcomeInput {
  const sessions: OutcomeSession[] = dates.map((date) => ({ date, status: 'held' }));
  const checkIns: OutcomeCheckIn[] = dates.flatMap((date, i) =>
    Array.from({ length: counts[i] }, (_, m) => ({
      memberId: `a${m}`,
      sessionDate: date,
      participation: 'In person' as const,
      mood: 3 + (m % 3),
      coping: 3,
      supported: 4,
      outreach: false,
    })),
  );
  const members = Array.from({ length: Math.max(0, ...counts) }, (_, m) => ({
    id: `a${m}`,
    joined: '2023-01-01',
    status: 'active' as const,
  }));
  return {
    members,
    sessions,
    checkIns,
    surveys: [],
    activities: [],
    settings: { groupName: 'Test', minGroupSize: MIN_N, instruments: [] },
    today: '2024-12-31',
  };
}

describe('attendance: complementary suppression against the total', () => {
  it('hides a second session beside a single small one, so the total gives back only a sum', () => {
    // Counts 9, 3, 8, 7: the 3 is hidden, and so is the smallest other (7). Total 27 shown:
    // 27 - 9 - 8 = 10 = 3 + 7, which the 3 cannot be read from.
    const dates = ['2024-01-04', '2024-01-11', '2024-01-18', '2024-01-25'];
    const tab = buildParticipation(groupWithAttendance(dates, [9, 3, 8, 7]));
    expect(
      columnByKey(findBlock(tab, 'Attendance per held session'), 'Attended (in person or online)'),
    ).toEqual({
      '2024-01-04': 9,
      '2024-01-11': HIDDEN,
      '2024-01-18': 8,
      '2024-01-25': COMPLEMENT,
    });
    expect(cell(findBlock(tab, 'Summary'), 'Attendances', 'Value')).toBe(27);
  });

  it('hides a month’s attendees when its single session is the hidden complement', () => {
    // January's only session had 6; February's two had 7 and 2. The 2 is hidden and the 6 is
    // its complement. January's "different members attending" is that same 6, so it must be
    // hidden too, or 25 - 6 - 7 would give back the 2.
    const tab = buildParticipation(
      groupWithAttendance(['2024-01-10', '2024-02-07', '2024-02-21'], [6, 7, 2]),
    );
    const attended = columnByKey(
      findBlock(tab, 'Attendance per held session'),
      'Attended (in person or online)',
    );
    expect(attended).toEqual({ '2024-01-10': COMPLEMENT, '2024-02-07': 7, '2024-02-21': HIDDEN });
    const monthly = columnByKey(findBlock(tab, 'Members per month'), 'Different members attending');
    expect(monthly['2024-01']).toBe(COMPLEMENT);
    expect(monthly['2024-02']).toBe(7);
  });

  it('hides the total when fewer than the minimum different members attended, however often', () => {
    // 3 regulars at 4 sessions: 12 attendances, but from 3 people.
    const dates = ['2024-01-04', '2024-01-11', '2024-01-18', '2024-01-25'];
    const summary = findBlock(
      buildParticipation(groupWithAttendance(dates, [3, 3, 3, 3])),
      'Summary',
    );
    expect(cell(summary, 'Attendances', 'Value')).toBe(HIDDEN);
    expect(cell(summary, 'Average attendance', 'Value')).toBe(HIDDEN);
    expect(cell(summary, 'Different members', 'Value')).toBe(HIDDEN);
  });

  /** What a reader could solve for: hidden counts are unknowns, shown figures equations. */
  function recoverableHiddenSessions(
    counts: readonly number[],
    figures: ReturnType<typeof computeAttendance>,
  ): number[] {
    const hidden = figures.perSession.flatMap((s, i) => (s.attended.kind === 'shown' ? [] : [i]));
    const known = (f: Figure) => f.kind === 'shown';
    const recoverable = new Set<number>();
    // A shown moving average is a sum of 4 counts: with 3 of them shown it gives the 4th.
    figures.perSession.forEach((session, i) => {
      if (!known(session.movingAverage)) return;
      const windowHidden = hidden.filter((h) => h > i - 4 && h <= i);
      if (windowHidden.length === 1) recoverable.add(windowHidden[0]);
    });
    // A shown total is the sum of all counts: with one hidden count it gives it back; with
    // several hidden counts summing to 0 it gives every one of them (a zero discloses nobody,
    // so such sessions are only checked to be zeros).
    if (known(figures.total) && hidden.length === 1) recoverable.add(hidden[0]);
    if (known(figures.total) && hidden.length > 1 && hidden.every((h) => counts[h] === 0)) {
      return [];
    }
    return [...recoverable];
  }

  it('never leaves a hidden session count recoverable from the total or a moving average', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 20 }),
        (counts) => {
          const dates = counts.map(
            (_, i) =>
              `2024-${String(1 + Math.floor(i / 4)).padStart(2, '0')}-${String(1 + 7 * (i % 4)).padStart(2, '0')}`,
          );
          const records = counts.flatMap((count, i) =>
            Array.from({ length: count }, (_, m) => ({ memberId: `a${m}`, sessionDate: dates[i] })),
          );
          const figures = computeAttendance(dates, records, MIN_N);
          expect(recoverableHiddenSessions(counts, figures)).toEqual([]);
          // And nothing shown is below the minimum.
          figures.perSession.forEach((session, i) => {
            if (session.attended.kind === 'shown') expect(counts[i]).toBeGreaterThanOrEqual(MIN_N);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('retention: the two parts of a cohort hide each other', () => {
  it('hides both parts and the share when one part is small', () => {
    // 8 members joined long ago; 6 attended in the last 4 weeks, 2 did not. Showing the 6 with
    // the cohort of 8 would give the 2 back.
    const input = groupWithAttendance(['2024-12-05', '2024-12-12'], [6, 6]);
    const members = [
      ...input.members,
      { id: 'gone1', joined: '2023-01-01', status: 'left' as const },
      { id: 'gone2', joined: '2023-01-01', status: 'left' as const },
    ];
    const retention = findBlock(buildParticipation({ ...input, members }), 'Retention');
    // 6 still attend (hidden as the complement), 2 do not (too few), and the share with them.
    expect(shownRow(retention.rows[0]).slice(2)).toEqual([8, COMPLEMENT, HIDDEN, COMPLEMENT]);
  });
});
