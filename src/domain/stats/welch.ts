import { t } from '../i18n';
import { assertFiniteValues, computed, notComputable, type Computed } from './computed';
import { mean, sampleVariance } from './descriptive';
import type { ConfidenceInterval } from './paired-change';
import { studentTQuantile } from './t-distribution';

/**
 * The difference of two independent means (second minus first) with Welch's t interval: the
 * standard error sqrt(s1²/n1 + s2²/n2) and the Welch–Satterthwaite degrees of freedom
 *   df = (s1²/n1 + s2²/n2)² / ((s1²/n1)²/(n1 - 1) + (s2²/n2)²/(n2 - 1)),
 * which need not be whole (Welch 1947, Biometrika 34:28-35; Satterthwaite 1946). Used for a
 * community event's audience before and after it: different people answer, so the samples
 * are independent and their variances need not be equal.
 */
export interface WelchDifference {
  readonly difference: number;
  readonly standardError: number;
  readonly degreesOfFreedom: number;
  readonly interval: ConfidenceInterval;
}

export function welchDifference(
  first: readonly number[],
  second: readonly number[],
  confidenceLevel = 0.95,
): Computed<WelchDifference> {
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new RangeError(
      `confidence level must be strictly between 0 and 1, got ${confidenceLevel}`,
    );
  }
  assertFiniteValues(first, 'first sample value');
  assertFiniteValues(second, 'second sample value');
  const firstVariance = sampleVariance(first);
  const secondVariance = sampleVariance(second);
  if (!firstVariance.ok)
    return notComputable(t('outcomes.reason.noIntervalFirst', { reason: firstVariance.reason }));
  if (!secondVariance.ok)
    return notComputable(t('outcomes.reason.noIntervalSecond', { reason: secondVariance.reason }));
  const a = firstVariance.value / first.length;
  const b = secondVariance.value / second.length;
  if (a + b === 0) {
    // A zero-width interval would claim certainty that a few identical answers cannot give.
    return notComputable(t('outcomes.reason.noIntervalSameAnswers'));
  }
  const degreesOfFreedom =
    (a + b) ** 2 / (a ** 2 / (first.length - 1) + b ** 2 / (second.length - 1));
  const standardError = Math.sqrt(a + b);
  const firstMean = mean(first);
  const secondMean = mean(second);
  if (!firstMean.ok || !secondMean.ok) return notComputable(t('outcomes.reason.noIntervalEmpty'));
  const difference = secondMean.value - firstMean.value;
  const halfWidth =
    studentTQuantile(1 - (1 - confidenceLevel) / 2, degreesOfFreedom) * standardError;
  return computed({
    difference,
    standardError,
    degreesOfFreedom,
    interval: {
      lower: difference - halfWidth,
      upper: difference + halfWidth,
      level: confidenceLevel,
    },
  });
}
