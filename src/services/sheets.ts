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
 * Grows the sheet's grid so that (lastRow, lastColumn) exists: Sheets refuses a range outside
 * it ("The coordinates of the range are outside the dimensions of the sheet."), and a new tab
 * has only 1,000 rows and 26 columns.
 */
export function ensureGrid(sheet: Sheet, lastRow: number, lastColumn: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < lastRow) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < lastColumn) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
}

/** Writes a block of rows starting at (row, column) in one call; no-op for an empty block. */
export function writeBlock(sheet: Sheet, row: number, column: number, values: unknown[][]): void {
  if (values.length === 0 || values[0].length === 0) return;
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
