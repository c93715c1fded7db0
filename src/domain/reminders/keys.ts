/**
 * Sent-tab keys. A key names one reminder for ever, so that it is sent (or skipped) at most
 * once: `<kind>:<member id>:<date>`, where the date is the occasion the reminder is about, never
 * the day it happens to be sent (a late run produces the same key).
 *
 * Test mode prefixes every key with `test:`, so a test send never stands in for the real one:
 * when test mode is switched off, members still get what the organisers saw.
 */
import { IsoDate, MemberId } from '../types';
import { ORGANISERS } from './types';

export const TEST_KEY_PREFIX = 'test:';

/** One per member per session, however many roles the member holds in it. */
export function roleDutyKey(memberId: MemberId, sessionDate: IsoDate): string {
  return `role-duty:${memberId}:${sessionDate}`;
}

/**
 * One per member per pairing. The buddies' ids are part of the key because a facilitator may
 * re-pair people within a cycle, and the new pair still needs introducing.
 */
export function buddyIntroKey(
  memberId: MemberId,
  cycleStart: IsoDate,
  buddyIds: readonly MemberId[],
): string {
  return `buddy-intro:${memberId}:${cycleStart}:${[...buddyIds].sort().join('+')}`;
}

/**
 * One per member per due date. A member with no survey and no joined date has no date to key
 * by, so their one baseline reminder is keyed `baseline`.
 */
export function surveyDueKey(memberId: MemberId, dueDate: IsoDate | 'baseline'): string {
  return `survey-due:${memberId}:${dueDate}`;
}

/**
 * One per recipient per ISO week (keyed by its Monday): the recipient's member id, or for an
 * organiser who is not a member, their address in lower case. Without a recipient, the week's
 * key alone (what a week with nobody to send to is recorded under, and what the digest was keyed
 * by when it was one email to everyone).
 */
export function digestKey(weekStart: IsoDate, recipient?: string): string {
  const week = `digest:${ORGANISERS}:${weekStart}`;
  return recipient === undefined ? week : `${week}:${recipient}`;
}

export function keyForMode(baseKey: string, testMode: boolean): string {
  return testMode ? `${TEST_KEY_PREFIX}${baseKey}` : baseKey;
}
