/** Sending one email with MailApp, and what the mail quota allows. */
import { errorMessage } from '../domain/errors';
import { headerText } from '../domain/mail-headers';

export interface OutgoingEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The group's name, shown as the sender's name. */
  senderName: string;
  replyTo: string;
}

export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/**
 * How an email to `to` is addressed so that no recipient sees another's address: one person in
 * To:, or several in Bcc: with the sending account itself in To:. MailApp counts every address
 * in To:, Cc: and Bcc: against the day's quota, so `recipients` is what the send costs.
 * https://developers.google.com/apps-script/guides/services/quotas
 */
export function addressing(
  to: readonly string[],
  senderAddress: string,
): { to: string; bcc: string; recipients: number } {
  if (to.length <= 1) return { to: to.join(','), bcc: '', recipients: to.length };
  return { to: senderAddress, bcc: to.join(','), recipients: to.length + 1 };
}

/** What sending `email` costs in the day's recipients. */
export function recipientCost(email: Pick<OutgoingEmail, 'to'>, senderAddress: string): number {
  return addressing(email.to, senderAddress).recipients;
}

/**
 * Sends one email. Several recipients go in Bcc: behind the sending account; when Google
 * withholds that account's address, each recipient gets their own copy instead.
 */
export function sendEmail(email: OutgoingEmail, senderAddress = ''): void {
  if (email.to.length > 1 && senderAddress.trim() === '') {
    for (const address of email.to) sendEmail({ ...email, to: [address] });
    return;
  }
  const { to, bcc } = addressing(email.to, senderAddress.trim());
  MailApp.sendEmail({
    to,
    ...(bcc ? { bcc } : {}),
    subject: headerText(email.subject),
    body: email.text,
    htmlBody: email.html,
    name: headerText(email.senderName),
    ...(email.replyTo ? { replyTo: email.replyTo } : {}),
  });
}

/** The error MailApp throws when the day's recipients are used up. */
export function isQuotaError(error: unknown): boolean {
  return /too many times for one day: email/i.test(errorMessage(error));
}
