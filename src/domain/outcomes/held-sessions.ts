/**
 * Which sessions took place, and who attended them. Shared by the participation figures and
 * retention so that both count attendance the same way.
 */
import type { AttendanceRecord } from '../stats/retention';
import type { IsoDate } from '../types';
import type {
  OutcomeCheckIn,
  OutcomeRegister,
  OutcomeSession,
  Participation,
  Period,
} from './inputs';
import { MemberDates } from './member-dates';
import { isInPeriod } from './period';

/** "How did you take part?" answers that mean the member was at the session. */
export const ATTENDING: ReadonlySet<Participation> = new Set<Participation>([
  'In person',
  'Online',
]);

/**
 * Dates of sessions that took place: marked held, or still marked planned with a date already
 * past (nobody cancelled it, so it met even if no one updated the status; the facilitator
 * digest counts sessions the same way). Cancelled sessions never count, nor do future ones.
 */
export function heldSessionDates(
  sessions: readonly OutcomeSession[],
  today: IsoDate,
  period: Period,
): IsoDate[] {
  const held = new Set<IsoDate>();
  for (const session of sessions) {
    const tookPlace =
      (session.status === 'held' && session.date <= today) ||
      (session.status === 'planned' && session.date < today);
    if (tookPlace && isInPeriod(session.date, period)) held.add(session.date);
  }
  return [...held].sort();
}

export function cancelledSessionCount(sessions: readonly OutcomeSession[], period: Period): number {
  const cancelled = new Set(
    sessions
      .filter((session) => session.status === 'cancelled' && isInPeriod(session.date, period))
      .map((session) => session.date),
  );
  return cancelled.size;
}

/**
 * One record per member per held session they attended. Where the facilitators kept a register
 * for a session, it is the record of who came; check-ins fill in only sessions without one. A
 * member counted twice for one session (two check-ins) is counted once.
 */
export function attendanceAt(
  checkIns: readonly OutcomeCheckIn[],
  heldDates: readonly IsoDate[],
  register?: OutcomeRegister,
): AttendanceRecord[] {
  const seen = new MemberDates(heldDates);
  const registered = new Set(register?.sessions ?? []);
  const records: AttendanceRecord[] = [];
  for (const mark of register?.present ?? []) {
    if (!registered.has(mark.date)) continue;
    if (seen.add(mark.memberId, mark.date))
      records.push({ memberId: mark.memberId, sessionDate: mark.date });
  }
  for (const checkIn of checkIns) {
    if (!ATTENDING.has(checkIn.participation) || registered.has(checkIn.sessionDate)) continue;
    // The check-in itself is the record (read-only, shared): no copy per check-in.
    if (seen.add(checkIn.memberId, checkIn.sessionDate)) records.push(checkIn);
  }
  return records;
}
