/**
 * Community survey figures (SPEC section 10): the RIBS answers of outreach audiences, per event
 * (an Activities row with an event code) and per calendar quarter of the events' dates. For
 * each: responses before and after the event, the mean intended-behaviour score (RIBS items
 * 5-8, 4-20, higher is less stigmatising), the after-minus-before difference with a Welch 95%
 * interval where both sides are shown, and how many answered "yes" to each reported-behaviour
 * item (1-4, over all the event's responses).
 *
 * The survey is anonymous, so responses stand in for people: a count below the minimum group
 * size is hidden, a mean of fewer responses than it or of identical scores is hidden, and the
 * difference is shown only beside both of its means. A quarter's figure is hidden as
 * complementary when the events in it whose same figure is hidden hold fewer than the minimum
 * (or identical scores, or fewer yes answers than the minimum), since the quarter minus the
 * events shown would give them back. Events are placed by their own date, so every publication
 * that includes an event shows the same figures for it; a report shows a quarter only with all
 * of its events.
 */
import { t } from '../i18n';
import { mean } from '../stats/descriptive';
import { welchDifference } from '../stats/welch';
import {
  allIdentical,
  memberMeanFigure,
  notComputableFigure,
  shownFigure,
  suppressedFigure,
  type Figure,
} from './figure';
import type { ActivityKind, Period } from './inputs';
import { assertPeriod, isInPeriod } from './period';
import type { IsoDate } from '../types';

/** Items 1-4 of RIBS: reported behaviour, counted rather than scored. */
export const REPORTED_ITEMS = 4;

/** An Activities row that has an event code. */
export interface CommunityEvent {
  readonly date: IsoDate;
  readonly kind: ActivityKind;
  /** As typed in Activities (trimmed). */
  readonly code: string;
  /** The code as responses are matched to it (eventCodeKey). */
  readonly key: string;
}

/** One accepted Community survey response: nothing about who sent it. */
export interface CommunityResponse {
  /** The event code as matched (eventCodeKey). */
  readonly eventKey: string;
  readonly timing: 'before' | 'after';
  /** RIBS intended behaviour, 4-20. */
  readonly intended: number;
  /** For each reported-behaviour item, whether the answer was "yes". */
  readonly reportedYes: readonly boolean[];
}

export interface StigmaFigures {
  readonly before: Figure;
  readonly after: Figure;
  readonly meanBefore: Figure;
  readonly meanAfter: Figure;
  /** After minus before. */
  readonly difference: Figure;
  readonly lower: Figure;
  readonly upper: Figure;
  readonly reportedYes: readonly Figure[];
}

export interface EventStigma extends StigmaFigures {
  readonly event: CommunityEvent;
}

export interface QuarterStigma extends StigmaFigures {
  /** "2026 Q1". */
  readonly quarter: string;
  /** Events with a code dated in the quarter (a count of events, not of people). */
  readonly events: number;
}

export interface CommunityStigmaFigures {
  readonly period: Period;
  readonly minGroupSize: number;
  readonly events: readonly EventStigma[];
  readonly quarters: readonly QuarterStigma[];
  /**
   * Quarters with an event outside the period, left out of a report: cut, they would differ from
   * the same quarter in the tab by a few responses.
   */
  readonly partQuarters: readonly string[];
  /**
   * Accepted responses whose code is now on no Activities row, or on two (a code edited or
   * deleted after they came in): they count in no figure, so the tab says so rather than
   * letting them drop out without a word.
   */
  readonly unmatched: number;
}

/** "2026 Q1" for a date in January to March 2026. */
export function quarterOf(date: IsoDate): string {
  return `${date.slice(0, 4)} Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

const countFigure = (count: number, minN: number): Figure =>
  count < minN ? suppressedFigure() : shownFigure(count);

interface Side {
  readonly n: Figure;
  readonly mean: Figure;
  readonly values: readonly number[];
}

function side(values: readonly number[], minN: number): Side {
  return {
    n: countFigure(values.length, minN),
    mean: memberMeanFigure(mean(values), values, minN),
    values,
  };
}

function figuresOf(responses: readonly CommunityResponse[], minN: number): StigmaFigures {
  const before = side(
    responses.filter((r) => r.timing === 'before').map((r) => r.intended),
    minN,
  );
  const after = side(
    responses.filter((r) => r.timing === 'after').map((r) => r.intended),
    minN,
  );
  const change = differenceOf(before, after);
  return {
    before: before.n,
    after: after.n,
    meanBefore: before.mean,
    meanAfter: after.mean,
    ...change,
    reportedYes: Array.from({ length: REPORTED_ITEMS }, (_, item) =>
      responses.length < minN
        ? suppressedFigure()
        : countFigure(responses.filter((r) => r.reportedYes[item] === true).length, minN),
    ),
  };
}

/** Shown only beside both means: with one hidden, the difference would give it back. */
function differenceOf(
  before: Side,
  after: Side,
): Pick<StigmaFigures, 'difference' | 'lower' | 'upper'> {
  const hidden = [before.mean, after.mean].find((figure) => figure.kind === 'suppressed');
  if (hidden) return { difference: hidden, lower: hidden, upper: hidden };
  if (before.mean.kind !== 'shown' || after.mean.kind !== 'shown') {
    const none = notComputableFigure(t('outcomes.reason.noBeforeOrAfterMean'));
    return { difference: none, lower: none, upper: none };
  }
  const welch = welchDifference(before.values, after.values);
  const difference = shownFigure(after.mean.value - before.mean.value);
  if (!welch.ok) {
    const none = notComputableFigure(welch.reason);
    return { difference, lower: none, upper: none };
  }
  return {
    difference,
    lower: shownFigure(welch.value.interval.lower),
    upper: shownFigure(welch.value.interval.upper),
  };
}

export function computeCommunityStigma(
  events: readonly CommunityEvent[],
  responses: readonly CommunityResponse[],
  period: Period,
  minN: number,
  wholeQuartersOnly: boolean,
): CommunityStigmaFigures {
  assertPeriod(period);
  const byKey = new Map<string, CommunityResponse[]>();
  for (const response of responses) {
    const list = byKey.get(response.eventKey) ?? [];
    list.push(response);
    byKey.set(response.eventKey, list);
  }
  // A code on two rows takes no responses (intake sends them to Review), so neither row has any.
  const rowsPerKey = new Map<string, number>();
  for (const event of events) rowsPerKey.set(event.key, (rowsPerKey.get(event.key) ?? 0) + 1);
  const responsesOf = (event: CommunityEvent) =>
    rowsPerKey.get(event.key) === 1 ? (byKey.get(event.key) ?? []) : [];

  const inPeriod = events
    .filter((event) => isInPeriod(event.date, period))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : 1));
  const eventFigures: EventStigma[] = inPeriod.map((event) => ({
    event,
    ...figuresOf(responsesOf(event), minN),
  }));

  const quarters = [...new Set(inPeriod.map((event) => quarterOf(event.date)))].sort();
  // A quarter is shown only with every event dated in it, so it is the same in every publication.
  const whole = (quarter: string) =>
    events.every((event) => quarterOf(event.date) !== quarter || isInPeriod(event.date, period));
  const shownQuarters = wholeQuartersOnly ? quarters.filter(whole) : quarters;
  return {
    period,
    minGroupSize: minN,
    events: eventFigures,
    quarters: shownQuarters.map((quarter) => {
      const members = eventFigures.filter((figures) => quarterOf(figures.event.date) === quarter);
      return quarterFigures(
        quarter,
        members.map((figures) => ({ figures, responses: responsesOf(figures.event) })),
        minN,
      );
    }),
    partQuarters: quarters.filter((quarter) => !shownQuarters.includes(quarter)),
    unmatched: responses.filter((response) => rowsPerKey.get(response.eventKey) !== 1).length,
  };
}

function quarterFigures(
  quarter: string,
  members: ReadonlyArray<{ figures: StigmaFigures; responses: readonly CommunityResponse[] }>,
  minN: number,
): QuarterStigma {
  const all = members.flatMap((member) => member.responses);
  const own = figuresOf(all, minN);
  const complementary = suppressedFigure('complementary');
  // Hide a shown quarter figure when the events hiding the same figure hold too little.
  const guard = (figure: Figure, tooLittle: boolean): Figure =>
    figure.kind === 'shown' && tooLittle ? complementary : figure;
  const hiddenSide = (timing: 'before' | 'after', pick: (f: StigmaFigures) => Figure) =>
    members
      .filter((member) => pick(member.figures).kind !== 'shown')
      .flatMap((member) => member.responses.filter((r) => r.timing === timing))
      .map((r) => r.intended);
  const smallCount = (values: readonly number[]) => values.length > 0 && values.length < minN;
  const smallMean = (values: readonly number[]) =>
    values.length > 0 && (values.length < minN || allIdentical(values));
  const before = guard(own.before, smallCount(hiddenSide('before', (f) => f.before)));
  const after = guard(own.after, smallCount(hiddenSide('after', (f) => f.after)));
  const meanBefore = guard(own.meanBefore, smallMean(hiddenSide('before', (f) => f.meanBefore)));
  const meanAfter = guard(own.meanAfter, smallMean(hiddenSide('after', (f) => f.meanAfter)));
  const meansHidden = meanBefore.kind !== 'shown' || meanAfter.kind !== 'shown';
  const hiddenChange = meanBefore.kind === 'suppressed' ? meanBefore : meanAfter;
  return {
    quarter,
    events: members.length,
    before,
    after,
    meanBefore,
    meanAfter,
    difference: meansHidden && hiddenChange.kind === 'suppressed' ? hiddenChange : own.difference,
    lower: meansHidden && hiddenChange.kind === 'suppressed' ? hiddenChange : own.lower,
    upper: meansHidden && hiddenChange.kind === 'suppressed' ? hiddenChange : own.upper,
    reportedYes: own.reportedYes.map((figure, item) => {
      const hidden = members.filter((member) => member.figures.reportedYes[item].kind !== 'shown');
      const responses = hidden.reduce((sum, member) => sum + member.responses.length, 0);
      const yes = hidden.reduce(
        (sum, member) => sum + member.responses.filter((r) => r.reportedYes[item]).length,
        0,
      );
      return guard(figure, responses > 0 && yes < minN);
    }),
  };
}

/** Whether there is anything to show: an event with a code, or a response. */
export function hasCommunitySurvey(
  events: readonly CommunityEvent[],
  responses: readonly CommunityResponse[],
): boolean {
  return events.length > 0 || responses.length > 0;
}
