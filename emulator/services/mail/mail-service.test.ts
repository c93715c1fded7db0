import { createTestingContext } from '../testing-context';
import { createUtilitiesService } from '../utilities/utilities-service';
import {
  BODY_TOO_LARGE,
  MailServiceOptions,
  NO_RECIPIENT,
  QUOTA_EXCEEDED,
  TOO_MANY_RECIPIENTS,
  createMailService,
} from './mail-service';

// 3 March 2025, 09:00 UTC; London is on GMT.
const START = Date.UTC(2025, 2, 3, 9, 0, 0);
const HOUR = 3_600_000;

function setup(options: MailServiceOptions = {}) {
  const ctx = createTestingContext({ start: START, timeZone: 'Europe/London' });
  const mail = createMailService(ctx, options);
  return { ctx, mail, MailApp: mail.global };
}

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `m${i}@example.org`);

describe('MailApp.sendEmail forms', () => {
  it('sends (recipient, subject, body) into the outbox with the sender and virtual time', () => {
    const { ctx, mail, MailApp } = setup();
    MailApp.sendEmail('ana@example.org', 'Your role on Tuesday', 'You are the greeter.');
    const [m] = mail.outbox();
    expect(m).toMatchObject({
      from: ctx.accountEmail,
      to: ['ana@example.org'],
      cc: [],
      bcc: [],
      subject: 'Your role on Tuesday',
      body: 'You are the greeter.',
      htmlBody: null,
    });
    expect(m.sentAtMs).toBe(ctx.clock.nowMs());
    expect(m.sentAt.getTime()).toBe(m.sentAtMs);
  });

  it('takes the options object: htmlBody, name, replyTo, cc, bcc, noReply, attachments', () => {
    const { ctx, mail, MailApp } = setup();
    const Utilities = createUtilitiesService(ctx).global;
    MailApp.sendEmail('ana@example.org', 'Hi', 'plain', {
      htmlBody: '<b>hi</b>',
      name: 'Peer Circle',
      replyTo: 'facilitators@example.org',
      cc: 'bo@example.org',
      bcc: 'cy@example.org, di@example.org',
      noReply: true,
      attachments: [Utilities.newBlob('report', 'application/pdf', 'report.pdf')],
    });
    expect(mail.outbox()[0]).toMatchObject({
      htmlBody: '<b>hi</b>',
      name: 'Peer Circle',
      replyTo: 'facilitators@example.org',
      cc: ['bo@example.org'],
      bcc: ['cy@example.org', 'di@example.org'],
      noReply: true,
      attachments: [{ name: 'report.pdf', contentType: 'application/pdf', size: 6 }],
    });
  });

  it('takes a message object and the (to, replyTo, subject, body) form', () => {
    const { mail, MailApp } = setup();
    MailApp.sendEmail({ to: 'ana@example.org', subject: 'S', htmlBody: '<p>x</p>' });
    MailApp.sendEmail('bo@example.org', 'reply@example.org', 'Subject', 'Body');
    const [a, b] = mail.outbox();
    expect(a).toMatchObject({
      to: ['ana@example.org'],
      subject: 'S',
      body: '',
      htmlBody: '<p>x</p>',
    });
    expect(b).toMatchObject({
      to: ['bo@example.org'],
      replyTo: 'reply@example.org',
      subject: 'Subject',
      body: 'Body',
    });
  });

  it('accepts the "Name <address>" form', () => {
    const { mail, MailApp } = setup();
    MailApp.sendEmail('Ana Lima <ana@example.org>', 's', 'b');
    expect(mail.outbox()).toHaveLength(1);
  });
});

describe('MailApp errors', () => {
  it('rejects an empty recipient', () => {
    const { mail, MailApp } = setup();
    expect(() => MailApp.sendEmail('', 's', 'b')).toThrow(NO_RECIPIENT);
    expect(() => MailApp.sendEmail({ subject: 's', body: 'b' })).toThrow(
      'Failed to send email: no recipient',
    );
    expect(mail.outbox()).toEqual([]);
  });

  it('rejects an invalid address with "Invalid email: <address>"', () => {
    const { MailApp, mail } = setup();
    expect(() => MailApp.sendEmail('ana@example.org, not-an-email', 's', 'b')).toThrow(
      'Invalid email: not-an-email',
    );
    expect(() =>
      MailApp.sendEmail('ana@example.org', 's', 'b', { cc: 'bo at example.org' }),
    ).toThrow('Invalid email: bo at example.org');
    expect(mail.outbox()).toEqual([]);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('allows 50 recipients in one message and refuses 51', () => {
    const { MailApp, mail } = setup();
    const list = addresses(51);
    MailApp.sendEmail(list[0], 's', 'b', { bcc: list.slice(1, 50).join(',') });
    expect(() =>
      MailApp.sendEmail(list[0], 's', 'b', {
        cc: list.slice(1, 20).join(','),
        bcc: list.slice(20).join(','),
      }),
    ).toThrow(TOO_MANY_RECIPIENTS);
    expect(TOO_MANY_RECIPIENTS).toBe('Limit Exceeded: Email Recipients Per Message.');
    expect(mail.outbox()).toHaveLength(1);
  });

  it('refuses a body over the size limit', () => {
    const { MailApp } = setup({ maxBodyBytes: 1000 });
    expect(() => MailApp.sendEmail('a@example.org', 's', 'x'.repeat(1001))).toThrow(BODY_TOO_LARGE);
  });
});

describe('MailApp daily quota', () => {
  it('counts recipients in to, cc and bcc', () => {
    const { MailApp } = setup();
    MailApp.sendEmail('a@example.org, b@example.org', 's', 'b', {
      cc: 'c@example.org',
      bcc: 'd@example.org',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(96);
  });

  it('throws the real message when the quota is spent, sending nothing', () => {
    const { MailApp, mail } = setup({ dailyQuota: 3 });
    MailApp.sendEmail('a@example.org, b@example.org', 's', 'b');
    expect(() => MailApp.sendEmail('c@example.org, d@example.org', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    MailApp.sendEmail('c@example.org', 's', 'b');
    expect(() => MailApp.sendEmail('d@example.org', 's', 'b')).toThrow(QUOTA_EXCEEDED);
    expect(mail.outbox()).toHaveLength(2);
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
  });

  it('resets at midnight in the script time zone by default', () => {
    const { ctx, MailApp, mail } = setup({ dailyQuota: 1 });
    MailApp.sendEmail('a@example.org', 's', 'b');
    ctx.clock.set(Date.UTC(2025, 2, 3, 23, 59, 0)); // 23:59 in London
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    ctx.clock.set(Date.UTC(2025, 2, 4, 0, 0, 0));
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    mail.setRemainingQuota(0);
    expect(() => MailApp.sendEmail('a@example.org', 's', 'b')).toThrow(QUOTA_EXCEEDED);
  });

  it('can reset 24 hours after the first send instead', () => {
    const { ctx, MailApp } = setup({ dailyQuota: 1, quotaReset: 'rolling-24h' });
    MailApp.sendEmail('a@example.org', 's', 'b');
    const firstSend = ctx.clock.nowMs();
    ctx.clock.set(Date.UTC(2025, 2, 4, 1, 0, 0)); // past midnight, not yet 24 h
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    ctx.clock.set(firstSend + 24 * HOUR);
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
  });

  it('setRemainingQuota sets what is left today', () => {
    const { mail, MailApp } = setup();
    mail.setRemainingQuota(2);
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
  });
});

describe('MailApp faults and metering', () => {
  it('failFor makes sends including that address throw, nothing sent or counted', () => {
    const { mail, MailApp } = setup();
    mail.failFor('Bo@Example.org', 'Service error: Mail');
    expect(() => MailApp.sendEmail('a@example.org, bo@example.org', 's', 'b')).toThrow(
      'Service error: Mail',
    );
    MailApp.sendEmail('a@example.org', 's', 'b');
    expect(mail.outbox()).toHaveLength(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(99);
    mail.clearFailures();
    MailApp.sendEmail('bo@example.org', 's', 'b');
    expect(mail.outbox()).toHaveLength(2);
  });

  it('counts calls, charges latency and throws an injected fault at the nth send', () => {
    const { ctx, MailApp, mail } = setup();
    ctx.meter.injectFault({
      service: 'MailApp',
      method: 'MailApp.sendEmail',
      nth: 2,
      message: 'boom',
    });
    const t0 = ctx.clock.nowMs();
    MailApp.sendEmail('a@example.org', 's', 'b');
    expect(ctx.clock.nowMs() - t0).toBe(100);
    expect(() => MailApp.sendEmail('b@example.org', 's', 'b')).toThrow('boom');
    MailApp.sendEmail('c@example.org', 's', 'b');
    expect(mail.outbox().map((m) => m.to[0])).toEqual(['a@example.org', 'c@example.org']);
    expect(ctx.meter.snapshot()['MailApp.MailApp.sendEmail']).toBe(2);
  });
});
