/**
 * The two special functions the Student t distribution needs. Apps Script has no statistics
 * library, so they are implemented here (Numerical Recipes, 3rd ed., sections 6.1 and 6.4).
 */

// Lanczos approximation, g = 7, n = 9 (relative error below 1e-15 for positive arguments).
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** Natural log of the gamma function, for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) {
    throw new RangeError(`logGamma needs a finite x > 0, got ${x}`);
  }
  if (x < 0.5) {
    // Reflection keeps the series in its accurate range: Γ(x)Γ(1-x) = π / sin(πx).
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const shifted = x - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) {
    series += LANCZOS_COEFFICIENTS[i] / (shifted + i);
  }
  const t = shifted + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

const CONTINUED_FRACTION_EPSILON = 1e-15;
const CONTINUED_FRACTION_MAX_ITERATIONS = 20_000;
const TINY = 1e-300;

/**
 * Regularized incomplete beta function I_x(a, b), for 0 <= x <= 1 and a, b > 0.
 * `oneMinusX` lets a caller who knows 1 - x more precisely than the subtraction would give it
 * pass it in (the t distribution with many degrees of freedom has x within 1e-9 of 1).
 */
export function regularizedIncompleteBeta(
  x: number,
  a: number,
  b: number,
  oneMinusX: number = 1 - x,
): number {
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`incomplete beta needs finite a, b > 0, got a=${a}, b=${b}`);
  }
  if (!(x >= 0 && x <= 1)) {
    throw new RangeError(`incomplete beta needs 0 <= x <= 1, got ${x}`);
  }
  if (x === 0 || x === 1) {
    return x;
  }
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-oneMinusX);
  const logOneMinusX = oneMinusX < 0.5 ? Math.log(oneMinusX) : Math.log1p(-x);
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * logX + b * logOneMinusX;
  // The continued fraction converges fast only below the mean of the beta distribution;
  // above it, the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) is used instead.
  if (x < (a + 1) / (a + b + 2)) {
    return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  }
  return 1 - (Math.exp(logFront) * betaContinuedFraction(oneMinusX, b, a)) / b;
}

/** Modified Lentz evaluation of the continued fraction for I_x(a, b). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = nonZero(1 - (qab * x) / qap);
  d = 1 / d;
  let result = d;
  for (let m = 1; m <= CONTINUED_FRACTION_MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    const evenTerm = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 / nonZero(1 + evenTerm * d);
    c = nonZero(1 + evenTerm / c);
    result *= d * c;
    const oddTerm = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 / nonZero(1 + oddTerm * d);
    c = nonZero(1 + oddTerm / c);
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < CONTINUED_FRACTION_EPSILON) {
      return result;
    }
  }
  throw new RangeError(`incomplete beta did not converge for x=${x}, a=${a}, b=${b}`);
}

function nonZero(value: number): number {
  return Math.abs(value) < TINY ? TINY : value;
}
