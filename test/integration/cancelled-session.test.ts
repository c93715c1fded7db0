/**
 * A check-in after a cancelled session is never quietly re-dated to an earlier session (issue
 * 13, item 2): it goes to Review with the reason, and a facilitator decides which session it
 * was for.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setUpProject, sheetValues } from './harness';
import { addMembers, CHECKIN, submitCheckin } from './members';

const DAY = 24 * 60 * 60 * 1000;

function rowsOf(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...rows] = sheetValues(env, tab);
  return rows.map((row) =>
    Object.fromEntries(headers.map((header, index) => [String(header), row[index]])),
  );
}

function setCell(env: Environment, tab: string, row: number, header: string, value: unknown) {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName(tab)!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    sheet.getRange(row, headers.indexOf(header) + 1).setValue(value);
  });
}

function cancelSession(env: Environment, date: string): void {
  const rows = sheetValues(env, 'Sessions');
  const at = rows.findIndex(
    (row) =>
      row[0] instanceof Object &&
      env.utilities.global.formatDate(row[0] as Date, 'Europe/London', 'yyyy-MM-dd') === date,
  );
  expect(at).toBeGreaterThan(0);
  setCell(env, 'Sessions', at + 1, 'Status', 'cancelled');
}

describe('a check-in for a cancelled session', () => {
  it('goes to Review with the reason instead of moving to the session before, and re-processes once dated', () => {
    // Wednesday 7 January 2026: sessions on the 7th and the 14th.
    const env = newProject({ start: Date.UTC(2026, 0, 7, 9, 0, 0) });
    setUpProject(env);
    addMembers(env, [{ name: 'Ann', email: 'ann@example.org' }]);
    env.advanceBy(7 * DAY);
    cancelSession(env, '2026-01-14');
    env.advanceBy(DAY);
    submitCheckin(env, 'ann@example.org');

    expect(rowsOf(env, 'Check-ins')).toEqual([]);
    const [review] = rowsOf(env, 'Review');
    expect(review['Reason']).toMatch(/on 2026-01-14, was cancelled/);
    expect(review['Email Address']).toBe('ann@example.org');

    // The facilitator says which session it was for, and re-processes it.
    setCell(env, 'Review', 2, CHECKIN.sessionDate, '2026-01-07');
    setCell(env, 'Review', 2, 'Action', 're-process');
    env.openSpreadsheet();
    expect(env.clickMenu('Re-process reviewed rows').ok).toBe(true);
    expect(rowsOf(env, 'Review')).toEqual([]);
    const [accepted] = rowsOf(env, 'Check-ins');
    expect(
      env.utilities.global.formatDate(
        accepted['Session date'] as Date,
        'Europe/London',
        'yyyy-MM-dd',
      ),
    ).toBe('2026-01-07');
  });

  it('a check-in that names the cancelled session goes to Review too', () => {
    const env = newProject({ start: Date.UTC(2026, 0, 7, 9, 0, 0) });
    setUpProject(env);
    addMembers(env, [{ name: 'Ann', email: 'ann@example.org' }]);
    env.advanceBy(7 * DAY);
    cancelSession(env, '2026-01-14');
    env.advanceBy(3 * DAY);
    submitCheckin(env, 'ann@example.org', { sessionDate: '2026-01-14' });
    expect(rowsOf(env, 'Check-ins')).toEqual([]);
    expect(rowsOf(env, 'Review')[0]['Reason']).toMatch(
      /session it names, on 2026-01-14, was cancelled/,
    );
  });
});
