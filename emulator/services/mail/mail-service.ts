/**
 * MailApp: sends into an emulator-side outbox, enforcing the recipient quota and the
 * per-message limits with Apps Script's error messages.
 * https://developers.google.com/apps-script/reference/mail/mail-app
 * https://developers.google.com/apps-script/guides/services/quotas
 */
import { EmulatorContext } from '../../core/context';
import { bytesOfBlob, isBlobSource } from '../utilities/blob';
import { zonedParts } from '../utilities/time-zone';
import { bareAddress, isValidAddress, splitRecipients } from './addresses';

export const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
export const NO_RECIPIENT = 'Failed to send email: no recipient';
export const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
export const BODY_TOO_LARGE = 'Limit Exceeded: Email Body Size.';
export const invalidEmail = (address: string) => `Invalid email: ${address}`;

/** "Email recipients per message: 50". */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

export interface SentAttachment {
  name: string | null;
  contentType: string | null;
  size: number;
}

export interface SentMessage {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  attachments: SentAttachment[];
  sentAtMs: number;
  sentAt: Date;
}

/**
 * When the daily recipient count starts again.
 * - 'midnight' (default): at midnight in the script's time zone. Predictable for a daily
 *   trigger, whose start drifts by a few virtual ms from day to day.
 * - 'rolling-24h': 24 hours after the first send of the window, as the quotas page words it
 *   ("Quotas are per user and reset 24 hours after the first request"). Use it in tests that
 *   check the app copes with a day whose budget is not yet back.
 */
export type QuotaReset = 'midnight' | 'rolling-24h';

export interface MailServiceOptions {
  /** Recipients a day: 100 for consumer accounts, 1,500 for Workspace. */
  dailyQuota?: number;
  quotaReset?: QuotaReset;
  /** Body size limit: 200 KB consumer, 400 KB Workspace. */
  maxBodyBytes?: number;
}

type Message = GoogleAppsScript.Mail.MailAdvancedParameters;

class Quota {
  private used = 0;
  private windowKey: string | null = null;
  private windowStartMs: number | null = null;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly daily: number,
    private readonly reset: QuotaReset,
  ) {}

  private refresh(): void {
    const now = this.ctx.clock.nowMs();
    if (this.reset === 'midnight') {
      const p = zonedParts(now, this.ctx.scriptTimeZone);
      const key = `${p.year}-${p.month}-${p.day}`;
      if (key !== this.windowKey) {
        this.windowKey = key;
        this.used = 0;
      }
    } else if (this.windowStartMs !== null && now >= this.windowStartMs + 86_400_000) {
      this.windowStartMs = null;
      this.used = 0;
    }
  }

  remaining(): number {
    this.refresh();
    return this.daily - this.used;
  }

  consume(n: number): void {
    this.refresh();
    if (this.windowStartMs === null) this.windowStartMs = this.ctx.clock.nowMs();
    this.used += n;
  }

  setRemaining(n: number): void {
    this.refresh();
    if (this.windowStartMs === null) this.windowStartMs = this.ctx.clock.nowMs();
    this.used = this.daily - n;
  }
}

function normalise(
  first: string | Message,
  second?: string,
  third?: string,
  fourth?: string | Message,
): Message {
  if (typeof first === 'object' && first !== null) return { ...first };
  if (typeof fourth === 'string') {
    // sendEmail(to, replyTo, subject, body)
    return { to: first, replyTo: second, subject: third, body: fourth };
  }
  return { ...(fourth ?? {}), to: first, subject: second, body: third };
}

/**
 * Header fields a script sets are single lines. A CR or LF in a subject or sender name would
 * split the header (RFC 5322 section 2.2: header field bodies hold no CR or LF) and other control
 * characters have no place in one; shared/APPS-SCRIPT-NOTES.md says to strip them before they
 * reach MailApp. Stricter reading: MailApp refuses them (emulator wording; the real message, if
 * any, is unverified).
 */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
export const headerNotSingleLine = (field: 'subject' | 'name') =>
  `Invalid argument: ${field} (it must be a single line without control characters)`;

export class FakeMailApp implements GoogleAppsScript.Mail.MailApp {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly quotas: (user: string) => Quota,
    private readonly sent: SentMessage[],
    private readonly failures: Map<string, string>,
    private readonly maxBodyBytes: number,
  ) {}

  getRemainingDailyQuota(): number {
    this.ctx.meter.record('MailApp', 'MailApp.getRemainingDailyQuota');
    return this.quota.remaining();
  }

  /** "Quotas are per user": the account the execution runs as. */
  private get quota(): Quota {
    return this.quotas(this.ctx.accountEmail);
  }

  sendEmail(
    first: string | Message,
    second?: string,
    third?: string,
    fourth?: string | Message,
  ): void {
    this.ctx.meter.record('MailApp', 'MailApp.sendEmail');
    const m = normalise(first, second, third, fourth);
    const to = splitRecipients(m.to);
    const cc = splitRecipients(m.cc);
    const bcc = splitRecipients(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw new Error(NO_RECIPIENT);
    const invalid = all.find((r) => !isValidAddress(r));
    if (invalid !== undefined) throw new Error(invalidEmail(invalid));
    if (m.replyTo && !isValidAddress(m.replyTo)) throw new Error(invalidEmail(m.replyTo));
    if (all.length > MAX_RECIPIENTS_PER_MESSAGE) throw new Error(TOO_MANY_RECIPIENTS);
    if (m.subject !== undefined && m.subject !== null && CONTROL_CHARACTER.test(String(m.subject)))
      throw new Error(headerNotSingleLine('subject'));
    if (m.name !== undefined && m.name !== null && CONTROL_CHARACTER.test(String(m.name)))
      throw new Error(headerNotSingleLine('name'));
    const body = m.body === undefined || m.body === null ? '' : String(m.body);
    const htmlBody = m.htmlBody === undefined || m.htmlBody === null ? null : String(m.htmlBody);
    if (Buffer.byteLength(body) + Buffer.byteLength(htmlBody ?? '') > this.maxBodyBytes) {
      throw new Error(BODY_TOO_LARGE);
    }
    if (this.quota.remaining() < all.length) throw new Error(QUOTA_EXCEEDED);
    for (const r of all) {
      const failure = this.failures.get(bareAddress(r).toLowerCase());
      if (failure !== undefined) throw new Error(failure);
    }
    this.quota.consume(all.length);
    const now = this.ctx.clock.nowMs();
    this.sent.push({
      from: this.ctx.accountEmail,
      to,
      cc,
      bcc,
      subject: m.subject === undefined || m.subject === null ? '' : String(m.subject),
      body,
      htmlBody,
      name: m.name ?? null,
      replyTo: m.replyTo ?? null,
      noReply: m.noReply === true,
      attachments: (m.attachments ?? []).map((a) => this.describe(a)),
      sentAtMs: now,
      sentAt: new Date(now),
    });
  }

  private describe(source: unknown): SentAttachment {
    if (!isBlobSource(source)) return { name: null, contentType: null, size: 0 };
    const blob = this.ctx.meter.internal(() => source.getBlob());
    return {
      name: this.ctx.meter.internal(() => blob.getName()),
      contentType: this.ctx.meter.internal(() => blob.getContentType()),
      size: bytesOfBlob(this.ctx, blob).length,
    };
  }
}

export interface MailServiceHandle {
  global: FakeMailApp;
  /** Every message sent so far (copies), oldest first. */
  outbox(): SentMessage[];
  clearOutbox(): void;
  /** Sets what getRemainingDailyQuota returns for the current user, for the rest of the day. */
  setRemainingQuota(n: number): void;
  /** Makes any send that includes this address throw `message` (nothing is sent or counted). */
  failFor(address: string, message: string): void;
  clearFailures(): void;
}

export function createMailService(
  ctx: EmulatorContext,
  options: MailServiceOptions = {},
): MailServiceHandle {
  const byUser = new Map<string, Quota>();
  const quotaOf = (user: string): Quota => {
    let quota = byUser.get(user);
    if (!quota) {
      quota = new Quota(ctx, options.dailyQuota ?? 100, options.quotaReset ?? 'midnight');
      byUser.set(user, quota);
    }
    return quota;
  };
  const sent: SentMessage[] = [];
  const failures = new Map<string, string>();
  const global = new FakeMailApp(ctx, quotaOf, sent, failures, options.maxBodyBytes ?? 200 * 1024);
  return {
    global,
    outbox: () =>
      sent.map((m) => ({
        ...m,
        to: [...m.to],
        cc: [...m.cc],
        bcc: [...m.bcc],
        attachments: m.attachments.map((a) => ({ ...a })),
        sentAt: new Date(m.sentAtMs),
      })),
    clearOutbox: () => {
      sent.length = 0;
    },
    setRemainingQuota: (n) => quotaOf(ctx.accountEmail).setRemaining(n),
    failFor: (address, message) => failures.set(address.toLowerCase(), message),
    clearFailures: () => failures.clear(),
  };
}
