/**
 * Reminder emails over simulated weeks on the compiled bundle: each kind reaches the right
 * people on the right day exactly once, within the quota, and never carries private data.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setSetting, setUpProject, sheetValues, typeRows } from './harness';
import { submitCheckin } from './members';

const DAY = 24 * 60 * 60 * 1000;
const ROLES = 'Facilitator, Co-facilitator, Timekeeper, Greeter, Note-taker';
const SECRET_NOTE = 'SECRET-NOTE-7731';
const SECRET_COMMENT = 'SECRET-COMMENT-4419';
const HOSTILE_NAME = '<img src=x onerror=alert(1)> & "Co"';

function rows(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...data] = sheetValues(env, tab);
  return data.map((row) =>
    Object.fromEntries(headers.map((header, index) => [String(header), row[index]])),
  );
}

const localDay = (env: Environment, at: Date | number) =>
  env.utilities.global.formatDate(new Date(at), 'Europe/London', 'yyyy-MM-dd');

/** Members typed by a facilitator: [name, email, roles, email reminders, buddy]. */
function addGroup(env: Environment, people: Array<[string, string, string, string, string]>): void {
  typeRows(
    env,
    'Members',
    people.map(([name, email, roles, reminders, buddy]) => [
      '',
      name,
      email,
      '2025-06-01',
      'active',
      roles,
      '',
      '',
      reminders,
      buddy,
      1,
      '',
      SECRET_NOTE,
    ]),
  );
}

describe('reminder emails', () => {
  let env: Environment;
  beforeEach(() => {
    // Monday 5 January 2026; the group meets on Wednesdays.
    env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    setSetting(env, 'Organisers', 'lead@example.org');
  });

  it('sends each kind to the right people on the right day, exactly once over three weeks', () => {
    addGroup(env, [
      ['Ann', 'ann@example.org', ROLES, 'yes', 'yes'],
      ['Bo', 'bo@example.org', ROLES, 'yes', 'yes'],
      ['Cy', 'cy@example.org', ROLES, 'yes', 'yes'],
      ['Di', 'di@example.org', ROLES, 'yes', 'yes'],
      [HOSTILE_NAME, 'eve@example.org', ROLES, 'yes', 'yes'],
      ['Fay', 'fay@example.org', ROLES, 'no', 'yes'],
    ]);
    env.clickMenu('Plan rotation');
    env.clickMenu('Assign buddies');
    env.advanceBy(DAY);
    submitCheckin(env, 'ann@example.org', { comment: SECRET_COMMENT, mood: 1 });
    // Three weeks of daily runs, with a second run on some days.
    for (let day = 0; day < 21; day += 1) {
      env.advanceBy(DAY);
      if (day % 5 === 0) env.run('dailyRun', undefined, 'trigger');
    }
    const failures = env.executions.filter((execution) => !execution.ok);
    expect(failures).toEqual([]);

    const outbox = env.mail.outbox();
    const sent = rows(env, 'Sent');
    const keys = sent.map((row) => String(row['Key']));
    expect(new Set(keys).size).toBe(keys.length);
    expect(sent.filter((row) => row['Status'] === 'sent')).toHaveLength(outbox.length);

    // Role duty: two days before each session, to each member on duty.
    const rotation = rows(env, 'Rotation').filter(
      (row) => localDay(env, row['Session date'] as Date) === '2026-01-14',
    );
    for (const duty of rotation) {
      const key = `role-duty:${String(duty['Member ID'])}:2026-01-14`;
      const row = sent.find((candidate) => candidate['Key'] === key)!;
      expect(row).toBeDefined();
      if (duty['Member ID'] === 'M0006') {
        expect(row['Status']).toBe('skipped: email off');
      } else {
        expect(row['Status']).toBe('sent');
        expect(localDay(env, row['Sent at'] as Date)).toBe('2026-01-12');
      }
    }
    // Fay turned email off: nothing ever reaches her.
    expect(outbox.filter((message) => message.to.includes('fay@example.org'))).toEqual([]);
    // Buddy introductions: every member with email on, once.
    const intros = sent.filter(
      (row) => String(row['Kind']) === 'buddy-intro' && row['Status'] === 'sent',
    );
    expect(new Set(intros.map((row) => row['Member ID']))).toEqual(
      new Set(['M0001', 'M0002', 'M0003', 'M0004', 'M0005']),
    );
    // The weekly digest: to the organiser and the facilitators, once a week.
    const digests = outbox.filter((message) => message.to.includes('lead@example.org'));
    expect(digests.length).toBe(3);
    // Survey due at joining: one each, with the survey link.
    const surveys = sent.filter(
      (row) => String(row['Kind']) === 'survey-due' && row['Status'] === 'sent',
    );
    expect(surveys).toHaveLength(5);
    expect(outbox.find((message) => message.subject.match(/survey/i))?.body).toContain(
      'https://docs.google.com/forms/',
    );

    // Privacy: no note, comment or answer; member-typed markup escaped in HTML.
    for (const message of outbox) {
      const everything = `${message.subject}\n${message.body}\n${message.htmlBody ?? ''}`;
      expect(everything).not.toContain(SECRET_NOTE);
      expect(everything).not.toContain(SECRET_COMMENT);
      expect(message.htmlBody ?? '').not.toContain('<img src=x');
      expect(message.name).toBe('Our peer support group');
    }
    expect(
      outbox.some((message) =>
        (message.htmlBody ?? '').includes(
          '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;',
        ),
      ),
    ).toBe(true);
  });

  it('when the quota runs out after 3 of 10 sends, the next day sends the other 7 and no duplicate', () => {
    addGroup(
      env,
      Array.from({ length: 10 }, (_, i): [string, string, string, string, string] => [
        `Member ${i + 1}`,
        `m${i + 1}@example.org`,
        '',
        'yes',
        'no',
      ]),
    );
    // Tuesday before the daily run: only 3 recipients left today (the quota resets at midnight).
    env.advanceTo(Date.UTC(2026, 0, 6, 5, 0, 0));
    env.mail.setRemainingQuota(3);
    env.advanceTo(Date.UTC(2026, 0, 6, 12, 0, 0)); // the run: ten survey-due reminders
    expect(env.mail.outbox()).toHaveLength(3);
    expect(rows(env, 'Sent').filter((row) => row['Status'] === 'pending')).toHaveLength(7);
    env.advanceBy(DAY);
    const outbox = env.mail.outbox();
    expect(outbox).toHaveLength(10);
    expect(new Set(outbox.map((message) => message.to.join()))).toEqual(
      new Set(Array.from({ length: 10 }, (_, i) => `m${i + 1}@example.org`)),
    );
    expect(rows(env, 'Sent').every((row) => row['Status'] === 'sent')).toBe(true);
  });

  it('a send that fails is recorded with its reason and does not stop the others', () => {
    addGroup(env, [
      ['Ann', 'ann@example.org', '', 'yes', 'no'],
      ['Bo', 'bo@example.org', '', 'yes', 'no'],
      ['Cy', 'cy@example.org', '', 'yes', 'no'],
    ]);
    env.mail.failFor('bo@example.org', 'Invalid email: bo@example.org');
    env.advanceBy(DAY);
    expect(env.mail.outbox().map((message) => message.to.join())).toEqual([
      'ann@example.org',
      'cy@example.org',
    ]);
    const bo = rows(env, 'Sent').find((row) => row['Member ID'] === 'M0002')!;
    expect(bo['Status']).toBe('failed: Invalid email: bo@example.org');
    env.advanceBy(DAY);
    expect(env.mail.outbox()).toHaveLength(2);
  });

  it('a run that dies after sending, before recording, never sends the same reminder again', () => {
    addGroup(env, [
      ['Ann', 'ann@example.org', '', 'yes', 'no'],
      ['Bo', 'bo@example.org', '', 'yes', 'no'],
    ]);
    // The Sheets write that records "sent" fails: the execution dies with emails already gone.
    env.meter.injectFault({
      service: 'SpreadsheetApp',
      method: 'Range.setValues',
      after: 'MailApp.MailApp.sendEmail',
      message: 'Service Spreadsheets timed out while accessing document.',
    });
    env.advanceBy(DAY);
    expect(env.executions.at(-1)!.ok).toBe(false);
    const sentBefore = env.mail.outbox().length;
    expect(sentBefore).toBeGreaterThan(0);
    env.run('dailyRun', undefined, 'trigger');
    env.advanceBy(DAY);
    expect(env.mail.outbox()).toHaveLength(sentBefore);
    const statuses = rows(env, 'Sent').map((row) => String(row['Status']));
    expect(statuses.every((status) => status === 'sent' || status.startsWith('unconfirmed'))).toBe(
      true,
    );
  });
});
