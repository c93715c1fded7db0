/** Who may take which role on which date. ISO dates compare correctly as strings. */
import { DateRange, RotationMember } from './types';
import { IsoDate } from '../types';

function inRange(date: IsoDate, range: DateRange): boolean {
  return (range.from === null || range.from <= date) && (range.to === null || date <= range.to);
}

export function isAvailable(member: RotationMember, date: IsoDate): boolean {
  return !member.unavailable.some((range) => inRange(date, range));
}

/** Willing, active, and not a newcomer when the role leads the session. */
export function isEligible(
  member: RotationMember,
  role: string,
  leadingRoles: ReadonlySet<string>,
): boolean {
  if (!member.active || !member.roles.includes(role)) return false;
  return !(member.isNewcomer && leadingRoles.has(role));
}

/** Eligible, available that day, and already a member then (so owed a share of that day's duty). */
export function couldServe(
  member: RotationMember,
  role: string,
  date: IsoDate,
  leadingRoles: ReadonlySet<string>,
): boolean {
  if (member.joined !== undefined && date < member.joined) return false;
  return isEligible(member, role, leadingRoles) && isAvailable(member, date);
}
