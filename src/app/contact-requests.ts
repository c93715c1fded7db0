/**
 * Contact requests end to end (SPEC section 9): the intake raises one from a check-in answered
 * Yes and emails it at once; the daily run retries what did not go, before any reminder.
 *
 * Exactly once, whatever fails:
 * - the request's row is appended (keyed by the submission) before the check-in is marked
 *   processed, so a run that dies in between re-raises nothing: the key is already there;
 * - its emails are sent from the tab, one per recipient, each with its own Sent key, recorded
 *   "sending" in the write just before its send (no other service call between them) and
 *   "sent" just after. A send that throws is recorded "failed: …" and retried by the next daily
 *   run while the request is open and recent; a row left "sending" by a run that died is never
 *   resent (the email may have gone) and the reminder step marks it unconfirmed. Either way the
 *   request stays in the weekly digest until a facilitator marks it done.
 */
import {
  contactEmailKey,
  contactLetter,
  contactRecipients,
  CONTACT_KIND,
  stillRetried,
} from '../domain/contact-requests';
import { errorMessage } from '../domain/errors';
import { t } from '../domain/i18n';
import { CONTACT_REQUEST_TITLE, CONTACT_REQUEST_YES } from '../domain/forms/contact-request-item';
import { inEnglish } from '../domain/forms/choice-text';
import { RESPONSE_EMAIL, RESPONSE_TIMESTAMP } from '../domain/forms/form-spec';
import { normaliseEmail } from '../domain/members';
import { renderHtml, renderText } from '../domain/reminders/message';
import { singleLine } from '../domain/reminders/format';
import { Settings } from '../domain/settings';
import { isDate } from '../domain/sheet/cells';
import { HeaderMap } from '../domain/sheet/header-map';
import { TAB } from '../domain/sheet/tabs';
import { IsoDate, Member } from '../domain/types';
import { isQuotaError, remainingMailQuota, sendEmail } from '../services/mail';
import {
  appendContactRequests,
  NewContactRequest,
  readContactRequests,
} from '../services/records/contact-requests';
import { readMembers } from '../services/records/members';
import { readRotation } from '../services/records/rotation';
import {
  appendSentRows,
  readSent,
  SENT_STATUS,
  updateSentStatuses,
} from '../services/records/sent';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stop starting sends with a margin under Apps Script's 6-minute limit. */
const CONTACT_TIME_BUDGET_MS = 5 * 60 * 1000;

/** Sent statuses after which a contact email is never sent again. */
function isFinal(status: string): boolean {
  return (
    status === SENT_STATUS.sent ||
    status === SENT_STATUS.sending ||
    status.startsWith('unconfirmed') ||
    status.startsWith('skipped')
  );
}

export function asksForContact(cell: unknown): boolean {
  return (
    String(inEnglish(cell) ?? '')
      .trim()
      .toLowerCase() === CONTACT_REQUEST_YES.toLowerCase()
  );
}

/**
 * The contact requests among a check-in tab's pending rows, accepted or not: a check-in whose
 * email matched no member still reaches the organisers, under the address it came from.
 */
export function contactRequestsIn(
  headers: readonly unknown[],
  rows: ReadonlyArray<{ values: readonly unknown[] }>,
  membersByEmail: ReadonlyMap<string, Member>,
): NewContactRequest[] {
  const map = new HeaderMap(headers);
  if (!map.has(CONTACT_REQUEST_TITLE)) return [];
  const requests: NewContactRequest[] = [];
  for (const { values } of rows) {
    if (!asksForContact(map.get(values, CONTACT_REQUEST_TITLE))) continue;
    const stamp = map.get(values, RESPONSE_TIMESTAMP);
    const askedAt = isDate(stamp) ? stamp : new Date(String(stamp));
    if (Number.isNaN(askedAt.getTime())) continue;
    const email = normaliseEmail(map.get(values, RESPONSE_EMAIL));
    const member = membersByEmail.get(email);
    requests.push({
      key: `${member ? member.id : email}@${askedAt.toISOString()}`,
      askedAt,
      memberId: member?.id ?? '',
      name: member?.name ?? '',
      email: member?.email || email,
    });
  }
  return requests;
}

/** Appends the requests the tab lacks; returns how many were new. Call under the lock. */
export function raiseContactRequests(
  spreadsheet: Spreadsheet,
  settings: Settings,
  requests: readonly NewContactRequest[],
): number {
  if (requests.length === 0) return 0;
  const read = readContactRequests(spreadsheet, settings.timeZone);
  if (!read) throw new Error(t('notices.contactRequests.tabMissing', { tab: TAB.contactRequests }));
  return appendContactRequests(read, requests).length;
}

export interface ContactSummary {
  sent: number;
  failed: number;
  pending: number;
}

/**
 * Sends every contact email that is due: of open requests made in the last week, to each
 * recipient without a final Sent row. Not held to the daily email budget (a safety message);
 * only MailApp's own quota stops it, and then the email waits as pending for the next run.
 */
export function sendContactRequestEmails(
  spreadsheet: Spreadsheet,
  settings: Settings,
  today: IsoDate,
  fallback: string,
  runStartedAtMs: number,
): ContactSummary {
  const summary: ContactSummary = { sent: 0, failed: 0, pending: 0 };
  const tz = settings.timeZone;
  const open = (readContactRequests(spreadsheet, tz)?.requests ?? []).filter((request) =>
    stillRetried(request, today),
  );
  if (open.length === 0) return summary;
  const { members } = readMembers(spreadsheet, tz, false);
  const rotation = readRotation(spreadsheet, tz, members).assignments;
  const sent = readSent(spreadsheet, tz);
  const rowByKey = new Map(sent.rows.map((row) => [row.key, row]));
  if (!settings.emailOn) return summary;

  for (const request of open) {
    const recipients = contactRecipients({
      askedOn: request.askedOn,
      requesterId: request.memberId,
      requesterEmail: request.email,
      organisers: settings.organisers,
      leadingRoles: settings.leadingRoles,
      members,
      rotation,
      fallback,
    });
    const letter = contactLetter({
      groupName: settings.groupName,
      tabName: TAB.contactRequests,
      request,
      supportLine: settings.supportLine,
    });
    for (const recipient of recipients) {
      const key = contactEmailKey(request.key, recipient.id);
      const existing = rowByKey.get(key);
      if (existing && isFinal(existing.status)) continue;
      // Checked before the "sending" write, so nothing comes between that write and the send.
      if (Date.now() - runStartedAtMs > CONTACT_TIME_BUDGET_MS || remainingMailQuota() < 1) {
        if (!existing)
          appendSentRows(sent, [row(key, request, SENT_STATUS.pending)], tz).forEach((index) =>
            rowByKey.set(key, { index, key, status: SENT_STATUS.pending, sentOn: null }),
          );
        summary.pending += 1;
        continue;
      }
      let index: number;
      if (existing) {
        index = existing.index;
        updateSentStatuses(sent, new Map([[index, { status: SENT_STATUS.sending, sentAt: '' }]]));
      } else {
        [index] = appendSentRows(sent, [row(key, request, SENT_STATUS.sending)], tz);
      }
      rowByKey.set(key, { index, key, status: SENT_STATUS.sending, sentOn: null });
      let outcome: { status: string; sentAt: Date | '' };
      try {
        sendEmail({
          to: [recipient.email],
          subject: singleLine(letter.subject),
          text: renderText(letter.blocks),
          html: renderHtml(letter.blocks),
          senderName: settings.groupName,
          replyTo: settings.replyTo.trim(),
        });
        outcome = { status: SENT_STATUS.sent, sentAt: new Date() };
        summary.sent += 1;
      } catch (error) {
        outcome = isQuotaError(error)
          ? { status: SENT_STATUS.pending, sentAt: '' }
          : { status: `failed: ${errorMessage(error)}`, sentAt: '' };
        if (isQuotaError(error)) summary.pending += 1;
        else summary.failed += 1;
      }
      updateSentStatuses(sent, new Map([[index, outcome]]));
      rowByKey.set(key, { index, key, status: outcome.status, sentOn: null });
    }
  }
  return summary;
}

function row(key: string, request: { memberId: string; askedOn: IsoDate }, status: string) {
  return { key, kind: CONTACT_KIND, memberId: request.memberId, forDate: request.askedOn, status };
}
