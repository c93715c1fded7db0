/**
 * A reminder that is due by its own rule, before the planner decides whether it is sent,
 * skipped, or was already dealt with. The letter is composed only when it is going out.
 */
import { IsoDate } from '../types';
import { Letter } from './message';
import { ReminderKind, ReminderMember } from './types';

export type Recipient =
  { type: 'member'; member: ReminderMember } | { type: 'organisers'; emails: string[] };

export interface Candidate {
  /** The key without the test-mode prefix. */
  baseKey: string;
  kind: ReminderKind;
  forDate: IsoDate;
  recipient: Recipient;
  compose: () => Letter;
}
