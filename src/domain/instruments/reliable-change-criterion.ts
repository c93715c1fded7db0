import { notComputable, type Computed } from '../stats/computed';
import { sampleStandardDeviation } from '../stats/descriptive';
import {
  jacobsonTruaxCriterion,
  publishedThresholdCriterion,
  type ReliableChangeCriterion,
} from '../stats/reliable-change';
import type { InstrumentDefinition } from './types';

/**
 * The reliable-change criterion for one instrument and one set of members: Jacobson–Truax
 * with the SD of these members' baseline scores and the instrument's published reliability
 * (SPEC section 4); failing that, the instrument's published threshold in points.
 */
export function reliableChangeCriterionFor(
  definition: InstrumentDefinition,
  baselineScores: readonly number[],
): Computed<ReliableChangeCriterion> {
  const { reliability, publishedThreshold } = definition.reliableChange;
  let jacobsonTruaxProblem = `${definition.shortTitle} ships no reliability figure`;
  if (reliability !== null) {
    const sdBaseline = sampleStandardDeviation(baselineScores);
    if (sdBaseline.ok) {
      const criterion = jacobsonTruaxCriterion(sdBaseline.value, reliability.value);
      if (criterion.ok) return criterion;
      jacobsonTruaxProblem = criterion.reason;
    } else {
      jacobsonTruaxProblem = `no baseline SD (${sdBaseline.reason})`;
    }
  }
  if (publishedThreshold !== null) {
    return {
      ok: true,
      value: publishedThresholdCriterion(
        publishedThreshold.minReliableChange,
        publishedThreshold.source,
      ),
    };
  }
  return notComputable(
    `no reliable-change criterion for ${definition.shortTitle}: ${jacobsonTruaxProblem}, and it has no published threshold`,
  );
}
