/**
 * Creates and repairs tabs from their TabSpec: missing tabs and columns are added, nothing
 * that exists is moved, renamed or cleared.
 */
import { HeaderMap } from '../domain/sheet/header-map';
import { ColumnSpec, TabSpec } from '../domain/sheet/tabs';
import { writeBlock } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TabRepair {
  tab: string;
  created: boolean;
  addedColumns: string[];
  protectedNow: boolean;
}

export function readHeaderRow(sheet: Sheet): unknown[] {
  const lastColumn = sheet.getLastColumn();
  return lastColumn === 0 ? [] : sheet.getRange(1, 1, 1, lastColumn).getValues()[0];
}

/** Adds `columns` that the header row lacks, right of the last column. Returns names added. */
export function addMissingColumns(
  sheet: Sheet,
  headers: unknown[],
  columns: readonly ColumnSpec[],
): string[] {
  const map = new HeaderMap(headers);
  const missing = columns.filter((column) => !map.has(column.name));
  if (missing.length === 0) return [];
  const firstNew = headers.length + 1;
  writeBlock(sheet, 1, firstNew, [missing.map((column) => column.name)]);
  sheet.getRange(1, firstNew, 1, missing.length).setFontWeight('bold');
  missing.forEach((column, offset) => formatColumn(sheet, firstNew + offset, column));
  return missing.map((column) => column.name);
}

export function ensureTab(
  spreadsheet: Spreadsheet,
  spec: TabSpec,
  sheet?: Sheet | null,
): TabRepair {
  let target = sheet ?? spreadsheet.getSheetByName(spec.name);
  const created = !target;
  if (!target) target = spreadsheet.insertSheet(spec.name);
  const headers = created ? [] : readHeaderRow(target);
  const addedColumns = addMissingColumns(target, headers, spec.columns);
  // A new tab has Sheets' 26 columns, and every cell of the grid counts against the
  // spreadsheet's 10 million, used or not: a tab Set up made keeps only its own columns.
  if (created) trimColumns(target, spec.columns.length);
  if (created || addedColumns.length > 0) target.setFrozenRows(1);
  let protectedNow = false;
  if (spec.scriptWritten) {
    const existing = target.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    if (existing.length === 0) {
      target
        .protect()
        .setWarningOnly(true)
        .setDescription('Written by Peer Circle: edits here may be replaced at the next run.');
      protectedNow = true;
    }
  }
  return { tab: spec.name, created, addedColumns, protectedNow };
}

/** Deletes the grid's columns right of `width` (at least one column stays, as Sheets requires). */
export function trimColumns(sheet: Sheet, width: number): void {
  const keep = Math.max(1, width);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > keep) sheet.deleteColumns(keep + 1, maxColumns - keep);
}

/** Width, number format, drop-down and help note of one column (rows 2 to the sheet's end). */
function formatColumn(sheet: Sheet, column: number, spec: ColumnSpec): void {
  sheet.setColumnWidth(column, spec.width);
  if (spec.help) sheet.getRange(1, column).setNote(spec.help);
  const rows = Math.max(1, sheet.getMaxRows() - 1);
  const body = sheet.getRange(2, column, rows, 1);
  const format = spec.format;
  switch (format.kind) {
    case 'date':
      body.setNumberFormat('yyyy-mm-dd');
      body.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireDate()
          .setAllowInvalid(false)
          .setHelpText('A date, e.g. 2026-03-04')
          .build(),
      );
      break;
    case 'datetime':
      body.setNumberFormat('yyyy-mm-dd hh:mm');
      break;
    case 'list':
    case 'yesno': {
      const values = format.kind === 'yesno' ? ['yes', 'no'] : [...format.values];
      body.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList(values, true)
          .setAllowInvalid(false)
          .setHelpText(`One of: ${values.join(', ')}`)
          .build(),
      );
      break;
    }
    case 'number':
      if (format.min !== undefined || format.max !== undefined) {
        body.setDataValidation(
          SpreadsheetApp.newDataValidation()
            .requireNumberBetween(format.min ?? -1e9, format.max ?? 1e9)
            .setAllowInvalid(false)
            .build(),
        );
      }
      break;
    case 'text':
      break;
  }
}
