/**
 * Facilitators edit tabs by hand: a deleted header, a renamed or deleted tab, a sorted response
 * tab, blank rows in the middle, a copied Members row. Each is handled, or explained by a
 * message naming the tab and column, and Set up or repair puts things back without losing a
 * response.
 */
import { Environment } from '../../../emulator/environment';
import { typeRows } from '../../integration/harness';
import { submitCheckin, submitSurvey } from '../../integration/members';
import { unexplainedFailures } from '../support/explained';
import {
  deleteTab,
  insertBlankRows,
  renameTab,
  setHeader,
  sortRowsDescending,
} from '../support/facilitator-edits';
import { DAY, MINUTE } from '../support/fixture';
import { buildGroup, GROUP_EMAILS } from '../support/group';
import {
  derivedFieldsMatchTheirRow,
  noDuplicateRows,
  noFormulas,
  responsesAccountedFor,
} from '../support/invariants';
import { executionsDuring } from '../support/operations';
import { setupComplete } from '../support/setup-checks';
import { hasTab, tabRows } from '../support/sheet-access';

function someResponses(env: Environment): void {
  GROUP_EMAILS.slice(0, 4).forEach((email, index) => {
    env.clock.advance(MINUTE);
    submitCheckin(env, email, { mood: 1 + index, comment: `note ${index}` });
  });
  env.clock.advance(MINUTE);
  submitSurvey(env, GROUP_EMAILS[0]);
}

function failures(env: Environment, work: () => void): string[] {
  return executionsDuring(env, work)
    .filter((run) => !run.ok)
    .map((run) => run.error?.message ?? '');
}

/** Adds a column titled `title` with a note (one a formula-like text) on every data row. */
function addColumnWithNotes(env: Environment, tab: string, title: string): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName(tab)!;
    const column = sheet.getLastColumn() + 1;
    const rows = sheet.getLastRow() - 1;
    // The tab is only as wide as its columns: the facilitator inserts one at the right, and
    // removes the drop-down Sheets copied into it from the column to its left.
    if (sheet.getMaxColumns() < column) {
      sheet.insertColumnAfter(sheet.getMaxColumns());
      sheet.getRange(1, column, sheet.getMaxRows(), 1).clearDataValidations();
    }
    sheet.getRange(1, column).setValue(title);
    sheet
      .getRange(2, column, rows, 1)
      .setValues(
        Array.from({ length: rows }, (_, i) => [i === 0 ? "'=swap with Bo" : `note ${i}`]),
      );
  });
}

/** The added column's cells by the row's key columns. */
function notesByKey(env: Environment, tab: string, keys: string[], column: string) {
  const text = (cell: unknown) => (cell instanceof Date ? cell.toISOString() : String(cell));
  return new Map(
    tabRows(env, tab).map((row) => [keys.map((key) => text(row[key])).join('|'), row[column]]),
  );
}

function settled(env: Environment): string[] {
  return [
    ...responsesAccountedFor(env, true),
    ...noDuplicateRows(env),
    ...noFormulas(env),
    ...derivedFieldsMatchTheirRow(env),
  ];
}

describe('facilitator edits that break a tab', () => {
  let env: Environment;
  beforeEach(() => {
    env = buildGroup();
    someResponses(env);
  });

  it('a deleted required header: runs name the tab and column, responses wait, and come back', () => {
    setHeader(env, 'Check-ins', 'Processing', '');
    const messages = failures(env, () => {
      submitCheckin(env, GROUP_EMAILS[4]);
      env.run('dailyRun', undefined, 'trigger');
    });
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages)
      expect(message).toMatch(/The "Check-ins" tab is missing the column "Processing"/);
    expect(responsesAccountedFor(env, false)).toEqual([]);
    // The facilitator types the header back; the next daily run catches up.
    setHeader(env, 'Check-ins', '', 'Processing');
    expect(failures(env, () => env.advanceBy(DAY))).toEqual([]);
    expect(settled(env)).toEqual([]);
  });

  it('a deleted Members header is named in the menu alert, and Set up or repair restores the column', () => {
    setHeader(env, 'Members', 'Status', '');
    const runs = executionsDuring(env, () => {
      env.clickMenu('Plan rotation');
      env.run('dailyRun', undefined, 'trigger');
    });
    expect(unexplainedFailures(runs)).toEqual([]);
    expect(runs.map((run) => run.error?.message ?? '').join('\n')).toMatch(
      /The "Members" tab is missing the column "Status"/,
    );
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    expect(tabRows(env, 'Members')[0]).toHaveProperty('Status');
    expect(failures(env, () => env.advanceBy(DAY))).toEqual([]);
    expect(settled(env)).toEqual([]);
  });

  it('a renamed response tab is found by its form link and named back by Set up or repair', () => {
    renameTab(env, 'Check-ins', 'Check-ins 2025');
    const messages = failures(env, () => submitCheckin(env, GROUP_EMAILS[4]));
    expect(messages).toEqual([expect.stringMatching(/The "Check-ins" tab is missing/)]);
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    expect(hasTab(env, 'Check-ins')).toBe(true);
    expect(hasTab(env, 'Check-ins 2025')).toBe(false);
    expect(failures(env, () => env.advanceBy(DAY))).toEqual([]);
    expect(setupComplete(env)).toEqual([]);
    expect(settled(env)).toEqual([]);
  });

  it('a renamed or deleted plain tab is explained and recreated by Set up or repair', () => {
    renameTab(env, 'Rotation', 'Rota (old)');
    deleteTab(env, 'Sent');
    const messages = failures(env, () => env.run('dailyRun', undefined, 'trigger'));
    expect(messages.join('\n')).toMatch(/The "Rotation" tab is missing.*Set up or repair/);
    expect(messages.join('\n')).toMatch(/The "Sent" tab is missing/);
    // Steps that do not need those tabs still ran: the check-ins were processed.
    expect(responsesAccountedFor(env, true)).toEqual([]);
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    expect(failures(env, () => env.advanceBy(DAY))).toEqual([]);
    expect(tabRows(env, 'Rotation').length).toBeGreaterThan(0);
    expect(settled(env)).toEqual([]);
  });

  it('sorted response rows (pending ones included) are processed by status, not position', () => {
    env.deferFormTriggers = true;
    submitCheckin(env, GROUP_EMAILS[5], { comment: '=1+1' });
    env.clock.advance(MINUTE);
    submitCheckin(env, 'stranger@example.org');
    env.runQueuedFormTriggers([]);
    env.deferFormTriggers = false;
    sortRowsDescending(env, 'Check-ins', 'Email Address');
    expect(failures(env, () => env.advanceBy(DAY))).toEqual([]);
    expect(settled(env)).toEqual([]);
  });

  it('blank rows in the middle of Check-ins and Members are skipped', () => {
    insertBlankRows(env, 'Check-ins', 2, 2);
    insertBlankRows(env, 'Members', 3, 2);
    expect(failures(env, () => submitCheckin(env, GROUP_EMAILS[5]))).toEqual([]);
    expect(failures(env, () => env.advanceBy(DAY))).toEqual([]);
    expect(failures(env, () => env.clickMenu('Assign buddies'))).toEqual([]);
    expect(settled(env)).toEqual([]);
  });

  it('a Members row copied with its ID gets a new ID, and Set up names the cell', () => {
    env.advanceBy(DAY);
    const [first] = tabRows(env, 'Members');
    typeRows(env, 'Members', [
      [first['Member ID'], 'Newcomer', 'new@example.org', '2026-01-08', 'active'],
    ]);
    expect(failures(env, () => env.clickMenu('Set up or repair'))).toEqual([]);
    expect(env.sheets.ui.dialogs.at(-1)?.html).toMatch(
      /Members!A8: the ID M0001 is also on row 2, so this row gets the new ID M0007/,
    );
    const rows = tabRows(env, 'Members');
    expect(rows.map((row) => row['Member ID'])).toEqual([
      'M0001',
      'M0002',
      'M0003',
      'M0004',
      'M0005',
      'M0006',
      'M0007',
    ]);
    expect(failures(env, () => env.clickMenu('Plan rotation'))).toEqual([]);
  });

  it('a column a facilitator added to Rotation or Buddies keeps its notes through re-planning', () => {
    env.clickMenu('Plan rotation');
    env.clickMenu('Assign buddies');
    addColumnWithNotes(env, 'Rotation', 'Swaps');
    addColumnWithNotes(env, 'Buddies', 'Check-in calls');
    const before = {
      rotation: notesByKey(env, 'Rotation', ['Session date', 'Role'], 'Swaps'),
      buddies: notesByKey(env, 'Buddies', ['Cycle start', 'Member A'], 'Check-in calls'),
    };
    expect(
      failures(env, () => {
        env.clickMenu('Plan rotation');
        env.advanceBy(DAY);
        env.clickMenu('Assign buddies');
      }),
    ).toEqual([]);
    const rotation = notesByKey(env, 'Rotation', ['Session date', 'Role'], 'Swaps');
    const buddies = notesByKey(env, 'Buddies', ['Cycle start', 'Member A'], 'Check-in calls');
    const kept = [...before.rotation].filter(([key]) => rotation.has(key));
    expect(kept.length).toBeGreaterThan(0);
    for (const [key, note] of kept) expect(rotation.get(key)).toBe(note);
    for (const [key, note] of before.buddies) expect(buddies.get(key)).toBe(note);
  });
});
