/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD). Computed in UTC so that the runtime's own
 * time zone never shifts a day; converting instants to the group's local date is the adapter's
 * job (Utilities.formatDate with the group's time zone).
 */
import { IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toUtcMs(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not an ISO date: "${date}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: IsoDate): number {
  return (new Date(toUtcMs(date)).getUTCDay() + 6) % 7;
}

export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/**
 * The calendar date of an instant in a time zone. Pure JavaScript (Intl, which Apps Script's
 * V8 runtime supports), so converting thousands of rows costs no service call. Formatting is
 * the costly part, so the zone's offset is found once per UTC day and reused for every
 * instant that day; on a day whose offset changes (a DST switch) each instant is formatted.
 */
export function localDateFormatter(timeZone: string): (instant: Date) => IsoDate {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const formatted = (instant: Date): IsoDate => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
    return `${parts.year}-${parts.month}-${parts.day}`;
  };
  /** Offset of each UTC day's whole day, or null on a day the offset changes. */
  const offsetOfDay = new Map<number, number | null>();
  /**
   * The text of each local day, made once: tabs of tens of thousands of dated rows fall on a
   * few thousand days, and every record that keeps its date then shares that day's string
   * instead of holding one of its own (and no Date or ISO string is made per row to get it).
   */
  const textOfLocalDay = new Map<number, IsoDate>();
  return (instant) => {
    const ms = instant.getTime();
    if (!Number.isFinite(ms)) return formatted(instant); // throws the RangeError Intl throws
    const day = Math.floor(ms / DAY_MS);
    let offset = offsetOfDay.get(day);
    if (offset === undefined) {
      const start = zoneOffsetMs(new Date(day * DAY_MS), timeZone);
      const end = zoneOffsetMs(new Date((day + 1) * DAY_MS - 1000), timeZone);
      offset = start === end ? start : null;
      offsetOfDay.set(day, offset);
    }
    if (offset === null) return formatted(instant);
    const localDay = Math.floor((ms + offset) / DAY_MS);
    let text = textOfLocalDay.get(localDay);
    if (text === undefined) {
      text = fromUtcMs(localDay * DAY_MS);
      textOfLocalDay.set(localDay, text);
    }
    return text;
  };
}

/** The instant of midnight at the start of `date` in `timeZone` (for writing date cells). */
export function startOfLocalDay(date: IsoDate, timeZone: string): Date {
  const guess = toUtcMs(date);
  // The zone's offset at that moment, found by formatting the UTC guess in the zone.
  const offsetMs = zoneOffsetMs(new Date(guess), timeZone);
  const candidate = guess - offsetMs;
  // Around a DST change the offset at the candidate instant may differ by an hour.
  const corrected = guess - zoneOffsetMs(new Date(candidate), timeZone);
  return new Date(corrected);
}

/** Building an Intl formatter costs far more than using one: one per zone serves every call. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

function zoneOffsetMs(instant: Date, timeZone: string): number {
  const format = offsetFormat(timeZone);
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}
