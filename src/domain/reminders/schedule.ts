/** Sessions and rotation rows looked up by date, as both duty reminders and the digest need. */
import { IsoDate } from '../types';
import { sameRole } from './roles';
import { ReminderRotationRow, ReminderSession } from './types';

/** One row per role: a second row for the same role (a typing slip) is ignored. */
export function rotationByDate(
  rotation: readonly ReminderRotationRow[],
): Map<IsoDate, ReminderRotationRow[]> {
  const byDate = new Map<IsoDate, ReminderRotationRow[]>();
  for (const row of rotation) {
    const rows = byDate.get(row.date) ?? [];
    if (!rows.some((existing) => sameRole(existing.role, row.role))) rows.push(row);
    byDate.set(row.date, rows);
  }
  return byDate;
}

export function plannedSessionsByDate(
  sessions: readonly ReminderSession[],
): Map<IsoDate, ReminderSession> {
  const byDate = new Map<IsoDate, ReminderSession>();
  for (const session of sessions)
    if (session.status === 'planned' && !byDate.has(session.date))
      byDate.set(session.date, session);
  return byDate;
}
