/**
 * Group feedback beside the other publications (overlap.ts): a month's figures, set beside the
 * same figures of another published period, must not give away the few anonymous responses that
 * fall in one range and not the other.
 */
import { computeFeedback } from '../../../src/domain/outcomes/feedback';
import type { OutcomeFeedback } from '../../../src/domain/outcomes/inputs';
import { INPUT, MIN_N } from './fixtures';

function response(date: string, rating: number): OutcomeFeedback {
  return { date, rating, moreOf: true, lessOf: false, ideas: false };
}

// Seven responses late in March and one early in March, its rating unlike the others'.
const FEEDBACK = [
  response('2024-03-01', 1),
  ...Array.from({ length: 7 }, (_, i) => response('2024-03-20', 4 + (i % 2))),
];
const input = { ...INPUT, feedback: FEEDBACK };
const MARCH = { from: '2024-03-01', to: '2024-03-31' };
const LATE_MARCH = { from: '2024-03-15', to: '2024-03-31' };

describe('group feedback beside other publications', () => {
  it('is shown on its own', () => {
    expect(MIN_N).toBeGreaterThan(1);
    expect(MIN_N).toBeLessThanOrEqual(7);
    const [month] = computeFeedback(input, LATE_MARCH).months;
    expect(month.meanRating.kind).toBe('shown');
    expect(month.responses).toEqual({ kind: 'shown', value: 7 });
  });

  it('hides a month that differs from another period by one response', () => {
    for (const [mine, other] of [
      [LATE_MARCH, MARCH],
      [MARCH, LATE_MARCH],
    ]) {
      const figures = computeFeedback(input, mine, [other]);
      const [month] = figures.months;
      for (const figure of [month.responses, month.meanRating, month.moreOf])
        expect(figure).toEqual({ kind: 'suppressed', reason: 'complementary' });
    }
  });

  it('keeps figures that another period publishes identically', () => {
    const [month] = computeFeedback(input, MARCH, [
      { from: '2024-02-15', to: '2024-03-31' },
    ]).months;
    expect(month.meanRating.kind).toBe('shown');
  });
});
