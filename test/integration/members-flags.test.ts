/**
 * Members rows that would go wrong later are flagged where facilitators look, before anyone
 * submits (issue 13, items 3 and 4): a name Sheets read as a formula (#NAME?, #ERROR!) never
 * reaches the Rotation tab or an email, and two rows with the same email (differing only in case
 * or spaces) are flagged in Members, in the digest and in Set up's dialog.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setSetting, setUpProject, sheetValues } from './harness';
import { addMembers } from './members';

const DAY = 24 * 60 * 60 * 1000;
const ERROR_VALUE = /#(NAME\?|ERROR!|REF!|VALUE!|N\/A)/;

function attention(env: Environment): Record<string, string> {
  const [headers, ...rows] = sheetValues(env, 'Members');
  const at = headers.indexOf('Needs attention');
  expect(at).toBeGreaterThan(0);
  return Object.fromEntries(
    rows.map((row) => [String(row[headers.indexOf('Email')]), String(row[at])]),
  );
}

function lastDialogText(env: Environment): string {
  return env.sheets.ui.dialogs.at(-1)!.html.replace(/<[^>]+>/g, ' ');
}

function group(env: Environment): void {
  addMembers(env, [
    { name: '=Sam Lee', email: 'sam@example.org', roles: 'Facilitator', joined: '2025-06-01' },
    { name: '-Jo-', email: 'jo@example.org', roles: 'Facilitator', joined: '2025-06-01' },
    { name: 'Ann Park', email: 'ann@example.org', roles: 'Facilitator', joined: '2025-06-01' },
    { name: 'Bo Ray', email: 'bo@example.org', roles: 'Facilitator', joined: '2025-06-01' },
  ]);
}

describe('Members rows flagged before they cause harm', () => {
  it('the emulator reads a name typed as a formula as an error value, as Sheets does', () => {
    const env = newProject();
    setUpProject(env);
    group(env);
    const names = sheetValues(env, 'Members')
      .slice(1)
      .map((row) => row[1]);
    expect(names).toEqual(['#NAME?', '#ERROR!', 'Ann Park', 'Bo Ray']);
  });

  it('a name typed as a formula never reaches the rotation or an email, and its cell is named', () => {
    const env = newProject();
    setUpProject(env);
    setSetting(env, 'Organisers', 'lead@example.org');
    setSetting(env, 'Role names', 'Facilitator');
    setSetting(env, 'Leading roles', 'Facilitator');
    group(env);
    env.openSpreadsheet();
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    const dialog = lastDialogText(env);
    expect(dialog).toMatch(
      /Members!B2: shows #NAME\? because Sheets read what was typed as a formula/,
    );
    expect(dialog).toMatch(/Members!B3: shows #ERROR!/);
    expect(attention(env)['sam@example.org']).toMatch(/^B2: shows #NAME\?.*\(Sam Lee\)/);
    expect(attention(env)['jo@example.org']).toMatch(/^B3: shows #ERROR!/);
    expect(attention(env)['ann@example.org']).toBe('');

    expect(env.clickMenu('Plan rotation').ok).toBe(true);
    env.advanceBy(21 * DAY);
    const rotation = sheetValues(env, 'Rotation').flat().map(String);
    expect(rotation.length).toBeGreaterThan(5);
    expect(rotation.filter((cell) => ERROR_VALUE.test(cell))).toEqual([]);
    const mail = env.mail.outbox();
    expect(mail.length).toBeGreaterThan(0);
    for (const message of mail) {
      expect(`${message.subject}\n${message.body}\n${message.htmlBody}`).not.toMatch(ERROR_VALUE);
    }
    // Reminders still greet the member by what was typed, recovered from the formula.
    expect(mail.some((message) => message.to.includes('sam@example.org'))).toBe(true);
    const digest = mail.find((message) => /weekly digest/.test(message.subject));
    expect(digest?.body).toMatch(/Members: 2 cells need fixing \(Members!B2, Members!B3\)/);
    expect(env.executions.filter((run) => !run.ok)).toEqual([]);
  });

  it('two rows with the same email, differing in case and spaces, are flagged before anyone submits', () => {
    const env = newProject();
    setUpProject(env);
    setSetting(env, 'Organisers', 'lead@example.org');
    addMembers(env, [
      { name: 'Ann Park', email: 'ann@example.org', joined: '2025-06-01' },
      { name: 'Bo Ray', email: 'bo@example.org', joined: '2025-06-01' },
      { name: 'Annie Park', email: ' Ann@Example.ORG ', joined: '2025-06-01' },
    ]);
    env.openSpreadsheet();
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    const dialog = lastDialogText(env);
    expect(dialog).toMatch(/Members!C2: the email ann@example.org is also on row 4/);
    expect(dialog).toMatch(/Members!C4: the email ann@example.org is also on row 2/);
    const flags = attention(env);
    expect(flags['ann@example.org']).toMatch(/^C2: the email ann@example.org is also on row 4/);
    expect(flags[' Ann@Example.ORG ']).toMatch(/^C4: the email ann@example.org is also on row 2/);
    expect(flags['bo@example.org']).toBe('');

    env.advanceBy(8 * DAY);
    const digest = env.mail.outbox().find((message) => /weekly digest/.test(message.subject));
    expect(digest?.body).toMatch(/Members: 2 cells need fixing \(Members!C2, Members!C4\)/);

    // Fixed: the flags go at the next run.
    env.meter.internal(() =>
      env.spreadsheet.getSheetByName('Members')!.getRange(4, 3).setValue('annie@example.org'),
    );
    env.advanceBy(DAY);
    expect(Object.values(attention(env))).toEqual(['', '', '']);
  });
});
