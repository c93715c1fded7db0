/**
 * Check-in response rate: check-ins received / check-ins expected, where a check-in is
 * expected from every member whose status is active and who had joined on or before the
 * session, for every held session. Any answer counts as received, "could not come" included
 * (it is a check-in). A member's second check-in for a session counts once, and check-ins from
 * paused or departed members are left out of both sides, so the rate never exceeds 100%.
 *
 * Status is today's: the Members tab keeps no history of pauses, so a member who left last
 * month is missing from earlier months too. That understates the denominator slightly, never
 * the numerator's share of it.
 *
 * The rate is about two groups of people, the members expected and the members who answered,
 * so it is shown only when each has at least the minimum group size.
 */
import { t } from '../i18n';
import type { IsoDate, MemberId } from '../types';
import { notComputableFigure, shownFigure, suppressedFigure, type Figure } from './figure';
import type { OutcomeCheckIn, OutcomeMember } from './inputs';
import { MemberDates } from './member-dates';

/** The three figures are shown together or not at all. */
export interface ResponseRate {
  readonly expected: Figure;
  readonly received: Figure;
  readonly percent: Figure;
}

export function computeResponseRate(
  members: readonly OutcomeMember[],
  checkIns: readonly OutcomeCheckIn[],
  heldDates: readonly IsoDate[],
  minN: number,
): ResponseRate {
  const activeJoined = new Map<MemberId, IsoDate>();
  for (const member of members) {
    if (member.status === 'active') activeJoined.set(member.id, member.joined);
  }
  const expectedMembers = new Set<MemberId>();
  let expected = 0;
  for (const date of heldDates) {
    for (const [memberId, joined] of activeJoined) {
      if (joined <= date) {
        expected += 1;
        expectedMembers.add(memberId);
      }
    }
  }

  const receivedPairs = new MemberDates(heldDates);
  let received = 0;
  const respondents = new Set<MemberId>();
  for (const checkIn of checkIns) {
    const joined = activeJoined.get(checkIn.memberId);
    if (
      joined === undefined ||
      !receivedPairs.has(checkIn.sessionDate) ||
      joined > checkIn.sessionDate
    ) {
      continue;
    }
    if (receivedPairs.add(checkIn.memberId, checkIn.sessionDate)) received += 1;
    respondents.add(checkIn.memberId);
  }

  if (heldDates.length === 0) {
    const none = notComputableFigure(t('outcomes.reason.noCheckInsExpected'));
    return { expected: none, received: none, percent: none };
  }
  if (expectedMembers.size < minN || respondents.size < minN) {
    const hidden = suppressedFigure();
    return { expected: hidden, received: hidden, percent: hidden };
  }
  return {
    expected: shownFigure(expected),
    received: shownFigure(received),
    percent: shownFigure((100 * received) / expected),
  };
}
