/**
 * The figures of the Participation tab (SPEC section 5) for one period, computed once and laid
 * out by participation-tab.ts (the tab) and the report.
 */
import type { AttendanceRecord } from '../stats/retention';
import type { IsoDate, MemberId } from '../types';
import { computeAttendance, type AttendanceFigures } from './attendance';
import { computeCommunity, type CommunityFigures } from './community';
import { memberCountFigure, shownFigure, suppressedFigure, type Figure } from './figure';
import { attendanceAt, cancelledSessionCount, heldSessionDates } from './held-sessions';
import type { OutcomeCheckIn, OutcomeInput, Period } from './inputs';
import { countRevealedByDifference, intersection, otherPublishedPeriods } from './overlap';
import { assertPeriod, groupByMonth, isInPeriod, monthRange, monthsOf } from './period';
import { computeResponseRate, type ResponseRate } from './response-rate';
import { computeRetention, type RetentionFigure } from './retention-figures';

export interface MonthlyParticipation {
  readonly month: string;
  /** Not about members: never suppressed. */
  readonly sessionsHeld: number;
  readonly uniqueAttendees: Figure;
  readonly newMembers: Figure;
  readonly membersReportingOutreach: Figure;
  readonly responseRate: ResponseRate;
}

export interface ParticipationFigures {
  readonly period: Period;
  readonly minGroupSize: number;
  readonly heldDates: readonly IsoDate[];
  readonly sessionsCancelled: number;
  readonly attendance: AttendanceFigures;
  /** Held sessions whose attendance came from the register, and from check-ins. */
  readonly attendanceSources: { readonly register: number; readonly checkIns: number };
  readonly months: readonly MonthlyParticipation[];
  /** Members who joined in the period; complementary with the monthly counts. */
  readonly newMembersTotal: Figure;
  readonly membersReportingOutreach: Figure;
  readonly responseRate: ResponseRate;
  /** As of the end of the period (or today, if earlier). */
  readonly retention: readonly RetentionFigure[];
  readonly community: CommunityFigures;
}

export function computeParticipation(input: OutcomeInput, period: Period): ParticipationFigures {
  assertPeriod(period);
  const minN = input.settings.minGroupSize;
  const heldDates = heldSessionDates(input.sessions, input.today, period);
  const attendance = attendanceAt(input.checkIns, heldDates, input.register);
  const registered = new Set(input.register?.sessions ?? []);
  const sessionsWithRegister = heldDates.filter((date) => registered.has(date)).length;
  const months = monthsOf(period);

  const joinedInPeriod = input.members.filter((member) => isInPeriod(member.joined, period));
  const joinedByMonth = groupByMonth(joinedInPeriod, (member) => member.joined);
  // New members per month and in total. A month is hidden below the minimum, or when the same
  // month in another publication, cut at other days, differs from it by fewer than the minimum
  // (overlap.ts). Beside a shown total, hidden months add up to the total minus the shown ones,
  // and complementary cells do not survive other publications: another period cuts its months
  // differently and shows what was hidden here as a complement, which pins the rest (the
  // attacker of test/unit/outcomes/auditor.ts did so, for complements and for hiding every
  // month alike). So the total is shown only when every month is, and no month is hidden just
  // to protect another. (The total is then the sum of shown months, each already checked
  // against the other publications.)
  const others = otherPublishedPeriods(input, period);
  const joinedDates = input.members.map((member) => member.joined);
  const newMembersByMonth = months.map((month): Figure => {
    const count = joinedByMonth.get(month)?.length ?? 0;
    if (count < minN) return suppressedFigure();
    const days = intersection(monthRange(month), period);
    const otherDays = others.map((other) => intersection(monthRange(month), other));
    return days !== null && countRevealedByDifference(joinedDates, days, otherDays, minN)
      ? suppressedFigure('complementary')
      : shownFigure(count);
  });
  const newMembersTotal: Figure =
    joinedInPeriod.length < minN
      ? suppressedFigure()
      : newMembersByMonth.some((figure) => figure.kind !== 'shown')
        ? suppressedFigure('complementary')
        : shownFigure(joinedInPeriod.length);

  const checkInsInPeriod = allOrSome(input.checkIns, (checkIn) =>
    isInPeriod(checkIn.sessionDate, period),
  );
  const referenceDate = period.to < input.today ? period.to : input.today;
  // Retention looks back from the reference date over all history, not just the period: a
  // member who joined before the period still counts in the cohort.
  const allHeldToReference = heldSessionDates(input.sessions, input.today, {
    from: '0000-01-01',
    to: referenceDate,
  });

  const attendanceFigures = computeAttendance(heldDates, attendance, minN);
  const heldByMonth = groupByMonth(heldDates, (date) => date);
  const attendanceByMonth = groupByMonth(attendance, (record) => record.sessionDate);
  // Held sessions are all in the period, so a month's check-ins in the period are all it needs.
  const checkInsByMonth = groupByMonth(checkInsInPeriod, (checkIn) => checkIn.sessionDate);
  return {
    period,
    minGroupSize: minN,
    heldDates,
    sessionsCancelled: cancelledSessionCount(input.sessions, period),
    attendance: attendanceFigures,
    attendanceSources: {
      register: sessionsWithRegister,
      checkIns: heldDates.length - sessionsWithRegister,
    },
    months: months.map((month, index) => {
      const heldInMonth = heldByMonth.get(month) ?? [];
      const checkInsInMonth = checkInsByMonth.get(month) ?? [];
      return {
        month,
        sessionsHeld: heldInMonth.length,
        uniqueAttendees: monthlyAttendees(
          heldInMonth,
          attendanceByMonth.get(month) ?? [],
          attendanceFigures,
          minN,
        ),
        newMembers: newMembersByMonth[index],
        membersReportingOutreach: memberCountFigure(outreachReporters(checkInsInMonth).size, minN),
        responseRate: computeResponseRate(input.members, checkInsInMonth, heldInMonth, minN),
      };
    }),
    newMembersTotal,
    membersReportingOutreach: memberCountFigure(outreachReporters(checkInsInPeriod).size, minN),
    responseRate: computeResponseRate(input.members, input.checkIns, heldDates, minN),
    retention: computeRetention(
      input.members.map((member) => ({ memberId: member.id, joined: member.joined })),
      // Over the whole history (the tabs' period) the two lists of sessions are the same.
      sameDates(allHeldToReference, heldDates)
        ? attendance
        : attendanceAt(input.checkIns, allHeldToReference, input.register),
      referenceDate,
      minN,
    ),
    community: computeCommunity(input.activities, period),
  };
}

/**
 * Different members attending in a month. With a single held session that month, this is that
 * session's attendance exactly, so it takes the session's figure: a count hidden there as the
 * complement of a small one must not reappear here.
 */
function monthlyAttendees(
  heldInMonth: readonly IsoDate[],
  attendeesInMonth: readonly AttendanceRecord[],
  attendanceFigures: AttendanceFigures,
  minN: number,
): Figure {
  if (heldInMonth.length === 1) {
    const session = attendanceFigures.perSession.find((s) => s.date === heldInMonth[0]);
    if (session === undefined) throw new Error(`unreachable: no figure for ${heldInMonth[0]}`);
    return session.attended;
  }
  return memberCountFigure(new Set(attendeesInMonth.map((record) => record.memberId)).size, minN);
}

function outreachReporters(checkIns: readonly OutcomeCheckIn[]): Set<MemberId> {
  return new Set(checkIns.filter((checkIn) => checkIn.outreach).map((c) => c.memberId));
}

function sameDates(a: readonly IsoDate[], b: readonly IsoDate[]): boolean {
  return a.length === b.length && a.every((date, index) => date === b[index]);
}

/** The items that pass, as the list itself when all do (the whole history's tab): no copy. */
function allOrSome<T>(items: readonly T[], passes: (item: T) => boolean): readonly T[] {
  return items.every(passes) ? items : items.filter(passes);
}
