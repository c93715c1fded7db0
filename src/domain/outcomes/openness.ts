/**
 * Openness outside the group (SPEC section 10): per calendar month of the session, the share
 * of check-ins in which the member said they talked about mental health with someone outside
 * the group, and the share of members who said so at least once that month.
 *
 * Only check-ins that answer the (optional) question count; an empty answer is neither yes nor
 * no. Every figure is about members, so each is suppressed below the minimum group size, and a
 * share is shown only when both sides of it (members who said yes, members who said no) reach
 * the minimum: otherwise "100%" or "0%" of a few would say what each of them answered.
 * There is no all-months row, for the same reason as the wellbeing trend.
 *
 * `otherPeriods` are the periods published alongside this one (overlap.ts): a month's shares are
 * hidden when fewer than minN members' own answers for it differ between this period and one of
 * them (a period that starts or ends inside the month), as the wellbeing means are.
 */
import type { MemberId } from '../types';
import { memberCountFigure, shownFigure, suppressedFigure, type Figure } from './figure';
import type { OutcomeCheckIn, Period } from './inputs';
import { revealedByDifference, type Contributions } from './overlap';
import { assertPeriod, groupByMonth, isInPeriod, monthsOf } from './period';

export interface MonthlyOpenness {
  readonly month: string;
  /** Members who answered the question on at least one check-in that month. */
  readonly membersAnswering: Figure;
  readonly checkInsAnswering: Figure;
  /** Check-ins answering yes, as a percentage of check-ins answering. */
  readonly checkInsYesPercent: Figure;
  /** Members answering yes at least once, as a percentage of members answering. */
  readonly membersYesPercent: Figure;
}

export interface OpennessFigures {
  readonly period: Period;
  readonly minGroupSize: number;
  readonly months: readonly MonthlyOpenness[];
  /** True when any check-in in the period answered the question. */
  readonly anyAnswers: boolean;
}

export function computeOpenness(
  checkIns: readonly OutcomeCheckIn[],
  period: Period,
  minN: number,
  otherPeriods: readonly Period[] = [],
): OpennessFigures {
  assertPeriod(period);
  const answered = checkIns.filter(
    (checkIn) =>
      typeof checkIn.talkedOutside === 'boolean' && isInPeriod(checkIn.sessionDate, period),
  );
  // The other publications' check-ins, answered or not: the period limits only this one.
  const allByMonth = groupByMonth(
    checkIns.filter((checkIn) => typeof checkIn.talkedOutside === 'boolean'),
    (checkIn) => checkIn.sessionDate,
  );
  const within = (month: string, range: Period) =>
    (allByMonth.get(month) ?? []).filter((checkIn) => isInPeriod(checkIn.sessionDate, range));
  const byMonth = groupByMonth(answered, (checkIn) => checkIn.sessionDate);
  return {
    period,
    minGroupSize: minN,
    anyAnswers: answered.length > 0,
    months: monthsOf(period).map((month) =>
      monthlyOpenness(
        month,
        byMonth.get(month) ?? [],
        otherPeriods.map((other) => within(month, other)),
        minN,
      ),
    ),
  };
}

/**
 * What each member puts into a month's shares: their answered check-ins, their yes answers, and
 * whether they said yes at all. A member differs between two publications when any of these does.
 */
function memberAnswers(checkIns: readonly OutcomeCheckIn[]): Contributions[] {
  const answered = new Map<MemberId, number>();
  const yes = new Map<MemberId, number>();
  const anyYes = new Map<MemberId, number>();
  for (const checkIn of checkIns) {
    const said = checkIn.talkedOutside === true ? 1 : 0;
    answered.set(checkIn.memberId, (answered.get(checkIn.memberId) ?? 0) + 1);
    yes.set(checkIn.memberId, (yes.get(checkIn.memberId) ?? 0) + said);
    anyYes.set(checkIn.memberId, Math.max(anyYes.get(checkIn.memberId) ?? 0, said));
  }
  return [answered, yes, anyYes];
}

function monthlyOpenness(
  month: string,
  checkIns: readonly OutcomeCheckIn[],
  otherPublications: ReadonlyArray<readonly OutcomeCheckIn[]>,
  minN: number,
): MonthlyOpenness {
  const answering = new Set<MemberId>();
  const saidYes = new Set<MemberId>();
  const saidNo = new Set<MemberId>();
  let yesCheckIns = 0;
  for (const checkIn of checkIns) {
    answering.add(checkIn.memberId);
    if (checkIn.talkedOutside === true) {
      yesCheckIns += 1;
      saidYes.add(checkIn.memberId);
    } else saidNo.add(checkIn.memberId);
  }
  const tooFew = answering.size < minN;
  const mine = memberAnswers(checkIns);
  const theirs = otherPublications.map(memberAnswers);
  const revealed =
    !tooFew &&
    mine.some((contributions, measure) =>
      revealedByDifference(
        contributions,
        theirs.map((other) => other[measure]),
        minN,
      ),
    );
  // Members who never said yes that month: the other side of the members' share.
  const neverYes = answering.size - saidYes.size;
  return {
    month,
    membersAnswering: memberCountFigure(answering.size, minN),
    // A count of check-ins from fewer members than the minimum is about those few members too.
    checkInsAnswering: tooFew ? suppressedFigure() : shownFigure(checkIns.length),
    checkInsYesPercent:
      tooFew || saidYes.size < minN || saidNo.size < minN
        ? suppressedFigure()
        : revealed
          ? suppressedFigure('complementary')
          : shownFigure((100 * yesCheckIns) / checkIns.length),
    membersYesPercent:
      tooFew || saidYes.size < minN || neverYes < minN
        ? suppressedFigure()
        : revealed
          ? suppressedFigure('complementary')
          : shownFigure((100 * saidYes.size) / answering.size),
  };
}
