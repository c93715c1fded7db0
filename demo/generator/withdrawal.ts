/**
 * One member withdraws consent (SPEC section 9) about two thirds into the season: a founding
 * member who stays to the end, chosen by a fixed rule (no random draw, so the rest of a seed's
 * season is as before). A facilitator sets their Consent to withdrawn the morning after a
 * session. They go on coming, but send only one more check-in (which goes to Review, saying
 * why) and no more surveys, as someone who withdrew would.
 */
import { addDays } from '../../src/domain/dates';
import { at, Season } from './calendar';
import type { Person } from './people';
import type { EventInput } from './timeline-builder';

export interface Withdrawal {
  memberKey: string;
  /** The scenario time of the withdrawal. */
  at: string;
}

/** The member and the time, or null when the season has no one who fits (a tiny group). */
export function pickWithdrawal(people: readonly Person[], calendar: Season): Withdrawal | null {
  const stayers = people.filter(
    (person) => person.founder && person.leavesOn === null && person.breakWindow === null,
  );
  // The third such founder (or the last, in a small group): not the organiser's first typing.
  const person = stayers[Math.min(2, stayers.length - 1)];
  const session = calendar.sessionDates[Math.floor((calendar.sessionDates.length * 2) / 3)];
  if (!person || !session || stayers.length < 2) return null;
  return { memberKey: person.member.key, at: at(addDays(session, 1), 11, 0) };
}

/**
 * The timeline with the withdrawal in it: the member's check-ins and surveys after it are left
 * out but for the first check-in (without a contact request, whose follow-up is left out too).
 */
export function withWithdrawal(
  events: readonly EventInput[],
  withdrawal: Withdrawal | null,
): EventInput[] {
  if (withdrawal === null) return [...events];
  const out: EventInput[] = [];
  let added = false;
  let keptOne = false;
  for (const event of events) {
    const after = event.at > withdrawal.at;
    if (after && !added) {
      out.push({
        at: withdrawal.at,
        type: 'withdraw-consent',
        member: withdrawal.memberKey,
        note: 'asks for their answers to count in no figure',
      });
      added = true;
    }
    const theirs = 'member' in event && event.member === withdrawal.memberKey;
    if (after && theirs && (event.type === 'survey' || event.type === 'contact-done')) continue;
    if (after && theirs && event.type === 'checkin') {
      if (keptOne) continue;
      keptOne = true;
      const answers = { ...event.answers };
      delete answers.contactRequest;
      out.push({ ...event, answers, note: 'sent after withdrawing consent' });
      continue;
    }
    out.push(event);
  }
  return out;
}
