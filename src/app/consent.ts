/**
 * Acting on withdrawn consent (SPEC section 9, domain/consent.ts). The figures leave a withdrawn
 * member out at every refresh (app/outcomes.ts); what this adds is what a refresh cannot undo:
 * a report saved in Drive before the withdrawal still counts the member, and beside the figures
 * after it would give their answers back by subtraction. So, once per withdrawal, before any
 * figure without them is published, every saved report whose period included them goes, as
 * when a member's data is removed, and a Review row tells the facilitators what was done (and
 * which reports to delete by hand, where Peer Circle may not).
 *
 * Which withdrawals were acted on is kept in the document properties (a few member ids); a
 * member whose consent is given again leaves that list, so withdrawing again later is acted on
 * again.
 */
import { CONSENT_MEMBER_TEXT } from '../domain/consent';
import { RESPONSE_EMAIL } from '../domain/forms/form-spec';
import { SAVED_REPORT_TEXT } from '../domain/saved-reports';
import { Settings } from '../domain/settings';
import { IsoDate, Member, MemberId } from '../domain/types';
import { readCheckins } from '../services/records/checkins';
import { readMembers } from '../services/records/members';
import { appendToReview, readReview } from '../services/records/review';
import { readSurveys } from '../services/records/surveys';
import { removeSavedReports } from './remove-member';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HANDLED_KEY = 'peerCircle.consentWithdrawalsActedOn';

export interface WithdrawalNotice {
  memberId: MemberId;
  /** What the facilitators read (also the Review row's reason). */
  text: string;
  /** Saved reports Peer Circle could not delete: the facilitator must. */
  toDeleteByHand: number;
}

/** Whether this member's withdrawal was acted on (their reports dealt with) already. */
export function withdrawalActedOn(memberId: MemberId): boolean {
  return readHandled().has(memberId);
}

function readHandled(): Set<MemberId> {
  const stored = PropertiesService.getDocumentProperties().getProperty(HANDLED_KEY);
  try {
    const parsed: unknown = JSON.parse(stored ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.map(String) : []);
  } catch {
    // An unreadable list acts on every withdrawal again: deleting twice is harmless.
    return new Set();
  }
}

/** The earliest date the member's data reach: joining, or an earlier response. */
function firstDateOf(spreadsheet: Spreadsheet, timeZone: string, member: Member): IsoDate | null {
  const dates = [
    ...(member.joined !== '' ? [member.joined] : []),
    ...readCheckins(spreadsheet, timeZone)
      .filter((checkin) => checkin.memberId === member.id)
      .map((checkin) => checkin.sessionDate),
    ...readSurveys(spreadsheet, timeZone)
      .filter((survey) => survey.memberId === member.id)
      .map((survey) => survey.date),
  ];
  return dates.length === 0 ? null : dates.reduce((a, b) => (a < b ? a : b));
}

/**
 * Acts on each withdrawal not acted on yet. Call under the script lock, before outcome tabs or a
 * report are written. Returns what it did, one notice per member (none on most days).
 */
export function actOnWithdrawals(spreadsheet: Spreadsheet, settings: Settings): WithdrawalNotice[] {
  const { members } = readMembers(spreadsheet, settings.timeZone, false);
  const withdrawn = members.filter((member) => member.consentWithdrawn && member.id !== '');
  const handled = readHandled();
  const fresh = withdrawn.filter((member) => !handled.has(member.id));
  const stillWithdrawn = new Set(withdrawn.map((member) => member.id));
  const kept = [...handled].filter((id) => stillWithdrawn.has(id));
  if (fresh.length === 0) {
    if (kept.length !== handled.size) writeHandled(kept);
    return [];
  }
  const notices: WithdrawalNotice[] = [];
  const received = new Date();
  const review = readReview(spreadsheet);
  for (const member of fresh) {
    const reports = removeSavedReports(
      spreadsheet,
      firstDateOf(spreadsheet, settings.timeZone, member),
    );
    const text = [
      CONSENT_MEMBER_TEXT.withdrawalDone(member.name, member.id),
      ...(reports.reportsDeleted.length > 0
        ? [SAVED_REPORT_TEXT.deleted(reports.reportsDeleted)]
        : []),
      ...(reports.reportsToDelete.length > 0
        ? [SAVED_REPORT_TEXT.deleteByHand(reports.reportsToDelete)]
        : []),
      ...(reports.reportsDeleted.length + reports.reportsToDelete.length === 0
        ? [SAVED_REPORT_TEXT.none]
        : [SAVED_REPORT_TEXT.warning]),
    ].join(' ');
    notices.push({ memberId: member.id, text, toDeleteByHand: reports.reportsToDelete.length });
    appendToReview(review, [
      {
        receivedAt: received,
        source: CONSENT_MEMBER_TEXT.withdrawalSource,
        reason: text,
        // Dated, so a second withdrawal (after consent given again) gets its own row.
        key: `${CONSENT_MEMBER_TEXT.withdrawalSource}|consent withdrawn|${member.id}|${received.toISOString()}`,
        // The address lets "Remove a member's data" take this row with the member's others.
        fields: { [RESPONSE_EMAIL]: member.email },
      },
    ]);
    // Recorded member by member: a run that stops half-way does not delete twice.
    kept.push(member.id);
    writeHandled(kept);
  }
  return notices;
}

function writeHandled(ids: readonly MemberId[]): void {
  PropertiesService.getDocumentProperties().setProperty(HANDLED_KEY, JSON.stringify(ids));
}
