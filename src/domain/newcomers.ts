/**
 * Who counts as a newcomer (SPEC "newcomer window"): a member is a newcomer while they joined
 * fewer than the window's weeks ago and have attended fewer than its number of sessions. The
 * window closes at whichever comes first, so long-standing members of a group that has just
 * started using Peer Circle (no check-ins yet) are not all treated as newcomers.
 */
import { daysBetween } from './dates';
import { Settings } from './settings';
import { IsoDate, Member, MemberId } from './types';

export function isNewcomer(
  member: Pick<Member, 'joined'>,
  attended: number,
  today: IsoDate,
  window: Pick<Settings, 'newcomerWeeks' | 'newcomerSessions'>,
): boolean {
  const weeks = member.joined === '' ? 0 : daysBetween(member.joined, today) / 7;
  return weeks < window.newcomerWeeks && attended < window.newcomerSessions;
}

export function newcomerIds(
  members: readonly Member[],
  attendance: ReadonlyMap<MemberId, number>,
  today: IsoDate,
  window: Pick<Settings, 'newcomerWeeks' | 'newcomerSessions'>,
): Set<MemberId> {
  return new Set(
    members
      .filter((member) => isNewcomer(member, attendance.get(member.id) ?? 0, today, window))
      .map((member) => member.id),
  );
}
