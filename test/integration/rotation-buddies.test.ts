/**
 * Plan rotation and Assign buddies from the menu, and their daily extension, on the compiled
 * bundle: the Rotation and Buddies tabs fill in, locked rows survive, nothing is duplicated.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setSetting, setUpProject, sheetValues } from './harness';
import { addMembers } from './members';

const DAY = 24 * 60 * 60 * 1000;
const ROLES = ['Facilitator', 'Co-facilitator', 'Timekeeper', 'Greeter', 'Note-taker'];

function rows(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...data] = sheetValues(env, tab);
  return data.map((row) =>
    Object.fromEntries(headers.map((header, index) => [String(header), row[index]])),
  );
}

const iso = (env: Environment, value: unknown) =>
  env.utilities.global.formatDate(value as Date, 'Europe/London', 'yyyy-MM-dd');

describe('rotation and buddies', () => {
  let env: Environment;
  beforeEach(() => {
    env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    addMembers(
      env,
      Array.from({ length: 12 }, (_, i) => ({
        name: `Member ${i + 1}`,
        email: `m${i + 1}@example.org`,
        joined: i < 9 ? '2025-01-01' : '2026-01-02',
        roles: ROLES.join(', '),
        buddy: true,
      })),
    );
  });

  it('plans one member per role for the next sessions, nobody twice in a session, newcomers never lead', () => {
    const run = env.clickMenu('Plan rotation');
    expect(run.ok).toBe(true);
    const rotation = rows(env, 'Rotation');
    const dates = [...new Set(rotation.map((row) => iso(env, row['Session date'])))];
    expect(dates).toHaveLength(8);
    for (const date of dates) {
      const session = rotation.filter((row) => iso(env, row['Session date']) === date);
      expect(session.map((row) => row['Role'])).toEqual(ROLES);
      const ids = session.map((row) => row['Member ID']);
      expect(new Set(ids).size).toBe(ids.length);
      const facilitator = session.find((row) => row['Role'] === 'Facilitator')!;
      expect(['M0010', 'M0011', 'M0012']).not.toContain(facilitator['Member ID']);
    }
    expect(env.sheets.ui.toasts.at(-1)?.message).toMatch(/Planned 8 session/);
  });

  it('keeps a locked row through re-planning, and the daily run extends without changing planned rows', () => {
    env.clickMenu('Plan rotation');
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Rotation')!;
      sheet.getRange('C2:E2').setValues([['', 'Member 12', 'yes']]);
    });
    env.clickMenu('Plan rotation');
    const first = rows(env, 'Rotation')[0];
    expect(first).toMatchObject({
      Role: 'Facilitator',
      'Member ID': 'M0012',
      Member: 'Member 12',
      Locked: 'yes',
    });
    const before = rows(env, 'Rotation');
    env.advanceBy(7 * DAY);
    const after = rows(env, 'Rotation');
    expect(env.executions.filter((execution) => !execution.ok)).toEqual([]);
    // Sessions planned before keep their people; a new week was added at the end.
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBe(before.length + ROLES.length);
  });

  it('marks a role no one can take as unfilled and says so', () => {
    setSetting(
      env,
      'Role names',
      'Facilitator, Co-facilitator, Timekeeper, Greeter, Note-taker, Interpreter',
    );
    env.clickMenu('Plan rotation');
    const interpreter = rows(env, 'Rotation').filter((row) => row['Role'] === 'Interpreter');
    expect(interpreter.length).toBe(8);
    expect(
      interpreter.every((row) => row['Member'] === 'unfilled' && row['Member ID'] === ''),
    ).toBe(true);
    expect(env.sheets.ui.toasts.at(-1)?.message).toMatch(/Unfilled: Interpreter on/);
  });

  it('assigns buddies: newcomers with an experienced member, every participant once', () => {
    // The members were typed in just now: this run gives them ids, so matching waits for a
    // facilitator to write any do-not-pair with those ids (issue 13, item 6).
    expect(env.clickMenu('Assign buddies').ok).toBe(true);
    expect(rows(env, 'Buddies')).toHaveLength(0);
    expect(env.sheets.ui.toasts.at(-1)?.message).toMatch(/not matched yet/);
    expect(env.clickMenu('Assign buddies').ok).toBe(true);
    const groups = rows(env, 'Buddies');
    expect(groups.length).toBe(6);
    const members = groups.flatMap((row) =>
      [row['Member A'], row['Member B'], row['Member C']].filter((id) => id !== ''),
    );
    expect(new Set(members).size).toBe(12);
    for (const newcomer of ['M0010', 'M0011', 'M0012']) {
      const group = groups.find((row) =>
        [row['Member A'], row['Member B'], row['Member C']].includes(newcomer),
      )!;
      expect(group['Kind']).toBe('newcomer-mentor');
    }
    expect(groups.every((row) => row['Status'] === 'active')).toBe(true);
  });

  it('the daily run starts a new cycle only after the cycle length, without repeating pairs', () => {
    env.clickMenu('Assign buddies');
    env.advanceBy(7 * DAY);
    expect(rows(env, 'Buddies')).toHaveLength(6);
    env.advanceBy(8 * 7 * DAY);
    const all = rows(env, 'Buddies');
    expect(all).toHaveLength(12);
    expect(all.slice(0, 6).every((row) => row['Status'] === 'ended')).toBe(true);
    const pair = (row: Record<string, unknown>) =>
      [row['Member A'], row['Member B']].sort().join('+');
    const first = new Set(all.slice(0, 6).map(pair));
    expect(all.slice(6).filter((row) => first.has(pair(row)))).toEqual([]);
  });
});
