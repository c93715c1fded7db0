import { t } from '../i18n';
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
  let jacobsonTruaxProblem = t('outcomes.reason.noReliability', {
    shortTitle: definition.shortTitle,
  });
  if (reliability !== null) {
    const sdBaseline = sampleStandardDeviation(baselineScores);
    if (sdBaseline.ok) {
      const criterion = jacobsonTruaxCriterion(sdBaseline.value, reliability.value);
      if (criterion.ok) return criterion;
      jacobsonTruaxProblem = criterion.reason;
    } else {
      jacobsonTruaxProblem = t('outcomes.reason.noBaselineSd', { reason: sdBaseline.reason });
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
    t('outcomes.reason.noCriterion', {
      shortTitle: definition.shortTitle,
      problem: jacobsonTruaxProblem,
    }),
  );
}
