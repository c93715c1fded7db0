import { logGamma, regularizedIncompleteBeta } from './special-functions';

/**
 * Student's t distribution: upper tail, CDF, density and quantile. The quantile is what the
 * paired-change confidence interval needs (t at 0.975 with n - 1 degrees of freedom).
 * Accuracy: about 1e-9 up to df = 1e5 (tested); past that, cancellation between large
 * log-gamma values grows (about 3e-7 at df = 1e9), far beyond any group's size.
 */

function assertDegreesOfFreedom(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) {
    throw new RangeError(`degrees of freedom must be a finite number > 0, got ${df}`);
  }
}

/** P(T > t). Computed directly rather than as 1 - CDF so small tails keep their precision. */
export function studentTUpperTail(t: number, df: number): number {
  assertDegreesOfFreedom(df);
  if (Number.isNaN(t)) {
    throw new RangeError('t is NaN');
  }
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  // P(|T| > |t|) = I_{df/(df+t^2)}(df/2, 1/2); each tail is half of it.
  const denominator = df + t * t;
  const twoSided = regularizedIncompleteBeta(df / denominator, df / 2, 0.5, (t * t) / denominator);
  return t >= 0 ? twoSided / 2 : 1 - twoSided / 2;
}

/** P(T <= t). */
export function studentTCdf(t: number, df: number): number {
  return studentTUpperTail(-t, df);
}

/** Density of T at t. */
export function studentTDensity(t: number, df: number): number {
  assertDegreesOfFreedom(df);
  const logDensity =
    logGamma((df + 1) / 2) -
    logGamma(df / 2) -
    0.5 * Math.log(df * Math.PI) -
    ((df + 1) / 2) * Math.log1p((t * t) / df);
  return Math.exp(logDensity);
}

const QUANTILE_RELATIVE_TOLERANCE = 1e-13;
const QUANTILE_MAX_ITERATIONS = 400;

/**
 * The t such that P(T <= t) = p. Safeguarded Newton iteration on the upper tail: Newton steps
 * where they stay inside the bracket, bisection where they would leave it, so it always
 * converges and is usually done in a handful of steps.
 */
export function studentTQuantile(p: number, df: number): number {
  assertDegreesOfFreedom(df);
  if (!(p > 0 && p < 1)) {
    throw new RangeError(`probability must be strictly between 0 and 1, got ${p}`);
  }
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);

  const targetTail = 1 - p;
  let low = 0;
  let high = 1;
  while (studentTUpperTail(high, df) > targetTail) {
    low = high;
    high *= 2;
    if (!Number.isFinite(high)) {
      throw new RangeError(`t quantile for p=${p}, df=${df} is beyond the floating-point range`);
    }
  }

  let t = (low + high) / 2;
  for (let iteration = 0; iteration < QUANTILE_MAX_ITERATIONS; iteration++) {
    const excess = studentTUpperTail(t, df) - targetTail;
    if (excess === 0) return t;
    // The upper tail falls as t grows: excess > 0 means the root lies above t.
    if (excess > 0) low = t;
    else high = t;
    const newtonStep = excess / studentTDensity(t, df);
    const newtonT = t + newtonStep;
    const next = newtonT > low && newtonT < high ? newtonT : (low + high) / 2;
    if (Math.abs(next - t) <= QUANTILE_RELATIVE_TOLERANCE * Math.max(1, Math.abs(t))) {
      return next;
    }
    t = next;
  }
  throw new RangeError(`t quantile did not converge for p=${p}, df=${df}`);
}
