/** Counts read back from the spreadsheet and the outbox: what a facilitator would count. */
import type { Environment } from '../../emulator/environment';
import { MEMBER_COLUMNS, REVIEW_COLUMNS, SESSION_COLUMNS, TAB } from '../../src/domain/sheet/tabs';
import { localDate } from '../local-time';
import { column, readTab } from './sheet-desk';

export interface SubmissionCounts {
  checkins: number;
  surveys: number;
  unchecked: number;
  /** Anonymous Group feedback responses. */
  feedback: number;
  /** Anonymous Community survey responses from event audiences. */
  community: number;
}

export interface FinalTally {
  membersTyped: number;
  membersByStatus: Record<string, number>;
  sessionsByStatus: Record<string, number>;
  submissions: SubmissionCounts;
  reviewRows: number;
  reviewWaiting: number;
  emailsSent: number;
  executions: number;
  failedExecutions: number;
}

function rowsIfTab(env: Environment, name: string) {
  try {
    return readTab(env, name);
  } catch {
    return null;
  }
}

export function reviewRowCount(env: Environment): number {
  return rowsIfTab(env, TAB.review)?.rows.length ?? 0;
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Sessions up to `untilDate` (the end of the season) by status; later ones are only planned. */
export function finalTally(
  env: Environment,
  submissions: SubmissionCounts,
  timeZone: string,
  untilDate: string,
): FinalTally {
  const members = rowsIfTab(env, TAB.members);
  const sessions = rowsIfTab(env, TAB.sessions);
  const review = rowsIfTab(env, TAB.review);
  const statusOf = (tab: NonNullable<typeof members>, name: string) =>
    tab.rows.map((row) => String(row[column(tab, name)]).trim() || '(blank)');
  const sessionRows = sessions
    ? sessions.rows.filter((row) => {
        const cell = row[column(sessions, SESSION_COLUMNS.date)];
        const date = cell instanceof Date ? localDate(cell.getTime(), timeZone) : String(cell);
        return date <= untilDate;
      })
    : [];
  return {
    membersTyped: members?.rows.length ?? 0,
    membersByStatus: members ? countBy(statusOf(members, MEMBER_COLUMNS.status)) : {},
    sessionsByStatus: sessions
      ? countBy(
          sessionRows.map((row) => String(row[column(sessions, SESSION_COLUMNS.status)]).trim()),
        )
      : {},
    submissions,
    reviewRows: review?.rows.length ?? 0,
    reviewWaiting: review
      ? review.rows.filter(
          (row) => String(row[column(review, REVIEW_COLUMNS.action)]).trim() === 'waiting',
        ).length
      : 0,
    emailsSent: env.mail.outbox().length,
    executions: env.executions.length,
    failedExecutions: env.executions.filter((execution) => !execution.ok).length,
  };
}
