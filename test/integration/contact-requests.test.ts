/**
 * "Would you like someone from the group to get in touch this week?" (issue 14 item 2) on the
 * compiled bundle: a Yes reaches the organisers and that week's facilitators in the same
 * execution, one email each with the member's name and contact only, exactly once; it stays in
 * the weekly digest until a facilitator marks it done; removing the member removes it.
 */
import { Environment } from '../../emulator/environment';
import { setSetting, setting, sheetNames } from './harness';
import { addMembers, submitCheckin } from './members';
import {
  CONTACT_TITLE,
  contactEmails,
  contactFixture,
  DAY,
  digestsTo,
  rows,
  SECRET_COMMENT,
  submitContactCheckin,
} from './contact-fixture';

function markDone(env: Environment): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName('Contact requests')!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    sheet.getRange(2, headers.indexOf('Status') + 1).setValue('done');
  });
}

describe('contact requests', () => {
  let env: Environment;
  let expected: string[];
  beforeEach(() => {
    ({ env, expected } = contactFixture());
  });

  it('Set up makes the tab and puts the optional question on the check-in', () => {
    expect(sheetNames(env)).toContain('Contact requests');
    const titles = env.meter.internal(() =>
      env.forms
        .getById(String(setting(env, 'Check-in form ID')))!
        .getItems()
        .map((item) => item.getTitle()),
    );
    expect(titles).toContain(CONTACT_TITLE);
  });

  it('a check-in without the answer, or with No, raises nothing', () => {
    submitCheckin(env, 'cy@example.org');
    submitContactCheckin(env, 'di@example.org', 'No');
    expect(contactEmails(env)).toEqual([]);
    expect(rows(env, 'Contact requests')).toEqual([]);
  });

  it("a Yes emails the organisers and this week's facilitators at once, name and contact only", () => {
    submitContactCheckin(env, 'cy@example.org');
    const execution = env.executions.at(-1)!;
    expect(execution.handler).toBe('onFormSubmitTrigger');
    expect(execution.ok).toBe(true);
    const emails = contactEmails(env);
    expect(emails.map((message) => message.to.join()).sort()).toEqual([...expected].sort());
    for (const message of emails) {
      // Sent within the form-submit execution itself.
      expect(message.sentAtMs).toBeGreaterThanOrEqual(execution.startedAtMs);
      expect(message.sentAtMs).toBeLessThanOrEqual(execution.startedAtMs + execution.elapsedMs);
      expect(message.to).toHaveLength(1);
      expect(message.cc).toEqual([]);
      expect(message.bcc).toEqual([]);
      expect(message.subject).toContain('Cy Dube');
      expect(message.body).toContain('cy@example.org');
      expect(`${message.body}${message.htmlBody}`).not.toContain(SECRET_COMMENT);
      expect(message.body).not.toMatch(/mood|coping|supported|in person/i);
    }
    expect(rows(env, 'Contact requests')).toEqual([
      expect.objectContaining({ 'Member ID': 'M0003', Name: 'Cy Dube', Status: 'open' }),
    ]);
  });

  it('goes exactly once when the trigger runs twice, and again the next day', () => {
    env.deferFormTriggers = true;
    submitContactCheckin(env, 'cy@example.org');
    // Google delivers the same event twice.
    env.runQueuedFormTriggers([0, 0]);
    env.advanceBy(2 * DAY);
    env.clickMenu('Send due reminders now');
    expect(
      contactEmails(env)
        .map((message) => message.to.join())
        .sort(),
    ).toEqual([...expected].sort());
    expect(rows(env, 'Contact requests')).toHaveLength(1);
  });

  it('is in the weekly digest until a facilitator marks it done', () => {
    submitContactCheckin(env, 'cy@example.org');
    // Thursday 8 January's digest went before the request; next week's names it.
    env.advanceTo(Date.UTC(2026, 0, 15, 12, 0, 0));
    const [digest] = digestsTo(env, 'lead@example.org').slice(-1);
    expect(digest.body).toMatch(/Contact requests: 1 member asked/);
    expect(digest.body).toContain('Cy Dube (cy@example.org)');
    expect(digest.body).not.toContain(SECRET_COMMENT);
    markDone(env);
    env.advanceTo(Date.UTC(2026, 0, 22, 12, 0, 0));
    const [later] = digestsTo(env, 'lead@example.org').slice(-1);
    expect(later.subject).toMatch(/19 January/);
    expect(later.body).not.toContain('Cy Dube');
  });

  it('a failed send is retried by the next daily run, once', () => {
    env.mail.failFor(expected[1], 'Service error: Mail');
    submitContactCheckin(env, 'cy@example.org');
    expect(contactEmails(env).map((message) => message.to.join())).toEqual([expected[0]]);
    const failed = rows(env, 'Sent').find((row) => String(row['Status']).startsWith('failed'));
    expect(failed?.['Kind']).toBe('contact-request');
    env.mail.clearFailures();
    env.advanceBy(DAY);
    env.advanceBy(DAY);
    expect(
      contactEmails(env)
        .map((message) => message.to.join())
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('is not held back by the daily email budget', () => {
    setSetting(env, 'Daily email budget', 0);
    submitContactCheckin(env, 'cy@example.org');
    expect(contactEmails(env)).toHaveLength(expected.length);
  });

  it("goes before the day's reminders when the quota is short", () => {
    // No recipients left on Thursday: the request waits as pending.
    env.mail.setRemainingQuota(0);
    submitContactCheckin(env, 'cy@example.org');
    expect(contactEmails(env)).toEqual([]);
    expect(rows(env, 'Contact requests')).toHaveLength(1);
    // Three newcomers: their survey reminders are due on Friday too.
    addMembers(env, [
      { name: 'New One', email: 'n1@example.org', joined: '2026-01-08' },
      { name: 'New Two', email: 'n2@example.org', joined: '2026-01-08' },
      { name: 'New Three', email: 'n3@example.org', joined: '2026-01-08' },
    ]);
    env.advanceTo(Date.UTC(2026, 0, 9, 0, 30, 0));
    env.mail.setRemainingQuota(expected.length);
    env.advanceTo(Date.UTC(2026, 0, 9, 12, 0, 0));
    expect(
      contactEmails(env)
        .map((message) => message.to.join())
        .sort(),
    ).toEqual([...expected].sort());
    const toNewcomers = () =>
      env.mail.outbox().filter((message) => /^n\d@/.test(message.to.join()));
    expect(toNewcomers()).toHaveLength(0);
    env.advanceTo(Date.UTC(2026, 0, 10, 12, 0, 0));
    expect(toNewcomers()).toHaveLength(3);
    expect(contactEmails(env)).toHaveLength(expected.length);
  });

  it('removing the member deletes their request and its Sent rows', () => {
    submitContactCheckin(env, 'cy@example.org');
    env.openSpreadsheet();
    env.sheets.ui.queuePromptResponse('cy@example.org', 'OK');
    env.sheets.ui.queueAlertResponse('YES');
    env.clickMenu("Remove a member's data");
    expect(rows(env, 'Contact requests')).toEqual([]);
    expect(rows(env, 'Sent').filter((row) => row['Kind'] === 'contact-request')).toEqual([]);
  });
});
