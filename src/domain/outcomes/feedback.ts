/**
 * Group feedback (SPEC section 10): per calendar month, how many anonymous feedback responses
 * came, their mean rating of the recent sessions, and how many answered each free-text
 * question. The text itself is for facilitators, in the Feedback tab; no figure reads it.
 *
 * The form is anonymous, so responses stand in for people: a month with fewer responses than
 * the minimum group size shows none of its figures, each count below the minimum is hidden,
 * and a mean of identical ratings (every respondent's own answer) is hidden too. The period's
 * total is hidden when exactly one month is, or it would give that month back by subtraction.
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

export function computeFeedback(input: OutcomeInput, period: Period): FeedbackFigures {
  assertPeriod(period);
  const minN = input.settings.minGroupSize;
  const inPeriod = (input.feedback ?? []).filter((response) => isInPeriod(response.date, period));
  const byMonth = groupByMonth(inPeriod, (response) => response.date);
  const months = monthsOf(period).map((month) =>
    monthlyFeedback(month, byMonth.get(month) ?? [], minN),
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

function monthlyFeedback(
  month: string,
  responses: readonly OutcomeFeedback[],
  minN: number,
): MonthlyFeedback {
  const count = (pick: (response: OutcomeFeedback) => boolean) =>
    responses.length < minN ? suppressedFigure() : countFigure(responses.filter(pick).length, minN);
  const ratings = responses.map((response) => response.rating);
  return {
    month,
    responses: countFigure(responses.length, minN),
    meanRating: memberMeanFigure(mean(ratings), ratings, minN),
    moreOf: count((response) => response.moreOf),
    lessOf: count((response) => response.lessOf),
    ideas: count((response) => response.ideas),
  };
}
