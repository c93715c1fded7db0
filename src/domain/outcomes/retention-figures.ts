/**
 * Retention (SPEC 5: "share of members who joined N weeks ago and still attend"): members who
 * joined at least N weeks before the reference date, and how many of them attended a held
 * session in the last 4 weeks. Shown for N = 12 (about one survey interval: has a newcomer
 * settled in?) and N = 26 (half a year: does the group keep people?).
 *
 * The cohort splits into those still attending and those not. Both parts are counts of people,
 * so each must reach the minimum group size; with only two parts, hiding one means hiding the
 * other (complementary suppression), and the share is shown only when both parts are, since
 * share x cohort gives the count back.
 */
import { retention, type AttendanceRecord, type MemberJoining } from '../stats/retention';
import { suppressCategoryCounts } from '../stats/suppression';
import type { IsoDate } from '../types';
import { fromSuppressible, notComputableFigure, shownFigure, type Figure } from './figure';

export const RETENTION_COHORT_WEEKS = [12, 26] as const;
export const RETENTION_RECENT_WEEKS = 4;

export interface RetentionFigure {
  readonly weeksSinceJoining: number;
  readonly joinedOnOrBefore: IsoDate;
  readonly attendedFrom: IsoDate;
  readonly attendedTo: IsoDate;
  readonly cohortSize: Figure;
  readonly stillAttending: Figure;
  readonly notAttending: Figure;
  /** Percent of the cohort still attending. */
  readonly sharePercent: Figure;
}

export function computeRetention(
  members: readonly MemberJoining[],
  attendance: readonly AttendanceRecord[],
  referenceDate: IsoDate,
  minN: number,
): RetentionFigure[] {
  return RETENTION_COHORT_WEEKS.map((weeks) => {
    const result = retention(members, attendance, {
      referenceDate,
      minWeeksSinceJoining: weeks,
      recentWeeks: RETENTION_RECENT_WEEKS,
    });
    const parts = suppressCategoryCounts(
      [
        { category: 'still attending', count: result.stillAttending },
        { category: 'not attending', count: result.cohortSize - result.stillAttending },
      ],
      minN,
    );
    const [stillAttending, notAttending] = parts.cells.map((cell) => fromSuppressible(cell.count));
    return {
      weeksSinceJoining: weeks,
      joinedOnOrBefore: result.joinedOnOrBefore,
      attendedFrom: result.attendedFrom,
      attendedTo: result.attendedTo,
      cohortSize: fromSuppressible(parts.total),
      stillAttending,
      notAttending,
      sharePercent: sharePercent(result.share, stillAttending, notAttending),
    };
  });
}

function sharePercent(
  share: { ok: true; value: number } | { ok: false; reason: string },
  stillAttending: Figure,
  notAttending: Figure,
): Figure {
  if (stillAttending.kind !== 'shown') return stillAttending;
  if (notAttending.kind !== 'shown') return notAttending;
  return share.ok ? shownFigure(100 * share.value) : notComputableFigure(share.reason);
}
