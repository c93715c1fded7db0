/**
 * Wellbeing trend from the weekly check-ins (SPEC section 5): the group's mean mood, coping and
 * feeling supported per calendar month of the session the check-in is for.
 *
 * Each member counts once per month: their own mean for the month first, then the mean of
 * those. Otherwise a member who checks in every week outweighs one who comes monthly, and the
 * figure would lean towards whoever checks in most. "Could not come" check-ins are included:
 * the questions ask about the member's week, not the session.
 *
 * There is deliberately no all-months row: with the months' n shown, an overall mean would let
 * a suppressed month's mean be worked back out.
 */
import { t } from '../i18n';
import { mean } from '../stats/descriptive';
import type { MemberId } from '../types';
import {
  memberCountFigure,
  memberMeanFigure,
  shownFigure,
  suppressedFigure,
  type Figure,
} from './figure';
import type { OutcomeCheckIn, Period } from './inputs';
import { revealedByDifference } from './overlap';
import { assertPeriod, groupByMonth, isInPeriod, monthsOf } from './period';

export const WELLBEING_MEASURES = ['mood', 'coping', 'supported'] as const;
export type WellbeingMeasure = (typeof WELLBEING_MEASURES)[number];

/** Each measure's name as a chart's legend shows it, in the language of the run. */
export const WELLBEING_LABELS: Readonly<Record<WellbeingMeasure, string>> = {
  get mood() {
    return t('outcomes.wellbeing.mood');
  },
  get coping() {
    return t('outcomes.wellbeing.coping');
  },
  get supported() {
    return t('outcomes.wellbeing.supported');
  },
};

export interface MonthlyWellbeing {
  readonly month: string;
  /** Members with at least one check-in for a session that month. */
  readonly members: Figure;
  readonly checkIns: Figure;
  readonly means: Readonly<Record<WellbeingMeasure, Figure>>;
}

export interface WellbeingFigures {
  readonly period: Period;
  readonly minGroupSize: number;
  readonly months: readonly MonthlyWellbeing[];
}

/**
 * `otherPeriods` are the periods published alongside this one (overlap.ts): a month's means are
 * hidden when fewer than minN members' own means for it differ between this period and one of
 * them (a period that starts or ends inside the month).
 */
export function computeWellbeing(
  checkIns: readonly OutcomeCheckIn[],
  period: Period,
  minN: number,
  otherPeriods: readonly Period[] = [],
): WellbeingFigures {
  assertPeriod(period);
  checkIns.forEach(assertAnswersInRange);
  const byMonth = groupByMonth(checkIns, (checkIn) => checkIn.sessionDate);
  const within = (month: string, range: Period) =>
    (byMonth.get(month) ?? []).filter((checkIn) => isInPeriod(checkIn.sessionDate, range));
  return {
    period,
    minGroupSize: minN,
    months: monthsOf(period).map((month) =>
      monthlyWellbeing(
        month,
        within(month, period),
        otherPeriods.map((other) => within(month, other)),
        minN,
      ),
    ),
  };
}

function monthlyWellbeing(
  month: string,
  checkIns: readonly OutcomeCheckIn[],
  otherPublications: ReadonlyArray<readonly OutcomeCheckIn[]>,
  minN: number,
): MonthlyWellbeing {
  const memberCount = new Set(checkIns.map((checkIn) => checkIn.memberId)).size;
  const revealed =
    memberCount >= minN &&
    WELLBEING_MEASURES.some((measure) =>
      revealedByDifference(
        memberMeans(checkIns, measure),
        otherPublications.map((other) => memberMeans(other, measure)),
        minN,
      ),
    );
  const groupMean = (measure: WellbeingMeasure): Figure => {
    if (revealed) return suppressedFigure('complementary');
    const means = [...memberMeans(checkIns, measure).values()];
    return memberMeanFigure(mean(means), means, minN);
  };
  return {
    month,
    members: memberCountFigure(memberCount, minN),
    // A count of check-ins from fewer members than the minimum is about those few members too.
    checkIns: memberCount < minN ? suppressedFigure() : shownFigure(checkIns.length),
    means: {
      mood: groupMean('mood'),
      coping: groupMean('coping'),
      supported: groupMean('supported'),
    },
  };
}

/** Each member's own mean of one measure over the check-ins. */
function memberMeans(
  checkIns: readonly OutcomeCheckIn[],
  measure: WellbeingMeasure,
): Map<MemberId, number> {
  const answers = new Map<MemberId, number[]>();
  for (const checkIn of checkIns) {
    const own = answers.get(checkIn.memberId);
    if (own) own.push(checkIn[measure]);
    else answers.set(checkIn.memberId, [checkIn[measure]]);
  }
  return new Map(
    [...answers].map(([member, own]) => {
      const ownMean = mean(own);
      // Every member in the map has at least one answer, so their mean exists.
      if (!ownMean.ok) throw new Error(`unreachable: ${ownMean.reason}`);
      return [member, ownMean.value];
    }),
  );
}

function assertAnswersInRange(checkIn: OutcomeCheckIn): void {
  for (const measure of WELLBEING_MEASURES) {
    const value = checkIn[measure];
    if (!(Number.isFinite(value) && value >= 1 && value <= 5)) {
      throw new RangeError(
        `check-in for ${checkIn.sessionDate}: ${measure} must be 1-5, got ${String(value)}`,
      );
    }
  }
}
