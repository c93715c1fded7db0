/**
 * Personal growth and stigma (SPEC sections 4 and 5): for each instrument switched on, the
 * members with a baseline and a follow-up, their mean scores, the mean change with its 95%
 * confidence interval, the paired effect size d_z, and how many changed reliably. Which
 * surveys pair up is score-pairs.ts's job.
 */
import { t } from '../i18n';
import { INSTRUMENTS } from '../instruments';
import { reliableChangeCriterionFor } from '../instruments/reliable-change-criterion';
import type { InstrumentDefinition, InstrumentId } from '../instruments/types';
import {
  MIN_PAIRS_FOR_INFERENCE,
  summarisePairedChange,
  type ScorePair,
} from '../stats/paired-change';
import { countReliableChange, type ReliableChangeCriterion } from '../stats/reliable-change';
import { suppressCategoryCounts } from '../stats/suppression';
import type { Computed } from '../stats/computed';
import {
  fromSuppressible,
  memberCountFigure,
  memberFigure,
  memberMeanFigure,
  notComputableFigure,
  suppressedFigure,
  type Figure,
} from './figure';
import { formatNumber } from './format';
import type { OutcomeSurvey, Period } from './inputs';
import { assertPeriod } from './period';
import { memberScorePairs } from './score-pairs';
import { revealedByDifference } from './overlap';
import type { MemberId } from '../types';

export function descriptiveOnlyText(): string {
  return t('outcomes.growth.descriptiveOnly', { pairs: MIN_PAIRS_FOR_INFERENCE });
}

export type CriterionDescription =
  | { readonly kind: 'shown'; readonly text: string; readonly source: string }
  | { readonly kind: 'suppressed' }
  | { readonly kind: 'not-computable'; readonly reason: string };

export interface InstrumentChange {
  readonly instrument: InstrumentDefinition;
  /** Members with a baseline and a follow-up. */
  readonly pairs: Figure;
  readonly meanBaseline: Figure;
  readonly meanFollowUp: Figure;
  /** Follow-up minus baseline: positive is a rise, whichever direction is better. */
  readonly meanChange: Figure;
  readonly confidenceLower: Figure;
  readonly confidenceUpper: Figure;
  readonly effectSizeDz: Figure;
  readonly improved: Figure;
  readonly unchanged: Figure;
  readonly worse: Figure;
  readonly criterion: CriterionDescription;
  /** Below 30 pairs the figures are descriptive only (SPEC section 4). */
  readonly descriptiveOnly: boolean;
}

export interface GrowthFigures {
  readonly period: Period;
  readonly minGroupSize: number;
  readonly instruments: readonly InstrumentChange[];
}

/**
 * `otherPeriods` are the periods published alongside this one (overlap.ts): an instrument's
 * means are hidden when fewer than minN members' pairs differ between this period and one of
 * them.
 */
export function computeGrowth(
  surveys: readonly OutcomeSurvey[],
  enabled: readonly InstrumentId[],
  period: Period,
  minN: number,
  otherPeriods: readonly Period[] = [],
): GrowthFigures {
  assertPeriod(period);
  const switchedOn = new Set(enabled);
  return {
    period,
    minGroupSize: minN,
    instruments: INSTRUMENTS.filter((definition) => switchedOn.has(definition.id)).map(
      (definition) => {
        const pairs = memberScorePairs(surveys, definition.id, period);
        const others = otherPeriods.map((other) => memberScorePairs(surveys, definition.id, other));
        const revealed = PAIR_VALUES.some((valueOf) =>
          revealedByDifference(
            contributions(pairs, valueOf),
            others.map((other) => contributions(other, valueOf)),
            minN,
          ),
        );
        return instrumentChange(definition, [...pairs.values()], minN, revealed);
      },
    ),
  };
}

/** What each member contributes to the baseline, follow-up and change means. */
const PAIR_VALUES: ReadonlyArray<(pair: ScorePair) => number> = [
  (pair) => pair.baseline,
  (pair) => pair.followUp,
  (pair) => pair.followUp - pair.baseline,
];

function contributions(
  pairs: ReadonlyMap<MemberId, ScorePair>,
  valueOf: (pair: ScorePair) => number,
): Map<MemberId, number> {
  return new Map([...pairs].map(([member, pair]) => [member, valueOf(pair)]));
}

/**
 * `revealedByOverlap`: another published period differs from this one by fewer than minN
 * members, so every figure about these members is hidden (n stays: it is a count).
 */
function instrumentChange(
  instrument: InstrumentDefinition,
  pairs: readonly ScorePair[],
  minN: number,
  revealedByOverlap: boolean,
): InstrumentChange {
  const n = pairs.length;
  const baselines = pairs.map((pair) => pair.baseline);
  const followUps = pairs.map((pair) => pair.followUp);
  const changes = pairs.map((pair) => pair.followUp - pair.baseline);
  const summary = summarisePairedChange(pairs);
  const interval = summary.confidenceInterval;
  const criterion = reliableChangeCriterionFor(instrument, baselines);
  const means = hideTogether(
    revealedByOverlap && n >= minN
      ? [
          suppressedFigure('complementary'),
          suppressedFigure('complementary'),
          suppressedFigure('complementary'),
        ]
      : [
          memberMeanFigure(summary.meanBaseline, baselines, minN),
          memberMeanFigure(summary.meanFollowUp, followUps, minN),
          memberMeanFigure(summary.meanChange, changes, minN),
        ],
  );
  const [meanBaseline, meanFollowUp, meanChange] = means;
  // The interval's midpoint is the mean change, and d_z times the SD it implies is too, so
  // they are hidden with it (also when the changes are identical: their "not computable"
  // reasons would say what the hidden mean hides).
  const spreadFigure = (value: Computed<number>): Figure =>
    meanChange.kind === 'suppressed' ? meanChange : memberFigure(value, n, minN);
  const hideAll = revealedByOverlap && n >= minN;
  const counts = reliableChangeCounts(pairs, criterion, instrument, minN, hideAll);
  return {
    instrument,
    pairs:
      counts.nHidden && n >= minN ? suppressedFigure('complementary') : memberCountFigure(n, minN),
    meanBaseline,
    meanFollowUp,
    meanChange,
    confidenceLower: spreadFigure(mapComputed(interval, (ci) => ci.lower)),
    confidenceUpper: spreadFigure(mapComputed(interval, (ci) => ci.upper)),
    effectSizeDz: spreadFigure(summary.effectSizeDz),
    improved: counts.improved,
    unchanged: counts.unchanged,
    worse: counts.worse,
    // A Jacobson–Truax criterion quotes these members' baseline SD; a published one does not.
    criterion:
      hideAll && criterion.ok && criterion.value.kind !== 'published-threshold'
        ? { kind: 'suppressed' }
        : describeCriterion(criterion, instrument, n, minN),
    descriptiveOnly: summary.inference === 'descriptive-only',
  };
}

/**
 * Follow-up − baseline = change: with any one of the three means hidden, the other two would
 * give it back, so one hidden hides all three.
 */
function hideTogether(means: readonly [Figure, Figure, Figure]): [Figure, Figure, Figure] {
  if (!means.some((figure) => figure.kind === 'suppressed')) return [...means];
  const [baseline, followUp, change] = means.map((figure) =>
    figure.kind === 'suppressed' ? figure : suppressedFigure('complementary'),
  );
  return [baseline, followUp, change];
}

/**
 * Improved / no reliable change / worse, with complementary suppression (which also hides a
 * shown cell when the hidden ones are all zeros: "n 6, improved 6" says every member improved).
 * `hideShown`: another published period differs by too few members, so none is shown.
 */
function reliableChangeCounts(
  pairs: readonly ScorePair[],
  criterion: Computed<ReliableChangeCriterion>,
  instrument: InstrumentDefinition,
  minN: number,
  hideShown: boolean,
): Pick<InstrumentChange, 'improved' | 'unchanged' | 'worse'> & { nHidden: boolean } {
  if (pairs.length < minN) {
    return {
      improved: suppressedFigure(),
      unchanged: suppressedFigure(),
      worse: suppressedFigure(),
      nHidden: false,
    };
  }
  if (!criterion.ok) {
    const none = notComputableFigure(criterion.reason);
    return { improved: none, unchanged: none, worse: none, nHidden: false };
  }
  const counts = countReliableChange(pairs, criterion.value, instrument.better);
  const suppressed = suppressCategoryCounts(
    [
      { category: 'improved', count: counts.improved },
      { category: 'unchanged', count: counts.unchanged },
      { category: 'worse', count: counts.worse },
    ],
    minN,
  );
  const [improved, unchanged, worse] = suppressed.cells.map((cell) =>
    // Hidden for overlap: the small ones still say so, the rest read as complementary.
    hideShown && cell.count.shown
      ? suppressedFigure('complementary')
      : fromSuppressible(cell.count),
  );
  // The total of the three is n: when it must be hidden (or every count is, for overlap, so
  // that their texts alone could pin them beside it), n is hidden too.
  return { improved, unchanged, worse, nHidden: hideShown || !suppressed.total.shown };
}

/** How each kind of reliability is named to the catalogue's select. */
const RELIABILITY_KINDS = {
  'test-retest': 'testRetest',
  'internal-consistency': 'internalConsistency',
} as const;

function describeCriterion(
  criterion: Computed<ReliableChangeCriterion>,
  instrument: InstrumentDefinition,
  n: number,
  minN: number,
): CriterionDescription {
  if (!criterion.ok) {
    return n < minN ? { kind: 'suppressed' } : { kind: 'not-computable', reason: criterion.reason };
  }
  const value = criterion.value;
  if (value.kind === 'published-threshold') {
    return {
      kind: 'shown',
      text: t('outcomes.growth.criterionThreshold', {
        points: formatNumber(value.minReliableChange, 2),
      }),
      source: value.source,
    };
  }
  // The baseline SD comes from these members, so it is a figure about them like any other.
  if (n < minN) return { kind: 'suppressed' };
  const reliability = instrument.reliableChange.reliability;
  return {
    kind: 'shown',
    text: t('outcomes.growth.criterionJacobsonTruax', {
      points: formatNumber(value.minReliableChange, 2),
      sd: formatNumber(value.sdBaseline, 2),
      reliability: formatNumber(value.reliability, 2),
      kind: reliability ? RELIABILITY_KINDS[reliability.kind] : 'none',
    }),
    source: reliability?.source ?? '',
  };
}

function mapComputed<T, U>(value: Computed<T>, map: (inner: T) => U): Computed<U> {
  return value.ok ? { ok: true, value: map(value.value) } : value;
}
