import { t } from '../i18n';
import { computed, notComputable, type Computed } from './computed';
import type { ScorePair } from './paired-change';

/** Which way a score moves when things get better (for stigma scales, lower is better). */
export type BetterDirection = 'higher' | 'lower';

/** Jacobson and Truax (1991): a change is reliable when |change| / S_diff exceeds 1.96. */
export const RELIABLE_CHANGE_Z = 1.96;

export interface JacobsonTruaxCriterion {
  readonly kind: 'jacobson-truax';
  readonly sdBaseline: number;
  readonly reliability: number;
  /** SE = SD_baseline × sqrt(1 − reliability) */
  readonly standardError: number;
  /** S_diff = sqrt(2) × SE */
  readonly sDiff: number;
  /** The smallest absolute change that counts, for display: 1.96 × S_diff. */
  readonly minReliableChange: number;
}

/** A threshold in score points taken from the literature rather than from the group's data. */
export interface PublishedThresholdCriterion {
  readonly kind: 'published-threshold';
  /** A change must exceed this many points, in absolute value. */
  readonly minReliableChange: number;
  readonly source: string;
}

export type ReliableChangeCriterion = JacobsonTruaxCriterion | PublishedThresholdCriterion;

export type ReliableChangeClass = 'improved' | 'unchanged' | 'worse';

export interface ReliableChangeCounts {
  readonly n: number;
  readonly improved: number;
  readonly unchanged: number;
  readonly worse: number;
}

/**
 * Builds the Jacobson–Truax criterion from the baseline SD of the members being compared and
 * a published reliability coefficient (which one is a property of the instrument).
 */
export function jacobsonTruaxCriterion(
  sdBaseline: number,
  reliability: number,
): Computed<JacobsonTruaxCriterion> {
  if (!(reliability > 0 && reliability < 1)) {
    throw new RangeError(`reliability must be strictly between 0 and 1, got ${reliability}`);
  }
  if (!Number.isFinite(sdBaseline) || sdBaseline < 0) {
    throw new RangeError(`baseline SD must be a finite number >= 0, got ${sdBaseline}`);
  }
  if (sdBaseline === 0) {
    return notComputable(t('outcomes.reason.noCriterionSameBaseline'));
  }
  const standardError = sdBaseline * Math.sqrt(1 - reliability);
  const sDiff = Math.SQRT2 * standardError;
  return computed({
    kind: 'jacobson-truax',
    sdBaseline,
    reliability,
    standardError,
    sDiff,
    minReliableChange: RELIABLE_CHANGE_Z * sDiff,
  });
}

export function publishedThresholdCriterion(
  minReliableChange: number,
  source: string,
): PublishedThresholdCriterion {
  if (!(minReliableChange > 0) || !Number.isFinite(minReliableChange)) {
    throw new RangeError(
      `a published threshold must be a finite number > 0, got ${minReliableChange}`,
    );
  }
  return { kind: 'published-threshold', minReliableChange, source };
}

/** Classifies one member's change (follow-up minus baseline). */
export function classifyReliableChange(
  change: number,
  criterion: ReliableChangeCriterion,
  better: BetterDirection,
): ReliableChangeClass {
  if (!Number.isFinite(change)) {
    throw new RangeError(`change must be a finite number, got ${change}`);
  }
  // The Jacobson–Truax test is stated as a ratio; using the ratio itself avoids a borderline
  // case flipping on the rounding of 1.96 × S_diff.
  const reliable =
    criterion.kind === 'jacobson-truax'
      ? Math.abs(change) / criterion.sDiff > RELIABLE_CHANGE_Z
      : Math.abs(change) > criterion.minReliableChange;
  if (!reliable) return 'unchanged';
  const rose = change > 0;
  return rose === (better === 'higher') ? 'improved' : 'worse';
}

export function countReliableChange(
  pairs: readonly ScorePair[],
  criterion: ReliableChangeCriterion,
  better: BetterDirection,
): ReliableChangeCounts {
  const counts = { n: pairs.length, improved: 0, unchanged: 0, worse: 0 };
  for (const pair of pairs) {
    counts[classifyReliableChange(pair.followUp - pair.baseline, criterion, better)] += 1;
  }
  return counts;
}
