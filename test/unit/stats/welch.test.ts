import * as ss from 'simple-statistics';
import { welchDifference } from '../../../src/domain/stats/welch';
import { studentTCdf } from '../../../src/domain/stats/t-distribution';

// Student's sleep data (R's `sleep`): extra hours of sleep under two drugs.
const GROUP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const GROUP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('welchDifference', () => {
  it("gives R's Welch t.test on the sleep data (df 17.776, interval -3.3655 to 0.2055)", () => {
    // R: t.test(extra ~ group, data = sleep) is group 1 minus group 2, i.e. second minus first here.
    const result = welchDifference(GROUP_2, GROUP_1);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.difference).toBeCloseTo(-1.58, 10);
    expect(result.value.degreesOfFreedom).toBeCloseTo(17.776, 3);
    expect(result.value.difference / result.value.standardError).toBeCloseTo(-1.8608, 4);
    expect(result.value.interval.lower).toBeCloseTo(-3.3654832, 6);
    expect(result.value.interval.upper).toBeCloseTo(0.2054832, 6);
    expect(result.value.interval.level).toBe(0.95);
  });

  it('agrees with simple-statistics on the standard error, and the bounds sit at the critical t', () => {
    const first = [12, 15, 11, 18, 14];
    const second = [16, 19, 13, 20, 18, 17, 15];
    const result = welchDifference(first, second, 0.9);
    if (!result.ok) throw new Error(result.reason);
    const se = Math.sqrt(
      ss.sampleVariance(first) / first.length + ss.sampleVariance(second) / second.length,
    );
    expect(result.value.standardError).toBeCloseTo(se, 12);
    expect(result.value.difference).toBeCloseTo(ss.mean(second) - ss.mean(first), 12);
    const t = (result.value.interval.upper - result.value.difference) / se;
    expect(studentTCdf(t, result.value.degreesOfFreedom)).toBeCloseTo(0.95, 9);
    // Welch's df lies between the smaller sample's n - 1 and n1 + n2 - 2.
    expect(result.value.degreesOfFreedom).toBeGreaterThanOrEqual(first.length - 1);
    expect(result.value.degreesOfFreedom).toBeLessThanOrEqual(first.length + second.length - 2);
  });

  it('is symmetric: swapping the samples negates the difference and the interval', () => {
    const a = welchDifference([1, 2, 3, 4], [2, 5, 6]);
    const b = welchDifference([2, 5, 6], [1, 2, 3, 4]);
    if (!a.ok || !b.ok) throw new Error('not computed');
    expect(b.value.difference).toBeCloseTo(-a.value.difference, 12);
    expect(b.value.interval.lower).toBeCloseTo(-a.value.interval.upper, 12);
    expect(b.value.degreesOfFreedom).toBeCloseTo(a.value.degreesOfFreedom, 12);
  });

  it('has no interval with fewer than two values in a sample, or no variation at all', () => {
    expect(welchDifference([3], [1, 2, 3]).ok).toBe(false);
    expect(welchDifference([1, 2, 3], []).ok).toBe(false);
    expect(welchDifference([4, 4, 4], [2, 2]).ok).toBe(false);
    // Variation in one sample is enough.
    expect(welchDifference([4, 4, 4], [2, 3]).ok).toBe(true);
  });

  it('refuses a level outside (0, 1) and values that are not finite', () => {
    expect(() => welchDifference([1, 2], [3, 4], 1)).toThrow(RangeError);
    expect(() => welchDifference([1, NaN], [3, 4])).toThrow(RangeError);
  });
});
