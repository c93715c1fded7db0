import type { IsoDate } from '../types';

/**
 * Day arithmetic on ISO dates without Date objects, so results never depend on the runtime's
 * time zone (Apps Script's V8 and Node may differ). Day numbers count days since 1970-01-01,
 * using the proleptic Gregorian calendar (H. Hinnant, "chrono-compatible low-level date
 * algorithms", days_from_civil / civil_from_days).
 */

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Year, month and day of a valid calendar date in the form YYYY-MM-DD, else null. */
function parseIsoDate(value: string): [number, number, number] | null {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    ? [year, month, day]
    : null;
}

export function dayNumber(date: IsoDate): number {
  const parsed = parseIsoDate(date);
  if (parsed === null) {
    throw new RangeError(`"${date}" is not a calendar date in the form YYYY-MM-DD`);
  }
  const [year, month, day] = parsed;
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function isoDateFromDayNumber(days: number): IsoDate {
  if (!Number.isInteger(days)) {
    throw new RangeError(`a day number must be an integer, got ${days}`);
  }
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) {
    throw new RangeError(`day number ${days} falls outside years 0000-9999`);
  }
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateFromDayNumber(dayNumber(date) + days);
}

/** 'YYYY-MM' of a date: the key monthly figures are grouped by. */
export function monthOf(date: IsoDate): string {
  dayNumber(date); // validates
  return date.slice(0, 7);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
