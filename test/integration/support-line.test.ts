/**
 * The group's support line (issue 14 item 1) on the compiled bundle: in both forms'
 * descriptions, at the foot of every email to members, and under the report's title; a new
 * line typed into Settings reaches the forms at the next Set up or repair.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setSetting, setting, setUpProject, sheetValues } from './harness';
import { addMembers } from './members';

const DAY = 24 * 60 * 60 * 1000;
const LOCAL_LINE = 'Harbour Crisis Line 0800 000 111 (free, 24 hours): TEST-LINE-5521';

function formDescription(env: Environment, idLabel: string): string {
  return env.meter.internal(() =>
    env.forms.getById(String(setting(env, idLabel)))!.getDescription(),
  );
}

describe('support line', () => {
  let env: Environment;
  beforeEach(() => {
    env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
  });

  it('has a neutral default with no phone number, in both forms from the first Set up', () => {
    const line = String(setting(env, 'Support line'));
    expect(line).toMatch(/emergency number/);
    expect(line).not.toMatch(/\d{3}/);
    for (const form of ['Check-in form ID', 'Survey form ID'])
      expect(formDescription(env, form)).toContain(line);
  });

  it('a sheet made before the setting existed works with the default, and Set up adds the row', () => {
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Settings')!;
      const values = sheet.getDataRange().getValues();
      sheet.deleteRow(values.findIndex((cells) => cells[0] === 'Support line') + 1);
    });
    addMembers(env, [{ name: 'Ana Lima', email: 'ana@example.org' }]);
    env.advanceBy(DAY);
    expect(env.executions.filter((execution) => !execution.ok)).toEqual([]);
    expect(env.mail.outbox()[0].body).toMatch(/emergency number/);
    env.clickMenu('Set up or repair');
    expect(setting(env, 'Support line')).toMatch(/emergency number/);
  });

  it('shows the local line in every email to members, the forms after Set up, and the report', () => {
    setSetting(env, 'Support line', LOCAL_LINE);
    setSetting(env, 'Organisers', 'lead@example.org');
    addMembers(env, [
      { name: 'Ana Lima', email: 'ana@example.org', roles: 'Facilitator, Greeter', buddy: true },
      { name: 'Bo Chen', email: 'bo@example.org', roles: 'Greeter', buddy: true },
      { name: 'Cy Dube', email: 'cy@example.org', roles: 'Timekeeper', buddy: true },
    ]);
    env.clickMenu('Plan rotation');
    env.clickMenu('Assign buddies');
    env.advanceBy(10 * DAY);
    const toMembers = env.mail.outbox().filter((message) => !/weekly digest/.test(message.subject));
    const kinds = new Set(
      sheetValues(env, 'Sent')
        .slice(1)
        .filter((row) => row[4] === 'sent' && !String(row[0]).startsWith('digest'))
        .map((row) => row[1]),
    );
    expect(kinds).toEqual(new Set(['role-duty', 'buddy-intro', 'survey-due']));
    for (const message of toMembers) {
      expect(message.body).toContain(LOCAL_LINE);
      expect(message.htmlBody).toContain(LOCAL_LINE);
    }
    // Set up or repair carries the new line to both forms.
    env.clickMenu('Set up or repair');
    for (const form of ['Check-in form ID', 'Survey form ID'])
      expect(formDescription(env, form)).toContain(LOCAL_LINE);
    env.openSpreadsheet();
    env.sheets.ui.queuePromptResponse('', 'OK');
    expect(env.clickMenu('Generate report').ok).toBe(true);
    const report = env.sheets.ui.dialogs.at(-1)!.html;
    const header = report.slice(report.indexOf('<header>'), report.indexOf('</header>'));
    expect(header).toContain(LOCAL_LINE);
  });
});
