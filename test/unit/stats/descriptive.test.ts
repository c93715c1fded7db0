import fc from 'fast-check';
import * as ss from 'simple-statistics';
import {
  mean,
  sampleStandardDeviation,
  sampleVariance,
} from '../../../src/domain/stats/descriptive';

const finiteValues = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
  minLength: 2,
  maxLength: 60,
});

function valueOf<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(`expected a value, got: ${result.reason}`);
  return result.value;
}

describe('mean', () => {
  it('matches a hand computation', () => {
    // (2 + 4 + 4 + 4 + 5 + 5 + 7 + 9) / 8 = 40 / 8 = 5
    expect(valueOf(mean([2, 4, 4, 4, 5, 5, 7, 9]))).toBe(5);
  });

  it('is not computable for no values, with a reason', () => {
    const result = mean([]);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/at least one/);
  });

  it('is the value itself for one value', () => {
    expect(valueOf(mean([22.35]))).toBe(22.35);
  });

  it('rejects NaN and infinite values, naming the position', () => {
    expect(() => mean([1, Number.NaN])).toThrow(/position 1/);
    expect(() => mean([Infinity])).toThrow(/position 0/);
  });

  it('agrees with simple-statistics and lies between the smallest and largest value', () => {
    fc.assert(
      fc.property(finiteValues, (values) => {
        const ours = valueOf(mean(values));
        expect(ours).toBeCloseTo(ss.mean(values), 6);
        expect(ours).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
        expect(ours).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
      }),
    );
  });
});

describe('sample variance and standard deviation (n - 1)', () => {
  it('matches a hand computation', () => {
    // deviations from 5: -3 -1 -1 -1 0 0 2 4; squares sum to 9+1+1+1+0+0+4+16 = 32;
    // variance = 32 / (8 - 1) = 4.571428...; SD = sqrt(4.571428...) = 2.138089935...
    expect(valueOf(sampleVariance([2, 4, 4, 4, 5, 5, 7, 9]))).toBeCloseTo(32 / 7, 12);
    expect(valueOf(sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]))).toBeCloseTo(2.138089935, 9);
  });

  it('is not computable for 0 or 1 values', () => {
    for (const values of [[], [3]]) {
      const result = sampleStandardDeviation(values);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.reason).toMatch(/at least 2/);
    }
  });

  it('is exactly 0 when every value is the same, even for values inexact in binary', () => {
    expect(valueOf(sampleStandardDeviation([0.1, 0.1, 0.1]))).toBe(0);
    expect(valueOf(sampleStandardDeviation([22.35, 22.35]))).toBe(0);
  });

  it('agrees with simple-statistics', () => {
    fc.assert(
      fc.property(finiteValues, (values) => {
        const expected = ss.sampleStandardDeviation(values);
        const ours = valueOf(sampleStandardDeviation(values));
        expect(Math.abs(ours - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
      }),
    );
  });

  it('ignores a shift and scales with a multiplier', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 40 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -10, max: 10 }),
        (values, shift, factor) => {
          const base = valueOf(sampleStandardDeviation(values));
          const shifted = valueOf(sampleStandardDeviation(values.map((v) => v + shift)));
          const scaled = valueOf(sampleStandardDeviation(values.map((v) => v * factor)));
          expect(shifted).toBeCloseTo(base, 9);
          expect(scaled).toBeCloseTo(Math.abs(factor) * base, 7);
        },
      ),
    );
  });
});
