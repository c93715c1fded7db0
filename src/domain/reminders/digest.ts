/**
 * The weekly facilitator digest: one email a week to the facilitators and organisers, keyed by
 * the week's Monday. It goes on the day after the meeting weekday, when the session just held
 * can be counted and a week remains to fill next session's roles; if that day's run is missed,
 * the next run in the same week sends it (a meeting on Sunday makes Monday the digest day, so
 * every run of the week qualifies).
 *
 * Recipients: active members willing to take the first leading role (Facilitator by default)
 * who have email on, and everyone in Settings' organisers list.
 */
import { addDays, weekdayIndex } from '../dates';
import { t } from '../i18n';
import { Weekday, WEEKDAYS } from '../settings';
import { IsoDate } from '../types';
import { Candidate } from './candidate';
import { PlanningContext } from './context';
import { digestLetter, SessionGaps } from './digest-template';
import { isWebLink, weekStart } from './format';
import { digestKey } from './keys';
import { LAPSED_AFTER_SESSIONS, lapsedMembers } from './lapsed';
import { compareRoles, sameRole } from './roles';
import { plannedSessionsByDate, rotationByDate } from './schedule';

/** How far ahead the digest looks for roles that need someone. */
export const DIGEST_HORIZON_DAYS = 28;

/** 0 = Monday … 6 = Sunday. */
export function digestWeekday(meetingWeekday: Weekday): number {
  return (WEEKDAYS.indexOf(meetingWeekday) + 1) % 7;
}

export function isDigestDue(today: IsoDate, meetingWeekday: Weekday): boolean {
  return weekdayIndex(today) >= digestWeekday(meetingWeekday);
}

export interface DigestRecipient {
  email: string;
  /** The member with this address, if any (an organiser need not be a member). */
  memberId: string | null;
}

export function digestRecipientList(context: PlanningContext): DigestRecipient[] {
  const facilitatorRole = context.settings.leadingRoles[0];
  const facilitators = context.members.filter(
    (member) =>
      facilitatorRole !== undefined &&
      member.status === 'active' &&
      member.emailReminders &&
      member.email !== '' &&
      member.roles.some((role) => sameRole(role, facilitatorRole)),
  );
  const memberOf = new Map<string, string>();
  for (const member of context.members) {
    const folded = member.email.trim().toLowerCase();
    if (folded !== '' && !memberOf.has(folded)) memberOf.set(folded, member.id);
  }
  const seen = new Set<string>();
  return [...context.settings.organisers, ...facilitators.map((member) => member.email)]
    .map((email) => email.trim())
    .filter((email) => {
      const folded = email.toLowerCase();
      if (email === '' || seen.has(folded)) return false;
      seen.add(folded);
      return true;
    })
    .map((email) => ({ email, memberId: memberOf.get(email.toLowerCase()) ?? null }));
}

export function digestRecipients(context: PlanningContext): string[] {
  return digestRecipientList(context).map((recipient) => recipient.email);
}

export function sessionGaps(context: PlanningContext): SessionGaps[] {
  const { settings, today, membersById } = context;
  const byRole = compareRoles(settings.roles);
  const rotation = rotationByDate(context.rotation);
  const horizon = addDays(today, DIGEST_HORIZON_DAYS);
  return [...plannedSessionsByDate(context.sessions).values()]
    .filter((session) => session.date >= today && session.date <= horizon)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((session) => {
      const rows = rotation.get(session.date) ?? [];
      const roles = [
        ...settings.roles.filter((role) => !rows.some((row) => sameRole(row.role, role))),
        ...rows.map((row) => row.role),
      ].sort(byRole);
      const gaps = roles.flatMap((role) => {
        const holderId = rows.find((row) => sameRole(row.role, role))?.memberId ?? null;
        if (holderId === null) return [{ role, why: t('digest.gap.notFilled') }];
        const holder = membersById.get(holderId);
        if (!holder) return [{ role, why: t('digest.gap.unknownMember', { id: holderId }) }];
        if (holder.status === 'left')
          return [{ role, why: t('digest.gap.left', { name: holder.name }) }];
        if (holder.status === 'paused')
          return [{ role, why: t('digest.gap.paused', { name: holder.name }) }];
        return [];
      });
      return {
        date: session.date,
        startTime: session.startTime.trim() || settings.meetingTime,
        rotationPlanned: rows.length > 0,
        gaps,
      };
    });
}

export function digestCandidates(context: PlanningContext): Candidate[] {
  const { settings, today } = context;
  if (!isDigestDue(today, settings.meetingWeekday)) return [];
  const monday = weekStart(today);
  const compose = () =>
    digestLetter({
      groupName: settings.groupName,
      weekStart: monday,
      horizonDays: DIGEST_HORIZON_DAYS,
      sessions: sessionGaps(context),
      reviewWaiting: context.reviewWaiting,
      memberCellsToFix: context.memberCellsToFix,
      lapsedNames: lapsedMembers(context).map((member) => member.name),
      lapsedAfterSessions: LAPSED_AFTER_SESSIONS,
      surveyLinkMissing: !isWebLink(settings.surveyFormUrl),
      openContactRequests: context.openContactRequests,
      retention: context.retention,
    });
  const recipients = digestRecipientList(context);
  // Nobody to send to: the week is recorded as skipped, with that reason, under its own key.
  if (recipients.length === 0)
    return [
      {
        baseKey: digestKey(monday),
        kind: 'digest',
        forDate: monday,
        recipient: { type: 'organisers', emails: [] },
        compose,
      },
    ];
  // One email per person, so nobody sees another facilitator's address; each has its own key,
  // so a digest that went to some before the quota ran out goes to the others the next day.
  return recipients.map((recipient) => ({
    baseKey: digestKey(monday, recipient.memberId ?? recipient.email.toLowerCase()),
    kind: 'digest' as const,
    forDate: monday,
    recipient: {
      type: 'organisers' as const,
      emails: [recipient.email],
      ...(recipient.memberId !== null ? { memberId: recipient.memberId } : {}),
    },
    compose,
    doneUnderKey: digestKey(monday),
  }));
}
