import fc from 'fast-check';
import * as ss from 'simple-statistics';
import { monthlyMeans, trailingMovingAverage } from '../../../src/domain/stats/series';

describe('monthlyMeans', () => {
  it('groups by YYYY-MM in month order, by hand', () => {
    const result = monthlyMeans([
      { date: '2024-02-10', value: 2 },
      { date: '2023-12-31', value: 5 },
      { date: '2024-01-03', value: 3 },
      { date: '2024-01-31', value: 4 },
      { date: '2024-02-01', value: 3 },
      { date: '2024-02-29', value: 5 },
    ]);
    // 2023-12: 5 / 1 = 5; 2024-01: (3 + 4) / 2 = 3.5; 2024-02: (2 + 3 + 5) / 3 = 3.333...
    expect(result).toEqual([
      { month: '2023-12', n: 1, mean: 5 },
      { month: '2024-01', n: 2, mean: 3.5 },
      { month: '2024-02', n: 3, mean: 10 / 3 },
    ]);
  });

  it('returns no months for no observations, and skips months without data', () => {
    expect(monthlyMeans([])).toEqual([]);
    const months = monthlyMeans([
      { date: '2024-01-15', value: 1 },
      { date: '2024-03-15', value: 1 },
    ]).map((entry) => entry.month);
    expect(months).toEqual(['2024-01', '2024-03']);
  });

  it('agrees with simple-statistics month by month', () => {
    const observation = fc.record({
      date: fc
        .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
        .map(
          ({ month, day }) =>
            `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        ),
      value: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 80 }), (observations) => {
        const result = monthlyMeans(observations);
        expect(result.reduce((sum, entry) => sum + entry.n, 0)).toBe(observations.length);
        for (const entry of result) {
          const values = observations
            .filter((o) => o.date.startsWith(entry.month))
            .map((o) => o.value);
          expect(entry.mean).toBeCloseTo(ss.mean(values), 10);
        }
      }),
    );
  });

  it('rejects an invalid date or value', () => {
    expect(() => monthlyMeans([{ date: '2024-13-01', value: 1 }])).toThrow(RangeError);
    expect(() => monthlyMeans([{ date: '2024-01-01', value: Number.NaN }])).toThrow(RangeError);
  });
});

describe('trailingMovingAverage', () => {
  it('averages the last 4 points, by hand', () => {
    // (4 + 8 + 6 + 2) / 4 = 5; (8 + 6 + 2 + 10) / 4 = 6.5
    expect(trailingMovingAverage([4, 8, 6, 2, 10], 4)).toEqual([null, null, null, 5, 6.5]);
  });

  it('is the series itself for a window of 1, and all null for a window longer than it', () => {
    expect(trailingMovingAverage([3, 1, 4], 1)).toEqual([3, 1, 4]);
    expect(trailingMovingAverage([3, 1, 4], 4)).toEqual([null, null, null]);
    expect(trailingMovingAverage([], 4)).toEqual([]);
  });

  it('rejects a window that is not a whole number >= 1', () => {
    expect(() => trailingMovingAverage([1, 2], 0)).toThrow(RangeError);
    expect(() => trailingMovingAverage([1, 2], 1.5)).toThrow(RangeError);
  });

  it('agrees with simple-statistics on every full window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (values, window) => {
          const averages = trailingMovingAverage(values, window);
          expect(averages).toHaveLength(values.length);
          averages.forEach((average, index) => {
            if (index < window - 1) {
              expect(average).toBeNull();
            } else {
              expect(average).toBeCloseTo(ss.mean(values.slice(index - window + 1, index + 1)), 10);
            }
          });
        },
      ),
    );
  });
});
