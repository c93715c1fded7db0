/**
 * Turns pending form-response rows into accepted rows (with the fields the script derives:
 * member id, session, survey wave) or rejected rows for Review with their reason. Nothing is
 * dropped: every pending row comes out in exactly one of the two lists.
 */
import { CONSENT_MEMBER_TEXT } from './consent';
import { CHECKIN_ITEMS } from './forms/checkin-form';
import { shownText } from './forms/shown-form';
import { collectsEmail, FormSpec, RESPONSE_EMAIL, RESPONSE_TIMESTAMP } from './forms/form-spec';
import { ValidResponse, validateResponse } from './forms/validate-response';
import { localName, t } from './i18n';
import { normaliseEmail } from './members';
import { cellToText } from './sheet/cells';
import { HeaderMap } from './sheet/header-map';
import { TAB } from './sheet/tabs';
import { IsoDate, Member, MemberId, Session } from './types';

export interface PendingRow {
  /** 1-based sheet row. */
  row: number;
  values: readonly unknown[];
}

export interface AcceptedRow {
  row: number;
  memberId: MemberId;
  /** Check-ins: the session the check-in belongs to. Surveys: the local date answered. */
  sessionDate: IsoDate;
  /** Surveys: "baseline" or "follow-up N". Check-ins: ''. */
  wave: string;
  response: ValidResponse;
}

export interface RejectedRow {
  row: number;
  reason: string;
  values: readonly unknown[];
}

export interface IntakeContext {
  membersByEmail: ReadonlyMap<string, Member>;
  /** Emails on more than one Members row: a response from one cannot be attributed. */
  ambiguousEmails: ReadonlySet<string>;
  sessions: readonly Session[];
  /** Surveys already accepted per member, to number waves. */
  surveysSoFar: ReadonlyMap<MemberId, number>;
  localDateOf: (date: Date) => IsoDate;
  /**
   * Extra checks of a valid response (e.g. instrument scoring), given also the row's cells by
   * question title as stored; reasons make it rejected.
   */
  extraChecks?: (response: ValidResponse, storedByTitle: Record<string, unknown>) => string[];
}

export interface IntakeResult {
  accepted: AcceptedRow[];
  rejected: RejectedRow[];
}

/** A key that identifies one submission, stable across re-runs, for Review de-duplication. */
export function responseKey(source: string, values: readonly unknown[], map: HeaderMap): string {
  return `${source}|${cellToText(map.get(values, RESPONSE_TIMESTAMP))}|${normaliseEmail(map.get(values, RESPONSE_EMAIL))}`;
}

/** Reasons a check-in goes to Review instead of a session; words a facilitator reads. */
export const INTAKE_TEXT = {
  noSession: (onOrBefore: IsoDate) =>
    t('review.intake.noSession', {
      date: onOrBefore,
      sessionsTab: localName('tab.', TAB.sessions),
    }),
  cancelled: (session: IsoDate, named: boolean) =>
    t(named ? 'review.intake.cancelledNamed' : 'review.intake.cancelledLatest', {
      date: session,
      question: shownText(CHECKIN_ITEMS.sessionDate),
    }),
  ambiguousEmail: (email: string) =>
    t('review.intake.ambiguousEmail', { email, membersTab: localName('tab.', TAB.members) }),
  unknownEmail: (email: string) =>
    t('review.intake.unknownEmail', { email, membersTab: localName('tab.', TAB.members) }),
} as const;

/**
 * The session a check-in belongs to: the session on the date the member named, else the
 * nearest past session on or before that date (late check-ins). When that session was
 * cancelled the check-in is not moved to an earlier one: which session it was for is a
 * facilitator's call, so it goes to Review with the reason.
 */
export function attributeSession(
  sessions: readonly Session[],
  onOrBefore: IsoDate,
  named = false,
): { date: IsoDate } | { reason: string } {
  let best: Session | null = null;
  for (const session of sessions) {
    if (session.date > onOrBefore) continue;
    // A date with a held (or planned) session and a cancelled one counts as not cancelled.
    const later = best === null || session.date > best.date;
    const sameDayBetter =
      best !== null && session.date === best.date && best.status === 'cancelled';
    if (later || sameDayBetter) best = session;
  }
  if (best === null) return { reason: INTAKE_TEXT.noSession(onOrBefore) };
  if (best.status === 'cancelled') return { reason: INTAKE_TEXT.cancelled(best.date, named) };
  return { date: best.date };
}

export function processResponses(
  spec: FormSpec,
  headers: readonly unknown[],
  pending: readonly PendingRow[],
  context: IntakeContext,
): IntakeResult {
  const map = new HeaderMap(headers);
  const surveysSoFar = new Map(context.surveysSoFar);
  const accepted: AcceptedRow[] = [];
  const rejected: RejectedRow[] = [];
  const reject = (row: PendingRow, reasons: string[]) =>
    rejected.push({ row: row.row, reason: capitalise(reasons.join('; ')), values: row.values });

  for (const row of [...pending].sort((a, b) => a.row - b.row)) {
    const checked = validateResponse(spec, map, row.values, context.localDateOf);
    const reasons = checked.ok ? [] : [...checked.reasons];
    if (!collectsEmail(spec)) {
      // Anonymous (Group feedback, Community survey): no member, no session; the answers and
      // the form's own checks (a Community survey's event code) are all there is.
      if (checked.ok)
        reasons.push(...(context.extraChecks?.(checked.response, map.toRecord(row.values)) ?? []));
      if (!checked.ok || reasons.length > 0) reject(row, reasons);
      else
        accepted.push({
          row: row.row,
          memberId: '',
          sessionDate: context.localDateOf(checked.response.timestamp),
          wave: '',
          response: checked.response,
        });
      continue;
    }
    // The email is checked even when answers are wrong, so a facilitator sees every problem at once.
    const email = normaliseEmail(
      checked.ok ? checked.response.email : map.get(row.values, RESPONSE_EMAIL),
    );
    const member = context.membersByEmail.get(email);
    if (email !== '' && context.ambiguousEmails.has(email)) {
      reasons.push(INTAKE_TEXT.ambiguousEmail(email));
    } else if (email !== '' && !member) {
      reasons.push(INTAKE_TEXT.unknownEmail(email));
    }
    // A member who withdrew consent: whatever this response says, it counts in no figure.
    if (member?.consentWithdrawn) reasons.push(CONSENT_MEMBER_TEXT.withdrawnResponse(member.id));
    if (checked.ok)
      reasons.push(...(context.extraChecks?.(checked.response, map.toRecord(row.values)) ?? []));
    if (!checked.ok || !member || reasons.length > 0) {
      reject(row, reasons);
      continue;
    }
    const response = checked.response;
    const answeredOn = context.localDateOf(response.timestamp);
    if (spec.kind === 'checkin') {
      const named = response.answers[CHECKIN_ITEMS.sessionDate];
      const session = attributeSession(
        context.sessions,
        typeof named === 'string' ? named : answeredOn,
        typeof named === 'string',
      );
      if ('reason' in session) {
        reject(row, [session.reason]);
        continue;
      }
      accepted.push({
        row: row.row,
        memberId: member.id,
        sessionDate: session.date,
        wave: '',
        response,
      });
    } else {
      const before = surveysSoFar.get(member.id) ?? 0;
      surveysSoFar.set(member.id, before + 1);
      accepted.push({
        row: row.row,
        memberId: member.id,
        sessionDate: answeredOn,
        wave: before === 0 ? 'baseline' : `follow-up ${before}`,
        response,
      });
    }
  }
  return { accepted, rejected };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}
