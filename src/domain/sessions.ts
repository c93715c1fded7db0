/**
 * Generates upcoming sessions from the meeting settings. Only dates that are missing are
 * added: facilitators' edits (topics, cancellations, extra sessions) are never touched.
 */
import { addDays, weekdayIndex } from './dates';
import { Settings, WEEKDAYS } from './settings';
import { IsoDate, Session } from './types';

export function upcomingSessionDates(
  existing: readonly Session[],
  settings: Pick<Settings, 'meetingWeekday' | 'cadence'>,
  today: IsoDate,
  count: number,
): IsoDate[] {
  const step = settings.cadence === 'weekly' ? 7 : 14;
  const targetWeekday = WEEKDAYS.indexOf(settings.meetingWeekday);
  // Every-two-weeks groups keep the rhythm of the latest regular session they already have.
  const regular = existing
    .filter((session) => weekdayIndex(session.date) === targetWeekday)
    .map((session) => session.date)
    .sort();
  let next: IsoDate;
  const latest = regular[regular.length - 1];
  if (latest !== undefined && latest >= today) {
    next = latest;
    while (next >= today) next = addDays(next, -step);
    next = addDays(next, step);
  } else if (latest !== undefined) {
    next = latest;
    while (next < today) next = addDays(next, step);
  } else {
    next = addDays(today, (targetWeekday - weekdayIndex(today) + 7) % 7);
  }
  const dates: IsoDate[] = [];
  for (let i = 0; i < count; i += 1) dates.push(addDays(next, i * step));
  return dates;
}

export function sessionsToAdd(
  existing: readonly Session[],
  settings: Pick<Settings, 'meetingWeekday' | 'cadence' | 'meetingTime'>,
  today: IsoDate,
  count: number,
): Session[] {
  const known = new Set(existing.map((session) => session.date));
  return upcomingSessionDates(existing, settings, today, count)
    .filter((date) => !known.has(date))
    .map((date) => ({
      date,
      startTime: settings.meetingTime,
      topic: '',
      status: 'planned' as const,
    }));
}
