/**
 * Turns a due candidate into an email to send or a reminder skipped for good.
 *
 * Skipped reminders keep their key and get a Sent row ("skipped: <reason>"), so they are
 * decided once and not re-evaluated every day; when the reason goes away (email back on, a
 * member back from a pause), later reminders (new dates, new keys) reach them again.
 *
 * Test mode changes only where an email goes: the same rules decide what is due or skipped, so
 * the organisers see exactly what members would get, each email marked with who it was for.
 */
import { t } from '../i18n';
import { Candidate } from './candidate';
import { singleLine } from './format';
import { Letter, notice, renderHtml, renderText } from './message';
import { ORGANISERS, PlannedEmail, ReminderSettings, SkippedReminder } from './types';

export const SKIP_REASONS = {
  groupEmailOff: 'email off for the group',
  memberEmailOff: 'email off',
  memberPaused: 'member paused',
  memberLeft: 'member left',
  noEmailAddress: 'no email address',
  noDigestRecipient: 'no facilitator or organiser to send to',
  noTestRecipient: 'test mode: no organiser address',
} as const;

export type Delivery =
  { status: 'due'; email: PlannedEmail } | { status: 'skipped'; skipped: SkippedReminder };

/** Where test mode sends everything: the organisers, else the account running the script. */
export function testRecipients(settings: ReminderSettings, organiserFallback: string): string[] {
  const organisers = settings.organisers.map((email) => email.trim()).filter(Boolean);
  if (organisers.length > 0) return organisers;
  return organiserFallback.trim() === '' ? [] : [organiserFallback.trim()];
}

function realRecipients(candidate: Candidate): string[] {
  return candidate.recipient.type === 'member'
    ? [candidate.recipient.member.email]
    : candidate.recipient.emails;
}

function skipReason(
  candidate: Candidate,
  settings: ReminderSettings,
  testAddresses: readonly string[],
): string | null {
  if (!settings.emailOn) return SKIP_REASONS.groupEmailOff;
  const { recipient } = candidate;
  if (recipient.type === 'member') {
    if (recipient.member.status === 'paused') return SKIP_REASONS.memberPaused;
    if (recipient.member.status === 'left') return SKIP_REASONS.memberLeft;
    if (!recipient.member.emailReminders) return SKIP_REASONS.memberEmailOff;
    if (recipient.member.email === '') return SKIP_REASONS.noEmailAddress;
  } else if (recipient.emails.length === 0) {
    return SKIP_REASONS.noDigestRecipient;
  }
  if (settings.testMode && testAddresses.length === 0) return SKIP_REASONS.noTestRecipient;
  return null;
}

function intendedFor(candidate: Candidate): string {
  const { recipient } = candidate;
  if (recipient.type === 'organisers') return recipient.emails.join(', ');
  const { name, email } = recipient.member;
  return name.trim() === '' ? email : `${name} <${email}>`;
}

function markAsTest(letter: Letter, candidate: Candidate): Letter {
  return {
    subject: t('mail.test.subject', { subject: letter.subject }),
    blocks: [
      notice(t('mail.test.notice', { recipient: intendedFor(candidate) })),
      ...letter.blocks,
    ],
  };
}

export function deliver(
  candidate: Candidate,
  key: string,
  settings: ReminderSettings,
  organiserFallback: string,
): Delivery {
  const memberId =
    candidate.recipient.type === 'member'
      ? candidate.recipient.member.id
      : (candidate.recipient.memberId ?? ORGANISERS);
  const testAddresses = testRecipients(settings, organiserFallback);
  const reason = skipReason(candidate, settings, testAddresses);
  if (reason !== null) {
    return {
      status: 'skipped',
      skipped: { key, kind: candidate.kind, memberId, forDate: candidate.forDate, reason },
    };
  }
  const composed = candidate.compose();
  const letter = settings.testMode ? markAsTest(composed, candidate) : composed;
  return {
    status: 'due',
    email: {
      key,
      kind: candidate.kind,
      memberId,
      forDate: candidate.forDate,
      to: settings.testMode ? testAddresses : realRecipients(candidate),
      replyTo: settings.replyTo.trim(),
      subject: singleLine(letter.subject),
      text: renderText(letter.blocks),
      html: renderHtml(letter.blocks),
    },
  };
}
