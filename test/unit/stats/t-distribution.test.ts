import fc from 'fast-check';
import { logGamma, regularizedIncompleteBeta } from '../../../src/domain/stats/special-functions';
import {
  studentTCdf,
  studentTQuantile,
  studentTUpperTail,
} from '../../../src/domain/stats/t-distribution';

describe('logGamma', () => {
  it('matches exact values', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    // Γ(1/2) = sqrt(π), so ln Γ(1/2) = ln(π) / 2
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.PI) / 2, 13);
    // Γ(10) = 9! = 362880
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    // Γ(0.25) = 3.625609908221908 (reflection branch)
    expect(logGamma(0.25)).toBeCloseTo(Math.log(3.625609908221908), 13);
  });

  it('satisfies Γ(x + 1) = x Γ(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (x) => {
        expect(logGamma(x + 1)).toBeCloseTo(Math.log(x) + logGamma(x), 9);
      }),
    );
  });

  it('rejects x <= 0', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe('regularizedIncompleteBeta', () => {
  const unit = fc.double({ min: 0.001, max: 0.999, noNaN: true });
  const shape = fc.double({ min: 0.1, max: 50, noNaN: true });

  it('matches closed forms: I_x(a, 1) = x^a and I_x(1, b) = 1 - (1 - x)^b', () => {
    fc.assert(
      fc.property(unit, shape, (x, a) => {
        expect(regularizedIncompleteBeta(x, a, 1)).toBeCloseTo(x ** a, 12);
        expect(regularizedIncompleteBeta(x, 1, a)).toBeCloseTo(1 - (1 - x) ** a, 12);
      }),
    );
  });

  it('satisfies the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) and I_0.5(a, a) = 0.5', () => {
    fc.assert(
      fc.property(unit, shape, shape, (x, a, b) => {
        expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(
          1 - regularizedIncompleteBeta(1 - x, b, a),
          11,
        );
        expect(regularizedIncompleteBeta(0.5, a, a)).toBeCloseTo(0.5, 12);
      }),
    );
  });

  it('is 0 and 1 at the ends and rejects bad arguments', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(1.5, 2, 3)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 3)).toThrow(RangeError);
  });
});

describe('studentTQuantile', () => {
  // Two-sided 95% critical values from standard t tables (to the digits tables print).
  it.each([
    [1, 12.7062047],
    [2, 4.3026527],
    [3, 3.1824463],
    [4, 2.7764451],
    [5, 2.5705818],
    [10, 2.2281389],
    [20, 2.0859634],
    [29, 2.0452296],
    [30, 2.0422725],
    [100, 1.9839715],
  ])('t(0.975, df=%d) = %f', (df, expected) => {
    expect(Math.abs(studentTQuantile(0.975, df) - expected)).toBeLessThan(1e-6);
  });

  it.each([
    [0.95, 1, 6.3137515],
    [0.995, 3, 5.8409093],
    [0.9, 10, 1.3721836],
  ])('t(%f, df=%d) = %f', (p, df, expected) => {
    expect(Math.abs(studentTQuantile(p, df) - expected)).toBeLessThan(1e-6);
  });

  it('matches the Cauchy closed form for df = 1: tan(π(p - 1/2))', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
        const expected = Math.tan(Math.PI * (p - 0.5));
        expect(Math.abs(studentTQuantile(p, 1) - expected)).toBeLessThan(
          1e-9 * Math.max(1, Math.abs(expected)),
        );
      }),
    );
  });

  it('matches the closed form for df = 2: (2p - 1) / sqrt(2p(1 - p))', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
        const expected = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
        expect(Math.abs(studentTQuantile(p, 2) - expected)).toBeLessThan(
          1e-9 * Math.max(1, Math.abs(expected)),
        );
      }),
    );
  });

  it('approaches the normal quantile 1.959963985 as df grows', () => {
    // t = z + (z^3 + z) / (4 df) + O(1/df^2): 1.959963985 + 2.37e-6 for df = 1e6
    expect(Math.abs(studentTQuantile(0.975, 1e6) - 1.959966357)).toBeLessThan(1e-8);
    expect(Math.abs(studentTQuantile(0.975, 1e5) - 1.959987703)).toBeLessThan(1e-7);
  });

  it('inverts the CDF, is antisymmetric and is 0 at p = 0.5', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.0005, max: 0.9995, noNaN: true }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        (p, df) => {
          const t = studentTQuantile(p, df);
          expect(studentTCdf(t, df)).toBeCloseTo(p, 10);
          expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 8);
        },
      ),
    );
    expect(studentTQuantile(0.5, 7)).toBe(0);
  });

  it('shrinks towards the normal value as df grows (for p > 0.5)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0.6, max: 0.999, noNaN: true }),
        (df, p) => {
          expect(studentTQuantile(p, df + 1)).toBeLessThan(studentTQuantile(p, df));
        },
      ),
    );
  });

  it('rejects probabilities outside (0, 1) and bad degrees of freedom', () => {
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, Number.NaN)).toThrow(RangeError);
  });
});

describe('studentTUpperTail and studentTCdf', () => {
  it('match exact values', () => {
    // df = 1 is Cauchy: P(T > 1) = 1/2 - atan(1)/π = 0.25
    expect(studentTUpperTail(1, 1)).toBeCloseTo(0.25, 14);
    expect(studentTCdf(0, 9)).toBeCloseTo(0.5, 14);
    expect(studentTUpperTail(Infinity, 3)).toBe(0);
    expect(studentTCdf(Infinity, 3)).toBe(1);
    // P(T > 2.228138852) with df = 10 is 0.025 (table value above)
    expect(studentTUpperTail(2.228138852, 10)).toBeCloseTo(0.025, 9);
  });
});
