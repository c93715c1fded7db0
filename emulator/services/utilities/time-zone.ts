/**
 * Wall-clock arithmetic in a named time zone, via Intl (Node ships full ICU). Shared by
 * Utilities.formatDate, the trigger scheduler and the mail quota's day boundary.
 *
 * Apps Script resolves zone names with Java's TimeZone.getTimeZone: IANA ids and custom
 * "GMT+hh:mm" ids work, and an unknown id silently becomes GMT. We do the same, so a typo in a
 * zone name shows up as wrong times in tests rather than as an emulator-only exception.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 */

export interface ZonedParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** 0-23 */
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday ... 6 = Saturday */
  weekday: number;
}

type Zone = { kind: 'fixed'; offsetMinutes: number; id: string } | { kind: 'iana'; id: string };

const zoneCache = new Map<string, Zone>();
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** Java custom ids: "GMT", "GMT+1", "GMT-05:30" ("UTC" is a real zone id, left to Intl). */
const CUSTOM_ID = /^GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

export function resolveZone(timeZone: string): Zone {
  const cached = zoneCache.get(timeZone);
  if (cached) return cached;
  let zone: Zone;
  const custom = CUSTOM_ID.exec(timeZone.trim());
  if (custom) {
    const sign = custom[1] === '-' ? -1 : 1;
    const minutes = Number(custom[2] ?? 0) * 60 + Number(custom[3] ?? 0);
    zone = { kind: 'fixed', offsetMinutes: sign * minutes, id: timeZone };
  } else if (isIanaZone(timeZone)) {
    zone = { kind: 'iana', id: timeZone };
  } else {
    zone = { kind: 'fixed', offsetMinutes: 0, id: 'GMT' };
  }
  zoneCache.set(timeZone, zone);
  return zone;
}

/** An id Apps Script accepts as a time zone: an IANA name or a Java custom id ("GMT+1"). */
export function isTimeZone(id: string): boolean {
  return CUSTOM_ID.test(id.trim()) || isIanaZone(id);
}

function isIanaZone(id: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: id });
    return true;
  } catch {
    return false;
  }
}

function formatterFor(id: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    partsFormatters.set(id, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall-clock fields of an instant in a time zone. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const zone = resolveZone(timeZone);
  const millisecond = ((ms % 1000) + 1000) % 1000;
  if (zone.kind === 'fixed') {
    const d = new Date(ms + zone.offsetMinutes * 60_000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond,
      weekday: d.getUTCDay(),
    };
  }
  const fields: Record<string, string> = {};
  for (const p of formatterFor(zone.id).formatToParts(new Date(ms))) fields[p.type] = p.value;
  const yearOfEra = Number(fields.year);
  return {
    year: fields.era === 'BC' ? 1 - yearOfEra : yearOfEra,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond,
    weekday: WEEKDAYS.indexOf(fields.weekday),
  };
}

/** Offset of the zone from UTC at an instant, in minutes (London in summer: +60). */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  const zone = resolveZone(timeZone);
  if (zone.kind === 'fixed') return zone.offsetMinutes;
  const p = zonedParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return Math.round((asUtc - ms) / 60_000);
}

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/**
 * The instant a wall-clock time denotes in a zone. A time inside a spring-forward gap moves
 * forward by the gap (01:30 on the day London skips 01:00-02:00 becomes 02:30 BST, as with
 * java.util.Calendar's lenient default); an ambiguous autumn time takes the
 * earlier (summer-time) instant.
 */
export function zonedTimeToUtc(wall: WallTime, timeZone: string): number {
  const naive = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour ?? 0,
    wall.minute ?? 0,
    wall.second ?? 0,
    wall.millisecond ?? 0,
  );
  // Try both offsets in force around the naive instant; prefer one that maps back exactly.
  const candidates = [
    naive - offsetMinutesAt(naive - 86_400_000, timeZone) * 60_000,
    naive - offsetMinutesAt(naive + 86_400_000, timeZone) * 60_000,
  ].sort((a, b) => a - b);
  for (const c of candidates) {
    if (c + offsetMinutesAt(c, timeZone) * 60_000 === naive) return c;
  }
  // In a gap: no instant shows this wall time; shift forward by the gap.
  return naive - offsetMinutesAt(candidates[0], timeZone) * 60_000;
}

/** Days since 1970-01-01 of a calendar date (time zone free). */
export function epochDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The calendar date of an epoch day. */
export function dateOfEpochDay(dayNumber: number): { year: number; month: number; day: number } {
  const d = new Date(dayNumber * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
