/**
 * Whole-table access to the bound spreadsheet. A tab is read with one getValues and written
 * with one setValues per contiguous block; nothing here loops a service call over rows.
 */
import { asText } from '../domain/sheet/cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Table {
  sheet: Sheet;
  headers: unknown[];
  /** Data rows below the header; rows[i] is sheet row i + 2. */
  rows: unknown[][];
}

export const FIRST_DATA_ROW = 2;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function requireSheet(spreadsheet: Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) {
    throw new Error(
      `The "${name}" tab is missing. Run Peer Circle > Set up or repair to restore it.`,
    );
  }
  return sheet;
}

/**
 * Tabs already read in the current `readingEachTabOnce` scope, by name; null outside one.
 * Apps Script starts every execution with fresh globals, but the scope still ends with the
 * work, so nothing read here outlives the execution that read it.
 */
let tabsRead: Map<string, Table> | null = null;

/**
 * Runs `work` reading each tab at most once between its steps: the daily run's intake,
 * rotation, buddies, reminders and outcomes all need Members, Sessions and Check-ins, and a
 * read of a large tab is the costliest call there is. A write through this module (or
 * `forgetTab`) drops that tab, so the next read sees what was written.
 */
export function readingEachTabOnce<T>(work: () => T): T {
  const outer = tabsRead;
  tabsRead = outer ?? new Map();
  try {
    return work();
  } finally {
    tabsRead = outer;
  }
}

export function isReadingEachTabOnce(): boolean {
  return tabsRead !== null;
}

/**
 * The whole tab `name`: one read, or none when this scope already read it. Each caller gets
 * its own copy of the rows, so one step's edits never leak into what the next step reads.
 */
export function readTab(spreadsheet: Spreadsheet, name: string): Table {
  const known = tabsRead?.get(name);
  if (known) return copyOf(known);
  const table = readTable(requireSheet(spreadsheet, name));
  if (!tabsRead) return table;
  tabsRead.set(name, table);
  return copyOf(table);
}

/** Call after changing a tab's cells other than through writeBlock. */
export function forgetTab(sheet: Sheet): void {
  if (tabsRead && tabsRead.size > 0) tabsRead.delete(sheet.getName());
}

function copyOf(table: Table): Table {
  return {
    sheet: table.sheet,
    headers: [...table.headers],
    rows: table.rows.map((row) => [...row]),
  };
}

/** Reads a whole tab: one getDataRange and one getValues, whatever its size. */
export function readTable(sheet: Sheet): Table {
  const values = sheet.getDataRange().getValues();
  const [headers = [], ...rows] = values;
  // An empty sheet's data range is A1 alone, which reads as [['']].
  return {
    sheet,
    headers: headers.every((cell) => cell === '') && rows.length === 0 ? [] : headers,
    rows,
  };
}

/**
 * Grows the sheet's grid so that (lastRow, lastColumn) exists, by exactly the rows and columns
 * missing (every cell of a grid counts against the spreadsheet's 10 million): Sheets refuses a
 * range outside it ("The coordinates of the range are outside the dimensions of the sheet.").
 * Rows added at the bottom take the formats and drop-downs of the row above, which is what a
 * column's rules want. Columns added at the right take those of the column to their left
 * (Sheets copies a neighbour's formatting and data validation into inserted cells; the
 * emulator models that), which belong to a different column: they are cleared, so the new
 * column starts blank and a drop-down meant for its neighbour never rejects what is written.
 */
export function ensureGrid(sheet: Sheet, lastRow: number, lastColumn: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < lastRow) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < lastColumn) {
    const added = lastColumn - maxColumns;
    sheet.insertColumnsAfter(maxColumns, added);
    const fresh = sheet.getRange(1, maxColumns + 1, sheet.getMaxRows(), added);
    fresh.clearDataValidations();
    fresh.clearFormat();
  }
}

/** Writes a block of rows starting at (row, column) in one call; no-op for an empty block. */
export function writeBlock(sheet: Sheet, row: number, column: number, values: unknown[][]): void {
  if (values.length === 0 || values[0].length === 0) return;
  forgetTab(sheet);
  ensureGrid(sheet, row + values.length - 1, column + values[0].length - 1);
  sheet.getRange(row, column, values.length, values[0].length).setValues(values);
}

/**
 * Appends rows below `lastRow` (the caller knows it from its own read under the lock, which
 * saves a getLastRow call) in one setValues.
 */
export function appendBlock(sheet: Sheet, lastRow: number, values: unknown[][]): void {
  writeBlock(sheet, lastRow + 1, 1, values);
}

/**
 * Groups sorted column indexes (0-based) into contiguous runs, so that writing several
 * derived columns costs one setValues per run rather than one per column.
 */
export function contiguousRuns(columns: readonly number[]): number[][] {
  const sorted = [...columns].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const column of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === column - 1) run.push(column);
    else runs.push([column]);
  }
  return runs;
}

/** A cell as it must be written so it reads back exactly: strings as inert text. */
export function verbatim(value: unknown): unknown {
  return typeof value === 'string' ? asText(value) : (value ?? '');
}
