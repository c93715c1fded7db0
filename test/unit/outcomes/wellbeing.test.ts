import * as ss from 'simple-statistics';
import { buildWellbeingTrend, suppressedText } from '../../../src/domain/outcomes';
import { computeWellbeing } from '../../../src/domain/outcomes/wellbeing';
import { CHECK_INS, INPUT, MIN_N } from './fixtures';
import { findBlock, shownRow } from './helpers';

const HIDDEN = suppressedText(MIN_N);
const IDENTICAL = 'suppressed (all values identical)';
const block = findBlock(
  buildWellbeingTrend(INPUT),
  'Group means per month (1-5, higher is better)',
);

/** The group mean the tab should show: each member's own monthly mean, then their mean. */
function memberWeightedMean(month: string, measure: 'mood' | 'coping' | 'supported'): number {
  const byMember = new Map<string, number[]>();
  for (const checkIn of CHECK_INS.filter((c) => c.sessionDate.startsWith(month))) {
    byMember.set(checkIn.memberId, [...(byMember.get(checkIn.memberId) ?? []), checkIn[measure]]);
  }
  return ss.mean([...byMember.values()].map((values) => ss.mean(values)));
}

const round2 = (value: number) => Math.round(value * 100) / 100;

describe('Wellbeing trend', () => {
  it('shows one row per month with n, check-ins and the three group means', () => {
    expect(block.header).toEqual([
      'Month',
      'Members checking in (n)',
      'Check-ins',
      'Mean mood',
      'Mean coping',
      'Mean feeling supported',
    ]);
    expect(block.rows.map(shownRow)).toEqual([
      ['2023-12', HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN], // nobody checked in
      ['2024-01', 4, 4, 3.5, IDENTICAL, 4], // coping: all four answered 3
      ['2024-02', HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN], // m1 and m3 only
      ['2024-03', 7, 18, 3.86, 3.14, 4.14],
      ['2024-04', 6, 6, 4.67, 3.67, 4.83],
    ]);
  });

  it('agrees with simple-statistics, counting each member once per month', () => {
    expect(round2(memberWeightedMean('2024-03', 'mood'))).toBe(3.86); // 27 / 7
    expect(round2(memberWeightedMean('2024-03', 'coping'))).toBe(3.14); // 22 / 7
    expect(round2(memberWeightedMean('2024-04', 'supported'))).toBe(4.83); // 29 / 6
    // Weighting every check-in equally would give March's mood as 67 / 18 = 3.72 instead.
    const marchMoods = CHECK_INS.filter((c) => c.sessionDate.startsWith('2024-03')).map(
      (c) => c.mood,
    );
    expect(round2(ss.mean(marchMoods))).toBe(3.72);
  });

  it('includes "could not come" check-ins (April has 5 attendees and 6 members)', () => {
    const april = computeWellbeing(CHECK_INS, { from: '2024-04-01', to: '2024-04-30' }, MIN_N);
    expect(april.months[0].members).toEqual({ kind: 'shown', value: 6 });
  });

  it('charts the three means by month', () => {
    expect(block.chart).toMatchObject({
      type: 'line',
      categoryColumn: 0,
      seriesColumns: [3, 4, 5],
    });
  });

  it('rejects an answer outside 1-5, which intake should have stopped', () => {
    const broken = [{ ...CHECK_INS[0], mood: 6 }];
    expect(() => computeWellbeing(broken, { from: '2024-01-01', to: '2024-01-31' }, MIN_N)).toThrow(
      RangeError,
    );
  });
});
