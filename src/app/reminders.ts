/**
 * Sending due reminders (daily run and menu "Send due reminders now"). Every reminder is first
 * recorded in Sent, then sent, then marked; the day's email budget, MailApp's remaining quota
 * and the run's time are checked before each send, and what cannot go now stays pending for
 * the next run. A run that stops mid-way never causes a second email: rows it left "sending"
 * are marked unconfirmed, not resent.
 */
import { errorMessage } from '../domain/errors';
import { isContactEmailKey } from '../domain/contact-requests';
import { planReminders, PlannedEmail, ReminderKind } from '../domain/reminders';
import { Settings } from '../domain/settings';
import { HeaderMap } from '../domain/sheet/header-map';
import { REVIEW_COLUMNS } from '../domain/sheet/tabs';
import { IsoDate } from '../domain/types';
import { isQuotaError, recipientCost, remainingMailQuota, sendEmail } from '../services/mail';
import { readBuddies } from '../services/records/buddies';
import { readCheckins, type CheckinRecord } from '../services/records/checkins';
import { readContactRequests } from '../services/records/contact-requests';
import { readMembers } from '../services/records/members';
import { readReview } from '../services/records/review';
import { readMessages } from '../services/records/messages';
import { readRotation } from '../services/records/rotation';
import {
  appendSentRows,
  readSent,
  SENT_STATUS,
  updateSentStatuses,
} from '../services/records/sent';
import { readSessions } from '../services/records/sessions';
import { readSurveys, type SurveyRecord } from '../services/records/surveys';

import { weekTotals } from '../domain/retention/rules';
import { retentionLog } from './retention';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stop sending with a margin under Apps Script's 6-minute limit, leaving time to record. */
export const SENDING_TIME_BUDGET_MS = 4.5 * 60 * 1000;

/** Role reminders first: when the budget is short, the nearest duty matters most. */
const KIND_PRIORITY: Record<ReminderKind, number> = {
  'role-duty': 0,
  'buddy-intro': 1,
  digest: 2,
  'survey-due': 3,
};

export interface ReminderSummary {
  sent: number;
  failed: number;
  skipped: number;
  pending: number;
  stoppedBecause: string | null;
}

export function sendDueReminders(
  spreadsheet: Spreadsheet,
  settings: Settings,
  today: IsoDate,
  runStartedAtMs: number,
  organiserFallback: string,
): ReminderSummary {
  const tz = settings.timeZone;
  const { members, problems } = readMembers(spreadsheet, tz, false);
  const sent = readSent(spreadsheet, tz);
  // Contact requests keep their own rows (app/contact-requests.ts): not reminders to plan.
  const pendingByKey = new Map(
    sent.rows
      .filter((row) => row.status === SENT_STATUS.pending && !isContactEmailKey(row.key))
      .map((row) => [row.key, row.index]),
  );
  const finalKeys = new Set(
    sent.rows.filter((row) => row.status !== SENT_STATUS.pending).map((row) => row.key),
  );
  const review = readReview(spreadsheet);
  const reviewMap = new HeaderMap(review.headers);

  const plan = planReminders({
    today,
    settings,
    members,
    sessions: readSessions(spreadsheet, tz).sessions,
    rotation: readRotation(spreadsheet, tz, members).assignments.map(
      ({ date, role, memberId }) => ({ date, role, memberId }),
    ),
    buddies: readBuddies(spreadsheet, tz)
      .groups.filter((group) => group.status === 'active')
      .map(({ cycleStart, cycleEnd, memberIds }) => ({ cycleStart, cycleEnd, memberIds })),
    surveys: surveysTaken(spreadsheet, tz),
    checkins: checkinsTaken(spreadsheet, tz),
    reviewWaiting: review.rows.filter(
      (row) => String(reviewMap.get(row, REVIEW_COLUMNS.action)) !== 'keep',
    ).length,
    memberCellsToFix: problems.map((problem) => problem.cell),
    openContactRequests: (readContactRequests(spreadsheet, tz)?.requests ?? [])
      .filter((request) => request.status === 'open')
      .map(({ name, email, askedOn }) => ({ name, email, askedOn })),
    retention: {
      counts: weekTotals(retentionLog(), today),
      commentsMonths: String(settings.keepCommentsMonths.months ?? '?'),
      leaversMonths: String(settings.keepLeaversMonths.months ?? '?'),
    },
    sentKeys: finalKeys,
    organiserFallback,
    messages: readMessages(spreadsheet),
  });

  const due = [...plan.due].sort(
    (a, b) =>
      KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] ||
      a.forDate.localeCompare(b.forDate) ||
      a.key.localeCompare(b.key),
  );
  const sentToday = sent.rows.filter(
    (row) => row.status === SENT_STATUS.sent && row.sentOn === today,
  ).length;
  const budget = Math.max(0, settings.dailyEmailBudget - sentToday);
  const toSend = due.slice(0, budget);
  const overBudget = due.slice(budget);

  // Record before sending: new keys as "sending" (or "pending" past the budget), skips as final.
  const fresh = [
    ...toSend
      .filter((email) => !pendingByKey.has(email.key))
      .map((email) => ({ email, status: SENT_STATUS.sending as string })),
    ...overBudget
      .filter((email) => !pendingByKey.has(email.key))
      .map((email) => ({ email, status: SENT_STATUS.pending as string })),
  ];
  const skippedRows = plan.skipped.filter((skip) => !pendingByKey.has(skip.key));
  const indexes = appendSentRows(
    sent,
    [
      ...fresh.map(({ email, status }) => ({
        key: email.key,
        kind: email.kind,
        memberId: email.memberId,
        forDate: email.forDate,
        status,
      })),
      ...skippedRows.map((skip) => ({
        key: skip.key,
        kind: skip.kind,
        memberId: skip.memberId,
        forDate: skip.forDate,
        status: `skipped: ${skip.reason}`,
      })),
    ],
    tz,
  );
  const rowOf = new Map<string, number>(pendingByKey);
  fresh.forEach(({ email }, offset) => rowOf.set(email.key, indexes[offset]));

  // One write before any email goes: rows a dead run left "sending" become unconfirmed (never
  // resent), and pending rows about to be sent become "sending".
  const beforeSending = new Map<number, { status: string; sentAt: Date | '' }>();
  for (const row of sent.rows)
    if (row.status === SENT_STATUS.sending)
      beforeSending.set(row.index, { status: SENT_STATUS.unconfirmed, sentAt: '' });
  for (const email of toSend) {
    const index = pendingByKey.get(email.key);
    if (index !== undefined) beforeSending.set(index, { status: SENT_STATUS.sending, sentAt: '' });
  }
  updateSentStatuses(sent, beforeSending);

  const updates = new Map<number, { status: string; sentAt: Date | '' }>();
  // Pending rows that are due no more (the session passed) are closed with the reason.
  const dueKeys = new Set(due.map((email) => email.key));
  for (const [key, index] of pendingByKey)
    if (!dueKeys.has(key)) updates.set(index, { status: 'skipped: no longer due', sentAt: '' });
  for (const skip of plan.skipped) {
    const index = pendingByKey.get(skip.key);
    if (index !== undefined) updates.set(index, { status: `skipped: ${skip.reason}`, sentAt: '' });
  }

  const summary: ReminderSummary = {
    sent: 0,
    failed: 0,
    skipped: skippedRows.length,
    pending: overBudget.length,
    stoppedBecause: overBudget.length > 0 ? 'daily email budget reached' : null,
  };
  let stopAt = toSend.length;
  for (let i = 0; i < toSend.length; i += 1) {
    const email = toSend[i];
    const index = rowOf.get(email.key) as number;
    const stop = reasonToStop(email, runStartedAtMs, organiserFallback);
    if (stop) {
      summary.stoppedBecause = stop;
      stopAt = i;
      break;
    }
    try {
      sendEmail(toOutgoing(email, settings), organiserFallback);
      updates.set(index, { status: SENT_STATUS.sent, sentAt: new Date() });
      summary.sent += 1;
    } catch (error) {
      if (isQuotaError(error)) {
        summary.stoppedBecause = 'the mail service quota for today is used up';
        stopAt = i;
        break;
      }
      updates.set(index, { status: `failed: ${errorMessage(error)}`, sentAt: '' });
      summary.failed += 1;
    }
  }
  for (const email of toSend.slice(stopAt))
    updates.set(rowOf.get(email.key) as number, { status: SENT_STATUS.pending, sentAt: '' });
  summary.pending += toSend.length - stopAt;
  updateSentStatuses(sent, updates);
  return summary;
}

/**
 * The run's shared check-in records, seen through the two fields the planner takes. It copies
 * only those (checkinDatesByMember in domain/reminders/context.ts), so no answer reaches it
 * even at run time, and a copy of 290,000 check-ins would be the largest thing this step makes.
 */
function checkinsTaken(
  spreadsheet: Spreadsheet,
  timeZone: string,
): readonly Pick<CheckinRecord, 'memberId' | 'sessionDate'>[] {
  return readCheckins(spreadsheet, timeZone);
}

/** The run's shared survey records, seen through the two fields the planner takes (as above). */
function surveysTaken(
  spreadsheet: Spreadsheet,
  timeZone: string,
): readonly Pick<SurveyRecord, 'memberId' | 'date'>[] {
  return readSurveys(spreadsheet, timeZone);
}

function reasonToStop(
  email: PlannedEmail,
  runStartedAtMs: number,
  senderAddress: string,
): string | null {
  if (Date.now() - runStartedAtMs > SENDING_TIME_BUDGET_MS)
    return 'the run is close to the Apps Script time limit';
  if (remainingMailQuota() < recipientCost(email, senderAddress))
    return 'the mail service quota for today is used up';
  return null;
}

function toOutgoing(email: PlannedEmail, settings: Settings) {
  return {
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    senderName: settings.groupName,
    replyTo: email.replyTo,
  };
}
