/** Date ranges the figures cover, and the calendar months within them. */
import { t } from '../i18n';
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
  // A loop rather than one list of every date: the check-ins alone are 290,000 at 1,000
  // members and 10 years, and each tab works its period out.
  let earliest = input.today;
  const consider = (date: IsoDate) => {
    if (date < earliest) earliest = date;
  };
  for (const session of input.sessions) consider(session.date);
  for (const checkIn of input.checkIns) consider(checkIn.sessionDate);
  for (const survey of input.surveys) consider(survey.date);
  for (const activity of input.activities) consider(activity.date);
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
 * Items grouped by the calendar month of their date: figures per month look their month up
 * instead of filtering the whole history once per month. Two passes, the first counting each
 * month's items, so that each month's list is made at its size once (lists grown one push at a
 * time over 290,000 check-ins leave about twice their size behind in copies). Items come in runs
 * of one date (a session's check-ins are adjacent), so the month is worked out, and looked up,
 * once per run of a date rather than once per item.
 */
export function groupByMonth<T>(
  items: readonly T[],
  dateOf: (item: T) => IsoDate,
): ReadonlyMap<string, readonly T[]> {
  const counts = new Map<string, number>();
  let runDate: IsoDate | null = null;
  let runMonth = '';
  let runLength = 0;
  const endRun = () => {
    if (runLength > 0) counts.set(runMonth, (counts.get(runMonth) ?? 0) + runLength);
    runLength = 0;
  };
  for (const item of items) {
    const date = dateOf(item);
    if (date !== runDate) {
      endRun();
      runDate = date;
      runMonth = monthOf(date);
    }
    runLength += 1;
  }
  endRun();
  const groups = new Map<string, T[]>();
  const filled = new Map<string, number>();
  for (const [month, count] of counts) {
    groups.set(month, new Array<T>(count));
    filled.set(month, 0);
  }
  runDate = null;
  let list: T[] = [];
  let at = 0;
  for (const item of items) {
    const date = dateOf(item);
    if (date !== runDate) {
      if (runDate !== null) filled.set(runMonth, at);
      runDate = date;
      runMonth = monthOf(date);
      list = groups.get(runMonth) as T[];
      at = filled.get(runMonth) as number;
    }
    list[at] = item;
    at += 1;
  }
  return groups;
}

export function describePeriod(period: Period): string {
  return t('outcomes.period', { from: period.from, to: period.to });
}
