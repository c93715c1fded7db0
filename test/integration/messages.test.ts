/**
 * Messages a group can make its own (issue 16, item 3), on the compiled bundle: the Messages tab
 * holds each email's subject and body with {{placeholders}} (today's wording by default), duty
 * reminders say where and how to join and what the role involves, greetings use the first name,
 * and a broken template is refused with its cell named while the default goes out meanwhile.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setSetting, setUpProject, sheetValues, typeRows } from './harness';

const DAY = 24 * 60 * 60 * 1000;
const ROLES = 'Facilitator, Co-facilitator, Timekeeper, Greeter, Note-taker';

function rows(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...data] = sheetValues(env, tab);
  return data.map((row) =>
    Object.fromEntries(headers.map((header, index) => [String(header), row[index]])),
  );
}

function setMessage(env: Environment, message: string, part: string, text: string): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName('Messages')!;
    const values = sheet.getDataRange().getValues();
    const at = values.findIndex((row) => row[0] === message && row[1] === part);
    if (at < 0) throw new Error(`No row ${message} / ${part}`);
    sheet.getRange(at + 1, 3).setValue(text);
  });
}

function addGroup(env: Environment): void {
  typeRows(
    env,
    'Members',
    ['Ana Lima', 'Bo Chen', 'Cy Okafor', 'Dee Ng', 'Eli Roth', 'Fay Ude'].map((name, i) => [
      '',
      name,
      `p${i}@example.org`,
      '2025-06-01',
      'active',
      ROLES,
      '',
      '',
      'yes',
      'no',
      1,
      '',
      '',
    ]),
  );
}

function dutyEmails(env: Environment) {
  return env.mail.outbox().filter((message) => /on duty/.test(message.subject));
}

describe('the Messages tab', () => {
  let env: Environment;
  beforeEach(() => {
    // Monday 5 January 2026; the group meets on Wednesdays.
    env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    setSetting(env, 'Organisers', 'lead@example.org');
    addGroup(env);
  });

  it('Set up lists every email with its placeholders and a description per role', () => {
    const messages = rows(env, 'Messages');
    const labels = new Set(messages.map((row) => `${row['Message']} / ${row['Part']}`));
    for (const label of [
      'Duty reminder / Subject',
      'Duty reminder / Body',
      'Buddy introduction (a pair) / Body',
      'First survey / Body',
      'Next survey / Subject',
    ])
      expect(labels).toContain(label);
    const roles = messages.filter((row) => row['Message'] === 'Role description');
    expect(roles.map((row) => row['Part'])).toEqual(ROLES.split(', '));
    const duty = messages.find((row) => row['Message'] === 'Duty reminder')!;
    expect(String(duty['Placeholders'])).toContain('{{place}}');
    // Set up again adds nothing twice.
    setUpProject(env);
    expect(rows(env, 'Messages')).toHaveLength(messages.length);
  });

  it('duty reminders greet by first name and say where, how to join online and what the role involves', () => {
    setSetting(env, 'Meeting place', 'Room 2, Central Library');
    setSetting(env, 'Online link', 'https://meet.example.org/hope');
    env.clickMenu('Plan rotation');
    env.advanceBy(DAY);
    const duties = dutyEmails(env);
    expect(duties.length).toBeGreaterThan(0);
    for (const email of duties) {
      expect(email.body).toMatch(/^Hello (Ana|Bo|Cy|Dee|Eli|Fay),/);
      expect(email.body).not.toMatch(/^Hello \w+ \w+,/);
      expect(email.body).toContain('Where: Room 2, Central Library');
      expect(email.body).toContain('Joining online: https://meet.example.org/hope');
      expect(email.htmlBody).toContain('<a href="https://meet.example.org/hope">');
      expect(email.body).toContain('What the role involves: ');
    }
    const facilitator = duties.find((email) => /as Facilitator/.test(email.subject))!;
    expect(facilitator.body).toContain('opens and closes the session');
  });

  it("a group's own wording is used, and a place left empty is not mentioned", () => {
    setMessage(env, 'Duty reminder', 'Subject', 'Your turn, {{firstName}}: {{roles}} on {{date}}');
    setMessage(
      env,
      'Duty reminder',
      'Body',
      'Dear {{firstName}},\n\nThanks for being our {{roles}} on {{when}}.\n\nWhere: {{place}}',
    );
    env.clickMenu('Plan rotation');
    env.advanceBy(DAY);
    const duties = env.mail.outbox().filter((message) => /Your turn/.test(message.subject));
    expect(duties.length).toBeGreaterThan(0);
    for (const email of duties) {
      expect(email.subject).toMatch(/^Your turn, \w+: .+ on Wednesday 7 January 2026$/);
      expect(email.body).toMatch(/^Dear \w+,\n\nThanks for being our /);
      expect(email.body).not.toContain('Where:');
      // The footer is the code's, whatever the template says.
      expect(email.body).toMatch(/If you would rather not, reply to this email/);
    }
    expect(rows(env, 'Messages').find((r) => r['Part'] === 'Subject')!['Status']).toBe('ok');
  });

  it('a broken template is refused with its cell named; the default wording goes out meanwhile', () => {
    setMessage(env, 'Duty reminder', 'Body', 'Hi {{firstName}}, you are {{rol}} on {{when}}.');
    setUpProject(env);
    const dialog = env.sheets.ui.dialogs.at(-1)?.html ?? '';
    expect(dialog).toMatch(/Messages!C\d+: \{\{rol\}\} is not a placeholder of this message/);
    env.clickMenu('Plan rotation');
    env.advanceBy(DAY);
    const duties = dutyEmails(env);
    expect(duties.length).toBeGreaterThan(0);
    for (const email of duties) expect(email.body).toMatch(/^Hello \w+,\n\nYou are on duty as /);
    const body = rows(env, 'Messages').find(
      (row) => row['Message'] === 'Duty reminder' && row['Part'] === 'Body',
    )!;
    expect(String(body['Status'])).toMatch(/is not a placeholder.*default wording is used/);
  });

  it('a template cannot reach private data: a placeholder for a comment or note is refused', () => {
    for (const name of ['comment', 'notes', 'mood', 'answers', 'email']) {
      setMessage(env, 'Next survey', 'Body', `Hi {{firstName}} {{${name}}}`);
      setUpProject(env);
      const status = rows(env, 'Messages').find(
        (row) => row['Message'] === 'Next survey' && row['Part'] === 'Body',
      )!['Status'];
      expect(String(status)).toContain(`{{${name}}} is not a placeholder`);
    }
  });

  it('an online link that is not https is refused in Settings with its cell named', () => {
    setSetting(env, 'Online link', 'javascript:alert(1)');
    env.clickMenu('Plan rotation');
    const alert = env.sheets.ui.alerts.at(-1)?.prompt ?? '';
    expect(alert).toMatch(/Settings!B\d+ "Online link" .*expected a link starting with https:\/\//);
  });

  it('a sheet from before the Messages tab and the new settings keeps sending, with the defaults', () => {
    env.meter.internal(() => {
      env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Messages')!);
      const settings = env.spreadsheet.getSheetByName('Settings')!;
      const values = settings.getDataRange().getValues();
      for (let at = values.length - 1; at >= 0; at -= 1)
        if (['Meeting place', 'Online link'].includes(String(values[at][0])))
          settings.deleteRow(at + 1);
    });
    env.clickMenu('Plan rotation');
    env.advanceBy(DAY);
    expect(env.executions.filter((execution) => !execution.ok)).toEqual([]);
    expect(dutyEmails(env).length).toBeGreaterThan(0);
  });
});
