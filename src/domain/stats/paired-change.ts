import { t } from '../i18n';
import { assertFiniteValues, computed, notComputable, type Computed } from './computed';
import { mean, sampleStandardDeviation } from './descriptive';
import { studentTQuantile } from './t-distribution';

/** One member's score at baseline and at their latest follow-up, on the same instrument. */
export interface ScorePair {
  readonly baseline: number;
  readonly followUp: number;
}

export interface ConfidenceInterval {
  readonly lower: number;
  readonly upper: number;
  /** e.g. 0.95 */
  readonly level: number;
}

/**
 * The SWEMWBS authors advise at least 30 people with data at two time points before drawing
 * group conclusions (Warwick, "Collect, score, analyse and interpret WEMWBS",
 * https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto). SPEC section 4
 * applies the same rule to every instrument.
 */
export const MIN_PAIRS_FOR_INFERENCE = 30;

/** How reports must name the effect size, so nobody reads it as an independent-groups d. */
export const EFFECT_SIZE_DZ_LABEL = 'd_z (paired effect size: mean change ÷ SD of change)';

export interface PairedChangeSummary {
  readonly n: number;
  readonly meanBaseline: Computed<number>;
  readonly meanFollowUp: Computed<number>;
  /** Follow-up minus baseline, so a positive change is a rise whichever direction is better. */
  readonly meanChange: Computed<number>;
  readonly sdChange: Computed<number>;
  readonly confidenceInterval: Computed<ConfidenceInterval>;
  /** Mean change divided by SD of change; see EFFECT_SIZE_DZ_LABEL. */
  readonly effectSizeDz: Computed<number>;
  /** Below MIN_PAIRS_FOR_INFERENCE the figures are descriptive only. */
  readonly inference: 'inferential' | 'descriptive-only';
  readonly inferenceNote: string | null;
}

/**
 * Mean change with a t-based confidence interval and the paired effect size d_z, for members
 * with both a baseline and a follow-up.
 */
export function summarisePairedChange(
  pairs: readonly ScorePair[],
  confidenceLevel = 0.95,
): PairedChangeSummary {
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new RangeError(
      `confidence level must be strictly between 0 and 1, got ${confidenceLevel}`,
    );
  }
  const baselines = pairs.map((pair) => pair.baseline);
  const followUps = pairs.map((pair) => pair.followUp);
  assertFiniteValues(baselines, 'baseline');
  assertFiniteValues(followUps, 'follow-up');
  const changes = pairs.map((pair) => pair.followUp - pair.baseline);

  const meanChange = mean(changes);
  const sdChange = sampleStandardDeviation(changes);
  const n = pairs.length;

  return {
    n,
    meanBaseline: mean(baselines),
    meanFollowUp: mean(followUps),
    meanChange,
    sdChange,
    confidenceInterval: confidenceIntervalOfMean(meanChange, sdChange, n, confidenceLevel),
    effectSizeDz: effectSizeDz(meanChange, sdChange),
    inference: n >= MIN_PAIRS_FOR_INFERENCE ? 'inferential' : 'descriptive-only',
    inferenceNote:
      n >= MIN_PAIRS_FOR_INFERENCE
        ? null
        : `Descriptive only: ${n} member${n === 1 ? '' : 's'} with a baseline and a follow-up; ` +
          `group conclusions need at least ${MIN_PAIRS_FOR_INFERENCE}.`,
  };
}

function confidenceIntervalOfMean(
  meanChange: Computed<number>,
  sdChange: Computed<number>,
  n: number,
  level: number,
): Computed<ConfidenceInterval> {
  if (!meanChange.ok) return meanChange;
  if (!sdChange.ok)
    return notComputable(t('outcomes.reason.noConfidenceInterval', { reason: sdChange.reason }));
  if (sdChange.value === 0) {
    // A zero-width interval would claim certainty that a handful of identical changes cannot give.
    return notComputable(t('outcomes.reason.noConfidenceIntervalSameChange'));
  }
  const criticalT = studentTQuantile(1 - (1 - level) / 2, n - 1);
  const halfWidth = (criticalT * sdChange.value) / Math.sqrt(n);
  return computed({
    lower: meanChange.value - halfWidth,
    upper: meanChange.value + halfWidth,
    level,
  });
}

function effectSizeDz(meanChange: Computed<number>, sdChange: Computed<number>): Computed<number> {
  if (!meanChange.ok) return meanChange;
  if (!sdChange.ok)
    return notComputable(t('outcomes.reason.noEffectSize', { reason: sdChange.reason }));
  if (sdChange.value === 0) {
    return notComputable(t('outcomes.reason.noEffectSizeZeroSd'));
  }
  return computed(meanChange.value / sdChange.value);
}
