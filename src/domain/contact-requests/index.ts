/**
 * Contact requests (SPEC section 9, "Asking to be contacted"): a check-in answered Yes to
 * "Would you like someone from the group to get in touch this week?" becomes a row of the
 * Contact requests tab and one short email to each organiser and each of that week's
 * facilitators, naming the member and how to reach them, and nothing else.
 *
 * Each email has its own Sent key, `contact:<request key>:<recipient>`, so it goes exactly
 * once: the request's row is written before the check-in is marked processed (a run that dies
 * in between finds the row and does not add another), and its emails are sent from the tab, not
 * from the check-in, so a trigger that runs twice finds them already in Sent. A failed send is
 * retried by the next daily run while the request is open and recent.
 */
import { addDays, weekdayIndex } from '../dates';
import { Letter, paragraph } from '../reminders/message';
import { sameRole } from '../reminders/roles';
import { CONTACT_REQUEST_STATUSES } from '../sheet/tabs';
import { IsoDate, Member, MemberId, RotationAssignment } from '../types';
import { CONTACT_TEXT } from './texts';

export { CONTACT_TEXT } from './texts';

export type ContactStatus = (typeof CONTACT_REQUEST_STATUSES)[number];

/** Failed or never-sent emails of a request are retried this many days after it was made. */
export const CONTACT_RETRY_DAYS = 7;

export const CONTACT_KIND = 'contact-request';

export interface ContactRequest {
  /** Identifies the submission: the response key (form, timestamp, email). */
  key: string;
  askedOn: IsoDate;
  /** '' when the check-in's email matched no member (it went to Review). */
  memberId: MemberId;
  name: string;
  email: string;
  status: ContactStatus;
}

export interface ContactRecipient {
  email: string;
  /** The member id, or the address in lower case for an organiser who is not a member. */
  id: string;
}

const CONTACT_KEY_PREFIX = 'contact:';

export function contactEmailKey(requestKey: string, recipientId: string): string {
  return `${CONTACT_KEY_PREFIX}${requestKey}:${recipientId}`;
}

export function isContactEmailKey(key: string): boolean {
  return key.startsWith(CONTACT_KEY_PREFIX);
}

/** Monday to Sunday of the week holding `date`. */
function weekOf(date: IsoDate): { from: IsoDate; to: IsoDate } {
  const from = addDays(date, -weekdayIndex(date));
  return { from, to: addDays(from, 6) };
}

/**
 * Who hears of a request made on `askedOn`: every organiser, and the members on duty in a
 * leading role (Facilitator by default) at a session that week, or at the next session within
 * a week when none falls in it. Active members with email on only; never the member who asked.
 * When nobody qualifies, the account running the script (the organiser who set it up).
 */
export function contactRecipients(input: {
  askedOn: IsoDate;
  requesterId: MemberId;
  requesterEmail: string;
  organisers: readonly string[];
  leadingRoles: readonly string[];
  members: readonly Member[];
  rotation: readonly RotationAssignment[];
  fallback: string;
}): ContactRecipient[] {
  const membersById = new Map(input.members.map((member) => [member.id, member]));
  const leading = input.rotation.filter((row) =>
    input.leadingRoles.some((role) => sameRole(role, row.role)),
  );
  const week = weekOf(input.askedOn);
  let onDuty = leading.filter((row) => row.date >= week.from && row.date <= week.to);
  if (onDuty.length === 0) {
    const horizon = addDays(input.askedOn, 7);
    const next = leading
      .map((row) => row.date)
      .filter((date) => date > input.askedOn && date <= horizon)
      .sort()[0];
    onDuty = next === undefined ? [] : leading.filter((row) => row.date === next);
  }
  const facilitators = onDuty
    .map((row) => (row.memberId === null ? undefined : membersById.get(row.memberId)))
    .filter(
      (member): member is Member =>
        member !== undefined &&
        member.status === 'active' &&
        member.emailReminders &&
        member.email.trim() !== '' &&
        member.id !== input.requesterId,
    );
  const idOf = new Map<string, string>();
  for (const member of input.members) {
    const folded = member.email.trim().toLowerCase();
    if (folded !== '' && !idOf.has(folded)) idOf.set(folded, member.id);
  }
  const requester = input.requesterEmail.trim().toLowerCase();
  const seen = new Set<string>();
  const recipients: ContactRecipient[] = [];
  for (const email of [...input.organisers, ...facilitators.map((member) => member.email)]) {
    const address = email.trim();
    const folded = address.toLowerCase();
    if (address === '' || seen.has(folded) || folded === requester) continue;
    seen.add(folded);
    recipients.push({ email: address, id: idOf.get(folded) ?? folded });
  }
  const fallback = input.fallback.trim();
  if (recipients.length === 0 && fallback !== '' && fallback.toLowerCase() !== requester)
    recipients.push({
      email: fallback,
      id: idOf.get(fallback.toLowerCase()) ?? fallback.toLowerCase(),
    });
  return recipients;
}

/** The email: the member's name and how to reach them, and nothing they answered. */
export function contactLetter(input: {
  groupName: string;
  tabName: string;
  request: Pick<ContactRequest, 'name' | 'email' | 'askedOn'>;
  supportLine: string;
}): Letter {
  const { request } = input;
  const name = displayName(request);
  return {
    subject: CONTACT_TEXT.subject(input.groupName, name),
    blocks: [
      paragraph(CONTACT_TEXT.greeting()),
      paragraph(CONTACT_TEXT.asked(name, request.askedOn)),
      paragraph(CONTACT_TEXT.howToReach(request.email)),
      paragraph(CONTACT_TEXT.whatToDo(input.tabName)),
      paragraph(CONTACT_TEXT.nothingElse()),
      ...(input.supportLine.trim() === '' ? [] : [paragraph(input.supportLine.trim())]),
      paragraph(CONTACT_TEXT.whyYou(input.groupName)),
    ],
  };
}

export function displayName(request: Pick<ContactRequest, 'name' | 'email'>): string {
  return request.name.trim() === '' ? CONTACT_TEXT.unknownName(request.email) : request.name.trim();
}

/** Whether the request's failed or unsent emails are still retried on `today`. */
export function stillRetried(request: ContactRequest, today: IsoDate): boolean {
  return request.status === 'open' && today <= addDays(request.askedOn, CONTACT_RETRY_DAYS);
}
