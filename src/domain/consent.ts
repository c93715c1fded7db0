/**
 * Withdrawing consent (SPEC section 9): a facilitator sets the member's Members "Consent" cell to
 * "withdrawn". From then on none of the member's answers, past or future, count in any figure
 * (every outcome tab, the report, the quoted stories), they get no survey reminder, and a later
 * response from them is kept in Review with the reason. Their rows stay in the sheet for the
 * facilitators (deleting them is "Remove a member's data").
 *
 * What "no figure" covers: the member is left out of every figure input, not only their check-in
 * and survey answers. Attendance, retention and the response rate are about the member as much
 * as their answers are (a check-in says how they took part; a response rate that still expected
 * their check-ins would read as if they had stopped answering), and leadership counts from the
 * rota would still show them. So the figures are exactly those of the group without them, and
 * what a facilitator tells the member ("you are out of the group's statistics") is true. The rota
 * itself goes on: being on duty is running the group, not an answer.
 */
import { t } from './i18n';
import type { MemberId } from './types';

export const MEMBER_CONSENT = ['given', 'withdrawn'] as const;
export type MemberConsent = (typeof MEMBER_CONSENT)[number];

export const CONSENT_MEMBER_TEXT = {
  columnHelp:
    'Empty or "given": the member agreed on the forms. Set "withdrawn" when they withdraw ' +
    'consent: at the next refresh none of their answers count in any figure, they get no survey ' +
    'reminder, and saved reports whose period included them are deleted (compared with later ' +
    'figures they would give their answers back). Their rows stay for the facilitators; use ' +
    '"Remove a member\'s data" to delete them.',
  badValue: (typed: string) =>
    t('notices.consent.badValue', {
      typed,
      given: MEMBER_CONSENT[0],
      withdrawn: MEMBER_CONSENT[1],
    }),
  /** Review reason for a response from a member who withdrew consent. */
  withdrawnResponse: (memberId: MemberId) =>
    t('notices.consent.withdrawnResponse', {
      memberId,
      given: MEMBER_CONSENT[0],
      withdrawn: MEMBER_CONSENT[1],
    }),
  /** The Review row that tells the facilitators a withdrawal was acted on. */
  withdrawalSource: 'Members',
  withdrawalDone: (name: string, memberId: MemberId) =>
    t('notices.consent.withdrawalDone', { name: name || memberId, memberId }),
} as const;

/**
 * The Consent cell read: true when consent is withdrawn. An unrecognised value counts as
 * withdrawn (the stricter reading: someone typed there to say something) and is a problem.
 */
export function parseConsent(cell: unknown): { withdrawn: boolean; problem: string | null } {
  const typed = String(cell ?? '').trim();
  const folded = typed.toLowerCase();
  if (folded === '' || folded === 'given') return { withdrawn: false, problem: null };
  if (folded === 'withdrawn') return { withdrawn: true, problem: null };
  return { withdrawn: true, problem: CONSENT_MEMBER_TEXT.badValue(typed) };
}

// The report's note when some members withdrew consent (never who, nor how many) is the
// catalogue's 'report.caveats.withdrawn'.
