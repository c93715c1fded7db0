/**
 * Retention (SPEC section 9): how long private comments and the rows of members who left are
 * kept, as pure rules the daily run applies (app/retention.ts).
 *
 * Windows are whole calendar months: something dated D is kept while D is on or after the same
 * day `months` months before today (the 31st clamped to the month's last day), and expires the
 * day after. So a comment sent on 2025-03-10 with a 12-month window is blanked by the run of
 * 2026-03-11, never by the run of 2026-03-10.
 *
 * A leaver's numbers are kept under a pseudonym (an id of the form F0001, never derived from
 * their old id, so nothing in the sheet links the two), because every published figure and
 * saved report counts them: deleting their answers would change the figures, and an earlier
 * report set beside the new figures would give those answers back by subtraction.
 */
import type { IsoDate, MemberId } from '../types';
import type { RetentionCounts } from './texts';

export const DEFAULT_COMMENT_MONTHS = 12;
export const DEFAULT_LEAVER_MONTHS = 24;
export const MAX_RETENTION_MONTHS = 1200;

/** The first date still kept: anything dated before it has expired. */
export function retentionCutoff(today: IsoDate, months: number): IsoDate {
  const [year, month, day] = today.split('-').map(Number);
  const monthIndex = year * 12 + (month - 1) - months;
  const cutYear = Math.floor(monthIndex / 12);
  const cutMonth = monthIndex - cutYear * 12;
  const lastDay = new Date(Date.UTC(cutYear, cutMonth + 1, 0)).getUTCDate();
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(cutYear, 4)}-${pad(cutMonth + 1, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

export function hasExpired(date: IsoDate, today: IsoDate, months: number): boolean {
  return date < retentionCutoff(today, months);
}

const PSEUDONYM = /^F(\d+)$/;

/** An anonymised former member's id (their rows keep the numbers the figures need). */
export function isPseudonym(id: string): boolean {
  return PSEUDONYM.test(id.trim());
}

/** The next free pseudonym after every one already in use. */
export function nextPseudonym(existing: Iterable<string>): MemberId {
  let highest = 0;
  for (const id of existing) {
    const match = PSEUDONYM.exec(id.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `F${String(highest + 1).padStart(4, '0')}`;
}

export interface LeaverRow {
  id: MemberId;
  status: string;
  leftOn: IsoDate | null;
}

/** Members who left more than `months` months ago (by "Left on"), anonymised ones excepted. */
export function leaversDue(rows: readonly LeaverRow[], today: IsoDate, months: number): MemberId[] {
  return rows
    .filter(
      (row) =>
        row.id !== '' &&
        !isPseudonym(row.id) &&
        row.status === 'left' &&
        row.leftOn !== null &&
        hasExpired(row.leftOn, today, months),
    )
    .map((row) => row.id);
}

/** What one day's retention did, kept (counts only) for the weekly digest. */
export interface RetentionLogEntry extends RetentionCounts {
  date: IsoDate;
}

/** Days of the log kept: the digest looks back one week, a missed digest a little more. */
const LOG_DAYS_KEPT = 60;

function daysBefore(date: IsoDate, days: number): IsoDate {
  const ms = Date.parse(`${date}T00:00:00Z`) - days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The log with `counts` added to today's entry (runs on one day add up), old days dropped. */
export function addToLog(
  log: readonly RetentionLogEntry[],
  today: IsoDate,
  counts: RetentionCounts,
): RetentionLogEntry[] {
  const oldest = daysBefore(today, LOG_DAYS_KEPT);
  const kept = log.filter((entry) => entry.date >= oldest && entry.date !== today);
  const previous = log.find((entry) => entry.date === today);
  const entry: RetentionLogEntry = {
    date: today,
    comments: (previous?.comments ?? 0) + counts.comments,
    formResponses: (previous?.formResponses ?? 0) + counts.formResponses,
    leavers: (previous?.leavers ?? 0) + counts.leavers,
  };
  const nothing = entry.comments + entry.formResponses + entry.leavers === 0;
  return [...kept, ...(nothing ? [] : [entry])].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * What retention did in the seven days before `today`. The digest goes weekly on one weekday
 * and the daily run applies retention after sending it, so each day is in exactly one digest.
 */
export function weekTotals(log: readonly RetentionLogEntry[], today: IsoDate): RetentionCounts {
  const from = daysBefore(today, 7);
  return log
    .filter((entry) => entry.date >= from && entry.date < today)
    .reduce(
      (sum, entry) => ({
        comments: sum.comments + entry.comments,
        formResponses: sum.formResponses + entry.formResponses,
        leavers: sum.leavers + entry.leavers,
      }),
      { comments: 0, formResponses: 0, leavers: 0 },
    );
}

/** The log as stored in a document property; anything unreadable is an empty log. */
export function parseLog(stored: string | null): RetentionLogEntry[] {
  try {
    const parsed: unknown = JSON.parse(stored ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const entry = item as Record<string, unknown>;
      const count = (value: unknown) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
      return typeof entry.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry.date)
        ? [
            {
              date: entry.date,
              comments: count(entry.comments),
              formResponses: count(entry.formResponses),
              leavers: count(entry.leavers),
            },
          ]
        : [];
    });
  } catch {
    return [];
  }
}
