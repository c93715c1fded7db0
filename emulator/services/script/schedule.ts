/**
 * When a time-driven trigger fires. Apps Script picks a random moment within the requested
 * window (everyDays(1).atHour(6) runs "between 6 and 7"; nearMinute is "plus or minus 15
 * minutes"). The emulator makes that moment deterministic, derived from the trigger's id:
 *
 * - atHour(h) without nearMinute: h:00 local + jitter, jitter = fnv1a(id) mod 3600 seconds,
 *   so the run lands somewhere in [h:00, h+1:00), the same minute every day.
 * - atHour(h).nearMinute(m): exactly h:m:00 local (no ± 15 min drift).
 * - everyDays/everyWeeks/onMonthDay without atHour: jitter over the whole day
 *   (fnv1a(id) mod 86400 seconds after local midnight).
 * - everyMinutes(n) / everyHours(n): every n minutes/hours on a grid aligned to the Unix epoch,
 *   shifted by fnv1a(id) mod (period) seconds (nearMinute(m) fixes the minute for everyHours).
 * - atDate(y, m, d): local midnight (or atHour/nearMinute) exactly; at(date) and after(ms):
 *   exactly that instant.
 *
 * A trigger never fires before it was created. Days are counted in the trigger's time zone
 * (inTimezone, else the script's), so a daily 06:xx run stays at 06:xx across DST changes.
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 * https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers
 */
import { dateOfEpochDay, epochDay, zonedParts, zonedTimeToUtc } from '../utilities/time-zone';

export type ClockSchedule =
  | { kind: 'minutes'; every: number }
  | { kind: 'hours'; every: number; nearMinute?: number }
  | { kind: 'days'; every: number; atHour?: number; nearMinute?: number }
  | { kind: 'weeks'; every: number; weekDay?: number; atHour?: number; nearMinute?: number }
  | { kind: 'monthly'; monthDay: number; atHour?: number; nearMinute?: number }
  | { kind: 'once'; atMs: number };

export interface ClockSpec {
  schedule: ClockSchedule;
  timeZone: string;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** 32-bit FNV-1a: a stable, well-spread hash for the jitter. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Milliseconds after local midnight that a day-level schedule fires. */
function timeOfDayMs(id: string, atHour?: number, nearMinute?: number): number {
  if (atHour === undefined) {
    return nearMinute === undefined
      ? (fnv1a(id) % 86_400) * 1000
      : (fnv1a(id) % 24) * HOUR + nearMinute * MINUTE;
  }
  if (nearMinute !== undefined) return atHour * HOUR + nearMinute * MINUTE;
  return atHour * HOUR + (fnv1a(id) % 3600) * 1000;
}

function atLocal(dayNumber: number, offsetMs: number, timeZone: string): number {
  const date = dateOfEpochDay(dayNumber);
  const hour = Math.floor(offsetMs / HOUR);
  const minute = Math.floor((offsetMs % HOUR) / MINUTE);
  const second = Math.floor((offsetMs % MINUTE) / 1000);
  return zonedTimeToUtc({ ...date, hour, minute, second }, timeZone);
}

function localDay(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  return epochDay(p.year, p.month, p.day);
}

/** Fire times of a periodic grid in [fromMs, toMs). */
function grid(periodMs: number, phaseMs: number, fromMs: number, toMs: number): number[] {
  const out: number[] = [];
  let t = Math.ceil((fromMs - phaseMs) / periodMs) * periodMs + phaseMs;
  for (; t < toMs; t += periodMs) out.push(t);
  return out;
}

/**
 * Fire times of a trigger in [fromMs, toMs), ascending, never before `createdAtMs`.
 */
export function fireTimes(
  id: string,
  spec: ClockSpec,
  createdAtMs: number,
  fromMs: number,
  toMs: number,
): number[] {
  const start = Math.max(fromMs, createdAtMs);
  if (start >= toMs) return [];
  const s = spec.schedule;
  const tz = spec.timeZone;
  switch (s.kind) {
    case 'once':
      return s.atMs >= start && s.atMs < toMs ? [s.atMs] : [];
    case 'minutes':
      return grid(s.every * MINUTE, (fnv1a(id) % (s.every * 60)) * 1000, start, toMs);
    case 'hours': {
      const phase =
        s.nearMinute === undefined
          ? (fnv1a(id) % (s.every * 3600)) * 1000
          : (fnv1a(id) % s.every) * HOUR + s.nearMinute * MINUTE;
      return grid(s.every * HOUR, phase, start, toMs);
    }
    default: {
      const offset = timeOfDayMs(id, s.atHour, s.nearMinute);
      const createdDay = localDay(createdAtMs, tz);
      const firstWeekDay = s.kind === 'weeks' ? anchorWeekDay(s.weekDay, createdDay) : 0;
      const out: number[] = [];
      // One day of slack on each side covers any UTC offset.
      for (let day = localDay(start, tz) - 1; day <= localDay(toMs, tz) + 1; day++) {
        if (!dayMatches(s, day, createdDay, firstWeekDay)) continue;
        const t = atLocal(day, offset, tz);
        if (t >= start && t < toMs) out.push(t);
      }
      return out;
    }
  }
}

/** First day on or after the creation day that falls on the weekday (creation's by default). */
function anchorWeekDay(weekDay: number | undefined, createdDay: number): number {
  const createdWeekday = (((createdDay + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const target = weekDay ?? createdWeekday;
  return createdDay + ((target - createdWeekday + 7) % 7);
}

function dayMatches(s: ClockSchedule, day: number, createdDay: number, anchor: number): boolean {
  switch (s.kind) {
    case 'days':
      return day >= createdDay && (day - createdDay) % s.every === 0;
    case 'weeks':
      return day >= anchor && (day - anchor) % (7 * s.every) === 0;
    case 'monthly':
      return dateOfEpochDay(day).day === s.monthDay;
    default:
      return false;
  }
}

/** Convenience for one-off triggers: local midnight (or hour:minute) of a calendar date. */
export function atDateMs(
  year: number,
  month: number,
  day: number,
  timeZone: string,
  atHour = 0,
  nearMinute = 0,
): number {
  return zonedTimeToUtc({ year, month, day, hour: atHour, minute: nearMinute }, timeZone);
}
