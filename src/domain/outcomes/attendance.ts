/**
 * Attendance per held session, its moving average, and the totals over a period.
 *
 * A session's attendance is a count of people, so below the minimum group size it is
 * suppressed like any other figure about fewer members (SPEC section 5 makes no exception).
 * Because a total is shown, suppression is complementary across sessions, and a moving average
 * is shown only when every session in its window is: 4 x average - the 3 shown counts would
 * otherwise give the hidden one back.
 */
import { t } from '../i18n';
import { suppressCategoryCounts } from '../stats/suppression';
import { trailingMovingAverage } from '../stats/series';
import type { AttendanceRecord } from '../stats/retention';
import { MemberDates } from './member-dates';
import type { IsoDate } from '../types';
import {
  fromSuppressible,
  isShown,
  memberCountFigure,
  notComputableFigure,
  shownFigure,
  suppressedFigure,
  type Figure,
} from './figure';

/** SPEC: "4-week moving average"; over sessions, so a fortnightly group's line is as smooth. */
export const MOVING_AVERAGE_SESSIONS = 4;

export interface SessionAttendance {
  readonly date: IsoDate;
  readonly attended: Figure;
  readonly movingAverage: Figure;
}

export interface AttendanceFigures {
  readonly perSession: readonly SessionAttendance[];
  /** Attendances summed over the held sessions. */
  readonly total: Figure;
  readonly meanPerSession: Figure;
  /** Different members who attended at least once. */
  readonly uniqueAttendees: Figure;
}

export function computeAttendance(
  heldDates: readonly IsoDate[],
  records: readonly AttendanceRecord[],
  minN: number,
): AttendanceFigures {
  // Different members on each held date, marked a byte per date and member (memory: a set of
  // members per date held the whole history's attendance again).
  const seen = new MemberDates(heldDates);
  const attendeesOn = new Map<IsoDate, number>();
  const attendees = new Set<string>();
  for (const record of records) {
    attendees.add(record.memberId);
    if (seen.add(record.memberId, record.sessionDate))
      attendeesOn.set(record.sessionDate, (attendeesOn.get(record.sessionDate) ?? 0) + 1);
  }
  const counts = heldDates.map((date) => attendeesOn.get(date) ?? 0);
  const suppressedCounts = suppressCategoryCounts(
    heldDates.map((date, index) => ({ category: date, count: counts[index] })),
    minN,
  );
  const attended = suppressedCounts.cells.map((cell) => fromSuppressible(cell.count));
  const averages = trailingMovingAverage(counts, MOVING_AVERAGE_SESSIONS);

  const perSession = heldDates.map((date, index) => ({
    date,
    attended: attended[index],
    movingAverage: movingAverageFigure(averages[index], attended, index),
  }));

  // The sum of counts can reach the minimum from one or two regulars, so the total also needs
  // that many different attendees behind it.
  const total =
    attendees.size < minN ? suppressedFigure() : fromSuppressible(suppressedCounts.total);
  return {
    perSession,
    total,
    meanPerSession: meanPerSession(total, heldDates.length),
    uniqueAttendees: memberCountFigure(attendees.size, minN),
  };
}

function movingAverageFigure(
  average: number | null,
  attended: readonly Figure[],
  index: number,
): Figure {
  if (average === null) {
    return notComputableFigure(
      t('outcomes.reason.noMovingAverage', {
        sessions: MOVING_AVERAGE_SESSIONS - 1,
        window: MOVING_AVERAGE_SESSIONS,
      }),
    );
  }
  const window = attended.slice(index - MOVING_AVERAGE_SESSIONS + 1, index + 1);
  return window.every(isShown) ? shownFigure(average) : suppressedFigure('complementary');
}

/** Shown exactly when the total is: total = mean x sessions held, and sessions held is shown. */
function meanPerSession(total: Figure, sessionsHeld: number): Figure {
  if (sessionsHeld === 0) return notComputableFigure(t('outcomes.reason.noSessions'));
  if (total.kind !== 'shown') return total;
  return shownFigure(total.value / sessionsHeld);
}
