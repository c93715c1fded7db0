/**
 * Group feedback (SPEC section 10): per calendar month, how many anonymous feedback responses
 * came, their mean rating of the recent sessions, and how many answered each free-text
 * question. The text itself is for facilitators, in the Feedback tab; no figure reads it.
 *
 * The form is anonymous, so responses stand in for people: a month with fewer responses than
 * the minimum group size shows none of its figures, each count below the minimum is hidden,
 * and a mean of identical ratings (every respondent's own answer) is hidden too. The period's
 * total is hidden when exactly one month is, or it would give that month back by subtraction.
 *
 * `otherPeriods` are the periods published alongside this one (overlap.ts): a month's figures
 * are hidden when fewer than the minimum responses (but some) of that month fall in one of the
 * two ranges and not the other, since subtracting would give those few responses' figures.
 */
import { mean } from '../stats/descriptive';
import { memberMeanFigure, shownFigure, suppressedFigure, type Figure } from './figure';
import type { OutcomeFeedback, OutcomeInput, Period } from './inputs';
import { assertPeriod, groupByMonth, isInPeriod, monthsOf } from './period';

export interface MonthlyFeedback {
  readonly month: string;
  readonly responses: Figure;
  readonly meanRating: Figure;
  readonly moreOf: Figure;
  readonly lessOf: Figure;
  readonly ideas: Figure;
}

export interface FeedbackFigures {
  readonly period: Period;
  readonly minGroupSize: number;
  readonly months: readonly MonthlyFeedback[];
  readonly totalResponses: Figure;
  /** Whether any feedback came in the period at all (a count a reader may see: 0 or more). */
  readonly anyFeedback: boolean;
}

const countFigure = (count: number, minN: number): Figure =>
  count < minN ? suppressedFigure() : shownFigure(count);

export function computeFeedback(
  input: OutcomeInput,
  period: Period,
  otherPeriods: readonly Period[] = [],
): FeedbackFigures {
  assertPeriod(period);
  const minN = input.settings.minGroupSize;
  const all = input.feedback ?? [];
  const inPeriod = all.filter((response) => isInPeriod(response.date, period));
  const allByMonth = groupByMonth(all, (response) => response.date);
  const byMonth = groupByMonth(inPeriod, (response) => response.date);
  const months = monthsOf(period).map((month) =>
    monthlyFeedback(
      month,
      byMonth.get(month) ?? [],
      revealedBeside(allByMonth.get(month) ?? [], period, otherPeriods, minN),
      minN,
    ),
  );
  // Empty months show as hidden too (0 is below the minimum), so a reader cannot tell them apart.
  const hiddenMonths = months.filter((month) => month.responses.kind === 'suppressed').length;
  return {
    period,
    minGroupSize: minN,
    months,
    totalResponses:
      hiddenMonths === 1 ? suppressedFigure('complementary') : countFigure(inPeriod.length, minN),
    anyFeedback: inPeriod.length > 0,
  };
}

/** Do `responses` fall in this period and not another (or the reverse) for 1 to minN - 1? */
function revealedBeside(
  responses: readonly OutcomeFeedback[],
  period: Period,
  otherPeriods: readonly Period[],
  minN: number,
): boolean {
  return otherPeriods.some((other) => {
    const apart = responses.filter(
      (response) => isInPeriod(response.date, period) !== isInPeriod(response.date, other),
    ).length;
    return apart > 0 && apart < minN;
  });
}

function monthlyFeedback(
  month: string,
  responses: readonly OutcomeFeedback[],
  revealed: boolean,
  minN: number,
): MonthlyFeedback {
  // A figure that would be shown is hidden beside another publication's; hidden ones stay so.
  const guard = (figure: Figure): Figure =>
    revealed && figure.kind === 'shown' ? suppressedFigure('complementary') : figure;
  const count = (pick: (response: OutcomeFeedback) => boolean) =>
    responses.length < minN ? suppressedFigure() : countFigure(responses.filter(pick).length, minN);
  const ratings = responses.map((response) => response.rating);
  return {
    month,
    responses: guard(countFigure(responses.length, minN)),
    meanRating: guard(memberMeanFigure(mean(ratings), ratings, minN)),
    moreOf: guard(count((response) => response.moreOf)),
    lessOf: guard(count((response) => response.lessOf)),
    ideas: guard(count((response) => response.ideas)),
  };
}
