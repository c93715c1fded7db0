/**
 * The reminder planner's inputs and outputs: plain data only.
 *
 * Privacy by construction: every input record is a narrow pick of the fields a reminder may
 * mention, and carries `WithoutPrivateData`, whose fields are typed `never`. Passing a check-in
 * with its comment, a survey with its answers or scores, or a member with facilitator notes is
 * a type error, and the planner also copies only the listed fields (context.ts), so such data
 * cannot reach a message even if it arrives at run time.
 */
import type { RetentionCounts } from '../retention/texts';
import { ResolvedMessages } from '../messages/resolve';
import { Settings } from '../settings';
import { BuddyGroup, IsoDate, Member, MemberId, RotationAssignment, Session } from '../types';

/** Field names that hold what a member confided or a facilitator noted about them. */
export interface WithoutPrivateData {
  notes?: never;
  facilitatorNotes?: never;
  comment?: never;
  comments?: never;
  privateComment?: never;
  answers?: never;
  response?: never;
  score?: never;
  scores?: never;
  mood?: never;
  coping?: never;
  supported?: never;
  wave?: never;
}

export type ReminderKind = 'role-duty' | 'buddy-intro' | 'survey-due' | 'digest';

/** The settings reminders read; a full `Settings` fits. */
export type ReminderSettings = Pick<
  Settings,
  | 'groupName'
  | 'meetingWeekday'
  | 'meetingTime'
  | 'roles'
  | 'leadingRoles'
  | 'reminderLeadDays'
  | 'surveyFollowUpWeeks'
  | 'replyTo'
  | 'emailOn'
  | 'testMode'
  | 'organisers'
  | 'checkinFormUrl'
  | 'surveyFormUrl'
  | 'meetingPlace'
  | 'onlineLink'
  | 'supportLine'
>;

export type ReminderMember = Pick<
  Member,
  'id' | 'name' | 'email' | 'joined' | 'status' | 'roles' | 'emailReminders' | 'consentWithdrawn'
> &
  WithoutPrivateData;

export type ReminderSession = Pick<Session, 'date' | 'startTime' | 'topic' | 'status'> &
  WithoutPrivateData;

export type ReminderRotationRow = Pick<RotationAssignment, 'date' | 'role' | 'memberId'> &
  WithoutPrivateData;

export type ReminderBuddyGroup = Pick<BuddyGroup, 'cycleStart' | 'cycleEnd' | 'memberIds'> &
  WithoutPrivateData;

/** That a member answered the survey on a date: never what they answered. */
export interface SurveyTaken extends WithoutPrivateData {
  memberId: MemberId;
  date: IsoDate;
}

/**
 * That a member checked in for a session (any check-in, including "could not come": the member
 * is still in touch). Never the mood, scores or comment.
 */
export interface CheckinTaken extends WithoutPrivateData {
  memberId: MemberId;
  sessionDate: IsoDate;
}

/** A member who asked to be contacted: who, how to reach them, when they asked. */
export interface OpenContactRequest extends WithoutPrivateData {
  name: string;
  email: string;
  askedOn: IsoDate;
}

export interface ReminderInput {
  /** The group's local date of this run. */
  today: IsoDate;
  settings: ReminderSettings;
  members: readonly ReminderMember[];
  sessions: readonly ReminderSession[];
  rotation: readonly ReminderRotationRow[];
  buddies: readonly ReminderBuddyGroup[];
  surveys: readonly SurveyTaken[];
  checkins: readonly CheckinTaken[];
  /** Review rows waiting for a facilitator (a count only). */
  reviewWaiting: number;
  /** Cells of the Members tab with a problem to fix (e.g. "Members!C5"); none when omitted. */
  memberCellsToFix?: readonly string[];
  /**
   * Contact requests not marked done (Contact requests tab): the member's name and contact,
   * never what they answered. None when omitted.
   */
  openContactRequests?: readonly OpenContactRequest[];
  /** What retention removed in the week before today (counts only); nothing when omitted. */
  retention?: RetentionWeek;
  /** Every key in the Sent tab, whatever its status. */
  sentKeys: ReadonlySet<string>;
  /** The group's wording (Messages tab); the defaults when omitted. */
  messages?: ResolvedMessages;
  /** The account running the script: test mode's recipient when Settings names no organiser. */
  organiserFallback: string;
}

/** Recipient of the digest, in place of a member id. */
export const ORGANISERS = 'organisers';

export interface PlannedEmail {
  key: string;
  kind: ReminderKind;
  /** The recipient member's id, or `ORGANISERS` for the digest. */
  memberId: MemberId;
  forDate: IsoDate;
  to: string[];
  /** '' when Settings names no reply-to address (replies then go to the sending account). */
  replyTo: string;
  subject: string;
  text: string;
  html: string;
}

/** A reminder that will never be sent; the Sent tab records it as "skipped: <reason>". */
export interface SkippedReminder {
  key: string;
  kind: ReminderKind;
  memberId: MemberId;
  forDate: IsoDate;
  reason: string;
}

export interface ReminderPlan {
  due: PlannedEmail[];
  skipped: SkippedReminder[];
}

/** Retention's week for the digest (SPEC section 9): counts and the windows, never a name. */
export interface RetentionWeek {
  counts: RetentionCounts;
  commentsMonths: string;
  leaversMonths: string;
}
