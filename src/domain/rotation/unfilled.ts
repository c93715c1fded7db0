/** Says, in a facilitator's words, why a role could not be filled on a date. */
import { isAvailable, isEligible } from './eligibility';
import { RotationMember } from './types';
import { t } from '../i18n';
import { IsoDate } from '../types';

export function unfilledReason(
  role: string,
  date: IsoDate,
  members: readonly RotationMember[],
  leadingRoles: ReadonlySet<string>,
): string {
  const willing = members.filter((member) => member.active && member.roles.includes(role));
  if (willing.length === 0) return t('notices.unfilled.noneWilling');
  const eligible = willing.filter((member) => isEligible(member, role, leadingRoles));
  if (eligible.length === 0) {
    return t('notices.unfilled.onlyNewcomers');
  }
  const available = eligible.filter((member) => isAvailable(member, date));
  if (available.length === 0) return t('notices.unfilled.noneAvailable');
  // The session's assignment fills as many roles as possible, so whoever could take this role
  // that day is already holding another one.
  return t('notices.unfilled.allBusy');
}

/** Why a role a facilitator locked empty stays empty. */
export function lockedEmptyReason(): string {
  return t('notices.unfilled.locked');
}

/** Why a role of a past session stays as it was recorded: unfilled. */
export function recordedEmptyReason(): string {
  return t('notices.unfilled.recorded');
}
