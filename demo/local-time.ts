/**
 * Scenario times are written as the group's wall clock ("2026-01-07 20:15"), because that is
 * how organisers think about a meeting; the emulator's clock counts UTC milliseconds. These
 * helpers convert between the two with the emulator's own time-zone arithmetic, so a date the
 * demo types means the same day the script reads.
 */
import { fromWallClock, toWallClock } from '../emulator/services/spreadsheet/time-zone';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** True for "2026-01-07 20:15" (local), "2026-01-07T20:15:00Z" or with an explicit offset. */
export function isScenarioTime(text: string): boolean {
  const local = LOCAL.exec(text);
  if (local) {
    const [hour, minute, second] = [Number(local[4]), Number(local[5]), Number(local[6] ?? 0)];
    return isCalendarDate(text.slice(0, 10)) && hour < 24 && minute < 60 && second < 60;
  }
  return OFFSET.test(text) && !Number.isNaN(Date.parse(text)) && isCalendarDate(text.slice(0, 10));
}

/** The instant a scenario time names; local times are read in `timeZone`. */
export function scenarioTimeToMs(text: string, timeZone: string): number {
  const local = LOCAL.exec(text);
  if (local) {
    return fromWallClock(
      timeZone,
      Number(local[1]),
      Number(local[2]),
      Number(local[3]),
      Number(local[4]),
      Number(local[5]),
      Number(local[6] ?? 0),
    );
  }
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`Not a scenario time: "${text}"`);
  return ms;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "2026-01-07 20:15" in `timeZone`: the form scenario files use. */
export function formatLocalTime(ms: number, timeZone: string): string {
  const wall = toWallClock(ms, timeZone);
  return `${wall.year}-${two(wall.month)}-${two(wall.day)} ${two(wall.hour)}:${two(wall.minute)}`;
}

/** "2026-01-07 20:15:03" in `timeZone`, for the log. */
export function formatLocalSeconds(ms: number, timeZone: string): string {
  const wall = toWallClock(ms, timeZone);
  return `${formatLocalTime(ms, timeZone)}:${two(wall.second)}`;
}

/** The local calendar date of an instant. */
export function localDate(ms: number, timeZone: string): string {
  return formatLocalTime(ms, timeZone).slice(0, 10);
}

/** Wall-clock parts of an instant, for writing dates into a workbook that has no time zones. */
export function wallClockAsUtc(ms: number, timeZone: string): Date {
  const wall = toWallClock(ms, timeZone);
  return new Date(
    Date.UTC(
      wall.year,
      wall.month - 1,
      wall.day,
      wall.hour,
      wall.minute,
      wall.second,
      wall.millisecond,
    ),
  );
}

export function isValidTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return name.trim() !== '';
  } catch {
    return false;
  }
}
