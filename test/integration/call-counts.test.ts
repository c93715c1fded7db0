/**
 * Batch access: a form submission costs the same number of Sheets calls whatever the size of
 * the tabs, because each tab is read with one getValues and written with one setValues.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setUpProject, typeRows } from './harness';
import { addMembers, checkinAnswers, submitCheckin } from './members';

function growCheckins(env: Environment, rows: number): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName('Check-ins')!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const answers = checkinAnswers();
    const template = headers.map((header) => {
      if (header === 'Timestamp') return new Date(Date.UTC(2025, 11, 1));
      if (header === 'Email Address') return 'ann@example.org';
      if (header === 'Member ID') return 'M0001';
      if (header === 'Session date') return new Date(Date.UTC(2025, 11, 1));
      if (header === 'Processing') return 'ok';
      return answers[header] ?? '';
    });
    const block = Array.from({ length: rows }, () => [...template]);
    if (sheet.getMaxRows() < rows + 1)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, rows, headers.length).setValues(block);
  });
}

function sheetsCallsForOneSubmission(
  historyRows: number,
  memberCount: number,
): Record<string, number> {
  const env = newProject({ start: Date.UTC(2026, 0, 7, 9, 0, 0) });
  setUpProject(env);
  addMembers(
    env,
    Array.from({ length: memberCount }, (_, i) => ({
      name: `Member ${i}`,
      email: i === 0 ? 'ann@example.org' : `m${i}@example.org`,
    })),
  );
  growCheckins(env, historyRows);
  typeRows(env, 'Activities', []);
  env.advanceBy(24 * 60 * 60 * 1000);
  env.meter.reset();
  submitCheckin(env, 'ann@example.org');
  expect(env.executions.at(-1)!.ok).toBe(true);
  return env.meter.snapshot();
}

describe('service calls per form submission', () => {
  it('are the same for 10 and 10,000 rows of history and for 5 or 500 members', () => {
    const small = sheetsCallsForOneSubmission(10, 5);
    const large = sheetsCallsForOneSubmission(10_000, 500);
    expect(large).toEqual(small);
    const sheetsCalls = Object.entries(small)
      .filter(([key]) => key.startsWith('SpreadsheetApp.'))
      .reduce((sum, [, n]) => sum + n, 0);
    // One read per tab it needs (Settings, Members, Sessions, the response tab in 3 slices,
    // Review) plus one write: a small constant. Around them: a getSheetByName and getDataRange
    // per tab, the grid-size check before the write, the flush before the lock is released.
    expect(small['SpreadsheetApp.Range.getValues']).toBeLessThanOrEqual(8);
    expect(small['SpreadsheetApp.Range.setValues']).toBe(1);
    expect(sheetsCalls).toBeLessThanOrEqual(32);
  });
});
