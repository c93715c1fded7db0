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
 */
import type { MemberId } from '../types';
import { memberCountFigure, shownFigure, suppressedFigure, type Figure } from './figure';
import type { OutcomeCheckIn, Period } from './inputs';
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
): OpennessFigures {
  assertPeriod(period);
  const answered = checkIns.filter(
    (checkIn) =>
      typeof checkIn.talkedOutside === 'boolean' && isInPeriod(checkIn.sessionDate, period),
  );
  const byMonth = groupByMonth(answered, (checkIn) => checkIn.sessionDate);
  return {
    period,
    minGroupSize: minN,
    anyAnswers: answered.length > 0,
    months: monthsOf(period).map((month) => monthlyOpenness(month, byMonth.get(month) ?? [], minN)),
  };
}

function monthlyOpenness(
  month: string,
  checkIns: readonly OutcomeCheckIn[],
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
        : shownFigure((100 * yesCheckIns) / checkIns.length),
    membersYesPercent:
      tooFew || saidYes.size < minN || neverYes < minN
        ? suppressedFigure()
        : shownFigure((100 * saidYes.size) / answering.size),
  };
}
