import { t } from '../i18n';
import { assertFiniteValues, computed, notComputable, type Computed } from './computed';

/**
 * Arithmetic mean. The second pass adds back the mean residual, which removes most of the
 * rounding error of a plain sum/n (scores such as 22.35 are not exact in binary).
 */
export function mean(values: readonly number[]): Computed<number> {
  assertFiniteValues(values);
  if (values.length === 0) {
    return notComputable(t('outcomes.reason.noValues'));
  }
  return computed(accurateMean(values));
}

/** Sample variance with the n - 1 denominator (the group is a sample of possible members). */
export function sampleVariance(values: readonly number[]): Computed<number> {
  assertFiniteValues(values);
  if (values.length < 2) {
    return notComputable(t('outcomes.reason.tooFewForVariance', { count: values.length }));
  }
  // Identical values must give exactly 0, which the residual arithmetic below need not.
  if (values.every((value) => value === values[0])) {
    return computed(0);
  }
  const centre = accurateMean(values);
  let sumOfSquares = 0;
  for (const value of values) {
    sumOfSquares += (value - centre) ** 2;
  }
  return computed(sumOfSquares / (values.length - 1));
}

/** Sample standard deviation (n - 1 denominator). */
export function sampleStandardDeviation(values: readonly number[]): Computed<number> {
  const variance = sampleVariance(values);
  return variance.ok ? computed(Math.sqrt(variance.value)) : variance;
}

function accurateMean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) {
    sum += value;
  }
  const firstPass = sum / values.length;
  let residual = 0;
  for (const value of values) {
    residual += value - firstPass;
  }
  return firstPass + residual / values.length;
}
