/**
 * A reminder that is due by its own rule, before the planner decides whether it is sent,
 * skipped, or was already dealt with. The letter is composed only when it is going out.
 */
import { IsoDate } from '../types';
import { Letter } from './message';
import { ReminderKind, ReminderMember } from './types';

/**
 * Who a reminder goes to. Group emails (the digest) are one candidate per person, so no email
 * shows one facilitator's address to another: `emails` holds one address, or none when the
 * group has nobody to send to (then the reminder is skipped with that reason). `memberId` is the
 * recipient's member id when the address belongs to a member, for the Sent tab.
 */
export type Recipient =
  | { type: 'member'; member: ReminderMember }
  | { type: 'organisers'; emails: string[]; memberId?: string };

export interface Candidate {
  /** The key without the test-mode prefix. */
  baseKey: string;
  kind: ReminderKind;
  forDate: IsoDate;
  recipient: Recipient;
  compose: () => Letter;
  /**
   * A key that, when already in Sent, means this reminder was dealt with under an older keying
   * (the weekly digest was once one email keyed by the week alone).
   */
  doneUnderKey?: string;
}
