/**
 * Dates and text as people read them in an email. Pure JavaScript rather than Intl or
 * Utilities.formatDate, so the wording is the same in Apps Script, Node and every locale.
 */
import { addDays, weekdayIndex } from '../dates';
import { WEEKDAYS } from '../settings';
import { IsoDate } from '../types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-12-02" → "Wednesday 2 December 2026". */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${WEEKDAYS[weekdayIndex(date)]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** The time is shown as the group typed it ("18:30"): it is already in the group's time zone. */
export function formatDateAndTime(date: IsoDate, time: string): string {
  return time.trim() === '' ? formatDate(date) : `${formatDate(date)} at ${time.trim()}`;
}

/** Monday of the ISO week that holds `date`. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, -weekdayIndex(date));
}

/** Subjects are one line: a newline typed into a name must not break the mail header. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Only web links go into emails; a `javascript:` or mistyped value is left out. */
export function isWebLink(url: string): boolean {
  return /^https:\/\/[^\s"'<>]+$/i.test(url.trim());
}

/** "A", "A and B", "A, B and C". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
