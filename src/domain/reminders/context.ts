/**
 * The planner's view of the sheet: each record copied field by field (so whatever else a
 * record carries at run time, such as notes or answers, is left behind here), rows with
 * malformed dates dropped rather than allowed to stop every reminder, and lookups built once.
 */
import { isIsoDate } from '../dates';
import { defaultMessages, ResolvedMessages } from '../messages/resolve';
import { IsoDate, MemberId } from '../types';
import {
  CheckinTaken,
  OpenContactRequest,
  ReminderBuddyGroup,
  ReminderInput,
  ReminderMember,
  ReminderRotationRow,
  ReminderSession,
  ReminderSettings,
  RetentionWeek,
  SurveyTaken,
} from './types';

export interface PlanningContext {
  today: IsoDate;
  settings: ReminderSettings;
  /** Sorted by id. */
  members: ReminderMember[];
  membersById: ReadonlyMap<MemberId, ReminderMember>;
  sessions: ReminderSession[];
  rotation: ReminderRotationRow[];
  buddies: ReminderBuddyGroup[];
  surveys: SurveyTaken[];
  /**
   * The session dates each member checked in for (the only fields of a check-in the planner
   * uses), by member: a copy as small as the history allows, since it holds every check-in.
   */
  checkinDates: ReadonlyMap<MemberId, readonly IsoDate[]>;
  reviewWaiting: number;
  memberCellsToFix: string[];
  openContactRequests: OpenContactRequest[];
  retention: RetentionWeek | null;
  messages: ResolvedMessages;
}

function copyMember(member: ReminderMember): ReminderMember {
  return {
    id: member.id,
    name: member.name,
    email: member.email.trim(),
    joined: isIsoDate(member.joined) ? member.joined : '',
    status: member.status,
    roles: [...member.roles],
    emailReminders: member.emailReminders,
    ...(member.consentWithdrawn ? { consentWithdrawn: true } : {}),
  };
}

function copySession(session: ReminderSession): ReminderSession {
  return {
    date: session.date,
    startTime: session.startTime,
    topic: session.topic,
    status: session.status,
  };
}

/**
 * Each member's check-in dates, in order. Two passes, the first counting, so each member's list
 * is made at its size once (290,000 check-ins pushed one by one leave copies behind); whether a
 * date is well formed is asked once per distinct date.
 */
function checkinDatesByMember(
  checkins: readonly CheckinTaken[],
): ReadonlyMap<MemberId, readonly IsoDate[]> {
  const wellFormed = new Map<IsoDate, boolean>();
  const isWellFormed = (date: IsoDate): boolean => {
    let known = wellFormed.get(date);
    if (known === undefined) {
      known = isIsoDate(date);
      wellFormed.set(date, known);
    }
    return known;
  };
  const sizes = new Map<MemberId, number>();
  for (const { memberId, sessionDate } of checkins)
    if (isWellFormed(sessionDate)) sizes.set(memberId, (sizes.get(memberId) ?? 0) + 1);
  const byMember = new Map<MemberId, IsoDate[]>();
  const filled = new Map<MemberId, number>();
  for (const [memberId, size] of sizes) {
    byMember.set(memberId, new Array<IsoDate>(size));
    filled.set(memberId, 0);
  }
  for (const { memberId, sessionDate } of checkins) {
    if (!isWellFormed(sessionDate)) continue;
    const at = filled.get(memberId) as number;
    (byMember.get(memberId) as IsoDate[])[at] = sessionDate;
    filled.set(memberId, at + 1);
  }
  return byMember;
}

export function buildContext(input: ReminderInput): PlanningContext {
  const members = input.members
    .filter((member) => member.id !== '')
    .map(copyMember)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    today: input.today,
    settings: input.settings,
    members,
    membersById: new Map(members.map((member) => [member.id, member])),
    sessions: input.sessions.filter((session) => isIsoDate(session.date)).map(copySession),
    rotation: input.rotation
      .filter((row) => isIsoDate(row.date))
      .map((row) => ({ date: row.date, role: row.role, memberId: row.memberId })),
    buddies: input.buddies
      .filter((group) => isIsoDate(group.cycleStart) && isIsoDate(group.cycleEnd))
      .map((group) => ({
        cycleStart: group.cycleStart,
        cycleEnd: group.cycleEnd,
        memberIds: [...group.memberIds],
      })),
    surveys: input.surveys
      .filter((survey) => isIsoDate(survey.date))
      .map((survey) => ({ memberId: survey.memberId, date: survey.date })),
    checkinDates: checkinDatesByMember(input.checkins),
    reviewWaiting: Number.isFinite(input.reviewWaiting)
      ? Math.max(0, Math.floor(input.reviewWaiting))
      : 0,
    memberCellsToFix: [...new Set(input.memberCellsToFix ?? [])],
    retention: input.retention
      ? {
          counts: { ...input.retention.counts },
          commentsMonths: input.retention.commentsMonths,
          leaversMonths: input.retention.leaversMonths,
        }
      : null,
    openContactRequests: (input.openContactRequests ?? []).map(({ name, email, askedOn }) => ({
      name,
      email,
      askedOn,
    })),
    messages: input.messages ?? defaultMessages(),
  };
}
