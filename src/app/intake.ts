/**
 * Intake of form responses: every pending row of a response tab ends up either accepted (with
 * its derived fields) or copied verbatim to Review and removed from the response tab, so
 * response rows + Review rows always account for every submission.
 */
import { localDateFormatter, startOfLocalDay } from '../domain/dates';
import { CHECKIN_FORM } from '../domain/forms/checkin-form';
import { FEEDBACK_FORM } from '../domain/forms/feedback-form';
import { FormSpec } from '../domain/forms/form-spec';
import { surveyChecks } from '../domain/forms/survey-form';
import { IntakeContext, processResponses, responseKey } from '../domain/intake';
import { indexMembersByEmail } from '../domain/members';
import { Settings } from '../domain/settings';
import { HeaderMap } from '../domain/sheet/header-map';
import { DERIVED_COLUMNS, TAB } from '../domain/sheet/tabs';
import { Member } from '../domain/types';
import { readMembers } from '../services/records/members';
import {
  deleteRows,
  DerivedUpdate,
  isBlankRow,
  readResponseTab,
  STATUS_BLANK,
  STATUS_IN_REVIEW,
  STATUS_OK,
  writeDerived,
} from '../services/records/responses';
import { appendToReview, readReview, ReviewEntry } from '../services/records/review';
import { readSessions } from '../services/records/sessions';
import { syncStories } from '../services/records/stories';
import { readCommunityPlan, readSurveyPlan } from '../services/records/wording';
import { readEventCodes } from '../services/records/activities';
import { communityChecks } from '../domain/forms/community-form';
import { today } from '../services/clock';
import { scriptOwnerEmail } from '../services/session';
import {
  contactRequestsIn,
  raiseContactRequests,
  sendContactRequestEmails,
} from './contact-requests';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type ResponseKind = 'checkin' | 'survey' | 'feedback' | 'community';

export const RESPONSE_TABS: Record<ResponseKind, string> = {
  checkin: TAB.checkins,
  survey: TAB.surveys,
  feedback: TAB.feedback,
  community: TAB.community,
};

export function kindOfTab(tabName: string): ResponseKind | null {
  if (tabName === TAB.checkins) return 'checkin';
  if (tabName === TAB.surveys) return 'survey';
  if (tabName === TAB.feedback) return 'feedback';
  if (tabName === TAB.community) return 'community';
  return null;
}

/** The form a response tab's rows are checked against, and the checks beyond the form's own. */
export interface IntakeSpec {
  spec: FormSpec;
  extraChecks?: IntakeContext['extraChecks'];
}

export function intakeSpecOf(
  spreadsheet: Spreadsheet,
  settings: Settings,
  kind: ResponseKind,
): IntakeSpec {
  if (kind === 'feedback') return { spec: FEEDBACK_FORM };
  if (kind === 'community') {
    // The event code must name one Activities row (read only for this form).
    const plan = readCommunityPlan(spreadsheet);
    return { spec: plan.spec, extraChecks: communityChecks(plan, readEventCodes(spreadsheet)) };
  }
  if (kind === 'checkin') return { spec: CHECKIN_FORM };
  const plan = readSurveyPlan(spreadsheet, settings.instruments);
  return { spec: plan.spec, extraChecks: surveyChecks(plan) };
}

export interface IntakeSummary {
  accepted: number;
  toReview: number;
  /** Check-ins in this batch that asked for someone to get in touch. */
  contactRequests: number;
}

export function intakeContext(
  spreadsheet: Spreadsheet,
  settings: Settings,
  kind: ResponseKind,
  surveysSoFar: Map<string, number>,
  extraChecks?: IntakeContext['extraChecks'],
): IntakeContext {
  if (kind === 'feedback' || kind === 'community') {
    // Anonymous: no member to find, so Members is not read.
    return {
      membersByEmail: new Map(),
      ambiguousEmails: new Set(),
      sessions: [],
      surveysSoFar,
      localDateOf: localDateFormatter(settings.timeZone),
      extraChecks,
    };
  }
  const { members } = readMembers(spreadsheet, settings.timeZone, true);
  const sessions = kind === 'checkin' ? readSessions(spreadsheet, settings.timeZone).sessions : [];
  return {
    membersByEmail: indexMembersByEmail(members.filter((member) => member.status !== 'left')),
    ambiguousEmails: duplicateEmails(members),
    sessions,
    surveysSoFar,
    localDateOf: localDateFormatter(settings.timeZone),
    extraChecks,
  };
}

function duplicateEmails(members: readonly Member[]): Set<string> {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const member of members) {
    if (seen.has(member.email)) duplicates.add(member.email);
    seen.add(member.email);
  }
  return duplicates;
}

/** Processes every pending row of one response tab. Call under the script lock. */
export function processPendingResponses(
  spreadsheet: Spreadsheet,
  settings: Settings,
  kind: ResponseKind,
): IntakeSummary {
  const tabName = RESPONSE_TABS[kind];
  const tab = readResponseTab(spreadsheet, tabName);
  const pending = tab.pending.filter((row) => !isBlankRow(row.values));
  const blank = tab.pending.filter((row) => isBlankRow(row.values));
  if (pending.length === 0 && blank.length === 0 && tab.leftInReview.length === 0)
    return { accepted: 0, toReview: 0, contactRequests: 0 };

  const { spec, extraChecks } = intakeSpecOf(spreadsheet, settings, kind);
  const context = intakeContext(spreadsheet, settings, kind, tab.acceptedPerMember, extraChecks);
  const result = processResponses(spec, tab.headers, pending, context);

  const map = new HeaderMap(tab.headers);
  // A check-in asking for contact is recorded before anything marks it processed (see
  // app/contact-requests.ts), so no run can lose it, and none can raise it twice.
  const contactRequests =
    kind === 'checkin' ? contactRequestsIn(tab.headers, pending, context.membersByEmail) : [];
  raiseContactRequests(spreadsheet, settings, contactRequests);
  const derivedNames = new Set<string>(Object.values(DERIVED_COLUMNS));
  const review = readReview(spreadsheet);
  const entries: ReviewEntry[] = result.rejected.map((rejected) => {
    const fields: Record<string, unknown> = {};
    tab.headers.forEach((header, index) => {
      const title = String(header).trim();
      if (title !== '' && !derivedNames.has(title)) fields[title] = rejected.values[index] ?? '';
    });
    return {
      receivedAt: new Date(),
      source: tabName,
      reason: rejected.reason,
      key: responseKey(tabName, rejected.values, map),
      fields,
    };
  });
  // Review first: if the run dies after this, the row is still pending and the key stops a copy.
  appendToReview(review, entries);

  const updates: DerivedUpdate[] = [
    ...result.accepted.map((accepted) => ({
      row: accepted.row,
      memberId: accepted.memberId,
      sessionDate: startOfLocalDay(accepted.sessionDate, settings.timeZone),
      wave: accepted.wave,
      status: STATUS_OK,
    })),
    ...result.rejected.map((rejected) => ({
      row: rejected.row,
      memberId: '',
      sessionDate: '' as const,
      wave: '',
      status: STATUS_IN_REVIEW,
    })),
    ...blank.map((row) => ({
      row: row.row,
      memberId: '',
      sessionDate: '' as const,
      wave: '',
      status: STATUS_BLANK,
    })),
  ];
  writeDerived(tab, updates);
  deleteRows(tab.sheet, [...tab.leftInReview, ...result.rejected.map((rejected) => rejected.row)]);
  // A survey may bring a story, or a new answer to the consent to quote one (SPEC section 10).
  if (kind === 'survey' && result.accepted.length > 0) syncStories(spreadsheet, settings.timeZone);
  // At once, in this execution: the organisers and this week's facilitators hear of it now.
  if (contactRequests.length > 0)
    sendContactRequestEmails(
      spreadsheet,
      settings,
      today(settings.timeZone),
      scriptOwnerEmail(),
      Date.now(),
    );
  return {
    accepted: result.accepted.length,
    toReview: result.rejected.length,
    contactRequests: contactRequests.length,
  };
}
