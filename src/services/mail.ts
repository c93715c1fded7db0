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

export function sendEmail(email: OutgoingEmail): void {
  MailApp.sendEmail({
    to: email.to.join(','),
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
