/**
 * "Lapsed" members, for the facilitator digest: active members who checked in at least once,
 * but have no check-in attributed to any of the last `LAPSED_AFTER_SESSIONS` held sessions.
 *
 * A session counts as held when it is marked held, or when it is still marked planned but its
 * date has passed (nobody cancelled it, so it took place even if no one updated the status).
 * Cancelled sessions never count. Any check-in counts as being in touch, including "could not
 * come": a member who writes to say so has not drifted away. With fewer held sessions than
 * that, nobody is lapsed yet. Members who never checked in are not "lapsed" (they may never
 * use the form); paused and left members are not chased.
 */
import { IsoDate } from '../types';
import { PlanningContext } from './context';
import { ReminderMember } from './types';

export const LAPSED_AFTER_SESSIONS = 3;

export function lastHeldSessionDates(context: PlanningContext, count: number): IsoDate[] {
  const held = new Set<IsoDate>();
  for (const session of context.sessions) {
    const tookPlace =
      (session.status === 'held' && session.date <= context.today) ||
      (session.status === 'planned' && session.date < context.today);
    if (tookPlace) held.add(session.date);
  }
  return [...held].sort().reverse().slice(0, count);
}

export function lapsedMembers(
  context: PlanningContext,
  afterSessions = LAPSED_AFTER_SESSIONS,
): ReminderMember[] {
  const recent = lastHeldSessionDates(context, afterSessions);
  if (recent.length < afterSessions) return [];
  const everCheckedIn = new Set<string>();
  const checkedInRecently = new Set<string>();
  for (const [memberId, dates] of context.checkinDates) {
    everCheckedIn.add(memberId);
    if (dates.some((date) => recent.includes(date))) checkedInRecently.add(memberId);
  }
  return context.members
    .filter(
      (member) =>
        member.status === 'active' &&
        everCheckedIn.has(member.id) &&
        !checkedInRecently.has(member.id),
    )
    .sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
}

/** Plain code-unit order after case folding: the same in every runtime, unlike localeCompare. */
function byText(a: string, b: string): number {
  const [left, right] = [a.toLowerCase(), b.toLowerCase()];
  return left < right ? -1 : left > right ? 1 : 0;
}
