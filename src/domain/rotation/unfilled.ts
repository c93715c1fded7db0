/** Says, in a facilitator's words, why a role could not be filled on a date. */
import { isAvailable, isEligible } from './eligibility';
import { RotationMember } from './types';
import { IsoDate } from '../types';

export function unfilledReason(
  role: string,
  date: IsoDate,
  members: readonly RotationMember[],
  leadingRoles: ReadonlySet<string>,
): string {
  const willing = members.filter((member) => member.active && member.roles.includes(role));
  if (willing.length === 0) return 'No active member is willing to take this role.';
  const eligible = willing.filter((member) => isEligible(member, role, leadingRoles));
  if (eligible.length === 0) {
    return 'Only newcomers are willing to take this role, and newcomers do not lead yet.';
  }
  const available = eligible.filter((member) => isAvailable(member, date));
  if (available.length === 0) return 'No member willing to take this role is available that day.';
  // The session's assignment fills as many roles as possible, so whoever could take this role
  // that day is already holding another one.
  return 'Every member who could take this role that day already holds another role in the session.';
}

export const LOCKED_EMPTY_REASON = 'Locked as empty by a facilitator.';
export const RECORDED_EMPTY_REASON = 'Recorded as unfilled for this past session.';
