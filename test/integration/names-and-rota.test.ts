/**
 * Names where people read (issue 16, item 2), on the compiled bundle: Buddies, Activities and
 * the menu's messages show names beside the ids, and the Rota tab shows one row per session
 * with a column per role, kept in step with the Rotation tab by planning, Set up and removal.
 * Ids stay the record; the daily run's log keeps to ids.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setUpProject, sheetValues, typeRows } from './harness';
import { addMembers } from './members';

const ROLES = ['Facilitator', 'Co-facilitator', 'Timekeeper', 'Greeter', 'Note-taker'];
const NAMES = ['Ana Lima', 'Bo Chen', 'Cy Okafor', 'Dee Ng', 'Eli Roth', 'Fay Ude'];

function rows(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...data] = sheetValues(env, tab);
  return data
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(headers.map((header, index) => [String(header), row[index]])));
}

const iso = (env: Environment, value: unknown) =>
  env.utilities.global.formatDate(value as Date, 'Europe/London', 'yyyy-MM-dd');

function nameOf(env: Environment, id: unknown): string {
  const member = rows(env, 'Members').find((row) => row['Member ID'] === id);
  return String(member?.['Name'] ?? '');
}

describe('names beside ids, and a rota to read and print', () => {
  let env: Environment;
  beforeEach(() => {
    env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    addMembers(
      env,
      NAMES.map((name, i) => ({
        name,
        email: `p${i}@example.org`,
        joined: '2025-01-01',
        roles: ROLES.join(', '),
        buddy: true,
      })),
    );
    env.openSpreadsheet();
  });

  it('the Rota tab has one row per planned session and a column per role, agreeing with Rotation', () => {
    expect(env.clickMenu('Plan rotation').ok).toBe(true);
    const [header, ...body] = sheetValues(env, 'Rota').filter((row) =>
      row.some((cell) => cell !== ''),
    );
    expect(header).toEqual(['Session date', ...ROLES]);
    const rotation = rows(env, 'Rotation');
    const dates = [...new Set(rotation.map((row) => iso(env, row['Session date'])))];
    expect(body.map((row) => iso(env, row[0]))).toEqual(dates);
    for (const row of body) {
      for (const [index, role] of ROLES.entries()) {
        const cell = rotation.find(
          (r) => iso(env, r['Session date']) === iso(env, row[0]) && r['Role'] === role,
        )!;
        const expected = cell['Member ID'] === '' ? 'unfilled' : nameOf(env, cell['Member ID']);
        expect(row[index + 1]).toBe(expected);
      }
    }
  });

  it('a duty changed by hand in Rotation reaches the Rota at the next planning, by name', () => {
    env.clickMenu('Plan rotation');
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Rotation')!;
      // First row: the first session's Facilitator, given to Fay by name and locked.
      sheet.getRange('C2:E2').setValues([['', 'Fay Ude', 'yes']]);
    });
    env.clickMenu('Plan rotation');
    const first = sheetValues(env, 'Rota')[1];
    expect(first[1]).toBe('Fay Ude');
  });

  it('Buddies show the names of each pair, and the menu says who was not paired by name', () => {
    // Ana asks not to be paired with anyone she cannot be matched with: an unknown name.
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Members')!;
      sheet.getRange('L2').setValue('Nobody Known');
    });
    env.clickMenu('Plan rotation'); // gives ids
    expect(env.clickMenu('Assign buddies').ok).toBe(true);
    const buddies = rows(env, 'Buddies');
    expect(buddies.length).toBeGreaterThan(0);
    for (const pair of buddies) {
      const ids = [pair['Member A'], pair['Member B'], pair['Member C']].filter((id) => id !== '');
      expect(pair['Names']).toBe(ids.map((id) => nameOf(env, id)).join(', '));
    }
    expect(env.sheets.ui.toasts.at(-1)?.message).toMatch(/Not paired: Ana Lima \(M0001\)/);
  });

  it('Activities get the names of the members involved when outcomes are refreshed', () => {
    env.clickMenu('Plan rotation');
    typeRows(env, 'Activities', [
      ['2026-01-10', 'outreach', 'Library stall', 'City library', 'M0002, M0003', 40],
      ['2026-01-12', 'training', 'Listening skills', '', 'M0009', 12],
    ]);
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    const activities = rows(env, 'Activities');
    expect(activities.map((row) => row['Member names'])).toEqual(['Bo Chen, Cy Okafor', 'M0009']);
  });

  it('removing a member takes their name out of the Rota, Activities and Buddies', () => {
    env.clickMenu('Plan rotation');
    env.clickMenu('Assign buddies');
    typeRows(env, 'Activities', [
      ['2026-01-10', 'outreach', 'Library stall', 'City library', 'M0002, M0003', 40],
    ]);
    env.clickMenu('Refresh outcomes');
    expect(JSON.stringify(sheetValues(env, 'Rota'))).toContain('Bo Chen');

    env.sheets.ui.queuePromptResponse('p1@example.org', 'OK');
    env.sheets.ui.queueAlertResponse('YES');
    expect(env.clickMenu("Remove a member's data").ok).toBe(true);
    for (const tab of ['Rota', 'Rotation', 'Activities', 'Buddies', 'Members']) {
      expect(JSON.stringify(sheetValues(env, tab))).not.toContain('Bo Chen');
    }
    expect(rows(env, 'Activities')[0]['Member names']).toBe('Cy Okafor');
    expect(sheetValues(env, 'Rota').flat()).toContain('unfilled');
  });

  it('Set up or repair adds the Rota to a sheet that had only Rotation, filled at once', () => {
    env.clickMenu('Plan rotation');
    env.meter.internal(() => env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Rota')!));
    setUpProject(env);
    const rota = sheetValues(env, 'Rota').filter((row) => row.some((cell) => cell !== ''));
    expect(rota[0]).toEqual(['Session date', ...ROLES]);
    expect(rota.length).toBeGreaterThan(1);
  });

  it("the daily run's log names no member", () => {
    env.run('dailyRun', undefined, 'trigger');
    const log = env.logging.text();
    for (const name of NAMES) expect(log).not.toContain(name);
  });
});
