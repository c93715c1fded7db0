/**
 * What the outcome tabs and the report are computed from. Plain data, filled in by the adapter
 * from the tabs: dates are ISO 'YYYY-MM-DD' in the group's time zone, and "today" is passed in
 * so the figures never depend on the runtime's clock.
 *
 * The types ask only for the fields the figures use: no name, email or comment is ever needed,
 * so none can reach a tab or the report (the adapter may still pass whole records; extra fields
 * are ignored).
 */
import type { Participation } from '../forms/checkin-form';
import type { CommunityResponse } from './community-stigma';
import type { InstrumentId } from '../instruments/types';
import type { ACTIVITY_KINDS } from '../sheet/tabs';
import type { IsoDate, MemberId, MemberStatus, SessionStatus } from '../types';

export type { Participation } from '../forms/checkin-form';

export interface OutcomeMember {
  readonly id: MemberId;
  readonly joined: IsoDate;
  readonly status: MemberStatus;
}

export interface OutcomeSession {
  readonly date: IsoDate;
  readonly status: SessionStatus;
}

/** One accepted check-in, already attributed to its session by intake. */
export interface OutcomeCheckIn {
  readonly memberId: MemberId;
  readonly sessionDate: IsoDate;
  readonly participation: Participation;
  /** 1-5 (the form requires all three answers). */
  readonly mood: number;
  readonly coping: number;
  readonly supported: number;
  /** "Took part in an outreach or community activity" answered yes. */
  readonly outreach: boolean;
  /**
   * "Talked about mental health with someone outside the group" (SPEC section 10): null or
   * missing when the member left it empty or the check-in predates the question.
   */
  readonly talkedOutside?: boolean | null;
}

/** Intake derives the wave: the member's first survey is the baseline, later ones follow-ups. */
export type SurveyWave = 'baseline' | `follow-up ${number}`;

/** One accepted survey with its scores (computed by the adapter with scoreInstrument). */
export interface OutcomeSurvey {
  readonly memberId: MemberId;
  readonly date: IsoDate;
  readonly wave: SurveyWave;
  /** Missing or null: the instrument was not asked or could not be scored. */
  readonly scores: Readonly<Partial<Record<InstrumentId, number | null>>>;
}

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** One row of the Activities tab. */
export interface OutcomeActivity {
  readonly date: IsoDate;
  readonly kind: ActivityKind;
  /** Blank when the activity had no partner. */
  readonly partnerOrganisation: string;
  readonly membersInvolved: number | null;
  readonly peopleReached: number | null;
  /** The row's event code for the Community survey; blank or missing when none. */
  readonly eventCode?: string;
}

/** One row of the Working groups tab. */
export interface OutcomeWorkingGroup {
  readonly status: 'active' | 'paused' | 'finished';
  readonly memberIds: readonly MemberId[];
  /** Blank when the group works without a partner. */
  readonly partnerOrganisation: string;
  /** Blank when not entered. */
  readonly started: IsoDate | '';
}

/**
 * The facilitators' attendance register: the sessions that have one (a row marked for at least
 * one member), and who was marked present. For those sessions it is the attendance record.
 */
export interface OutcomeRegister {
  readonly sessions: readonly IsoDate[];
  readonly present: ReadonlyArray<{ readonly memberId: MemberId; readonly date: IsoDate }>;
}

/**
 * One accepted response to the anonymous Group feedback form: no member, only when it came,
 * its rating, and whether each free-text question was answered (never the text itself).
 */
export interface OutcomeFeedback {
  readonly date: IsoDate;
  /** 1-5: how useful the recent sessions were. */
  readonly rating: number;
  readonly moreOf: boolean;
  readonly lessOf: boolean;
  readonly ideas: boolean;
}

/** One Rotation row: who held which role at a session (null: unfilled). */
export interface OutcomeDuty {
  readonly date: IsoDate;
  readonly role: string;
  readonly memberId: MemberId | null;
}

export interface OutcomeSettings {
  readonly groupName: string;
  /** Figures from fewer members than this are suppressed (SPEC section 5). */
  readonly minGroupSize: number;
  /** Instruments switched on, in any order (tables follow SPEC section 4's order). */
  readonly instruments: readonly InstrumentId[];
  /** Roles that count as leading (Settings "Leading roles"); none when omitted. */
  readonly leadingRoles?: readonly string[];
  /** Settings "Support line", printed under the report's title; none when omitted. */
  readonly supportLine?: string;
}

/** Inclusive range of dates. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Everything the outcome tabs need: they cover the group's whole history up to today. */
export interface OutcomeInput {
  readonly members: readonly OutcomeMember[];
  readonly sessions: readonly OutcomeSession[];
  readonly checkIns: readonly OutcomeCheckIn[];
  readonly surveys: readonly OutcomeSurvey[];
  readonly activities: readonly OutcomeActivity[];
  /** The Rotation tab's rows; leadership figures are left out when omitted. */
  readonly rotation?: readonly OutcomeDuty[];
  /** The attendance register; check-ins are the only record when omitted. */
  readonly register?: OutcomeRegister;
  /** Accepted Community survey responses (anonymous outreach audiences); none when omitted. */
  readonly communitySurvey?: readonly CommunityResponse[];
  /** Accepted Group feedback; none when omitted. */
  readonly feedback?: readonly OutcomeFeedback[];
  /** The Working groups tab's rows; none when omitted. */
  readonly workingGroups?: readonly OutcomeWorkingGroup[];
  readonly settings: OutcomeSettings;
  readonly today: IsoDate;
  /**
   * The periods of the saved reports still published (Drive). A figure that differs from the
   * same figure for one of them by fewer than the minimum group size of members is suppressed
   * (overlap.ts); none when omitted.
   */
  readonly publishedPeriods?: readonly Period[];
  /**
   * Members who withdrew consent were left out of every input (withdrawn.ts), so the report
   * says that its figures leave some members out (never who, nor how many).
   */
  readonly withdrawnLeftOut?: boolean;
}

/** The report covers a period the person generating it chose. */
export interface ReportInput extends OutcomeInput {
  readonly period: Period;
  /**
   * Stories the report may quote (approved, with consent, naming no member), received in the
   * period: only their text and date, never who wrote them. None when omitted.
   */
  readonly stories?: ReadonlyArray<{ readonly received: IsoDate; readonly text: string }>;
  /** 'svg' (default) for a browser; 'tables' for the copy converted to PDF (chart-form.ts). */
  readonly chartForm?: 'svg' | 'tables';
}
