/**
 * Edits a facilitator makes to tabs by hand (uncounted): delete a header, rename or delete a
 * tab, sort a range, insert blank rows.
 */
import { Environment } from '../../../emulator/environment';

type Sheet = ReturnType<Environment['spreadsheet']['getSheets']>[number];

function withSheet<T>(env: Environment, tab: string, work: (sheet: Sheet) => T): T {
  return env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName(tab);
    if (!sheet) throw new Error(`No tab ${tab}`);
    return work(sheet);
  });
}

/** Sets a header cell, found by its current text ('' deletes the header). */
export function setHeader(env: Environment, tab: string, from: string, to: string): void {
  withSheet(env, tab, (sheet) => {
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const at = headers.indexOf(from);
    if (at < 0) throw new Error(`No header ${from} in ${tab}`);
    sheet.getRange(1, at + 1).setValue(to);
  });
}

export function renameTab(env: Environment, from: string, to: string): void {
  withSheet(env, from, (sheet) => sheet.setName(to));
}

export function deleteTab(env: Environment, tab: string): void {
  withSheet(env, tab, (sheet) => env.spreadsheet.deleteSheet(sheet));
}

/** Data > Sort range, by one column, descending: the cells move as they are. */
export function sortRowsDescending(env: Environment, tab: string, column: string): void {
  withSheet(env, tab, (sheet) => {
    const [headers, ...rows] = sheet.getDataRange().getValues();
    const at = headers.map(String).indexOf(column);
    if (at < 0 || rows.length === 0) return;
    const sorted = [...rows].sort((a, b) => String(b[at]).localeCompare(String(a[at])));
    // Text is moved as text: a leading apostrophe keeps "=…" or "+1" what it was.
    const cells = sorted.map((row) =>
      row.map((cell) => (typeof cell === 'string' && cell !== '' ? `'${cell}` : cell)),
    );
    sheet.getRange(2, 1, cells.length, headers.length).setValues(cells);
  });
}

/** Inserts `count` blank rows after sheet row `after`. */
export function insertBlankRows(env: Environment, tab: string, after: number, count: number): void {
  withSheet(env, tab, (sheet) => sheet.insertRowsAfter(after, count));
}
