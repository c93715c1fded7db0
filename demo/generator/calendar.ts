/** The season's dates: when it starts, when the group meets, and local times on those days. */
import { addDays, weekdayIndex } from '../../src/domain/dates';
import { WEEKDAYS, Weekday } from '../../src/domain/settings';
import { Random } from '../random';

const two = (n: number) => String(n).padStart(2, '0');

/** "2026-01-07 19:45": a local time in the form scenario files use. */
export function at(date: string, hour: number, minute = 0): string {
  return `${date} ${two(hour)}:${two(minute)}`;
}

/** A random local time on `date` between two hours (whole minutes, five-minute steps). */
export function sometimeOn(random: Random, date: string, fromHour: number, toHour: number): string {
  const minutes = random.int(fromHour * 12, toHour * 12 - 1) * 5;
  return at(date, Math.floor(minutes / 60), minutes % 60);
}

export interface Season {
  /** The day the organiser sets up (a Monday). */
  startDate: string;
  sessionDates: string[];
  /** The day the simulation stops: a few days after the last session, for late check-ins. */
  endDate: string;
  meetingWeekday: Weekday;
}

export function season(startDate: string, weeks: number, meetingWeekday: Weekday): Season {
  const target = WEEKDAYS.indexOf(meetingWeekday);
  const first = addDays(startDate, (target - weekdayIndex(startDate) + 7) % 7);
  const sessionDates = Array.from({ length: weeks }, (_, week) => addDays(first, 7 * week));
  return {
    startDate,
    sessionDates,
    endDate: addDays(sessionDates[sessionDates.length - 1] ?? startDate, 5),
    meetingWeekday,
  };
}

/** ASCII for email addresses: "Zoë Dąbrowski" → "zoe.dabrowski". */
export function emailLocalPart(first: string, last: string): string {
  const fold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/ł/g, 'l')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return `${fold(first)}.${fold(last)}`;
}
