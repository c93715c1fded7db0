/**
 * The attendance register (issue 15, item 6) on the compiled bundle: switched on in Settings,
 * the daily run adds a row per member for each session that met; a session with marks is
 * counted from the register, others from check-ins, and every attendance figure says which.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setSetting, setUpProject, sheetValues } from './harness';
import { addMembers, submitCheckin } from './members';

const DAY = 24 * 60 * 60 * 1000;
const SIZE = 8;

function registerRows(env: Environment): Record<string, unknown>[] {
  const [headers, ...data] = sheetValues(env, 'Attendance register');
  return data
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(headers.map((header, index) => [String(header), row[index]])));
}

const iso = (env: Environment, value: unknown) =>
  env.utilities.global.formatDate(value as Date, 'Europe/London', 'yyyy-MM-dd');

function mark(env: Environment, date: string, came: (memberId: string) => string): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName('Attendance register')!;
    const values = sheet.getDataRange().getValues();
    values.forEach((row, index) => {
      if (index === 0 || row[0] === '' || iso(env, row[0]) !== date) return;
      sheet.getRange(index + 1, 4).setValue(came(String(row[1])));
    });
  });
}

function participationRow(env: Environment, label: string): unknown[] {
  return sheetValues(env, 'Outcomes: Participation').find((row) => row[0] === label)!;
}

describe('attendance register', () => {
  let env: Environment;
  beforeEach(() => {
    // Monday 5 January 2026; sessions on Wednesdays.
    env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    addMembers(
      env,
      Array.from({ length: SIZE }, (_, i) => ({
        name: `Person ${i + 1}`,
        email: `p${i + 1}@example.org`,
        joined: '2025-12-01',
      })),
    );
  });

  it('is off by default: no rows, and attendance comes from check-ins', () => {
    env.advanceBy(10 * DAY);
    expect(registerRows(env)).toEqual([]);
    env.openSpreadsheet();
    env.clickMenu('Refresh outcomes');
    expect(String(participationRow(env, 'Sessions with an attendance register')[2])).toBe(
      'Attendance source: members’ check-ins for every session.',
    );
  });

  it('switched on, each session that met gets one row per member, once', () => {
    setSetting(env, 'Attendance register', 'yes');
    env.advanceBy(10 * DAY); // sessions of 7 and 14 January
    const rows = registerRows(env);
    expect(rows).toHaveLength(2 * SIZE);
    expect(new Set(rows.map((row) => iso(env, row['Session date'])))).toEqual(
      new Set(['2026-01-07', '2026-01-14']),
    );
    expect(rows.map((row) => row['Name'])).toContain('Person 3');
    env.advanceBy(7 * DAY);
    env.run('dailyRun', undefined, 'trigger');
    expect(registerRows(env)).toHaveLength(3 * SIZE);
  });

  it('a marked session counts from the register, the others from check-ins, and the figures say so', () => {
    setSetting(env, 'Attendance register', 'yes');
    env.advanceBy(3 * DAY); // Thursday 8 January: the 7 January session has its rows
    // Everyone checks in for 7 January, but the register says only six came.
    for (let i = 1; i <= SIZE; i += 1) submitCheckin(env, `p${i}@example.org`);
    mark(env, '2026-01-07', (id) => (['M0007', 'M0008'].includes(id) ? 'no' : 'yes'));
    env.advanceBy(7 * DAY); // 14 January: check-ins only, no marks
    for (let i = 1; i <= SIZE; i += 1) submitCheckin(env, `p${i}@example.org`);
    env.advanceBy(DAY);
    env.openSpreadsheet();
    env.clickMenu('Refresh outcomes');
    const perSession = sheetValues(env, 'Outcomes: Participation').filter((row) =>
      ['2026-01-07', '2026-01-14'].includes(String(row[0])),
    );
    expect(perSession.map((row) => row.slice(0, 2))).toEqual([
      ['2026-01-07', 6],
      ['2026-01-14', 8],
    ]);
    expect(String(participationRow(env, 'Sessions with an attendance register')[2])).toMatch(
      /the facilitators’ register/,
    );
    expect(participationRow(env, 'Sessions with an attendance register')[1]).toBe(1);
  });

  it('removing a member takes their register rows', () => {
    setSetting(env, 'Attendance register', 'yes');
    env.advanceBy(10 * DAY);
    env.openSpreadsheet();
    env.sheets.ui.queuePromptResponse('p2@example.org', 'OK');
    env.sheets.ui.queueAlertResponse('YES');
    expect(env.clickMenu("Remove a member's data").ok).toBe(true);
    const rows = registerRows(env);
    expect(rows).toHaveLength(2 * (SIZE - 1));
    expect(rows.map((row) => row['Member ID'])).not.toContain('M0002');
  });
});
