/**
 * Whole-table access to the bound spreadsheet. A tab is read with one getValues and written
 * with one setValues per contiguous block; nothing here loops a service call over rows.
 */
import { asText, isDate } from '../domain/sheet/cells';
import { englishNameOf, localName, localNames } from '../domain/i18n';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Table {
  readonly sheet: Sheet;
  readonly headers: readonly unknown[];
  /** Data rows below the header; rows[i] is sheet row i + 2. Shared: never edit it. */
  readonly rows: ReadonlyArray<readonly unknown[]>;
}

export const FIRST_DATA_ROW = 2;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * The tab the code knows by its English name `name`, under the name the current language gives
 * it or any other shipped language's (a sheet keeps working while its group changes language,
 * and until Set up or repair renames the tabs). The current language's name is tried first, so
 * a sheet in its language costs one call, as before.
 */
export function findTab(spreadsheet: Spreadsheet, name: string): Sheet | null {
  // A caller may hold the name already in the current language (an outcome tab's title).
  const english = englishNameOf('tab.', name) ?? name;
  for (const candidate of localNames('tab.', english)) {
    const sheet = spreadsheet.getSheetByName(candidate);
    if (sheet) return sheet;
  }
  return null;
}

/** The English name of a tab as the code knows it (TAB.*), whatever language its name is in. */
export function tabId(sheet: Sheet): string {
  const name = sheet.getName();
  return englishNameOf('tab.', name) ?? name;
}

export function requireSheet(spreadsheet: Spreadsheet, name: string): Sheet {
  const sheet = findTab(spreadsheet, name);
  if (!sheet) {
    throw new Error(
      `The "${localName('tab.', name)}" tab is missing. Run Peer Circle > Set up or repair to restore it.`,
    );
  }
  return sheet;
}

/** A tab read in the current scope, and what was worked out from it. */
interface TabRead {
  /** The tab as read (or as written since). */
  table: Table;
  /** Values worked out from those rows, by what they are. */
  derived: Map<string, unknown>;
}

/**
 * Tabs already read in the current `readingEachTabOnce` scope, by name; null outside one.
 * Apps Script starts every execution with fresh globals, but the scope still ends with the
 * work, so nothing read here outlives the execution that read it.
 */
let tabsRead: Map<string, TabRead> | null = null;

/**
 * Runs `work` reading each tab at most once: the daily run's intake, rotation, buddies,
 * reminders and outcomes all need Members, Sessions and Check-ins, and a read of a large tab is
 * the costliest call there is. A write through `writeBlock` updates the tab as read with the
 * values Sheets will return for what was written (so a step sees what an earlier step wrote
 * without reading the tab again); any other change (`forgetTab`), or a value whose read-back
 * Sheets decides (see `readBack`), drops the tab so that the next read asks Sheets.
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
 * The whole tab `name`: one read, or none when this scope already read it. Every caller gets
 * the same table, read-only (the types say so): a step that needs to change rows copies the
 * ones it changes, so the largest tabs are held once, however many steps read them.
 */
export function readTab(spreadsheet: Spreadsheet, name: string): Table {
  const known = tabsRead?.get(name);
  if (known) return known.table;
  const table = readTable(requireSheet(spreadsheet, name));
  tabsRead?.set(name, { table, derived: new Map() });
  return table;
}

/**
 * `compute(table)` once per tab `name` as read and `key` inside a `readingEachTabOnce` scope
 * (every call outside one reads and computes afresh): the daily run's steps all want the
 * accepted check-ins as records, and working them out of 290,000 rows once instead of at every
 * step saves both time and memory. The result is shared like the table: read-only. A write to
 * the tab drops it, so nothing worked out of the old rows is reused.
 */
export function computedOnce<T>(
  spreadsheet: Spreadsheet,
  name: string,
  key: string,
  compute: (table: Table) => T,
): T {
  if (!tabsRead) return compute(readTab(spreadsheet, name));
  const known = tabsRead.get(name);
  if (known?.derived.has(key)) return known.derived.get(key) as T;
  const value = compute(readTab(spreadsheet, name));
  // compute reads other tabs at most (it writes none), so the entry is the one just read.
  tabsRead.get(name)?.derived.set(key, value);
  return value;
}

/** Call after changing a tab's cells other than through writeBlock. */
export function forgetTab(sheet: Sheet): void {
  if (tabsRead && tabsRead.size > 0) tabsRead.delete(tabId(sheet));
}

/** What getValues returns for a cell after setValues wrote `value` to it. */
const UNKNOWN = Symbol('read-back decided by Sheets');

/**
 * The value Sheets stores for a written value, where it is certain without asking: blanks,
 * booleans, dates, text marked with a leading apostrophe (stored without it, see asText), and
 * plain words, which Sheets keeps as typed. Anything else a string could turn into (a number, a
 * date, TRUE, a formula) and numbers (a number in a date-formatted cell reads back as a date)
 * are left to Sheets: the tab is read again.
 */
function readBack(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? UNKNOWN : new Date(value.getTime());
  if (typeof value !== 'string') return UNKNOWN;
  if (value.startsWith("'")) return value.slice(1);
  if (/^[A-Za-z]+(?:[ -][A-Za-z]+)*$/.test(value) && !/^(true|false)$/i.test(value)) return value;
  return UNKNOWN;
}

/**
 * The table as Sheets will read it after `values` were written at (row, column): a new table
 * (tables already handed out never change), or null when a read-back is not certain. The data
 * range of a tab ends at its last row and column with content, so trailing rows left blank
 * drop out, as a read would leave them out.
 */
function afterWrite(table: Table, row: number, column: number, values: unknown[][]): Table | null {
  const written = values.map((cells) => cells.map(readBack));
  if (written.some((cells) => cells.includes(UNKNOWN))) return null;
  const grid: unknown[][] = [table.headers as unknown[], ...(table.rows as unknown[][])];
  const width = Math.max(table.headers.length, column + values[0].length - 1);
  const widen = (cells: readonly unknown[]): unknown[] =>
    cells.length >= width
      ? [...cells]
      : [...cells, ...new Array<unknown>(width - cells.length).fill('')];
  if (width > table.headers.length)
    for (let r = 0; r < grid.length; r += 1) grid[r] = widen(grid[r]);
  while (grid.length < row - 1) grid.push(new Array<unknown>(width).fill(''));
  written.forEach((cells, offset) => {
    const at = row - 1 + offset;
    // A write of whole rows is the row as read back (already a new array): no second copy.
    const whole = column === 1 && cells.length === width;
    const target = whole
      ? cells
      : at < grid.length
        ? widen(grid[at])
        : new Array<unknown>(width).fill('');
    cells.forEach((cell, index) => (target[column - 1 + index] = cell));
    grid[at] = target;
  });
  while (grid.length > 1 && grid[grid.length - 1].every((cell) => cell === '')) grid.pop();
  let lastColumn = width;
  while (lastColumn > 1 && grid.every((cells) => cells[lastColumn - 1] === '')) lastColumn -= 1;
  if (lastColumn < width)
    for (let r = 0; r < grid.length; r += 1) grid[r] = grid[r].slice(0, lastColumn);
  const headers = grid.shift() ?? [];
  if (headers.every((cell) => cell === '') && grid.length === 0) return null;
  return { sheet: table.sheet, headers, rows: grid };
}

/** Reads a whole tab: one getDataRange and one getValues, whatever its size. */
export function readTable(sheet: Sheet): Table {
  const values = sheet.getDataRange().getValues();
  // The header row taken off the front of the same array: no copy of 290,000 rows.
  const headers = values.shift() ?? [];
  const rows = values;
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
  const name = tabsRead && tabsRead.size > 0 ? tabId(sheet) : null;
  const known = name === null ? undefined : tabsRead?.get(name)?.table;
  if (name !== null) tabsRead?.delete(name);
  ensureGrid(sheet, row + values.length - 1, column + values[0].length - 1);
  sheet.getRange(row, column, values.length, values[0].length).setValues(values);
  const updated = known ? afterWrite(known, row, column, values) : null;
  if (name !== null && updated) tabsRead?.set(name, { table: updated, derived: new Map() });
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
