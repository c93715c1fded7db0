import { t } from '../i18n';
import type { IsoDate, MemberId } from '../types';
import { addDays, dayNumber } from './calendar';
import { computed, notComputable, type Computed } from './computed';

export interface MemberJoining {
  readonly memberId: MemberId;
  readonly joined: IsoDate;
}

/**
 * One member present at one held session. Named as a check-in's fields are, so that a check-in
 * is its own attendance record (no copy of 290,000 check-ins to count who came).
 */
export interface AttendanceRecord {
  readonly memberId: MemberId;
  readonly sessionDate: IsoDate;
}

export interface RetentionQuery {
  /** The day the figure is "as of" (usually today in the group's time zone). */
  readonly referenceDate: IsoDate;
  /**
   * N: the cohort is members who joined at least this many weeks before the reference date,
   * so everyone counted has had N weeks in which to stay or drift away.
   */
  readonly minWeeksSinceJoining: number;
  /**
   * Optional upper bound, to ask about one cohort (e.g. 12 to 16 weeks ago) instead of everyone
   * who joined N or more weeks ago. Omitted: no upper bound.
   */
  readonly maxWeeksSinceJoining?: number;
  /**
   * "Still attends" means attended at least one session in the last this-many weeks, ending on
   * and including the reference date.
   */
  readonly recentWeeks: number;
}

export interface Retention {
  /** Members in the cohort (joined within the bounds above). */
  readonly cohortSize: number;
  /** Cohort members who attended within the recent window. */
  readonly stillAttending: number;
  /** stillAttending / cohortSize. */
  readonly share: Computed<number>;
  /** Inclusive bounds actually used, for the report's footnote. */
  readonly joinedOnOrAfter: IsoDate | null;
  readonly joinedOnOrBefore: IsoDate;
  readonly attendedFrom: IsoDate;
  readonly attendedTo: IsoDate;
}

/**
 * Share of members who joined N weeks or more before the reference date and still attend.
 * Status (active, paused, left) is deliberately not an input: whether someone stayed is read
 * from attendance, so a member marked active who has not come for months does not count.
 */
export function retention(
  members: readonly MemberJoining[],
  attendance: readonly AttendanceRecord[],
  query: RetentionQuery,
): Retention {
  assertWholeWeeks('minWeeksSinceJoining', query.minWeeksSinceJoining, 0);
  assertWholeWeeks('recentWeeks', query.recentWeeks, 1);
  if (query.maxWeeksSinceJoining !== undefined) {
    assertWholeWeeks('maxWeeksSinceJoining', query.maxWeeksSinceJoining, 0);
    if (query.maxWeeksSinceJoining < query.minWeeksSinceJoining) {
      throw new RangeError(
        `maxWeeksSinceJoining (${query.maxWeeksSinceJoining}) is below minWeeksSinceJoining (${query.minWeeksSinceJoining})`,
      );
    }
  }

  const joinedOnOrBefore = addDays(query.referenceDate, -7 * query.minWeeksSinceJoining);
  const joinedOnOrAfter =
    query.maxWeeksSinceJoining === undefined
      ? null
      : addDays(query.referenceDate, -7 * query.maxWeeksSinceJoining);
  const attendedFrom = addDays(query.referenceDate, -7 * query.recentWeeks + 1);
  const attendedTo = query.referenceDate;

  const latestJoin = dayNumber(joinedOnOrBefore);
  const earliestJoin = joinedOnOrAfter === null ? -Infinity : dayNumber(joinedOnOrAfter);
  const cohort = new Set<MemberId>();
  for (const member of members) {
    const joined = dayNumber(member.joined);
    if (joined >= earliestJoin && joined <= latestJoin) cohort.add(member.memberId);
  }

  const windowStart = dayNumber(attendedFrom);
  const windowEnd = dayNumber(attendedTo);
  const recentAttenders = new Set<MemberId>();
  for (const record of attendance) {
    const day = dayNumber(record.sessionDate);
    if (day >= windowStart && day <= windowEnd && cohort.has(record.memberId)) {
      recentAttenders.add(record.memberId);
    }
  }

  const cohortSize = cohort.size;
  const stillAttending = recentAttenders.size;
  return {
    cohortSize,
    stillAttending,
    share:
      cohortSize === 0
        ? notComputable(t('outcomes.reason.noCohort'))
        : computed(stillAttending / cohortSize),
    joinedOnOrAfter,
    joinedOnOrBefore,
    attendedFrom,
    attendedTo,
  };
}

function assertWholeWeeks(name: string, value: number, minimum: number): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new RangeError(`${name} must be a whole number of weeks >= ${minimum}, got ${value}`);
  }
}
