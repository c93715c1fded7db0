/**
 * Role duty reminders: each member on duty at a planned session hears about it from
 * `reminderLeadDays` days before. A missed daily run still sends it on a later day, but never
 * on the session day or after (the run's time of day is unknown, so the session may already be
 * over). With a lead of 0 the group asked for same-day reminders, so the session day is the
 * one day it goes.
 */
import { addDays } from '../dates';
import { IsoDate, MemberId } from '../types';
import { Candidate } from './candidate';
import { PlanningContext } from './context';
import { roleDutyKey } from './keys';
import { compareRoles, sameRole } from './roles';
import { roleDutyLetter } from './templates';
import { plannedSessionsByDate, rotationByDate } from './schedule';
import { ReminderMember } from './types';

export function isRoleDutyDue(sessionDate: IsoDate, leadDays: number, today: IsoDate): boolean {
  const firstDay = addDays(sessionDate, -leadDays);
  const lastDay = leadDays === 0 ? sessionDate : addDays(sessionDate, -1);
  return firstDay <= today && today <= lastDay;
}

export function roleDutyCandidates(context: PlanningContext): Candidate[] {
  const { settings, today, membersById } = context;
  const byRole = compareRoles(settings.roles);
  const planned = plannedSessionsByDate(context.sessions);
  const candidates: Candidate[] = [];

  for (const [date, rows] of rotationByDate(context.rotation)) {
    const session = planned.get(date);
    if (!session || !isRoleDutyDue(date, settings.reminderLeadDays, today)) continue;

    const onDuty = new Map<MemberId, { member: ReminderMember; roles: string[] }>();
    for (const row of rows) {
      const member = row.memberId === null ? undefined : membersById.get(row.memberId);
      if (!member) continue;
      const entry = onDuty.get(member.id) ?? { member, roles: [] };
      entry.roles.push(row.role);
      onDuty.set(member.id, entry);
    }
    const everyRole = [
      ...settings.roles.filter((role) => !rows.some((row) => sameRole(row.role, role))),
      ...rows.map((row) => row.role),
    ].sort(byRole);

    for (const { member, roles } of onDuty.values()) {
      candidates.push({
        baseKey: roleDutyKey(member.id, date),
        kind: 'role-duty',
        forDate: date,
        recipient: { type: 'member', member },
        compose: () =>
          roleDutyLetter({
            groupName: settings.groupName,
            supportLine: settings.supportLine,
            memberName: member.name,
            roles: [...roles].sort(byRole),
            sessionDate: date,
            startTime: session.startTime.trim() || settings.meetingTime,
            topic: session.topic,
            alsoOnDuty: everyRole
              .filter((role) => !roles.some((own) => sameRole(own, role)))
              .map((role) => {
                const holder = rows.find((row) => sameRole(row.role, role))?.memberId;
                return {
                  role,
                  name: holder ? (membersById.get(holder)?.name ?? null) : null,
                };
              }),
            checkinFormUrl: settings.checkinFormUrl,
            meetingPlace: settings.meetingPlace,
            onlineLink: settings.onlineLink,
            messages: context.messages,
          }),
      });
    }
  }
  return candidates;
}
