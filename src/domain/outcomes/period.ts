/** Date ranges the figures cover, and the calendar months within them. */
import { dayNumber, monthOf } from '../stats/calendar';
import type { IsoDate } from '../types';
import type { OutcomeInput, Period } from './inputs';

export function assertPeriod(period: Period): void {
  if (dayNumber(period.from) > dayNumber(period.to)) {
    throw new RangeError(`the period starts (${period.from}) after it ends (${period.to})`);
  }
}

/** ISO dates compare correctly as strings once validated. */
export function isInPeriod(date: IsoDate, period: Period): boolean {
  return date >= period.from && date <= period.to;
}

/**
 * The tabs' period: from the first day the group recorded anything (a session, check-in,
 * survey or activity) to today. Joining dates are left out, because a group that adopts the
 * tool after years would otherwise get years of empty monthly rows.
 */
export function wholeHistory(input: OutcomeInput): Period {
  dayNumber(input.today); // validates
  const dates = [
    ...input.sessions.map((session) => session.date),
    ...input.checkIns.map((checkIn) => checkIn.sessionDate),
    ...input.surveys.map((survey) => survey.date),
    ...input.activities.map((activity) => activity.date),
  ].filter((date) => date <= input.today);
  const earliest = dates.reduce((first, date) => (date < first ? date : first), input.today);
  return { from: earliest, to: input.today };
}

/** Every calendar month ('YYYY-MM') the period touches, in order, empty months included. */
export function monthsOf(period: Period): string[] {
  assertPeriod(period);
  const months: string[] = [];
  let [year, month] = monthOf(period.from).split('-').map(Number);
  const last = monthOf(period.to);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** The first to the last day of a calendar month ('YYYY-MM'). */
export function monthRange(month: string): Period {
  const [year, mon] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}` };
}

/**
 * Items grouped by the calendar month of their date, in one pass: figures per month look
 * their month up instead of filtering the whole history once per month.
 */
export function groupByMonth<T>(
  items: readonly T[],
  dateOf: (item: T) => IsoDate,
): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const month = monthOf(dateOf(item));
    const group = groups.get(month);
    if (group) group.push(item);
    else groups.set(month, [item]);
  }
  return groups;
}

export function describePeriod(period: Period): string {
  return `${period.from} to ${period.to}`;
}
