/**
 * Plan rotation (menu) and its daily extension: the next sessions always have one member per
 * role, chosen fairly by the domain planner; past and locked rows are never changed.
 */
import { newcomerIds } from '../domain/newcomers';
import { planRotation, UnfilledRole } from '../domain/rotation';
import { Settings } from '../domain/settings';
import { IsoDate, Member, RotationAssignment, Session } from '../domain/types';
import { readCheckins, sessionsAttended } from '../services/records/checkins';
import { readMembers } from '../services/records/members';
import { readRotation, writeRotation } from '../services/records/rotation';
import { writeRota } from '../services/records/rota';
import { readSessions } from '../services/records/sessions';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RotationOutcome {
  sessionsPlanned: IsoDate[];
  unfilled: UnfilledRole[];
}

/** The next `count` sessions from today that are not cancelled. */
export function planningWindow(
  sessions: readonly Session[],
  today: IsoDate,
  count: number,
): IsoDate[] {
  return sessions
    .filter((session) => session.date >= today && session.status !== 'cancelled')
    .map((session) => session.date)
    .sort()
    .slice(0, count);
}

export function rotationMembers(members: readonly Member[], newcomers: ReadonlySet<string>) {
  return members.map((member) => ({
    id: member.id,
    roles: member.roles,
    unavailable:
      member.unavailableFrom || member.unavailableTo
        ? [{ from: member.unavailableFrom, to: member.unavailableTo }]
        : [],
    isNewcomer: newcomers.has(member.id),
    active: member.status === 'active',
    joined: member.joined === '' ? undefined : member.joined,
  }));
}

/**
 * 'replan' (the menu) re-plans every unlocked row of the window; 'extend' (the daily run) keeps
 * sessions already planned as they are, because members may already have been reminded, and
 * plans only sessions that have no rows yet.
 */
export function planAndWriteRotation(
  spreadsheet: Spreadsheet,
  settings: Settings,
  today: IsoDate,
  mode: 'replan' | 'extend',
): RotationOutcome {
  const { members } = readMembers(spreadsheet, settings.timeZone, true);
  const { sessions } = readSessions(spreadsheet, settings.timeZone);
  const attendance = sessionsAttended(readCheckins(spreadsheet, settings.timeZone));
  const rotation = readRotation(spreadsheet, settings.timeZone, members);

  const window = planningWindow(sessions, today, settings.sessionsAhead);
  const inWindow = new Set(window);
  const cancelled = new Set(
    sessions.filter((session) => session.status === 'cancelled').map((session) => session.date),
  );
  const history: RotationAssignment[] = [];
  const locked: RotationAssignment[] = [];
  const keptOutside: RotationAssignment[] = [];
  for (const assignment of rotation.assignments) {
    if (assignment.date < today) history.push(assignment);
    else if (inWindow.has(assignment.date)) {
      // Extending also retries roles left unfilled, in case someone became available.
      if (assignment.locked || (mode === 'extend' && assignment.memberId !== null))
        locked.push(assignment);
    } else if (assignment.locked || !cancelled.has(assignment.date)) {
      // Rows beyond the window wait, untouched, until the window reaches them.
      keptOutside.push(assignment);
    }
  }
  const plan = planRotation({
    roles: settings.roles,
    leadingRoles: settings.leadingRoles,
    members: rotationMembers(members, newcomerIds(members, attendance, today, settings)),
    sessionsToPlan: sessions
      .filter((session) => inWindow.has(session.date))
      .map((session) => ({ date: session.date, status: session.status })),
    history,
    locked,
  });
  // Rows kept only because of 'extend' go back with their own Locked mark.
  const wasLocked = new Set(
    rotation.assignments.filter((a) => a.locked).map((a) => `${a.date}|${a.role}`),
  );
  const planned = plan.assignments.map((a) => ({
    ...a,
    locked: wasLocked.has(`${a.date}|${a.role}`),
  }));
  const written = [...history, ...planned, ...keptOutside];
  writeRotation(rotation, written, settings.roles, members, settings.timeZone);
  writeRota(spreadsheet, written, settings.roles, members, settings.timeZone);
  const alreadyPlanned = new Set(locked.map((a) => a.date));
  return {
    sessionsPlanned:
      mode === 'replan' ? window : window.filter((date) => !alreadyPlanned.has(date)),
    unfilled: plan.unfilled,
  };
}

/**
 * Brings the Rota tab in step with the Rotation tab as it stands (after Set up adds the tab, or
 * after a removal cleared a member's rows). Returns whether the tab changed.
 */
export function refreshRota(spreadsheet: Spreadsheet, settings: Settings): boolean {
  const { members } = readMembers(spreadsheet, settings.timeZone, true);
  const rotation = readRotation(spreadsheet, settings.timeZone, members);
  return writeRota(spreadsheet, rotation.assignments, settings.roles, members, settings.timeZone);
}
